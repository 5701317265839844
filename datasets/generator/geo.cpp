#include "geo.h"

#include <ogr_spatialref.h>

#include <cmath>
#include <stdexcept>

#include "gis/crs.h"
#include "model.h"

namespace coverplan::datasets {

using gis::geos_context;
using gis::GeosGeometry;

namespace {

GEOSGeometry* ring_from(GEOSContextHandle_t ctx, const std::vector<double>& x, const std::vector<double>& y) {
    GEOSCoordSequence* seq = GEOSCoordSeq_create_r(ctx, static_cast<unsigned>(x.size()), 2);
    for (std::size_t i = 0; i < x.size(); ++i) GEOSCoordSeq_setXY_r(ctx, seq, static_cast<unsigned>(i), x[i], y[i]);
    return GEOSGeom_createLinearRing_r(ctx, seq);
}

void read_ring(GEOSContextHandle_t ctx, const GEOSGeometry* ring, std::vector<double>& x, std::vector<double>& y) {
    const GEOSCoordSequence* seq = GEOSGeom_getCoordSeq_r(ctx, ring);
    unsigned n = 0;
    GEOSCoordSeq_getSize_r(ctx, seq, &n);
    x.resize(n);
    y.resize(n);
    for (unsigned i = 0; i < n; ++i) GEOSCoordSeq_getXY_r(ctx, seq, i, &x[i], &y[i]);
}

/// Rewritten ring, or null when it collapsed below 4 points.
GEOSGeometry* rewrite_ring(GEOSContextHandle_t ctx, const GEOSGeometry* ring, const CoordFn& fn) {
    std::vector<double> x, y;
    read_ring(ctx, ring, x, y);
    fn(x, y);
    std::vector<double> ox, oy;
    ox.reserve(x.size());
    oy.reserve(y.size());
    for (std::size_t i = 0; i < x.size(); ++i) {
        if (!ox.empty() && ox.back() == x[i] && oy.back() == y[i]) continue;
        ox.push_back(x[i]);
        oy.push_back(y[i]);
    }
    if (ox.size() < 4) return nullptr;
    if (ox.front() != ox.back() || oy.front() != oy.back()) {
        ox.push_back(ox.front());
        oy.push_back(oy.front());
    }
    return ring_from(ctx, ox, oy);
}

GEOSGeometry* rewrite_polygon(GEOSContextHandle_t ctx, const GEOSGeometry* poly, const CoordFn& fn) {
    GEOSGeometry* shell = rewrite_ring(ctx, GEOSGetExteriorRing_r(ctx, poly), fn);
    if (!shell) return nullptr;
    std::vector<GEOSGeometry*> holes;
    const int nh = GEOSGetNumInteriorRings_r(ctx, poly);
    for (int i = 0; i < nh; ++i)
        if (GEOSGeometry* h = rewrite_ring(ctx, GEOSGetInteriorRingN_r(ctx, poly, i), fn)) holes.push_back(h);
    return GEOSGeom_createPolygon_r(ctx, shell, holes.empty() ? nullptr : holes.data(),
                                    static_cast<unsigned>(holes.size()));
}

}  // namespace

GeosGeometry make_polygon(const std::vector<Pt>& ring) {
    auto ctx = geos_context();
    std::vector<double> x, y;
    for (const auto& p : ring) {
        x.push_back(p.x);
        y.push_back(p.y);
    }
    x.push_back(ring.front().x);
    y.push_back(ring.front().y);
    return GeosGeometry(GEOSGeom_createPolygon_r(ctx, ring_from(ctx, x, y), nullptr, 0));
}

GeosGeometry make_point(double x, double y) { return GeosGeometry(GEOSGeom_createPointFromXY_r(geos_context(), x, y)); }

GeosGeometry rewrite(const GEOSGeometry* g, const CoordFn& fn) {
    auto ctx = geos_context();
    const int type = GEOSGeomTypeId_r(ctx, g);
    if (type == GEOS_POLYGON) {
        GEOSGeometry* p = rewrite_polygon(ctx, g, fn);
        if (!p) throw std::runtime_error("polygon collapsed while rewriting coordinates");
        return GeosGeometry(p);
    }
    if (type == GEOS_MULTIPOLYGON || type == GEOS_GEOMETRYCOLLECTION) {
        std::vector<GEOSGeometry*> parts;
        const int n = GEOSGetNumGeometries_r(ctx, g);
        for (int i = 0; i < n; ++i) {
            const GEOSGeometry* part = GEOSGetGeometryN_r(ctx, g, i);
            if (GEOSGeomTypeId_r(ctx, part) != GEOS_POLYGON) continue;
            if (GEOSGeometry* p = rewrite_polygon(ctx, part, fn)) parts.push_back(p);
        }
        if (parts.empty()) throw std::runtime_error("multipolygon collapsed while rewriting coordinates");
        if (parts.size() == 1) return GeosGeometry(parts[0]);
        return GeosGeometry(
            GEOSGeom_createCollection_r(ctx, GEOS_MULTIPOLYGON, parts.data(), static_cast<unsigned>(parts.size())));
    }
    throw std::runtime_error("rewrite: unexpected geometry type");
}

double round_to(double v, double step) { return std::nearbyint(v / step) * step; }

CoordFn rounding(double step) {
    return [step](std::vector<double>& x, std::vector<double>& y) {
        for (auto& v : x) v = round_to(v, step);
        for (auto& v : y) v = round_to(v, step);
    };
}

std::vector<Pt> exterior(const GEOSGeometry* polygon) {
    auto ctx = geos_context();
    std::vector<double> x, y;
    read_ring(ctx, GEOSGetExteriorRing_r(ctx, polygon), x, y);
    std::vector<Pt> out;
    for (std::size_t i = 0; i + 1 < x.size(); ++i) out.push_back({x[i], y[i]});
    return out;
}

GeosGeometry largest_polygon(const GEOSGeometry* g) {
    auto ctx = geos_context();
    const int type = GEOSGeomTypeId_r(ctx, g);
    if (type == GEOS_POLYGON) return gis::geos_clone(g);
    const GEOSGeometry* best = nullptr;
    double best_area = -1;
    const int n = GEOSGetNumGeometries_r(ctx, g);
    for (int i = 0; i < n; ++i) {
        const GEOSGeometry* part = GEOSGetGeometryN_r(ctx, g, i);
        if (GEOSGeomTypeId_r(ctx, part) != GEOS_POLYGON) continue;
        double a = 0;
        GEOSArea_r(ctx, part, &a);
        if (a > best_area) {
            best_area = a;
            best = part;
        }
    }
    return best ? gis::geos_clone(best) : GeosGeometry();
}

Utm48::Utm48() {
    auto utm = gis::make_srs("EPSG:32648");
    auto wgs = gis::make_srs("EPSG:4326");
    inverse_ = gis::make_transform(*utm, *wgs);
    forward_ = gis::make_transform(*wgs, *utm);
}

Utm48::~Utm48() = default;

void Utm48::to_lonlat(std::vector<double>& x, std::vector<double>& y) const {
    if (!inverse_->Transform(static_cast<int>(x.size()), x.data(), y.data()))
        throw std::runtime_error("cannot transform to EPSG:4326");
}

void Utm48::to_utm(std::vector<double>& x, std::vector<double>& y) const {
    if (!forward_->Transform(static_cast<int>(x.size()), x.data(), y.data()))
        throw std::runtime_error("cannot transform to EPSG:32648");
}

Pt Utm48::to_utm(double lon, double lat) const {
    std::vector<double> x{lon}, y{lat};
    to_utm(x, y);
    return {x[0], y[0]};
}

Pt Utm48::to_lonlat(double x, double y) const {
    std::vector<double> xs{x}, ys{y};
    to_lonlat(xs, ys);
    return {xs[0], ys[0]};
}

Envelope envelope_of(const GEOSGeometry* g) {
    auto ctx = geos_context();
    Envelope e{};
    GEOSGeom_getXMin_r(ctx, g, &e.minx);
    GEOSGeom_getYMin_r(ctx, g, &e.miny);
    GEOSGeom_getXMax_r(ctx, g, &e.maxx);
    GEOSGeom_getYMax_r(ctx, g, &e.maxy);
    return e;
}

double area_of(const GEOSGeometry* g) {
    double a = 0;
    GEOSArea_r(geos_context(), g, &a);
    return a;
}

bool share_edge(const GEOSGeometry* a, const GEOSGeometry* b) {
    return GEOSRelatePattern_r(geos_context(), a, b, "F***1****") == 1;
}

GeosGeometry union_of_all(const std::vector<const GEOSGeometry*>& parts) {
    auto ctx = geos_context();
    std::vector<GEOSGeometry*> clones;
    clones.reserve(parts.size());
    for (const GEOSGeometry* g : parts) clones.push_back(GEOSGeom_clone_r(ctx, g));
    GEOSGeometry* coll = GEOSGeom_createCollection_r(ctx, GEOS_GEOMETRYCOLLECTION, clones.data(),
                                                     static_cast<unsigned>(clones.size()));
    GEOSGeometry* u = GEOSUnaryUnion_r(ctx, coll);
    GEOSGeom_destroy_r(ctx, coll);
    if (!u) throw std::runtime_error("GEOS union failed: " + gis::geos_last_message());
    return GeosGeometry(u);
}

}  // namespace coverplan::datasets
