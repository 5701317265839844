#pragma once
// A slider per component of each ranking. Moving one re-weights that
// ranking; the window re-ranks with planner::rerank and every view follows
// (table order, map colours, the detail's points).

#include <QWidget>
#include <array>

#include "planner/plan.h"
#include "planner/ranking.h"

class QLabel;
class QSlider;

namespace coverplan::desktop {

class WeightsPanel : public QWidget {
    Q_OBJECT
public:
    explicit WeightsPanel(QWidget* parent = nullptr);

    /// Shows weights (no signal).
    void show_weights(const planner::RankingWeights& weights);
    QSlider* slider(planner::RankingKind kind, std::size_t component) const;

signals:
    /// A weight moved, in the slider's units (0..100).
    void weight_changed(planner::RankingKind kind, std::size_t component, double weight);
    void reset_requested();
    void save_requested();

private:
    void update_shares(planner::RankingKind kind);

    std::array<std::array<QSlider*, 4>, 2> sliders_{};
    std::array<std::array<QLabel*, 4>, 2> shares_{};
};

}  // namespace coverplan::desktop
