#pragma once
// The plan's results as the contract's output layers (zones with scores,
// ranks and reasons, nodes with their forecast, points_status, rejects) plus
// demand_clusters (the plan's clusters), written through gis::VectorWriter to
// a GeoPackage or a PostGIS database.

#include <string>

#include "planner/dataset.h"
#include "planner/plan.h"
#include "ui/export/output_guard.h"

namespace coverplan::exporting {

struct OverlayOutputOptions {
    bool point_statuses = true;  ///< write the per-point layer (large at national scale)
    /// How QGIS should draw the layers (maps::overlay_styles), stored in the
    /// output's layer_styles table; a style of a layer not written is left out.
    std::vector<gis::LayerStyle> styles = {};
};

struct OutputTimings {
    double write_s = 0;
    bool points_indexed = true;  ///< false: points_status written without a spatial index (too many points)
};

/// What write_overlay() writes, for prepare_output(): a .gpkg, or these
/// layers into a PG: database.
OutputFormats overlay_formats();

/// Writes every layer to `target` atomically (temp file + rename, or one
/// transaction for PG:). Throws InputError when the target cannot be written.
OutputTimings write_overlay(const planner::Dataset& data, const planner::Plan& plan, const std::string& target,
                            const OverlayOutputOptions& options = {});

}  // namespace coverplan::exporting
