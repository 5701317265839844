// overlay_points and covered_area against brute force: every point against
// every polygon with non-prepared GEOS, no index; areas by a direct GEOS
// union + intersection. Fixed seeds, identical results for 1 and 2 threads.

#include <atomic>
#include <mutex>
#include <random>
#include <set>
#include <vector>

#include "gis/point_overlay.h"
#include "random_geometry.h"

namespace coverplan::gis {
namespace {

using test::brute_covering;
using test::PolygonSet;
using test::Points;
using Indexes = std::vector<std::uint32_t>;

struct OverlayResult {
    std::vector<std::int64_t> zone;
    std::vector<Indexes> covering;
    std::vector<int> visits;
    std::set<unsigned> workers;
};

OverlayResult run_overlay(const PolygonIndex& zones, const PolygonIndex& coverage, const Points& points,
                          unsigned threads) {
    const std::size_t n = points.size();
    OverlayResult result;
    result.zone.assign(n, -2);
    result.covering.resize(n);
    std::vector<std::atomic<int>> visits(n);
    std::mutex mutex;
    overlay_points(zones, &coverage, points.x, points.y, threads,
                   [&](unsigned worker, std::size_t i, std::int64_t zone, std::span<const std::uint32_t> covering) {
                       ++visits.at(i);
                       result.zone[i] = zone;
                       result.covering[i].assign(covering.begin(), covering.end());
                       std::lock_guard lock(mutex);
                       result.workers.insert(worker);
                   });
    for (auto& v : visits) result.visits.push_back(v.load());
    return result;
}

/// Checks one overlay run against brute force.
void expect_matches_brute_force(const OverlayResult& result, const PolygonSet& zones, const PolygonSet& coverage,
                                const Points& points, unsigned threads) {
    const auto zone_list = zones.pointers(), cover_list = coverage.pointers();
    for (unsigned worker : result.workers) EXPECT_LT(worker, threads);
    for (std::size_t i = 0; i < points.size(); ++i) {
        ASSERT_EQ(result.visits[i], 1) << "point " << i << " visited " << result.visits[i] << " times";
        const Indexes zone_hits = brute_covering(zone_list, points.x[i], points.y[i]);
        const std::int64_t expected_zone = zone_hits.empty() ? -1 : std::int64_t(zone_hits.front());
        ASSERT_EQ(result.zone[i], expected_zone)
            << "point " << i << " (" << points.x[i] << ", " << points.y[i] << "), threads " << threads;
        ASSERT_EQ(result.covering[i], brute_covering(cover_list, points.x[i], points.y[i]))
            << "point " << i << " (" << points.x[i] << ", " << points.y[i] << "), threads " << threads;
    }
}

/// Random coverage plus rectangles aligned with a grid of `cell` units: one
/// cell exactly, a 2x1 block, and a block sharing only edges with its
/// neighbours, so boundaries coincide with zone boundaries.
PolygonSet coverage_for_grid(std::mt19937& rng, double cell) {
    PolygonSet coverage = test::random_polygons(rng, 40, 10 * cell, true);
    auto rect = [&](double x0, double y0, double x1, double y1) {
        using test::number;
        coverage.add_wkt("POLYGON ((" + number(x0) + " " + number(y0) + ", " + number(x1) + " " + number(y0) + ", " +
                         number(x1) + " " + number(y1) + ", " + number(x0) + " " + number(y1) + ", " + number(x0) +
                         " " + number(y0) + "))");
    };
    rect(2 * cell, 2 * cell, 3 * cell, 3 * cell);
    rect(5 * cell, 5 * cell, 7 * cell, 6 * cell);
    rect(8 * cell, 0, 10 * cell, 2 * cell);
    rect(3 * cell, 7 * cell, 3.5 * cell, 7.5 * cell);  // inside one cell, touching nothing
    return coverage;
}

TEST(PointOverlay, GridZonesAndBoundaryPointsEqualBruteForce) {
    std::mt19937 rng(20261130);
    constexpr double cell = 1000;
    const PolygonSet zones = test::grid_zones(rng, 10, cell);
    const PolygonSet coverage = coverage_for_grid(rng, cell);
    Points points;
    for (int i = 0; i <= 40; ++i)  // every grid vertex, edge midpoint and quarter point
        for (int j = 0; j <= 40; ++j) points.add(i * cell / 4, j * cell / 4);
    test::add_boundary_points(points, coverage);
    test::add_random_points(points, rng, 6000, -500, 10500, true);
    test::add_random_points(points, rng, 4000, -500, 10500, false);
    // Just outside and exactly on the outer boundary.
    for (double t : {0.0, 1234.5, 10000.0}) {
        points.add(std::nextafter(0.0, -1.0), t);
        points.add(10000.0, t);
        points.add(std::nextafter(10000.0, 20000.0), t);
    }
    ASSERT_GT(points.size(), 2 * 4096u);  // several chunks per worker

    const PolygonIndex zone_index(zones.pointers()), cover_index(coverage.pointers());
    const OverlayResult one = run_overlay(zone_index, cover_index, points, 1);
    const OverlayResult two = run_overlay(zone_index, cover_index, points, 2);
    expect_matches_brute_force(one, zones, coverage, points, 1);
    expect_matches_brute_force(two, zones, coverage, points, 2);
    EXPECT_EQ(one.zone, two.zone);
    EXPECT_EQ(one.covering, two.covering);

    // The square is tiled: a point in it, boundary included, always has a zone.
    for (std::size_t i = 0; i < points.size(); ++i) {
        const bool inside = points.x[i] >= 0 && points.x[i] <= 10000 && points.y[i] >= 0 && points.y[i] <= 10000;
        EXPECT_EQ(one.zone[i] >= 0, inside) << points.x[i] << ", " << points.y[i];
    }
    // Spot check by hand: the vertex (1000, 1000) is shared by four cells and
    // goes to the smallest of their indexes.
    std::int64_t smallest = -1;
    for (std::size_t z = 0; z < zones.size(); ++z) {
        auto ctx = geos_context();
        double x0, y0;
        GEOSGeom_getXMin_r(ctx, zones.owned[z].get(), &x0);
        GEOSGeom_getYMin_r(ctx, zones.owned[z].get(), &y0);
        if ((x0 == 0 || x0 == 1000) && (y0 == 0 || y0 == 1000)) {
            smallest = static_cast<std::int64_t>(z);
            break;
        }
    }
    EXPECT_EQ(one.zone[4 * 41 + 4], smallest);  // point (1000, 1000)
}

TEST(PointOverlay, RandomOverlappingZonesEqualBruteForce) {
    std::mt19937 rng(424242);
    const PolygonSet zones = test::random_polygons(rng, 50, 10000, false);
    const PolygonSet coverage = test::random_polygons(rng, 60, 10000, true);
    Points points;
    test::add_boundary_points(points, zones);
    test::add_boundary_points(points, coverage);
    test::add_random_points(points, rng, 5000, -500, 10500, false);
    const PolygonIndex zone_index(zones.pointers()), cover_index(coverage.pointers());
    const OverlayResult one = run_overlay(zone_index, cover_index, points, 1);
    const OverlayResult two = run_overlay(zone_index, cover_index, points, 2);
    expect_matches_brute_force(one, zones, coverage, points, 1);
    expect_matches_brute_force(two, zones, coverage, points, 2);
    EXPECT_EQ(one.zone, two.zone);
    EXPECT_EQ(one.covering, two.covering);
    std::size_t outside = 0, in_several_covers = 0;
    for (std::size_t i = 0; i < points.size(); ++i) {
        outside += one.zone[i] == -1;
        in_several_covers += one.covering[i].size() > 1;
    }
    EXPECT_GT(outside, 100u);
    EXPECT_GT(in_several_covers, 100u);
}

TEST(PointOverlay, NoPointsNoVisitsAndNoZonesMeansMinusOne) {
    std::mt19937 rng(1);
    const PolygonSet coverage = test::random_polygons(rng, 5, 1000, true);
    const PolygonIndex empty({}), cover_index(coverage.pointers());
    const Points none;
    EXPECT_TRUE(run_overlay(empty, cover_index, none, 2).visits.empty());
    Points some;
    test::add_boundary_points(some, coverage);
    const OverlayResult result = run_overlay(empty, cover_index, some, 2);
    for (std::size_t i = 0; i < some.size(); ++i) {
        EXPECT_EQ(result.zone[i], -1);
        EXPECT_FALSE(result.covering[i].empty());  // every vertex is covered by its own polygon
    }
}

// --- covered_area ---------------------------------------------------------------

/// Direct GEOS computation: union of all covers, intersected with the zone.
GeosGeometry direct_covered_part(const GEOSGeometry* zone, const std::vector<const GEOSGeometry*>& covers) {
    auto ctx = geos_context();
    std::vector<GEOSGeometry*> clones;
    for (const GEOSGeometry* cover : covers) clones.push_back(GEOSGeom_clone_r(ctx, cover));
    GeosGeometry collection(GEOSGeom_createCollection_r(ctx, GEOS_GEOMETRYCOLLECTION, clones.data(),
                                                        static_cast<unsigned>(clones.size())));
    GeosGeometry merged(GEOSUnaryUnion_r(ctx, collection.get()));
    EXPECT_TRUE(merged);
    GeosGeometry part(GEOSIntersection_r(ctx, merged.get(), zone));
    EXPECT_TRUE(part);
    return part;
}

double area_of(const GEOSGeometry* g) {
    double area = 0;
    EXPECT_EQ(GEOSArea_r(geos_context(), g, &area), 1);
    return area;
}

void expect_covered_area(const GEOSGeometry* zone, const std::vector<const GEOSGeometry*>& covers,
                         const std::string& label) {
    auto ctx = geos_context();
    const GeosGeometry expected_part = direct_covered_part(zone, covers);
    const double expected = area_of(expected_part.get());
    double got = -1;
    try {
        got = covered_area(zone, covers);
    } catch (const std::exception& error) {
        ADD_FAILURE() << label << ": covered_area threw: " << error.what();
        return;
    }
    EXPECT_NEAR(got, expected, 1e-9 * std::max(expected, 1.0)) << label;
    const GeosGeometry part = covered_part(zone, covers);
    if (expected == 0) {
        EXPECT_TRUE(!part || area_of(part.get()) == 0) << label;
        return;
    }
    ASSERT_TRUE(part) << label;
    GeosGeometry difference(GEOSSymDifference_r(ctx, part.get(), expected_part.get()));
    ASSERT_TRUE(difference) << label;
    EXPECT_LE(area_of(difference.get()), 1e-9 * expected) << label;
}

TEST(CoveredArea, GridZonesEqualDirectGeosComputation) {
    std::mt19937 rng(31337);
    constexpr double cell = 1000;
    const PolygonSet zones = test::grid_zones(rng, 10, cell);
    const PolygonSet coverage = coverage_for_grid(rng, cell);
    const auto covers = coverage.pointers();
    double total = 0;
    for (std::size_t z = 0; z < zones.size(); ++z) {
        expect_covered_area(zones.owned[z].get(), covers, "zone " + std::to_string(z));
        total += covered_area(zones.owned[z].get(), covers);
    }
    // The zones tile the square: their covered parts add up to the covered
    // part of the square.
    PolygonSet square;
    square.add_wkt("POLYGON ((0 0, 10000 0, 10000 10000, 0 10000, 0 0))");
    EXPECT_NEAR(total, area_of(direct_covered_part(square.owned[0].get(), covers).get()), 1e-6 * total);
}

TEST(CoveredArea, RandomZonesAndSubsetsEqualDirectGeosComputation) {
    std::mt19937 rng(8);
    const PolygonSet zones = test::random_polygons(rng, 30, 10000, false);
    const PolygonSet coverage = test::random_polygons(rng, 50, 10000, true);
    const auto all = coverage.pointers();
    std::bernoulli_distribution pick(0.3);
    for (std::size_t z = 0; z < zones.size(); ++z) {
        expect_covered_area(zones.owned[z].get(), all, "zone " + std::to_string(z) + " all covers");
        std::vector<const GEOSGeometry*> some;
        for (const GEOSGeometry* g : all)
            if (pick(rng)) some.push_back(g);
        expect_covered_area(zones.owned[z].get(), some, "zone " + std::to_string(z) + " some covers");
    }
}

TEST(CoveredArea, CoversTouchingTheZoneOnlyAlongItsBoundary) {
    // Covers that share only an edge or a corner with the zone's box: their
    // clip to the box is a line or a point, not a polygon.
    PolygonSet set;
    set.add_wkt("POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0))");          // 0 zone
    set.add_wkt("POLYGON ((10 0, 20 0, 20 10, 10 10, 10 0))");       // 1 right neighbour
    set.add_wkt("POLYGON ((10 10, 20 10, 20 20, 10 20, 10 10))");    // 2 corner neighbour
    set.add_wkt("POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0))");          // 3 the zone itself
    set.add_wkt("POLYGON ((-5 2, 5 2, 5 4, -5 4, -5 2))");           // 4 half inside
    const GEOSGeometry* zone = set.owned[0].get();
    const GEOSGeometry* right = set.owned[1].get();
    const GEOSGeometry* corner = set.owned[2].get();
    const GEOSGeometry* same = set.owned[3].get();
    const GEOSGeometry* half = set.owned[4].get();
    expect_covered_area(zone, {right}, "edge neighbour");
    expect_covered_area(zone, {corner}, "corner neighbour");
    expect_covered_area(zone, {right, corner}, "both neighbours");
    expect_covered_area(zone, {half, right}, "half inside + edge neighbour");
    expect_covered_area(zone, {same, right, corner}, "the zone itself + neighbours");
    expect_covered_area(zone, {half, corner}, "half inside + corner neighbour");
    EXPECT_NO_THROW(EXPECT_EQ(covered_area(zone, std::vector<const GEOSGeometry*>{right}), 0.0));
    EXPECT_NO_THROW(EXPECT_DOUBLE_EQ(covered_area(zone, std::vector<const GEOSGeometry*>{half, right}), 10.0));
}

TEST(CoveredArea, NoCoversMeansNothingCovered) {
    PolygonSet set;
    set.add_wkt("POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0))");
    set.add_wkt("POLYGON ((100 100, 110 100, 110 110, 100 100))");
    const std::vector<const GEOSGeometry*> none, far{set.owned[1].get()};
    EXPECT_EQ(covered_area(set.owned[0].get(), none), 0.0);
    EXPECT_FALSE(covered_part(set.owned[0].get(), none));
    EXPECT_EQ(covered_area(set.owned[0].get(), far), 0.0);
    EXPECT_FALSE(covered_part(set.owned[0].get(), far));
}

}  // namespace
}  // namespace coverplan::gis
