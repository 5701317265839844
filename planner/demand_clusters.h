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
///
/// DBSCAN as used here: a lead is a *core* when at least min_leads leads of
/// its technology (itself included) lie within radius_m (boundary included);
/// cores within radius_m of each other share a cluster; a non-core lead within
/// radius_m of a core joins the cluster of its nearest core (ties: the core
/// with the smaller x, then y); other leads are noise and belong to no cluster.
/// Leads without a technology are clustered together, and any live node may
/// serve them.
///
/// `lead_status` is NetworkOverlay::leads.status (one per lead; throws Error
/// when its size differs). `lead_zones` is NetworkOverlay::leads.zone; when
/// empty the clustered leads are placed in zones here, by the same rule.
/// With buffer_m = 0 the area is the hull itself, except when the leads lie
/// on one line or one spot: that hull is buffered by 1 m so it is a polygon.
std::vector<DemandCluster> cluster_uncovered_leads(const Dataset& data, std::span<const Serviceability> lead_status,
                                                   const ClusterSettings& settings,
                                                   std::span<const std::int32_t> lead_zones = {});

}  // namespace coverplan::planner
