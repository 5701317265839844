#pragma once
// Random (fixed-seed) polygons and points for the index and overlay tests,
// and brute-force answers computed with plain, non-prepared GEOS calls and
// no index at all.

#include <geos_c.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <numeric>
#include <random>
#include <string>
#include <vector>

#include "gis/geos_handle.h"

namespace coverplan::gis::test {

/// Owns polygons; hands out the raw pointers PolygonIndex wants.
struct PolygonSet {
    std::vector<GeosGeometry> owned;
    std::vector<const GEOSGeometry*> pointers() const {
        std::vector<const GEOSGeometry*> list;
        for (const auto& g : owned) list.push_back(g.get());
        return list;
    }
    void add_wkt(const std::string& wkt) {
        owned.push_back(geos_from_wkt(wkt));
        if (GEOSisValid_r(geos_context(), owned.back().get()) != 1)
            ADD_FAILURE() << "fixture polygon is not valid: " << wkt;
    }
    std::size_t size() const { return owned.size(); }
};

inline std::string number(double v) {
    char text[40];
    std::snprintf(text, sizeof text, "%.17g", v);
    return text;
}

/// A star-shaped ring around (cx, cy) with n vertices at radii in [rmin,
/// rmax], snapped to whole units when `snap` (so shared vertices and
/// lattice points on edges are exact). Counter-clockwise when `ccw`.
inline std::string star_ring(std::mt19937& rng, double cx, double cy, double rmin, double rmax, int n, bool snap,
                             bool ccw = true) {
    std::uniform_real_distribution<double> angle(0, 2 * M_PI), radius(rmin, rmax);
    std::vector<double> angles(n);
    for (auto& a : angles) a = angle(rng);
    std::sort(angles.begin(), angles.end());
    if (!ccw) std::reverse(angles.begin(), angles.end());
    std::string ring = "(";
    std::string first;
    for (int i = 0; i < n; ++i) {
        const double r = radius(rng);
        double x = cx + r * std::cos(angles[i]), y = cy + r * std::sin(angles[i]);
        if (snap) {
            x = std::round(x);
            y = std::round(y);
        }
        const std::string vertex = number(x) + " " + number(y);
        if (i == 0) first = vertex;
        ring += vertex + ", ";
    }
    return ring + first + ")";
}

/// Random polygons over [0, extent]²: plain stars, stars with a hole and
/// two-part multipolygons, overlapping each other freely. Invalid draws
/// (possible after snapping) are drawn again.
inline PolygonSet random_polygons(std::mt19937& rng, int count, double extent, bool snap) {
    PolygonSet set;
    std::uniform_real_distribution<double> centre(0, extent), size(extent * 0.03, extent * 0.15);
    std::uniform_int_distribution<int> vertices(5, 14), kind(0, 2);
    auto ctx = geos_context();
    while (static_cast<int>(set.size()) < count) {
        const double cx = centre(rng), cy = centre(rng), rmax = size(rng), rmin = rmax * 0.5;
        std::string wkt;
        switch (kind(rng)) {
            case 0:
                wkt = "POLYGON (" + star_ring(rng, cx, cy, rmin, rmax, vertices(rng), snap) + ")";
                break;
            case 1:
                wkt = "POLYGON (" + star_ring(rng, cx, cy, rmin, rmax, vertices(rng), snap) + ", " +
                      star_ring(rng, cx, cy, rmin * 0.2, rmin * 0.4, vertices(rng), snap, false) + ")";
                break;
            default: {
                const double dx = 2.2 * rmax;
                wkt = "MULTIPOLYGON ((" + star_ring(rng, cx, cy, rmin, rmax, vertices(rng), snap) + "), (" +
                      star_ring(rng, cx + dx, cy, rmin * 0.6, rmax * 0.8, vertices(rng), snap) + ", " +
                      star_ring(rng, cx + dx, cy, rmin * 0.1, rmin * 0.3, vertices(rng), snap, false) + "))";
            }
        }
        GeosGeometry g = geos_from_wkt(wkt);
        if (GEOSisValid_r(ctx, g.get()) != 1) continue;
        set.owned.push_back(std::move(g));
    }
    return set;
}

/// Square cells of `cell` units tiling [0, n*cell]², in a shuffled order so
/// "smallest index" is not simply "lowest-left".
inline PolygonSet grid_zones(std::mt19937& rng, int n, double cell) {
    std::vector<std::pair<int, int>> cells;
    for (int i = 0; i < n; ++i)
        for (int j = 0; j < n; ++j) cells.emplace_back(i, j);
    std::shuffle(cells.begin(), cells.end(), rng);
    PolygonSet set;
    for (auto [i, j] : cells) {
        const double x0 = i * cell, y0 = j * cell, x1 = x0 + cell, y1 = y0 + cell;
        set.add_wkt("POLYGON ((" + number(x0) + " " + number(y0) + ", " + number(x1) + " " + number(y0) + ", " +
                    number(x1) + " " + number(y1) + ", " + number(x0) + " " + number(y1) + ", " + number(x0) + " " +
                    number(y0) + "))");
    }
    return set;
}

struct Points {
    std::vector<double> x, y;
    void add(double px, double py) {
        x.push_back(px);
        y.push_back(py);
    }
    std::size_t size() const { return x.size(); }
};

/// Every vertex of every polygon, the midpoint of every edge, and the exact
/// lattice points on edges between whole-unit vertices.
inline void add_boundary_points(Points& points, const PolygonSet& polygons) {
    auto ctx = geos_context();
    auto add_ring = [&](const GEOSGeometry* ring) {
        const GEOSCoordSequence* seq = GEOSGeom_getCoordSeq_r(ctx, ring);
        unsigned n = 0;
        GEOSCoordSeq_getSize_r(ctx, seq, &n);
        for (unsigned k = 0; k + 1 < n; ++k) {
            double ax, ay, bx, by;
            GEOSCoordSeq_getXY_r(ctx, seq, k, &ax, &ay);
            GEOSCoordSeq_getXY_r(ctx, seq, k + 1, &bx, &by);
            points.add(ax, ay);
            points.add((ax + bx) / 2, (ay + by) / 2);
            if (ax == std::round(ax) && ay == std::round(ay) && bx == std::round(bx) && by == std::round(by)) {
                const long dx = std::lround(bx - ax), dy = std::lround(by - ay);
                const long g = std::gcd(std::labs(dx), std::labs(dy));
                for (long s = 1; s < g && s < 4; ++s) points.add(ax + double(dx / g * s), ay + double(dy / g * s));
            }
        }
    };
    auto add_polygon = [&](const GEOSGeometry* polygon) {
        add_ring(GEOSGetExteriorRing_r(ctx, polygon));
        for (int h = 0; h < GEOSGetNumInteriorRings_r(ctx, polygon); ++h)
            add_ring(GEOSGetInteriorRingN_r(ctx, polygon, h));
    };
    for (const auto& g : polygons.owned) {
        if (GEOSGeomTypeId_r(ctx, g.get()) == GEOS_MULTIPOLYGON) {
            for (int p = 0; p < GEOSGetNumGeometries_r(ctx, g.get()); ++p) add_polygon(GEOSGetGeometryN_r(ctx, g.get(), p));
        } else {
            add_polygon(g.get());
        }
    }
}

inline void add_random_points(Points& points, std::mt19937& rng, int count, double lo, double hi, bool snap) {
    std::uniform_real_distribution<double> coordinate(lo, hi);
    for (int i = 0; i < count; ++i) {
        double px = coordinate(rng), py = coordinate(rng);
        if (snap) {
            px = std::round(px);
            py = std::round(py);
        }
        points.add(px, py);
    }
}

/// Brute force: indexes of the polygons covering (x, y), by non-prepared
/// GEOSCovers_r against every polygon.
inline std::vector<std::uint32_t> brute_covering(const std::vector<const GEOSGeometry*>& polygons, double x,
                                                 double y) {
    auto ctx = geos_context();
    GeosGeometry point(GEOSGeom_createPointFromXY_r(ctx, x, y));
    std::vector<std::uint32_t> out;
    for (std::uint32_t j = 0; j < polygons.size(); ++j) {
        if (!polygons[j] || GEOSisEmpty_r(ctx, polygons[j])) continue;
        const char covers = GEOSCovers_r(ctx, polygons[j], point.get());
        EXPECT_NE(covers, 2) << "GEOS error";
        if (covers == 1) out.push_back(j);
    }
    return out;
}

}  // namespace coverplan::gis::test
