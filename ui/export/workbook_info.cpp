#include "ui/export/workbook_info.h"

#include "planner/reason_text.h"
#include "ui/export/reader_words.h"

namespace coverplan::exporting {

namespace {

std::string weights_words(planner::RankingKind kind, const planner::Weights& weights) {
    return planner::weights_text(kind, weights, [](const std::string& key) { return reader_word("Component", key); });
}

}  // namespace

WorkbookInfo workbook_info(const planner::Dataset& data, std::string title, const planner::Plan* plan,
                           std::optional<planner::RankingKind> kind) {
    WorkbookInfo info{reader_word("Workbook", title), data.project.name, data.project.as_of, ""};
    if (!plan) return info;
    using planner::RankingKind;
    auto weights = [&](RankingKind k) { return weights_words(k, plan->weights.of(k)); };
    if (kind)
        info.note = reader_word("Workbook", "Weights: %1", {weights(*kind)});
    else
        info.note = reader_word("Workbook", "Investment weights: %1; sales weights: %2",
                                  {weights(RankingKind::Investment), weights(RankingKind::Sales)});
    return info;
}

}  // namespace coverplan::exporting
