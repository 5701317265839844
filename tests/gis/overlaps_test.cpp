// Overlapping polygons found, measured and cut: checked against plain GEOS
// pairwise intersections (no index) and the union's area.

#include <gtest/gtest.h>

#include <random>

#include "gis/overlaps.h"
#include "random_geometry.h"

using namespace coverplan::gis;
using coverplan::gis::test::PolygonSet;

namespace {

double union_area(const std::vector<GeosGeometry>& polygons) {
    auto ctx = geos_context();
    std::vector<GEOSGeometry*> copies;
    for (const auto& g : polygons)
        if (g) copies.push_back(GEOSGeom_clone_r(ctx, g.get()));
    GeosGeometry all(GEOSGeom_createCollection_r(ctx, GEOS_GEOMETRYCOLLECTION, copies.data(),
                                                 static_cast<unsigned>(copies.size())));
    GeosGeometry merged(GEOSUnaryUnion_r(ctx, all.get()));
    return geos_area(merged.get());
}

double shared_area(const GEOSGeometry* a, const GEOSGeometry* b) {
    GeosGeometry shared(GEOSIntersection_r(geos_context(), a, b));
    return geos_area(shared.get());
}

}  // namespace

TEST(Overlaps, SmallerKeepsTheSharedGroundAndTouchingIsNoOverlap) {
    PolygonSet set;
    set.add_wkt("POLYGON ((0 0, 100 0, 100 100, 0 100, 0 0))");          // 0: 10,000
    set.add_wkt("POLYGON ((100 0, 200 0, 200 100, 100 100, 100 0))");    // 1: touches 0 along an edge
    set.add_wkt("POLYGON ((150 50, 250 50, 250 150, 150 150, 150 50))"); // 2: overlaps 1 by 2,500, same size: 1 keeps
    set.add_wkt("POLYGON ((10 10, 20 10, 20 20, 10 20, 10 10))");        // 3: inside 0, keeps its 100
    set.add_wkt("POLYGON ((0 0, 100 0, 100 0.001, 0 0.001, 0 0))");      // 4: 0.1 overlap with 0: noise
    const auto overlaps = find_overlaps(set.owned, 1.0, 2);
    ASSERT_EQ(overlaps.size(), 2u);
    EXPECT_EQ(overlaps[0].cut, 0u);
    EXPECT_EQ(overlaps[0].kept, 3u);
    EXPECT_DOUBLE_EQ(overlaps[0].area, 100);
    EXPECT_EQ(overlaps[1].cut, 2u);
    EXPECT_EQ(overlaps[1].kept, 1u);
    EXPECT_DOUBLE_EQ(overlaps[1].area, 2500);

    cut_overlaps(set.owned, overlaps, 2);
    EXPECT_DOUBLE_EQ(geos_area(set.owned[0].get()), 9900);
    EXPECT_DOUBLE_EQ(geos_area(set.owned[1].get()), 10000);
    EXPECT_DOUBLE_EQ(geos_area(set.owned[2].get()), 7500);
    EXPECT_DOUBLE_EQ(geos_area(set.owned[3].get()), 100);
}

TEST(Overlaps, WhollyCoveredPolygonBecomesNull) {
    PolygonSet set;
    set.add_wkt("POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0))");
    set.add_wkt("POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0))");  // a duplicate: the lower index keeps it
    set.add_wkt("POLYGON ((10 0, 20 0, 20 10, 10 10, 10 0))");
    set.add_wkt("POLYGON ((0 0, 20 0, 20 10, 0 10, 0 0))");  // tiled by the others
    const auto overlaps = find_overlaps(set.owned, 1.0, 1);
    cut_overlaps(set.owned, overlaps, 1);
    EXPECT_TRUE(set.owned[0]);
    EXPECT_FALSE(set.owned[1]);
    EXPECT_TRUE(set.owned[2]);
    EXPECT_FALSE(set.owned[3]);
}

TEST(Overlaps, RandomPolygonsAgreeWithBruteForceAndCountGroundOnce) {
    for (unsigned seed : {1u, 2u, 3u}) {
        std::mt19937 rng(seed);
        PolygonSet set = coverplan::gis::test::random_polygons(rng, 60, 1000, seed % 2 == 0);
        // Brute force: every pair, plain GEOS, no index.
        std::size_t expected = 0;
        double noise = 0;  // overlaps under 1 unit², left alone
        for (std::size_t i = 0; i < set.size(); ++i)
            for (std::size_t j = i + 1; j < set.size(); ++j) {
                const double area = shared_area(set.owned[i].get(), set.owned[j].get());
                if (area >= 1.0) ++expected;
                else noise += area;
            }
        const double before = union_area(set.owned);
        const auto overlaps = find_overlaps(set.owned, 1.0, 2);
        EXPECT_EQ(overlaps.size(), expected) << "seed " << seed;
        for (const auto& o : overlaps)
            EXPECT_NEAR(o.area, shared_area(set.owned[o.kept].get(), set.owned[o.cut].get()), 1e-6);
        cut_overlaps(set.owned, overlaps, 2);
        double sum = 0;
        for (const auto& g : set.owned)
            if (g) sum += geos_area(g.get());
        // The ground is the same, and now each part of it belongs to one
        // polygon, except the noise left alone.
        EXPECT_GE(sum, before * (1 - 1e-9)) << "seed " << seed;
        EXPECT_LE(sum, before * (1 + 1e-9) + noise) << "seed " << seed;
        EXPECT_NEAR(union_area(set.owned), before, before * 1e-9);
        EXPECT_TRUE(find_overlaps(set.owned, 1.0, 2).empty());
    }
}
