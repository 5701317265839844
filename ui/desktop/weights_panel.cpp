#include "ui/desktop/weights_panel.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSlider>
#include <QVBoxLayout>
#include <cmath>

#include "ui/desktop/component_text.h"
#include "ui/desktop/retranslate.h"

namespace coverplan::desktop {

namespace {
std::size_t slot(planner::RankingKind kind) { return kind == planner::RankingKind::Investment ? 0 : 1; }
}  // namespace

WeightsPanel::WeightsPanel(QWidget* parent) : QWidget(parent) {
    auto* layout = new QVBoxLayout(this);
    for (planner::RankingKind kind : planner::kRankingKinds) {
        auto* group = new QGroupBox(this);
        keep_translated(group, [group, kind] {
            group->setTitle(kind == planner::RankingKind::Investment ? tr("Investment weights") : tr("Sales weights"));
        });
        auto* form = new QFormLayout(group);
        for (std::size_t c = 0; c < 4; ++c) {
            auto* slider = new QSlider(Qt::Horizontal, group);
            slider->setRange(0, 100);
            keep_translated(slider, [slider, kind, c] {
                slider->setToolTip(tr("How much %1 counts in the score").arg(component_label(kind, c).toLower()));
            });
            auto* share = new QLabel(group);
            share->setMinimumWidth(share->fontMetrics().horizontalAdvance("100 %") + 4);
            share->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
            auto* row = new QHBoxLayout;
            row->addWidget(slider, 1);
            row->addWidget(share);
            auto* name = new QLabel(group);
            keep_translated(name, [name, kind, c] { name->setText(component_label(kind, c)); });
            form->addRow(name, row);
            sliders_[slot(kind)][c] = slider;
            shares_[slot(kind)][c] = share;
            connect(slider, &QSlider::valueChanged, this, [this, kind, c](int value) {
                update_shares(kind);
                emit weight_changed(kind, c, value / 100.0);
            });
        }
        layout->addWidget(group);
    }
    auto* reset = new QPushButton(this);
    connect(reset, &QPushButton::clicked, this, &WeightsPanel::reset_requested);
    auto* save = new QPushButton(this);
    keep_translated(this, [reset, save] {
        reset->setText(tr("Weights of the project file"));
        save->setText(tr("Save weights in the project file"));
        save->setToolTip(tr("Writes these weights into [scoring.investment] and [scoring.sales]; the rest of the file stays as it is"));
    });
    connect(save, &QPushButton::clicked, this, &WeightsPanel::save_requested);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(reset);
    buttons->addWidget(save);
    layout->addLayout(buttons);
    layout->addStretch(1);
}

QSlider* WeightsPanel::slider(planner::RankingKind kind, std::size_t component) const {
    return sliders_[slot(kind)][component % 4];
}

void WeightsPanel::show_weights(const planner::RankingWeights& all) {
    for (planner::RankingKind kind : planner::kRankingKinds) {
        const planner::Weights& weights = all.of(kind);
        for (std::size_t c = 0; c < 4; ++c) {
            const QSignalBlocker block(sliders_[slot(kind)][c]);
            sliders_[slot(kind)][c]->setValue(int(std::lround(weights[c] * 100)));
        }
        update_shares(kind);
    }
}

void WeightsPanel::update_shares(planner::RankingKind kind) {
    // The share of the score each component can give: weights need not sum to 1.
    double total = 0;
    for (QSlider* slider : sliders_[slot(kind)]) total += slider->value();
    for (std::size_t c = 0; c < 4; ++c)
        shares_[slot(kind)][c]->setText(
            QLocale().toString(total > 0 ? 100.0 * sliders_[slot(kind)][c]->value() / total : 0.0, 'f', 0) + " %");
}

}  // namespace coverplan::desktop
