// gis::TileSource against tilesets GDAL wrote (tests/support/tilesets.h):
// every stored tile comes back byte for byte (read independently with
// SQLite), MBTiles rows flipped into the XYZ scheme (checked on the pixels
// GDAL decodes against the raster the tiles were made from), absent tiles
// absent, and exact messages for sources that are not tilesets.

#include "gis/tile_source.h"

#include <gdal_priv.h>
#include <gtest/gtest.h>

#include <cmath>
#include <fstream>

#include "gis/error.h"
#include "gis/test_support.h"
#include "support/tilesets.h"

namespace coverplan::gis {
namespace {

using test::TempDir;
namespace tiles = coverplan::test;
constexpr double kWorld = 20037508.342789244;

/// Pixel (px, py) of an encoded tile, decoded by GDAL's own image drivers.
std::vector<int> decoded_pixel(const std::string& bytes, int px, int py) {
    const std::string name = "/vsimem/tile_source_test_" + std::to_string(std::hash<std::string>{}(bytes));
    VSILFILE* file = VSIFileFromMemBuffer(name.c_str(), reinterpret_cast<GByte*>(const_cast<char*>(bytes.data())),
                                          bytes.size(), FALSE);
    VSIFCloseL(file);
    GDALDataset* image = GDALDataset::Open(name.c_str(), GDAL_OF_RASTER);
    std::vector<int> pixel;
    if (image) {
        for (int b = 1; b <= std::min(3, image->GetRasterCount()); ++b) {
            int value = 0;
            if (image->GetRasterBand(b)->RasterIO(GF_Read, px, py, 1, 1, &value, 1, 1, GDT_Int32, 0, 0, nullptr) == CE_None)
                pixel.push_back(value);
        }
        GDALClose(image);
    }
    VSIUnlink(name.c_str());
    return pixel;
}

/// Checks, on every tile of zoom z the source serves over the fixture, that
/// its centre shows the fixture raster's colour at that place: the tile is
/// the right one (rows not flipped the wrong way). Returns how many were compared.
int check_tile_centres(const TileSource& source, int z) {
    const double tile_m = 2 * kWorld / std::ldexp(1.0, z);
    int compared = 0;
    for (int x = 0; x < (1 << z); ++x) {
        const double west = -kWorld + x * tile_m;
        if (west + tile_m < tiles::kFixtureWest || west > tiles::kFixtureWest + tiles::kFixtureWidth * 10) continue;
        for (int y = 0; y < (1 << z); ++y) {
            const double north = kWorld - y * tile_m;
            if (north < tiles::kFixtureNorth - tiles::kFixtureHeight * 10 || north - tile_m > tiles::kFixtureNorth) continue;
            const auto bytes = source.tile(z, x, y);
            if (!bytes) continue;
            // The centre pixel's place in the fixture, away from its edges and its 256-pixel blocks' seams.
            const double cx = west + 128.5 * tile_m / 256, cy = north - 128.5 * tile_m / 256;
            const double col = (cx - tiles::kFixtureWest) / 10, row = (tiles::kFixtureNorth - cy) / 10;
            const int c = static_cast<int>(col), r = static_cast<int>(row);
            if (c < 4 || r < 4 || c >= tiles::kFixtureWidth - 4 || r >= tiles::kFixtureHeight - 4) continue;
            if (c % 256 < 4 || c % 256 > 251 || r % 256 < 4 || r % 256 > 251) continue;
            const std::vector<int> got = decoded_pixel(*bytes, 128, 128);
            const std::vector<std::uint8_t> want = tiles::fixture_pixel(c, r);
            EXPECT_EQ(got.size(), 3u) << z << "/" << x << "/" << y;
            if (got.size() != 3) continue;
            EXPECT_NEAR(got[0], want[0], 3) << "red (column) of tile " << z << "/" << x << "/" << y;
            EXPECT_NEAR(got[1], want[1], 3) << "green (row) of tile " << z << "/" << x << "/" << y;
            EXPECT_NEAR(got[2], want[2], 3) << "blue (block) of tile " << z << "/" << x << "/" << y;
            ++compared;
        }
    }
    return compared;
}

TEST(TileSource, MBTilesServesTheStoredBytesWithTmsRowsFlipped) {
    TempDir dir;
    tiles::write_fixture_tileset(dir / "t.mbtiles", "MBTILES");
    const auto source = TileSource::open(dir / "t.mbtiles");
    const auto range = tiles::sqlite_rows(dir / "t.mbtiles", "SELECT MIN(zoom_level), MAX(zoom_level) FROM tiles");
    EXPECT_EQ(source->info().store, TileStore::MBTiles);
    EXPECT_EQ(source->info().format, "png");
    EXPECT_EQ(source->info().min_zoom, std::stoi(*range[0][0]));
    EXPECT_EQ(source->info().max_zoom, 14);
    // Bounds: the metadata's (GDAL writes the raster's extent in degrees).
    EXPECT_NEAR(source->info().west, 106.17188, 1e-4);
    EXPECT_NEAR(source->info().north, 21.31936, 1e-4);
    const auto tiles = tiles::sqlite_rows(dir / "t.mbtiles", "SELECT zoom_level, tile_column, tile_row, tile_data FROM tiles");
    ASSERT_GE(tiles.size(), 10u);
    for (const auto& row : tiles) {
        const int z = std::stoi(*row[0]), x = std::stoi(*row[1]), tms_row = std::stoi(*row[2]);
        const auto served = source->tile(z, x, (1 << z) - 1 - tms_row);
        ASSERT_TRUE(served) << z << "/" << x << "/" << tms_row;
        EXPECT_EQ(*served, *row[3]) << "tile " << z << "/" << x << " TMS row " << tms_row;
    }
    EXPECT_GE(check_tile_centres(*source, 14), 6);
    // Absent: outside the zoom range, outside the tiles, outside the grid.
    EXPECT_FALSE(source->tile(0, 0, 0));
    EXPECT_FALSE(source->tile(14, 0, 0));
    EXPECT_FALSE(source->tile(14, 1 << 14, 0));
    EXPECT_FALSE(source->tile(14, -1, 5));
    EXPECT_FALSE(source->tile(31, 0, 0));
}

TEST(TileSource, GeoPackageTileLayerServesTheStoredBytes) {
    TempDir dir;
    tiles::write_fixture_tileset(dir / "t.gpkg", "GPKG", {"TILING_SCHEME=GoogleMapsCompatible", "RASTER_TABLE=nen"});
    const auto source = TileSource::open(dir / "t.gpkg");
    EXPECT_EQ(source->info().store, TileStore::GeoPackage);
    EXPECT_EQ(source->info().max_zoom, 14);
    EXPECT_EQ(source->info().min_zoom, 12);
    // GoogleMapsCompatible: zoom_level is the XYZ zoom and rows count from the north, as XYZ's.
    const auto tiles = tiles::sqlite_rows(dir / "t.gpkg", "SELECT zoom_level, tile_column, tile_row, tile_data FROM nen");
    ASSERT_GE(tiles.size(), 10u);
    for (const auto& row : tiles) {
        const auto served = source->tile(std::stoi(*row[0]), std::stoi(*row[1]), std::stoi(*row[2]));
        ASSERT_TRUE(served);
        EXPECT_EQ(*served, *row[3]);
    }
    EXPECT_EQ(source->info().format, tile_image_format(*tiles.front()[3]));
    EXPECT_GE(check_tile_centres(*source, 14), 6);
    EXPECT_FALSE(source->tile(14, 0, 0));
}

TEST(TileSource, AGeoPackageWithSeveralTileLayersNeedsOneNamed) {
    TempDir dir;
    const auto file = dir / "two.gpkg";
    tiles::write_fixture_tileset(file, "GPKG", {"TILING_SCHEME=GoogleMapsCompatible", "RASTER_TABLE=streets"});
    tiles::write_fixture_tileset(file, "GPKG",
                                {"TILING_SCHEME=GoogleMapsCompatible", "RASTER_TABLE=aerial", "APPEND_SUBDATASET=YES"});
    try {
        TileSource::open(file, "", "the basemap ([basemap] source)");
        FAIL() << "opened without a table";
    } catch (const InputError& error) {
        EXPECT_EQ(std::string(error.what()), "the basemap ([basemap] source) " + file.string() +
                                                 " holds 2 tile layers ('aerial', 'streets'): name one with table = "
                                                 "\"...\" in [basemap]");
    }
    try {
        TileSource::open(file, "roads");
        FAIL() << "opened a missing table";
    } catch (const InputError& error) {
        EXPECT_EQ(std::string(error.what()),
                  "the basemap " + file.string() + " has no tile layer 'roads' (its tile layers: 'aerial', 'streets')");
    }
    const auto streets = TileSource::open(file, "streets");
    const auto stored = tiles::sqlite_rows(file, "SELECT zoom_level, tile_column, tile_row, tile_data FROM streets LIMIT 1");
    EXPECT_EQ(*streets->tile(std::stoi(*stored[0][0]), std::stoi(*stored[0][1]), std::stoi(*stored[0][2])), *stored[0][3]);
}

TEST(TileSource, AGeoPackageOffTheWebMercatorGridIsRefused) {
    TempDir dir;
    tiles::write_fixture_tileset(dir / "own.gpkg", "GPKG", {"RASTER_TABLE=own"});  // tiled on the raster's own extent
    try {
        TileSource::open(dir / "own.gpkg");
        FAIL();
    } catch (const InputError& error) {
        EXPECT_EQ(std::string(error.what()),
                  "the basemap " + (dir / "own.gpkg").string() +
                      " tile layer 'own' is not tiled on the Web Mercator world grid (EPSG:3857, GoogleMapsCompatible) "
                      "that web maps use; make it with gdal_translate -of GPKG -co TILING_SCHEME=GoogleMapsCompatible");
    }
}

TEST(TileSource, AFolderOfXyzTilesServesItsFiles) {
    TempDir dir;
    tiles::write_fixture_tileset(dir / "t.mbtiles", "MBTILES");
    // The same tiles as files {z}/{x}/{y}.png (what QGIS "Generate XYZ tiles" writes).
    const auto tiles = tiles::sqlite_rows(dir / "t.mbtiles", "SELECT zoom_level, tile_column, tile_row, tile_data FROM tiles");
    for (const auto& row : tiles) {
        const int z = std::stoi(*row[0]);
        const auto folder = dir / "xyz" / *row[0] / *row[1];
        std::filesystem::create_directories(folder);
        std::ofstream(folder / (std::to_string((1 << z) - 1 - std::stoi(*row[2])) + ".png"), std::ios::binary) << *row[3];
    }
    std::filesystem::create_directories(dir / "xyz" / "notes");
    const auto folder = TileSource::open(dir / "xyz");
    const auto mbtiles = TileSource::open(dir / "t.mbtiles");
    EXPECT_EQ(folder->info().store, TileStore::Folder);
    EXPECT_EQ(folder->info().format, "png");
    EXPECT_EQ(folder->info().min_zoom, mbtiles->info().min_zoom);
    EXPECT_EQ(folder->info().max_zoom, 14);
    // Bounds of the deepest tiles: they hold the raster's.
    EXPECT_LE(folder->info().west, mbtiles->info().west);
    EXPECT_GE(folder->info().north, mbtiles->info().north);
    EXPECT_LT(folder->info().east - folder->info().west, 0.2);
    for (const auto& row : tiles) {
        const int z = std::stoi(*row[0]);
        EXPECT_EQ(*folder->tile(z, std::stoi(*row[1]), (1 << z) - 1 - std::stoi(*row[2])), *row[3]);
    }
    EXPECT_FALSE(folder->tile(14, 0, 0));
    EXPECT_FALSE(folder->tile(3, 0, 0));
}

TEST(TileSource, SourcesThatAreNoTilesetsAreRefusedNamingTheFile) {
    TempDir dir;
    const auto message = [](const std::filesystem::path& path, const std::string& table = "") {
        try {
            TileSource::open(path, table);
        } catch (const InputError& error) {
            return std::string(error.what());
        }
        return std::string("opened");
    };
    EXPECT_EQ(message(dir / "none.mbtiles"), "the basemap " + (dir / "none.mbtiles").string() + " does not exist");
    test::write_text(dir / "notes.mbtiles", "not a database");
    EXPECT_EQ(message(dir / "notes.mbtiles"),
              "the basemap " + (dir / "notes.mbtiles").string() +
                  " is not an MBTiles file, a GeoPackage with tiles or a folder of XYZ tiles");
    std::filesystem::create_directories(dir / "empty");
    EXPECT_EQ(message(dir / "empty"), "the basemap " + (dir / "empty").string() +
                                          " holds no XYZ tiles: expected folders {z}/{x}/{y}.png (or .jpg, .webp), "
                                          "e.g. 14/13050/7140.png");
    EXPECT_EQ(message(dir / "empty", "roads"), "the basemap " + (dir / "empty").string() +
                                                   " is a folder of tiles: table = \"roads\" names a table of a "
                                                   "GeoPackage, leave it out");
    std::filesystem::create_directories(dir / "broken" / "12" / "3256");
    test::write_text(dir / "broken" / "12" / "3256" / "1799.png", "not a picture");
    EXPECT_EQ(message(dir / "broken").rfind("the basemap tile " + (dir / "broken" / "12" / "3256" / "1799.png").string() +
                                                " is not an image GDAL can read (GDAL: ",
                                            0),
              0u)
        << message(dir / "broken");
    // A GeoPackage of features only.
    test::write_layer(dir / "zones.gpkg", "GPKG", "zones", "EPSG:4326", wkbPolygon, {}, {{"POLYGON((0 0,1 0,1 1,0 0))", {}}});
    EXPECT_EQ(message(dir / "zones.gpkg"), "the basemap " + (dir / "zones.gpkg").string() +
                                               " is a GeoPackage without a tile layer");
    tiles::write_fixture_tileset(dir / "t.mbtiles", "MBTILES");
    EXPECT_EQ(message(dir / "t.mbtiles", "nen"), "the basemap " + (dir / "t.mbtiles").string() +
                                                     " is an MBTiles file, which holds one tileset: table = \"nen\" is "
                                                     "for a GeoPackage, leave it out");
}

TEST(TileSource, TileArithmeticMatchesTheXyzScheme) {
    // Tile 0/0/0 spans the world; the north-west corner of 1/1/1 is (0, 0).
    EXPECT_NEAR(tile_corner_lonlat(0, 0, 0).first, -180, 1e-12);
    EXPECT_NEAR(tile_corner_lonlat(0, 0, 0).second, 85.0511287798, 1e-9);
    EXPECT_NEAR(tile_corner_lonlat(1, 1, 1).second, 0, 1e-12);
    // Zoom 14 over Bắc Giang: a tile's corner maps back to it, and the tile
    // below lies south (the rows count from the north).
    const auto [lon, lat] = tile_corner_lonlat(14, 13024, 7198);
    EXPECT_NEAR(lon, 106.1719, 1e-4);
    EXPECT_GT(lat, 21.30);
    EXPECT_LT(tile_corner_lonlat(14, 13024, 7199).second, lat);
    const auto [x, y] = lonlat_to_tile(14, lon + 1e-6, lat - 1e-6);
    EXPECT_EQ(static_cast<int>(x), 13024);
    EXPECT_EQ(static_cast<int>(y), 7198);
    // The north-west quarter of the world at zoom 1 is tile 0/0.
    EXPECT_NEAR(lonlat_to_tile(1, -90, 45).first, 0.5, 1e-12);
    EXPECT_LT(lonlat_to_tile(1, -90, 45).second, 1);
    EXPECT_EQ(tile_media_type("\x89PNG\r\n\x1a\n...."), "image/png");
    EXPECT_EQ(tile_media_type("\xFF\xD8\xFF\xE0"), "image/jpeg");
    EXPECT_EQ(tile_media_type(std::string_view("RIFF\x10\x00\x00\x00WEBPVP8 ", 16)), "image/webp");
    EXPECT_EQ(tile_media_type("<html>"), "application/octet-stream");
}

}  // namespace
}  // namespace coverplan::gis
