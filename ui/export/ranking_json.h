#pragma once
// A ranking as JSON: `coverplan rank --json` and the field service's
// /api/ranking give the same document.

#include <array>
#include <nlohmann/json.hpp>

#include "planner/plan.h"

namespace coverplan::exporting {

/// The four weights of a ranking, in planner::component_names order.
std::array<double, 4> ranking_weights(const planner::Project& project, planner::RankingKind kind);

/// The first `count` zones of a ranking as JSON (zones, components, weights, backtest).
nlohmann::json ranking_json(const planner::Dataset& data, const planner::Plan& plan, planner::RankingKind kind,
                            std::size_t count);

}  // namespace coverplan::exporting
