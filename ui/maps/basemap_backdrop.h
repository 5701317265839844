#pragma once
// The project's basemap ([basemap], planner::Dataset::basemap) under a map's
// layers: a carto backdrop drawing its tiles warped into the working CRS
// (gis/tile_image.h), at the zoom nearest the page's resolution.

#include "planner/dataset.h"
#include "ui/carto/map_description.h"

namespace coverplan::maps {

/// Gives `map` the project's basemap as its backdrop and a note naming it;
/// nothing when the project has none. A basemap that cannot be read while
/// drawing leaves the backdrop out rather than failing the map.
void add_basemap(carto::MapDescription& map, const planner::Dataset& data);

}  // namespace coverplan::maps
