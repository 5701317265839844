#pragma once
// A point well inside a polygon: where a label reads as belonging to a zone,
// and where a selling day starts when nobody says where.

#include <geos_c.h>

namespace coverplan::gis {

struct InnerPoint {
    double x = 0, y = 0;
    double diameter = 0;  ///< of the largest circle inside the polygon around (x, y)
};

/// The centre of the largest circle inside `polygon` (Polygon or
/// MultiPolygon: the largest part's), found to a hundredth of the
/// geometry's size; the centre of its bounding box, with the box's smaller
/// side as the diameter, when GEOS finds none. An empty or null geometry
/// gives {0, 0, 0}.
InnerPoint inner_point(const GEOSGeometry* polygon);

}  // namespace coverplan::gis
