#pragma once
// How the desktop names a ranking component and writes its raw value.
// TODO(issue 10, part 1 item 1): read both from planner's table of
// components once it exists, instead of spelling them here.

#include <QString>
#include <cstddef>

#include "planner/plan.h"
#include "planner/project.h"

namespace coverplan::desktop {

/// "Unserved demand", "Spare ports", ...
QString component_label(planner::RankingKind kind, std::size_t component);

/// The raw value in its unit: "212 leads", "2.4× average", "+12 %".
QString component_value(planner::RankingKind kind, std::size_t component, double raw);

/// The weights of a ranking in component order.
std::array<double, 4> weights_of(const planner::Project& project, planner::RankingKind kind);
void set_weight(planner::Project& project, planner::RankingKind kind, std::size_t component, double weight);

}  // namespace coverplan::desktop
