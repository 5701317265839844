#pragma once
// Which demand is drawn over the map: subscribers, open leads (by what can
// be done for them now), complaints — as dots when zoomed in, as counts per
// hexagon when too many are in view.

#include <QWidget>

#include "ui/desktop/demand_layers.h"

class QCheckBox;

namespace coverplan::desktop {

class LayersPanel : public QWidget {
    Q_OBJECT
public:
    explicit LayersPanel(QWidget* parent = nullptr);
    DemandChoice choice() const;
    QCheckBox* subscribers() const { return subscribers_; }
    QCheckBox* leads() const { return leads_; }
    QCheckBox* complaints() const { return complaints_; }

signals:
    void changed();

private:
    QCheckBox* subscribers_;
    QCheckBox* leads_;
    QCheckBox* complaints_;
};

}  // namespace coverplan::desktop
