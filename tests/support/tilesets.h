#pragma once
// Raster tilesets made with GDAL for the basemap tests, and the independent
// reading of their stored tiles with plain SQLite (what a served tile must
// equal byte for byte).
//
// The raster: 1024 x 768 pixels of 10 m in EPSG:3857 near Bắc Giang, every
// pixel coloured by its column, row and the 256-pixel block it lies in, so
// any two tiles differ. GDAL places it at zoom 14 (9.55 m) and overviews
// add zooms 13 and 12.

#include <gdal_priv.h>
#include <gdal_utils.h>
#include <ogr_spatialref.h>
#include <sqlite3.h>

#include <cstdint>
#include <filesystem>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

namespace coverplan::test {

/// The pixel colour of the fixture raster at column x, row y: what a decoded tile is compared with.
inline std::vector<std::uint8_t> fixture_pixel(int x, int y) {
    return {static_cast<std::uint8_t>(x % 256), static_cast<std::uint8_t>(y % 256),
            static_cast<std::uint8_t>((x / 256) * 40 + (y / 256) * 80)};
}
inline constexpr int kFixtureWidth = 1024, kFixtureHeight = 768;
inline constexpr double kFixtureWest = 11819000, kFixtureNorth = 2430000, kFixturePixel = 10;

/// Writes the fixture raster as `format` ("MBTILES" or "GPKG") to `path`
/// with overviews; `options` are GDAL creation options.
inline void write_fixture_tileset(const std::filesystem::path& path, const std::string& format,
                                  const std::vector<std::string>& options = {}) {
    GDALAllRegister();
    GDALDriver* memory = GetGDALDriverManager()->GetDriverByName("MEM");
    GDALDataset* raster = memory->Create("", kFixtureWidth, kFixtureHeight, 3, GDT_Byte, nullptr);
    double transform[6] = {kFixtureWest, kFixturePixel, 0, kFixtureNorth, 0, -kFixturePixel};
    raster->SetGeoTransform(transform);
    OGRSpatialReference mercator;
    mercator.importFromEPSG(3857);
    raster->SetSpatialRef(&mercator);
    std::vector<std::uint8_t> band(kFixtureWidth * kFixtureHeight);
    for (int b = 0; b < 3; ++b) {
        for (int y = 0; y < kFixtureHeight; ++y)
            for (int x = 0; x < kFixtureWidth; ++x) band[y * kFixtureWidth + x] = fixture_pixel(x, y)[b];
        if (raster->GetRasterBand(b + 1)->RasterIO(GF_Write, 0, 0, kFixtureWidth, kFixtureHeight, band.data(),
                                                   kFixtureWidth, kFixtureHeight, GDT_Byte, 0, 0, nullptr) != CE_None)
            throw std::runtime_error("cannot fill the fixture raster");
    }
    std::vector<std::string> arguments = {"-of", format};
    for (const auto& option : options) arguments.insert(arguments.end(), {"-co", option});
    std::vector<char*> argv;
    for (auto& argument : arguments) argv.push_back(argument.data());
    argv.push_back(nullptr);
    GDALTranslateOptions* translate = GDALTranslateOptionsNew(argv.data(), nullptr);
    int failed = 0;
    GDALDatasetH out = GDALTranslate(path.c_str(), raster, translate, &failed);
    GDALTranslateOptionsFree(translate);
    GDALClose(raster);
    if (!out || failed) throw std::runtime_error("gdal_translate to " + format + " failed: " + CPLGetLastErrorMsg());
    int factors[] = {2, 4};
    if (GDALBuildOverviews(out, "AVERAGE", 2, factors, 0, nullptr, nullptr, nullptr) != CE_None)
        throw std::runtime_error("overviews failed: " + std::string(CPLGetLastErrorMsg()));
    GDALClose(out);
}

/// Rows of an SQL query on an SQLite file, each column as its bytes (NULL: nullopt).
inline std::vector<std::vector<std::optional<std::string>>> sqlite_rows(const std::filesystem::path& file,
                                                                         const std::string& sql) {
    sqlite3* db = nullptr;
    if (sqlite3_open_v2(file.c_str(), &db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
        sqlite3_close(db);
        throw std::runtime_error("cannot open " + file.string());
    }
    sqlite3_stmt* statement = nullptr;
    if (sqlite3_prepare_v2(db, sql.c_str(), -1, &statement, nullptr) != SQLITE_OK) {
        const std::string message = sqlite3_errmsg(db);
        sqlite3_close(db);
        throw std::runtime_error(sql + ": " + message);
    }
    std::vector<std::vector<std::optional<std::string>>> rows;
    while (sqlite3_step(statement) == SQLITE_ROW) {
        auto& row = rows.emplace_back();
        for (int c = 0; c < sqlite3_column_count(statement); ++c) {
            if (sqlite3_column_type(statement, c) == SQLITE_NULL) {
                row.emplace_back();
                continue;
            }
            const void* bytes = sqlite3_column_blob(statement, c);
            row.emplace_back(std::string(static_cast<const char*>(bytes), sqlite3_column_bytes(statement, c)));
        }
    }
    sqlite3_finalize(statement);
    sqlite3_close(db);
    return rows;
}

/// One stored tile as its table holds it: `row` in the file's own numbering
/// (TMS for MBTiles, from the north for a GeoPackage).
inline std::optional<std::string> stored_tile(const std::filesystem::path& file, const std::string& table, int zoom,
                                              int column, int row) {
    const auto rows = sqlite_rows(file, "SELECT tile_data FROM \"" + table + "\" WHERE zoom_level = " +
                                            std::to_string(zoom) + " AND tile_column = " + std::to_string(column) +
                                            " AND tile_row = " + std::to_string(row));
    if (rows.empty()) return std::nullopt;
    return rows.front().front();
}

}  // namespace coverplan::test
