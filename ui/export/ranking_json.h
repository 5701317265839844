#pragma once
// A ranking as JSON: `coverplan rank --json` and the field service's
// /api/ranking give the same document.

#include <array>
#include <nlohmann/json.hpp>

#include "planner/plan.h"

namespace coverplan::exporting {

/// The first `count` zones of a ranking as JSON (zones, components, the
/// weights the plan was ranked with, backtest).
nlohmann::json ranking_json(const planner::Dataset& data, const planner::Plan& plan, planner::RankingKind kind,
                            std::size_t count);

}  // namespace coverplan::exporting
