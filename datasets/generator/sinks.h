#pragma once
// Writing the model's geometries and point rows to layers: metric as they
// are, or in WGS 84 lon/lat rounded to 1e-7° (~1 cm), the same rounding for
// every vertex so that shared boundaries stay shared.

#include "geo.h"
#include "gis/vector_writer.h"
#include "points.h"

namespace coverplan::datasets {

/// A (Multi)Polygon from EPSG:32648 to lon/lat, coordinates rounded to 1e-7°.
gis::GeosGeometry to_lonlat_rounded(const GEOSGeometry* g, const Utm48& utm);

/// Sink writing points in lon/lat (to_lonlat given) or as they are (EPSG:32648, 1 cm).
Sink point_sink(gis::VectorWriter::Layer& layer, const Utm48* to_lonlat);

/// CSV sink: geometry-less rows with lon/lat text columns (7 decimals).
Sink csv_sink(gis::VectorWriter::Layer& layer, const Utm48& utm);

/// Fields of the zones and coverage layers, and a node's row.
std::vector<gis::FieldDef> zone_fields();
std::vector<gis::FieldDef> coverage_fields();
std::vector<gis::FieldValue> coverage_values(const Node& n);
/// A zone's row for zone_fields(), households from `area_m2`.
std::vector<gis::FieldValue> zone_values(const Zone& z, double area_m2);

/// The same fields under other names (`names` in the fields' order).
std::vector<gis::FieldDef> renamed(std::vector<gis::FieldDef> fields, const std::vector<const char*>& names);

}  // namespace coverplan::datasets
