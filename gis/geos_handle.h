#pragma once
// Thin RAII over the GEOS C API. Each thread has its own GEOS context, so
// geometry work runs on both cores without sharing error handlers.

#include <geos_c.h>

#include <memory>
#include <string>

namespace coverplan::gis {

/// The calling thread's GEOS context (created on first use).
GEOSContextHandle_t geos_context();

/// Last error or notice GEOS reported on this thread ("" if none).
std::string geos_last_message();

struct GeosGeometryDeleter {
    void operator()(GEOSGeometry* g) const { GEOSGeom_destroy_r(geos_context(), g); }
};
using GeosGeometry = std::unique_ptr<GEOSGeometry, GeosGeometryDeleter>;

struct GeosPreparedDeleter {
    void operator()(const GEOSPreparedGeometry* g) const { GEOSPreparedGeom_destroy_r(geos_context(), g); }
};
using GeosPrepared = std::unique_ptr<const GEOSPreparedGeometry, GeosPreparedDeleter>;

/// Parses WKT (for tests and fixtures); throws coverplan::Error on bad text.
GeosGeometry geos_from_wkt(const std::string& wkt);
std::string geos_to_wkt(const GEOSGeometry* g, int precision = 6);
GeosGeometry geos_clone(const GEOSGeometry* g);

/// Bounding box of a geometry.
struct Envelope {
    double minx = 0, miny = 0, maxx = 0, maxy = 0;
};
/// Throws coverplan::Error for an empty geometry.
Envelope geos_envelope(const GEOSGeometry* g);

/// The polygonal parts of a geometry as one Polygon or MultiPolygon (null if
/// none): what is left of a repair or an overlay once lines and points go.
GeosGeometry geos_polygonal_parts(const GEOSGeometry* g);

/// Area of a geometry in the units of its CRS squared.
double geos_area(const GEOSGeometry* g);

}  // namespace coverplan::gis
