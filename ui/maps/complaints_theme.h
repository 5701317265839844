#pragma once
// The complaints map (map --theme complaints): where complaints come from,
// by zone and by node. Zones are coloured by their recent complaints per
// subscriber against the project's average (the investment ranking's
// complaints component), the live nodes holding the most recent complaints
// are outlined and named with their count, and the recent complaints are
// drawn as dots by category.

#include <QString>
#include <vector>

#include "planner/plan.h"
#include "ui/carto/map_description.h"
#include "ui/maps/map_frame.h"

namespace coverplan::maps {

/// What the theme draws from (ThemeBuilder in map_themes.cpp holds these).
struct ComplaintsThemeInput {
    const planner::Dataset& data;
    const planner::Nodes& network;  ///< parallel to plan.nodes (a scenario's new nodes have no complaints)
    const planner::Plan& plan;
    int top = 10;  ///< nodes named: at least 12, or `top` when larger
    const std::vector<LabelPoint>& label_points;
};

/// Adds the theme's layers, labels and legend to `map`; returns the
/// subtitle's detail ("412 recent complaints, 13.7 per 1,000 subscribers; ...").
QString complaints_theme(const ComplaintsThemeInput& input, carto::MapDescription& map);

/// Classes of a zone's recent complaints per subscriber as a multiple of the
/// project's average: 0 below average, 1 for 1–1.5×, 2 for 1.5–2×, 3 for
/// 2–3×, 4 for 3× or more; 5 for a zone without subscribers.
int complaint_class(const planner::ZoneModel& zone, double average_per_1000);

}  // namespace coverplan::maps
