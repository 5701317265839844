// PolygonIndex against brute force: covering (boundary-inclusive),
// envelope candidates and nearest, on fixed-seed random polygons and on
// hand-made edge cases.

#include <cmath>
#include <functional>
#include <limits>
#include <random>
#include <thread>
#include <vector>

#include "gis/polygon_index.h"
#include "random_geometry.h"

namespace coverplan::gis {
namespace {

using test::brute_covering;
using test::PolygonSet;
using test::Points;

using Indexes = std::vector<std::uint32_t>;

TEST(PolygonIndex, CoveringEqualsBruteForceOnRandomPolygons) {
    std::mt19937 rng(20261130);
    for (bool snap : {true, false}) {
        const PolygonSet polygons = test::random_polygons(rng, 60, 10000, snap);
        const auto list = polygons.pointers();
        const PolygonIndex index(list);
        ASSERT_EQ(index.size(), list.size());
        Points points;
        test::add_boundary_points(points, polygons);
        test::add_random_points(points, rng, 3000, -500, 10500, snap);
        std::size_t covered_somewhere = 0, on_several = 0;
        for (std::size_t i = 0; i < points.size(); ++i) {
            const Indexes expected = brute_covering(list, points.x[i], points.y[i]);
            ASSERT_EQ(index.covering(points.x[i], points.y[i]), expected)
                << "point " << i << " (" << points.x[i] << ", " << points.y[i] << ") snap " << snap;
            covered_somewhere += !expected.empty();
            on_several += expected.size() > 1;
        }
        // The data exercise what they should: most boundary points are
        // covered, and overlaps exist.
        EXPECT_GT(covered_somewhere, points.size() / 2);
        EXPECT_GT(on_several, 50u);
    }
}

TEST(PolygonIndex, BoundaryIsInclusive) {
    PolygonSet set;
    set.add_wkt("POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0), (4 4, 6 4, 6 6, 4 6, 4 4))");
    const PolygonIndex index(set.pointers());
    const Indexes yes{0}, no{};
    for (auto [x, y] : std::vector<std::pair<double, double>>{
             {0, 0}, {10, 10}, {10, 0}, {5, 0}, {0, 7.25}, {10, 3}, {4, 4}, {5, 4}, {6, 5.5}, {2, 2}})
        EXPECT_EQ(index.covering(x, y), yes) << x << ", " << y;
    const double below_zero = std::nextafter(0.0, -1.0), above_ten = std::nextafter(10.0, 11.0);
    for (auto [x, y] : std::vector<std::pair<double, double>>{
             {below_zero, 5}, {5, below_zero}, {above_ten, 5}, {5, above_ten}, {5, 5}, {4.5, 5.5}, {20, 20}})
        EXPECT_EQ(index.covering(x, y), no) << x << ", " << y;
    // Just inside the hole's boundary is outside the polygon.
    EXPECT_EQ(index.covering(std::nextafter(4.0, 5.0), 5), no);
}

TEST(PolygonIndex, NullAndEmptyEntriesAreNeverReturned) {
    auto ctx = geos_context();
    PolygonSet set;
    set.add_wkt("POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0))");
    set.add_wkt("POLYGON ((5 5, 15 5, 15 15, 5 15, 5 5))");
    GeosGeometry empty = geos_from_wkt("POLYGON EMPTY");
    const std::vector<const GEOSGeometry*> list{nullptr, set.owned[0].get(), empty.get(), set.owned[1].get(), nullptr};
    const PolygonIndex index(list);
    EXPECT_EQ(index.size(), 5u);
    EXPECT_EQ(index.geometry(1), set.owned[0].get());
    EXPECT_EQ(index.geometry(0), nullptr);
    EXPECT_EQ(index.covering(7, 7), (Indexes{1, 3}));
    EXPECT_EQ(index.covering(1, 1), (Indexes{1}));
    EXPECT_EQ(index.covering(-1, -1), (Indexes{}));
    EXPECT_EQ(index.envelope_candidates(-100, -100, 100, 100), (Indexes{1, 3}));
    std::uint32_t nearest = 99;
    double distance = -1;
    ASSERT_TRUE(index.nearest(20, 10, [](std::uint32_t) { return true; }, nearest, distance));
    EXPECT_EQ(nearest, 3u);
    EXPECT_DOUBLE_EQ(distance, 5.0);
    GeosGeometry point(GEOSGeom_createPointFromXY_r(ctx, 7, 7));
    Indexes out{42, 43};  // replaced, not appended to
    index.covering(point.get(), 7, 7, out);
    EXPECT_EQ(out, (Indexes{1, 3}));
}

TEST(PolygonIndex, EmptyIndexFindsNothing) {
    const PolygonIndex index({});
    EXPECT_EQ(index.size(), 0u);
    EXPECT_TRUE(index.covering(0, 0).empty());
    EXPECT_TRUE(index.envelope_candidates(-1, -1, 1, 1).empty());
    std::uint32_t nearest = 7;
    double distance = 0;
    EXPECT_FALSE(index.nearest(0, 0, [](std::uint32_t) { return true; }, nearest, distance));
}

TEST(PolygonIndex, EnvelopeCandidatesEqualBruteForce) {
    std::mt19937 rng(7);
    const PolygonSet polygons = test::random_polygons(rng, 80, 10000, false);
    const auto list = polygons.pointers();
    const PolygonIndex index(list);
    auto ctx = geos_context();
    std::uniform_real_distribution<double> corner(-1000, 11000), size(0, 3000);
    for (int q = 0; q < 300; ++q) {
        const double minx = corner(rng), miny = corner(rng), maxx = minx + size(rng), maxy = miny + size(rng);
        Indexes expected;
        for (std::uint32_t j = 0; j < list.size(); ++j) {
            double x0, y0, x1, y1;
            GEOSGeom_getXMin_r(ctx, list[j], &x0);
            GEOSGeom_getYMin_r(ctx, list[j], &y0);
            GEOSGeom_getXMax_r(ctx, list[j], &x1);
            GEOSGeom_getYMax_r(ctx, list[j], &y1);
            if (x0 <= maxx && x1 >= minx && y0 <= maxy && y1 >= miny) expected.push_back(j);
        }
        EXPECT_EQ(index.envelope_candidates(minx, miny, maxx, maxy), expected) << "query " << q;
    }
}

/// Brute force nearest: minimum GEOSDistance_r over accepted polygons,
/// smallest index among equal distances.
bool brute_nearest(const std::vector<const GEOSGeometry*>& list, double x, double y,
                   const std::function<bool(std::uint32_t)>& accept, std::uint32_t& index, double& distance) {
    auto ctx = geos_context();
    GeosGeometry point(GEOSGeom_createPointFromXY_r(ctx, x, y));
    bool found = false;
    distance = std::numeric_limits<double>::infinity();
    for (std::uint32_t j = 0; j < list.size(); ++j) {
        if (!accept(j)) continue;
        double d = 0;
        EXPECT_EQ(GEOSDistance_r(ctx, list[j], point.get(), &d), 1);
        if (d < distance) {
            distance = d;
            index = j;
            found = true;
        }
    }
    return found;
}

TEST(PolygonIndex, NearestEqualsBruteForce) {
    std::mt19937 rng(99);
    const PolygonSet polygons = test::random_polygons(rng, 70, 10000, true);
    const auto list = polygons.pointers();
    const PolygonIndex index(list);
    Points queries;
    test::add_random_points(queries, rng, 1500, -3000, 13000, false);
    test::add_random_points(queries, rng, 300, 0, 10000, true);
    const std::vector<std::function<bool(std::uint32_t)>> filters = {
        [](std::uint32_t) { return true; },
        [](std::uint32_t j) { return j % 2 == 0; },
        [](std::uint32_t j) { return j % 7 == 3; },
        [](std::uint32_t j) { return j == 41; },
    };
    std::size_t inside = 0;
    for (std::size_t f = 0; f < filters.size(); ++f) {
        for (std::size_t i = 0; i < queries.size(); ++i) {
            std::uint32_t expected_index = 0, got_index = 0;
            double expected_distance = 0, got_distance = -1;
            ASSERT_TRUE(brute_nearest(list, queries.x[i], queries.y[i], filters[f], expected_index, expected_distance));
            ASSERT_TRUE(index.nearest(queries.x[i], queries.y[i], filters[f], got_index, got_distance));
            EXPECT_EQ(got_distance, expected_distance) << "filter " << f << " query " << i;
            // Among equally near polygons the smallest index wins (deterministic output).
            EXPECT_EQ(got_index, expected_index) << "filter " << f << " query " << i;
            inside += expected_distance == 0;
        }
    }
    EXPECT_GT(inside, 100u);  // points inside (distance 0) were exercised, with overlaps
    std::uint32_t unused = 0;
    double distance = 0;
    EXPECT_FALSE(index.nearest(0, 0, [](std::uint32_t) { return false; }, unused, distance));
}

TEST(PolygonIndex, NearestTieGoesToTheSmallestIndex) {
    PolygonSet set;
    set.add_wkt("POLYGON ((20 0, 30 0, 30 10, 20 10, 20 0))");   // 0: 10 to the right
    set.add_wkt("POLYGON ((-20 0, -10 0, -10 10, -20 10, -20 0))");  // 1: 10 to the left
    set.add_wkt("POLYGON ((0 20, 10 20, 10 30, 0 30, 0 20))");   // 2: 10 above (from (5, 10))
    const PolygonIndex index(set.pointers());
    std::uint32_t nearest = 99;
    double distance = -1;
    ASSERT_TRUE(index.nearest(0, 5, [](std::uint32_t j) { return j != 0; }, nearest, distance));
    EXPECT_EQ(nearest, 1u);
    EXPECT_EQ(distance, 10.0);
    ASSERT_TRUE(index.nearest(5, 10, [](std::uint32_t) { return true; }, nearest, distance));
    EXPECT_EQ(nearest, 2u);
    EXPECT_EQ(distance, 10.0);
    ASSERT_TRUE(index.nearest(10, 5, [](std::uint32_t) { return true; }, nearest, distance));
    EXPECT_EQ(nearest, 0u);  // 10 to polygon 0 and 20 to polygon 1
    EXPECT_EQ(distance, 10.0);
    ASSERT_TRUE(index.nearest(0, 5, [](std::uint32_t) { return true; }, nearest, distance));
    EXPECT_EQ(nearest, 1u);  // polygon 1 is 10 away, polygon 0 is 20 away
    ASSERT_TRUE(index.nearest(5, 5, [](std::uint32_t) { return true; }, nearest, distance));
    EXPECT_EQ(distance, 15.0);  // all three at 15: the smallest index
    EXPECT_EQ(nearest, 0u);
}

TEST(PolygonIndex, ConcurrentQueriesAgreeWithBruteForce) {
    std::mt19937 rng(5);
    const PolygonSet polygons = test::random_polygons(rng, 50, 10000, true);
    const auto list = polygons.pointers();
    const PolygonIndex index(list);
    Points points;
    test::add_boundary_points(points, polygons);
    test::add_random_points(points, rng, 2000, 0, 10000, true);
    std::vector<Indexes> expected(points.size());
    for (std::size_t i = 0; i < points.size(); ++i) expected[i] = brute_covering(list, points.x[i], points.y[i]);
    std::vector<std::vector<Indexes>> got(4, std::vector<Indexes>(points.size()));
    std::vector<std::thread> threads;
    for (std::size_t t = 0; t < got.size(); ++t)
        threads.emplace_back([&, t] {
            for (std::size_t i = 0; i < points.size(); ++i) got[t][i] = index.covering(points.x[i], points.y[i]);
        });
    for (auto& thread : threads) thread.join();
    for (std::size_t t = 0; t < got.size(); ++t) EXPECT_EQ(got[t], expected) << "thread " << t;
}

}  // namespace
}  // namespace coverplan::gis
