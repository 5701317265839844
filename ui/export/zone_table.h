#pragma once
// Zones with every figure the planner computes — counts, coverage, models,
// scores, ranks and reasons — as one table, for the overlay's zones layer
// and the rank command's files. Each column is defined once, here.

#include <optional>
#include <span>
#include <string>

#include "planner/plan.h"
#include "ui/export/table_writer.h"

namespace coverplan::exporting {

/// Without `ranked_by`: zones in id order plus the row of points outside
/// every zone (empty zone_id), with both rankings' scores, ranks and
/// reasons (`reasons`: investment, `sales_reasons`: sales). With it: zones in
/// that ranking's order, led by rank, score and reasons of that ranking.
/// With `only_kinds` (exact kinds, planner::choose_zone_kinds), only the
/// zones of those kinds (and no outside row); ranks stay the project's, and
/// a ranked table of a project mapping kinds carries kind_rank, the rank
/// among the zones of the same kind.
/// The table's name: "<ranking>_ranking" (investment_ranking, sales_ranking), or "zones".
std::string zone_table_name(std::optional<planner::RankingKind> ranked_by);

Table zone_table(const planner::Dataset& data, const planner::Plan& plan,
                 std::optional<planner::RankingKind> ranked_by = std::nullopt, std::span<const std::string> only_kinds = {});

}  // namespace coverplan::exporting
