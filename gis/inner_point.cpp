#include "gis/inner_point.h"

#include <algorithm>
#include <cmath>

#include "gis/geos_handle.h"

namespace coverplan::gis {

InnerPoint inner_point(const GEOSGeometry* polygon) {
    auto ctx = geos_context();
    if (!polygon || GEOSisEmpty_r(ctx, polygon) != 0) return {};
    const Envelope box = geos_envelope(polygon);
    const double width = box.maxx - box.minx, height = box.maxy - box.miny;
    // The largest inscribed circle's centre is the point farthest from the
    // boundary; unlike a centroid it cannot fall outside an L or a crescent.
    const double tolerance = std::max(width, height) / 100 + 1e-6;
    GeosGeometry circle(GEOSMaximumInscribedCircle_r(ctx, polygon, tolerance));
    double x0 = 0, y0 = 0, x1 = 0, y1 = 0;
    const GEOSCoordSequence* line = circle ? GEOSGeom_getCoordSeq_r(ctx, circle.get()) : nullptr;
    if (line && GEOSCoordSeq_getXY_r(ctx, line, 0, &x0, &y0) && GEOSCoordSeq_getXY_r(ctx, line, 1, &x1, &y1))
        return {x0, y0, 2 * std::hypot(x1 - x0, y1 - y0)};
    return {(box.minx + box.maxx) / 2, (box.miny + box.maxy) / 2, std::min(width, height)};
}

}  // namespace coverplan::gis
