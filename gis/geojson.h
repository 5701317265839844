#pragma once
// GeoJSON geometry text straight from GEOS, with a fixed number of decimals
// (6 decimals of a degree is about 0.1 m: enough for a web map, a third of
// the size of full precision).

#include <string>

#include "gis/geos_handle.h"

namespace coverplan::gis {

/// Appends the GeoJSON geometry object of `geometry` (Point, LineString,
/// Polygon, their Multi forms, GeometryCollection) to `out`, coordinates
/// with `decimals` decimals and trailing zeros dropped. An empty geometry
/// is written as null. Throws coverplan::Error for a geometry GEOS cannot read.
void append_geojson(std::string& out, const GEOSGeometry* geometry, int decimals = 6);

}  // namespace coverplan::gis
