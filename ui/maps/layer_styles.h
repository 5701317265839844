#pragma once
// The styles stored with the outputs, so QGIS opens them drawn as Coverplan
// draws its maps: the classes and colours come from theme_classes.h, the
// documents from carto/layer_style.h.

#include <string>
#include <vector>

#include "gis/vector_writer.h"
#include "planner/plan.h"

namespace coverplan::maps {

/// The overlay's layers: zones by investment score (the classes of
/// `coverplan map --theme investment`), live nodes by utilisation (those of
/// --theme utilization), points_status by status, demand_clusters outlined.
std::vector<gis::LayerStyle> overlay_styles(const planner::Dataset& data, const planner::Plan& plan);

/// A ranking's table (the layer named `layer`): zones by that ranking's
/// score, with the classes of `coverplan map --theme investment|sales`.
gis::LayerStyle ranking_style(const planner::Plan& plan, planner::RankingKind kind, const std::string& layer);

/// A layer of points with a `status` column (a batch check's): by status.
gis::LayerStyle point_status_style(const std::string& layer);

}  // namespace coverplan::maps
