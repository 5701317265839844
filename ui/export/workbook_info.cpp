#include "ui/export/workbook_info.h"

#include "planner/reason_text.h"

namespace coverplan::exporting {

WorkbookInfo workbook_info(const planner::Dataset& data, std::string title, const planner::Plan* plan,
                           std::optional<planner::RankingKind> kind) {
    WorkbookInfo info{std::move(title), data.project.name, data.project.as_of, ""};
    if (!plan) return info;
    using planner::RankingKind;
    auto weights = [&](RankingKind k) { return planner::weights_text(k, plan->weights.of(k)); };
    if (kind)
        info.note = "Weights: " + weights(*kind);
    else
        info.note = "Investment weights: " + weights(RankingKind::Investment) + "; sales weights: " + weights(RankingKind::Sales);
    return info;
}

}  // namespace coverplan::exporting
