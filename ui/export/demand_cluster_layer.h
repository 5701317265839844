#pragma once
// Where to extend coverage, as a layer: one polygon per cluster of uncovered
// open leads (planner/demand_clusters.h), the proposed service area.

#include <span>

#include "gis/vector_writer.h"
#include "planner/dataset.h"
#include "planner/demand_clusters.h"

namespace coverplan::exporting {

/// Adds layer `demand_clusters` to `writer`: cluster_id (1 = the largest),
/// technology, leads, ports_needed, zone_id, zone_name, nearest_node,
/// distance_m (both empty when no live node of the technology exists) and
/// the proposed area as the polygon. An empty list still creates the layer.
void write_demand_clusters(gis::VectorWriter& writer, const planner::Dataset& data,
                           std::span<const planner::DemandCluster> clusters);

}  // namespace coverplan::exporting
