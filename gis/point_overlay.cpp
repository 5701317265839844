#include "gis/point_overlay.h"

#include <vector>

#include "gis/error.h"
#include "gis/hilbert.h"
#include "gis/parallel.h"

namespace coverplan::gis {

void overlay_points(const PolygonIndex& zones, const PolygonIndex* coverage, std::span<const double> x,
                    std::span<const double> y, unsigned threads, const PointVisitor& visit) {
    const std::vector<std::uint32_t> order = hilbert_order(x, y);
    parallel_for(order.size(), threads, 4096, [&](unsigned worker, std::size_t begin, std::size_t end) {
        auto ctx = geos_context();
        std::vector<std::uint32_t> zone_hits, cover_hits;
        for (std::size_t k = begin; k < end; ++k) {
            const std::size_t i = order[k];
            GeosGeometry point(GEOSGeom_createPointFromXY_r(ctx, x[i], y[i]));
            zones.covering(point.get(), x[i], y[i], zone_hits);
            if (coverage) coverage->covering(point.get(), x[i], y[i], cover_hits);
            const std::int64_t zone = zone_hits.empty() ? -1 : std::int64_t(zone_hits.front());
            visit(worker, i, zone, cover_hits);
        }
    });
}

GeosGeometry covered_part(const GEOSGeometry* zone, std::span<const GEOSGeometry* const> covers) {
    if (covers.empty()) return nullptr;
    auto ctx = geos_context();
    const Envelope box = geos_envelope(zone);
    // Clip each cover to the zone's box first: the union then works on small
    // pieces instead of whole service areas.
    std::vector<GEOSGeometry*> pieces;
    for (const GEOSGeometry* cover : covers) {
        GEOSGeometry* clipped = GEOSClipByRect_r(ctx, cover, box.minx, box.miny, box.maxx, box.maxy);
        if (!clipped) throw Error("GEOS cannot clip a coverage polygon: " + geos_last_message());
        if (GEOSisEmpty_r(ctx, clipped)) {
            GEOSGeom_destroy_r(ctx, clipped);
            continue;
        }
        pieces.push_back(clipped);
    }
    if (pieces.empty()) return nullptr;
    GeosGeometry collection(
        GEOSGeom_createCollection_r(ctx, GEOS_GEOMETRYCOLLECTION, pieces.data(), static_cast<unsigned>(pieces.size())));
    GeosGeometry merged(GEOSUnaryUnion_r(ctx, collection.get()));
    if (!merged) throw Error("GEOS cannot union coverage polygons: " + geos_last_message());
    GeosGeometry part(GEOSIntersection_r(ctx, merged.get(), zone));
    if (!part) throw Error("GEOS cannot intersect coverage with a zone: " + geos_last_message());
    if (GEOSisEmpty_r(ctx, part.get())) return nullptr;
    return part;
}

double covered_area(const GEOSGeometry* zone, std::span<const GEOSGeometry* const> covers) {
    GeosGeometry part = covered_part(zone, covers);
    return part ? geos_area(part.get()) : 0.0;
}

}  // namespace coverplan::gis
