#include "ui/desktop/layers_panel.h"
#include "ui/desktop/retranslate.h"

#include <QCheckBox>
#include <QLabel>
#include <QVBoxLayout>

namespace coverplan::desktop {

LayersPanel::LayersPanel(QWidget* parent)
    : QWidget(parent),
      subscribers_(new QCheckBox(this)),
      leads_(new QCheckBox(this)),
      complaints_(new QCheckBox(this)) {
    auto* layout = new QVBoxLayout(this);
    auto* note = new QLabel(this);
    keep_translated(this, [this, note] {
        subscribers_->setText(tr("Subscribers"));
        leads_->setText(tr("Open leads (by serviceability)"));
        complaints_->setText(tr("Complaints"));
        note->setText(tr("Over the map: dots when zoomed in, counts per hexagon when too many are in view."));
    });
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
