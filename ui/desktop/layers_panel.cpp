#include "ui/desktop/layers_panel.h"

#include <QCheckBox>
#include <QLabel>
#include <QVBoxLayout>

namespace coverplan::desktop {

LayersPanel::LayersPanel(QWidget* parent)
    : QWidget(parent),
      subscribers_(new QCheckBox(tr("Subscribers"), this)),
      leads_(new QCheckBox(tr("Open leads (by serviceability)"), this)),
      complaints_(new QCheckBox(tr("Complaints"), this)) {
    auto* layout = new QVBoxLayout(this);
    auto* note = new QLabel(tr("Over the map: dots when zoomed in, counts per hexagon when too many are in view."), this);
    note->setWordWrap(true);
    layout->addWidget(note);
    for (QCheckBox* box : {subscribers_, leads_, complaints_}) {
        layout->addWidget(box);
        connect(box, &QCheckBox::toggled, this, &LayersPanel::changed);
    }
    layout->addStretch(1);
}

DemandChoice LayersPanel::choice() const {
    return {subscribers_->isChecked(), leads_->isChecked(), complaints_->isChecked()};
}

}  // namespace coverplan::desktop
