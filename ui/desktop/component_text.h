#pragma once
// How the desktop writes a ranking component: its label from the planner's
// table of components (planner/ranking.h), its raw value in its unit.

#include <QString>
#include <cstddef>

#include "planner/ranking.h"

namespace coverplan::desktop {

/// "Unserved demand", "Spare capacity", ... (planner::ranking_components).
QString component_label(planner::RankingKind kind, std::size_t component);

/// The raw value in its unit, in the app's locale: "212 leads", "2.4× average", "+12 %".
QString component_value(planner::RankingKind kind, std::size_t component, double raw);

}  // namespace coverplan::desktop
