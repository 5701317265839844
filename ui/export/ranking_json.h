#pragma once
// A ranking as JSON: `coverplan rank --json` and the field service's
// /api/ranking give the same document.

#include <array>
#include <nlohmann/json.hpp>
#include <span>
#include <string>

#include "planner/plan.h"

namespace coverplan::exporting {

/// The first `count` zones of a ranking as JSON (zones, components, the
/// weights the plan was ranked with, backtest). With `only_kinds` (exact
/// kinds, planner::choose_zone_kinds), the first `count` zones of those
/// kinds, keeping their ranks in the whole project; "kinds" lists them.
/// Each zone has its "kind" and, when the project maps kinds, "kind_rank"
/// (its rank among the zones of its kind).
nlohmann::json ranking_json(const planner::Dataset& data, const planner::Plan& plan, planner::RankingKind kind,
                            std::size_t count, std::span<const std::string> only_kinds = {});

}  // namespace coverplan::exporting
