#pragma once
// The plan's results as the contract's output layers (zones with scores,
// ranks and reasons, nodes with their forecast, points_status, rejects) plus
// demand_clusters, written through gis::VectorWriter to a GeoPackage or a
// PostGIS database.

#include <optional>
#include <string>
#include <vector>

#include "planner/dataset.h"
#include "planner/demand_clusters.h"
#include "planner/plan.h"

namespace coverplan::exporting {

struct OverlayOutputOptions {
    bool point_statuses = true;  ///< write the per-point layer (large at national scale)
    /// Clusters for the demand_clusters layer; null: clustered here from the
    /// overlay's lead statuses and zones (the layer is left out should the
    /// overlay not have kept them).
    const std::vector<planner::DemandCluster>* clusters = nullptr;
};

struct OutputTimings {
    double write_s = 0;
    double clusters_s = 0;       ///< clustering the uncovered leads (when done here)
    bool points_indexed = true;  ///< false: points_status written without a spatial index (too many points)
    std::optional<std::size_t> demand_clusters;  ///< clusters written; empty when the layer was left out
};

/// Writes every layer to `target` atomically (temp file + rename, or one
/// transaction for PG:). Throws InputError when the target cannot be written.
OutputTimings write_overlay(const planner::Dataset& data, const planner::Plan& plan, const std::string& target,
                            const OverlayOutputOptions& options = {});

}  // namespace coverplan::exporting
