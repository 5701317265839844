#pragma once
// Where to extend coverage: open leads that no coverage serves, clustered by
// density in the metric working CRS, each with a proposed service area.

#include <cstdint>
#include <span>
#include <string>
#include <vector>

#include "gis/geos_handle.h"
#include "planner/dataset.h"
#include "planner/serviceability.h"

namespace coverplan::planner {

struct DemandCluster {
    std::vector<std::uint32_t> leads;  ///< indexes into Dataset::leads, ascending
    TechIndex technology = kAnyTechnology;
    gis::GeosGeometry area;            ///< proposed service area: hull of the leads buffered by buffer_m
    double centre_x = 0, centre_y = 0;  ///< mean of the leads, working CRS
    std::int32_t zone = -1;            ///< zone holding most of the cluster's leads (-1 outside every zone)
    std::int64_t ports_needed = 0;     ///< ceil(leads * ports_per_lead * (1 + port_headroom))
    std::int32_t nearest_node = -1;    ///< nearest live node of the technology, -1 when there is none
    double distance_m = 0;             ///< from the proposed area's centre to that node's service area
};

/// Clusters open leads whose status is NotCovered (leads under planned
/// coverage are already being addressed), separately per technology, with
/// DBSCAN (radius_m, min_leads). Clusters come largest first, then by the
/// smallest lead index; results do not depend on input order beyond that.
std::vector<DemandCluster> cluster_uncovered_leads(const Dataset& data, std::span<const Serviceability> lead_status,
                                                   const ClusterSettings& settings);

}  // namespace coverplan::planner
