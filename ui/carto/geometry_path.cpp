#include "ui/carto/geometry_path.h"

#include <vector>

#include "gis/geos_handle.h"

namespace coverplan::carto {

namespace {

void add_ring(QPainterPath& path, const GEOSGeometry* ring, const WorldToPage& transform, double tolerance,
              std::vector<double>& buffer, std::vector<QPointF>& kept) {
    auto ctx = gis::geos_context();
    const GEOSCoordSequence* sequence = GEOSGeom_getCoordSeq_r(ctx, ring);
    unsigned size = 0;
    if (!sequence || !GEOSCoordSeq_getSize_r(ctx, sequence, &size) || size < 4) return;
    buffer.resize(std::size_t(size) * 2);
    GEOSCoordSeq_copyToBuffer_r(ctx, sequence, buffer.data(), 0, 0);
    kept.clear();
    const double tolerance2 = tolerance * tolerance;
    for (unsigned i = 0; i < size; ++i) {
        const QPointF point = transform(buffer[2 * i], buffer[2 * i + 1]);
        if (!kept.empty() && i + 1 < size) {
            const double dx = point.x() - kept.back().x(), dy = point.y() - kept.back().y();
            if (dx * dx + dy * dy < tolerance2) continue;
        }
        kept.push_back(point);
    }
    // The closing vertex repeats the first: three distinct points make a ring.
    if (kept.size() < 4) return;
    path.moveTo(kept[0]);
    for (std::size_t i = 1; i + 1 < kept.size(); ++i) path.lineTo(kept[i]);
    path.closeSubpath();
}

void add_polygons(QPainterPath& path, const GEOSGeometry* geometry, const WorldToPage& transform, double tolerance,
                  std::vector<double>& buffer, std::vector<QPointF>& kept) {
    auto ctx = gis::geos_context();
    switch (GEOSGeomTypeId_r(ctx, geometry)) {
        case GEOS_POLYGON: {
            add_ring(path, GEOSGetExteriorRing_r(ctx, geometry), transform, tolerance, buffer, kept);
            const int holes = GEOSGetNumInteriorRings_r(ctx, geometry);
            for (int h = 0; h < holes; ++h)
                add_ring(path, GEOSGetInteriorRingN_r(ctx, geometry, h), transform, tolerance, buffer, kept);
            break;
        }
        case GEOS_MULTIPOLYGON:
        case GEOS_GEOMETRYCOLLECTION: {
            const int parts = GEOSGetNumGeometries_r(ctx, geometry);
            for (int p = 0; p < parts; ++p)
                add_polygons(path, GEOSGetGeometryN_r(ctx, geometry, p), transform, tolerance, buffer, kept);
            break;
        }
        default: break;
    }
}

}  // namespace

WorldBox envelope_of(const GEOSGeometry* geometry) {
    auto ctx = gis::geos_context();
    WorldBox box;
    if (!geometry || GEOSisEmpty_r(ctx, geometry) != 0) return box;
    GEOSGeom_getXMin_r(ctx, geometry, &box.minx);
    GEOSGeom_getYMin_r(ctx, geometry, &box.miny);
    GEOSGeom_getXMax_r(ctx, geometry, &box.maxx);
    GEOSGeom_getYMax_r(ctx, geometry, &box.maxy);
    return box;
}

QPainterPath area_path(const GEOSGeometry* geometry, const WorldToPage& transform, double tolerance) {
    QPainterPath path;
    path.setFillRule(Qt::OddEvenFill);
    if (!geometry) return path;
    thread_local std::vector<double> buffer;
    thread_local std::vector<QPointF> kept;
    add_polygons(path, geometry, transform, tolerance, buffer, kept);
    return path;
}

}  // namespace coverplan::carto
