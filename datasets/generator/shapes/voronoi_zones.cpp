// Zones of the second shape: the Voronoi diagram of the zone seeds (GEOS),
// each cell clipped to the province outline, and the coverage circles.

#include <cmath>
#include <cstdio>
#include <numbers>
#include <set>
#include <stdexcept>

#include "../geo.h"
#include "voronoi_shape.h"

namespace coverplan::datasets::voronoi {

using gis::geos_context;
using gis::GeosGeometry;

namespace {

/// A frame well outside the outline, so every cell reaching the outline is
/// whole inside it (GEOS's automatic frame hugs the sites).
GeosGeometry frame_around(const GEOSGeometry* outline) {
    const Envelope e = envelope_of(outline);
    const double pad = 20000;
    return make_polygon({{e.minx - pad, e.miny - pad}, {e.maxx + pad, e.miny - pad},
                         {e.maxx + pad, e.maxy + pad}, {e.minx - pad, e.maxy + pad}});
}

/// Index into `sites` of the site whose cell this is: every point of a
/// Voronoi cell, its centroid included, is nearest to the cell's own site.
std::size_t site_of(const GEOSGeometry* cell, const PointGrid& grid, const std::vector<Pt>& sites) {
    auto ctx = geos_context();
    GeosGeometry centroid(GEOSGetCentroid_r(ctx, cell));
    double x = 0, y = 0;
    GEOSGeomGetX_r(ctx, centroid.get(), &x);
    GEOSGeomGetY_r(ctx, centroid.get(), &y);
    const auto j = grid.nearest({x, y}, sites);
    if (j < 0) throw std::runtime_error("Voronoi cell without a site");
    return static_cast<std::size_t>(j);
}

/// Sites (zone seeds, repeats left out) and the zone each came from.
void collect_sites(const Province& p, std::vector<Pt>& sites, std::vector<std::size_t>& source) {
    std::set<std::pair<double, double>> seen;
    for (std::size_t z = 0; z < p.zones.size(); ++z) {
        const Pt s = p.zones[z].seed;
        if (!seen.insert({s.x, s.y}).second) continue;
        sites.push_back(s);
        source.push_back(z);
    }
}

}  // namespace

std::vector<CellZone> cell_zones(const Province& province) {
    auto ctx = geos_context();
    std::vector<Pt> sites;
    std::vector<std::size_t> source;
    collect_sites(province, sites, source);
    std::vector<GEOSGeometry*> pts;
    for (const Pt& s : sites) pts.push_back(GEOSGeom_createPointFromXY_r(ctx, s.x, s.y));
    GeosGeometry mp(GEOSGeom_createCollection_r(ctx, GEOS_MULTIPOINT, pts.data(), static_cast<unsigned>(pts.size())));
    GeosGeometry frame = frame_around(province.outline.get());
    GeosGeometry diagram(GEOSVoronoiDiagram_r(ctx, mp.get(), frame.get(), 0.0, 0));
    if (!diagram) throw std::runtime_error("GEOS Voronoi diagram failed: " + gis::geos_last_message());

    const Envelope e = envelope_of(frame.get());
    PointGrid grid(e.minx, e.miny, e.maxx, e.maxy, std::max(500.0, std::sqrt(province.area_km2() * 1e6 / sites.size())));
    for (std::uint32_t i = 0; i < sites.size(); ++i) grid.insert(sites[i], i);
    std::vector<GeosGeometry> clipped(sites.size());
    const int n = GEOSGetNumGeometries_r(ctx, diagram.get());
    for (int i = 0; i < n; ++i) {
        const GEOSGeometry* cell = GEOSGetGeometryN_r(ctx, diagram.get(), i);
        const std::size_t site = site_of(cell, grid, sites);
        if (clipped[site]) throw std::runtime_error("two Voronoi cells for one site");
        clipped[site].reset(GEOSIntersection_r(ctx, cell, province.outline.get()));
        if (!clipped[site]) throw std::runtime_error("GEOS intersection failed: " + gis::geos_last_message());
    }
    std::vector<CellZone> zones;
    for (std::size_t i = 0; i < sites.size(); ++i) {
        GeosGeometry polygons = clipped[i] ? gis::geos_polygonal_parts(clipped[i].get()) : GeosGeometry();
        if (!polygons) continue;  // a site whose cell misses the outline
        char code[16];
        std::snprintf(code, sizeof code, "%05zu", zones.size() + 1);
        zones.push_back({source[i], code, std::move(polygons)});
    }
    return zones;
}

void circular_coverage(Province& province) {
    constexpr int kVertices = 64;
    province.reshape_nodes([](Node& node) {
        auto ctx = geos_context();
        const GEOSGeometry* area = node.bowtie ? node.repaired.get() : node.geometry.get();
        GeosGeometry centroid(GEOSGetCentroid_r(ctx, area));
        double x = 0, y = 0;
        GEOSGeomGetX_r(ctx, centroid.get(), &x);
        GEOSGeomGetY_r(ctx, centroid.get(), &y);
        const double r = std::sqrt(area_of(area) / std::numbers::pi);
        node.centre = {round_to(x, kCm), round_to(y, kCm)};
        node.ring.clear();
        for (int i = 0; i < kVertices; ++i) {
            const double t = 2 * std::numbers::pi * i / kVertices;
            node.ring.push_back({round_to(node.centre.x + r * std::cos(t), kCm),
                                 round_to(node.centre.y + r * std::sin(t), kCm)});
        }
    });
}

}  // namespace coverplan::datasets::voronoi
