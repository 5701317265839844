// gis::render_tiles: a tileset GDAL wrote from a known raster
// (tests/support/tilesets.h), drawn into a map's CRS and extent. Each
// pixel checked is placed independently (OGR transforms the picture's pixel
// centre into Web Mercator, then into the fixture raster's column and row)
// and compared with the colour the raster has there.

#include "gis/tile_image.h"

#include <gtest/gtest.h>
#include <ogr_spatialref.h>

#include <cmath>

#include "gis/test_support.h"
#include "support/tilesets.h"

namespace coverplan::gis {
namespace {

using test::TempDir;
namespace tiles = coverplan::test;

/// Compares the picture with the fixture raster at pixels whose place lies
/// well inside one of the raster's 256-pixel blocks; returns how many.
int compare_with_fixture(const TileImage& picture, const std::string& crs, double minx, double maxy, double step) {
    OGRSpatialReference map_srs, mercator;
    map_srs.SetFromUserInput(crs.c_str());
    map_srs.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    mercator.importFromEPSG(3857);
    mercator.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    std::unique_ptr<OGRCoordinateTransformation> to_mercator(OGRCreateCoordinateTransformation(&map_srs, &mercator));
    int compared = 0;
    for (int row = 2; row < picture.height - 2; row += 7)
        for (int col = 2; col < picture.width - 2; col += 7) {
            double x = minx + (col + 0.5) * step, y = maxy - (row + 0.5) * step;
            if (to_mercator && !to_mercator->Transform(1, &x, &y)) continue;
            const double c = (x - tiles::kFixtureWest) / tiles::kFixturePixel;
            const double r = (tiles::kFixtureNorth - y) / tiles::kFixturePixel;
            const bool inside = c > 8 && r > 8 && c < tiles::kFixtureWidth - 8 && r < tiles::kFixtureHeight - 8;
            const std::uint8_t* pixel = &picture.rgba[(std::size_t(row) * picture.width + col) * 4];
            if (!inside) {
                if (c < -8 || r < -8 || c > tiles::kFixtureWidth + 8 || r > tiles::kFixtureHeight + 8) {
                    EXPECT_EQ(pixel[3], 0) << "outside the tiles, at pixel " << col << "," << row;
                }
                continue;
            }
            const int ci = static_cast<int>(c), ri = static_cast<int>(r);
            if (ci % 256 < 8 || ci % 256 > 247 || ri % 256 < 8 || ri % 256 > 247) continue;  // the colours wrap there
            const auto want = tiles::fixture_pixel(ci, ri);
            EXPECT_EQ(pixel[3], 255) << col << "," << row;
            EXPECT_NEAR(pixel[0], want[0], 4) << "red at pixel " << col << "," << row;
            EXPECT_NEAR(pixel[1], want[1], 4) << "green at pixel " << col << "," << row;
            EXPECT_NEAR(pixel[2], want[2], 4) << "blue at pixel " << col << "," << row;
            ++compared;
        }
    return compared;
}

class TileImageTest : public ::testing::Test {
protected:
    void SetUp() override {
        tiles::write_fixture_tileset(dir_ / "t.mbtiles", "MBTILES");
        source_ = TileSource::open(dir_ / "t.mbtiles");
    }
    TempDir dir_;
    std::unique_ptr<TileSource> source_;
};

TEST_F(TileImageTest, InWebMercatorThePictureIsTheRaster) {
    // 600 x 500 pixels of 12 m around the fixture (10 km x 7.7 km from 11819000, 2430000).
    const double minx = 11817000, maxy = 2431000, step = 12;
    const TileImage picture = render_tiles(*source_, "EPSG:3857", minx, maxy - 500 * step, minx + 600 * step, maxy, 600, 500);
    EXPECT_EQ(picture.zoom, 14);  // 9.55 m tiles for 12 m pixels
    EXPECT_GE(picture.tiles, 4);
    EXPECT_GT(compare_with_fixture(picture, "EPSG:3857", minx, maxy, step), 1500);
}

TEST_F(TileImageTest, InUtmThePictureIsWarpedToTheMapsGrid) {
    // UTM 48N, the working CRS of the sample: the raster lies askew in it.
    OGRSpatialReference mercator, utm;
    mercator.importFromEPSG(3857);
    utm.importFromEPSG(32648);
    mercator.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    utm.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    std::unique_ptr<OGRCoordinateTransformation> to_utm(OGRCreateCoordinateTransformation(&mercator, &utm));
    double cx = tiles::kFixtureWest + 5000, cy = tiles::kFixtureNorth - 3800;
    ASSERT_TRUE(to_utm->Transform(1, &cx, &cy));
    const double step = 20, minx = cx - 300 * step, maxy = cy + 250 * step;
    const TileImage picture = render_tiles(*source_, "EPSG:32648", minx, maxy - 500 * step, minx + 600 * step, maxy, 600, 500);
    EXPECT_EQ(picture.zoom, 13);  // 19.1 m tiles for 20 m pixels (Mercator stretches 1.07x at 21° N)
    EXPECT_GT(compare_with_fixture(picture, "EPSG:32648", minx, maxy, step), 700);
}

TEST_F(TileImageTest, FarFromTheTilesThePictureIsTransparent) {
    const TileImage picture = render_tiles(*source_, "EPSG:3857", 0, 0, 10000, 10000, 100, 100);
    EXPECT_EQ(picture.tiles, 0);
    EXPECT_EQ(picture.rgba.size(), 100u * 100 * 4);
    for (std::size_t i = 3; i < picture.rgba.size(); i += 4) ASSERT_EQ(picture.rgba[i], 0);
}

TEST_F(TileImageTest, AWholeCountryAtOnceTakesAShallowerZoomWithinTheTileBudget) {
    // Asking for a province-wide picture reads the shallowest zoom the tileset has.
    const TileImage picture = render_tiles(*source_, "EPSG:3857", 11000000, 2000000, 12500000, 3000000, 300, 200);
    EXPECT_EQ(picture.zoom, source_->info().min_zoom);
    EXPECT_LE(picture.tiles, 400);
}

}  // namespace
}  // namespace coverplan::gis
