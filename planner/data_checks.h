#pragma once
// Checks that need more than one feature or layer, run while the dataset is
// read: zones that overlap, and point layers that miss the zones.

#include <string>
#include <vector>

#include "gis/layer_report.h"
#include "planner/dataset.h"

namespace coverplan::planner {

/// Overlaps smaller than this are digitising noise along shared boundaries.
inline constexpr double kMinZoneOverlapM2 = 1.0;

/// Zones should tile the ground. Where two overlap, the smaller keeps the
/// shared ground and it is cut from the other (reported as a repair naming
/// both zones and the area), so no area and no point counts twice; a zone
/// left with no ground of its own is rejected. `features` names each zone
/// as the report does.
void separate_overlapping_zones(Zones& zones, std::vector<std::string>& features, gis::LayerReport& report);

/// Warns in `report` when most of a point layer's points lie outside every
/// zone, and says so when swapping the points' x and y (in the CRS they were
/// read in, `source_crs`) would put most of them inside.
void check_points_meet_zones(const Zones& zones, const std::vector<double>& x, const std::vector<double>& y,
                             const std::string& working_crs, const std::string& source_crs,
                             gis::LayerReport& report);

}  // namespace coverplan::planner
