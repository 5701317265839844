#include "gis/detail/sqlite_tiles.h"

#include <sqlite3.h>

#include <cmath>
#include <map>
#include <mutex>
#include <sstream>
#include <vector>

#include "gis/error.h"
#include "gis/parse_number.h"
#include "gis/utf8.h"

namespace coverplan::gis::detail {

namespace {

/// A read-only SQLite connection; each failure is an InputError naming the file.
class Connection {
public:
    Connection(const std::filesystem::path& path, std::string what) : what_(std::move(what)), path_(path.string()) {
        // Read-only: serving never writes into the user's tileset.
        if (sqlite3_open_v2(path_.c_str(), &db_, SQLITE_OPEN_READONLY | SQLITE_OPEN_FULLMUTEX, nullptr) != SQLITE_OK)
            fail("cannot be opened");
    }
    ~Connection() { sqlite3_close(db_); }
    Connection(const Connection&) = delete;
    Connection& operator=(const Connection&) = delete;

    [[noreturn]] void fail(const std::string& doing) const {
        throw InputError(what_ + " " + path_ + " " + doing + " (SQLite: " + (db_ ? sqlite3_errmsg(db_) : "out of memory") + ")");
    }
    [[noreturn]] void refuse(const std::string& why) const { throw InputError(what_ + " " + path_ + " " + why); }
    sqlite3* db() const { return db_; }

private:
    std::string what_;
    std::string path_;
    sqlite3* db_ = nullptr;
};

/// One prepared statement; bind, step through its rows, reset.
class Statement {
public:
    Statement(const Connection& connection, const std::string& sql) : connection_(connection) {
        if (sqlite3_prepare_v2(connection.db(), sql.c_str(), -1, &statement_, nullptr) != SQLITE_OK)
            connection.fail("cannot be read as a tileset");
    }
    ~Statement() { sqlite3_finalize(statement_); }
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    Statement& bind(int index, std::int64_t value) {
        sqlite3_bind_int64(statement_, index, value);
        return *this;
    }
    Statement& bind(int index, const std::string& value) {
        sqlite3_bind_text(statement_, index, value.c_str(), static_cast<int>(value.size()), SQLITE_TRANSIENT);
        return *this;
    }
    /// True while there is a row.
    bool step() {
        const int code = sqlite3_step(statement_);
        if (code == SQLITE_ROW) return true;
        if (code != SQLITE_DONE) connection_.fail("cannot be read");
        return false;
    }
    void reset() {
        sqlite3_reset(statement_);
        sqlite3_clear_bindings(statement_);
    }
    bool null(int column) const { return sqlite3_column_type(statement_, column) == SQLITE_NULL; }
    std::int64_t integer(int column) const { return sqlite3_column_int64(statement_, column); }
    double real(int column) const { return sqlite3_column_double(statement_, column); }
    std::string text(int column) const {
        const auto* bytes = sqlite3_column_text(statement_, column);
        return bytes ? std::string(reinterpret_cast<const char*>(bytes), sqlite3_column_bytes(statement_, column))
                     : std::string();
    }
    std::string blob(int column) const {
        const void* bytes = sqlite3_column_blob(statement_, column);
        return bytes ? std::string(static_cast<const char*>(bytes), sqlite3_column_bytes(statement_, column))
                     : std::string();
    }

private:
    const Connection& connection_;
    sqlite3_stmt* statement_ = nullptr;
};

/// `name` as an SQL identifier (a table name comes from the project file).
std::string quoted(const std::string& name) {
    std::string out = "\"";
    for (const char c : name) out += c == '"' ? std::string("\"\"") : std::string(1, c);
    return out + "\"";
}

/// Bounds from the tiles present at zoom z, given their column and row
/// ranges in the XYZ scheme.
void bounds_from_tiles(TileSetInfo& info, int z, std::int64_t x0, std::int64_t x1, std::int64_t y0, std::int64_t y1) {
    const auto [west, north] = tile_corner_lonlat(z, static_cast<double>(x0), static_cast<double>(y0));
    const auto [east, south] = tile_corner_lonlat(z, static_cast<double>(x1 + 1), static_cast<double>(y1 + 1));
    info.west = west;
    info.north = north;
    info.east = east;
    info.south = south;
}

/// Tiles read under one lock through one prepared statement: SQLite
/// connections serialise anyway, and the statement is reused.
class SqliteTiles : public TileSource {
public:
    SqliteTiles(const std::filesystem::path& path, TileSetInfo info, std::unique_ptr<Connection> connection,
                const std::string& select, bool tms_rows, std::map<int, std::int64_t> zoom_levels)
        : TileSource(path, info),
          connection_(std::move(connection)),
          select_(*connection_, select),
          tms_rows_(tms_rows),
          zoom_levels_(std::move(zoom_levels)) {}

    std::optional<std::string> tile(int z, int x, int y) const override {
        if (z < info_.min_zoom || z > info_.max_zoom || x < 0 || y < 0) return std::nullopt;
        const std::int64_t side = std::int64_t(1) << z;
        if (x >= side || y >= side) return std::nullopt;
        const auto level = zoom_levels_.find(z);
        if (level == zoom_levels_.end()) return std::nullopt;
        std::lock_guard lock(mutex_);
        select_.bind(1, level->second).bind(2, x).bind(3, tms_rows_ ? side - 1 - y : y);
        std::optional<std::string> bytes;
        try {
            if (select_.step() && !select_.null(0)) bytes = select_.blob(0);
        } catch (...) {
            select_.reset();
            throw;
        }
        select_.reset();
        return bytes;
    }

private:
    std::unique_ptr<Connection> connection_;
    mutable Statement select_;
    bool tms_rows_;
    std::map<int, std::int64_t> zoom_levels_;  ///< XYZ zoom -> the file's zoom_level
    mutable std::mutex mutex_;
};

/// Format names as MBTiles metadata may spell them, as tile_image_format's.
std::string format_name(std::string format) {
    format = lowercase(format);
    if (format == "jpeg") return "jpg";
    return format;
}

}  // namespace

std::unique_ptr<TileSource> open_mbtiles(const std::filesystem::path& path, const std::string& what) {
    auto connection = std::make_unique<Connection>(path, what);
    std::map<std::string, std::string> metadata;
    {
        Statement rows(*connection, "SELECT name, value FROM metadata");
        while (rows.step()) metadata[rows.text(0)] = rows.text(1);
    }
    TileSetInfo info;
    info.store = TileStore::MBTiles;
    {
        Statement range(*connection, "SELECT MIN(zoom_level), MAX(zoom_level) FROM tiles");
        if (!range.step() || range.null(0)) connection->refuse("holds no tiles");
        info.min_zoom = static_cast<int>(range.integer(0));
        info.max_zoom = static_cast<int>(range.integer(1));
    }
    if (info.min_zoom < 0 || info.max_zoom > kMaxTileZoom)
        connection->refuse("has tiles at zoom levels " + std::to_string(info.min_zoom) + ".." +
                           std::to_string(info.max_zoom) + " (expected 0.." + std::to_string(kMaxTileZoom) + ")");
    {
        Statement first(*connection, "SELECT tile_data FROM tiles LIMIT 1");
        const std::string stored = metadata.count("format") ? format_name(metadata["format"]) : "";
        info.format = first.step() ? tile_image_format(first.blob(0)) : "";
        if (info.format.empty()) info.format = stored;
        if (stored == "pbf" || stored == "mvt" || info.format.empty())
            connection->refuse("holds vector tiles or tiles of an unknown format (metadata format '" + metadata["format"] +
                               "'); a basemap is raster tiles: PNG, JPEG or WebP");
    }
    // The tileset's own bounds when it states them (MBTiles 1.3: "w,s,e,n"), else those of its tiles.
    std::vector<double> bounds;
    if (metadata.count("bounds")) {
        std::stringstream parts(metadata["bounds"]);
        for (std::string part; std::getline(parts, part, ',');)
            if (const auto value = parse_number(part)) bounds.push_back(*value);
    }
    if (bounds.size() == 4 && bounds[0] < bounds[2] && bounds[1] < bounds[3] && bounds[0] >= -180 && bounds[2] <= 180 &&
        bounds[1] >= -90 && bounds[3] <= 90) {
        info.west = bounds[0];
        info.south = bounds[1];
        info.east = bounds[2];
        info.north = bounds[3];
    } else {
        Statement extent(*connection,
                         "SELECT MIN(tile_column), MAX(tile_column), MIN(tile_row), MAX(tile_row) FROM tiles "
                         "WHERE zoom_level = ?1");
        extent.bind(1, info.max_zoom);
        if (extent.step() && !extent.null(0)) {
            const std::int64_t last = (std::int64_t(1) << info.max_zoom) - 1;  // TMS rows count from the south
            bounds_from_tiles(info, info.max_zoom, extent.integer(0), extent.integer(1), last - extent.integer(3),
                              last - extent.integer(2));
        }
    }
    std::map<int, std::int64_t> levels;
    for (int z = info.min_zoom; z <= info.max_zoom; ++z) levels[z] = z;
    return std::make_unique<SqliteTiles>(
        path, info, std::move(connection),
        "SELECT tile_data FROM tiles WHERE zoom_level = ?1 AND tile_column = ?2 AND tile_row = ?3", true,
        std::move(levels));
}

std::vector<std::string> gpkg_tile_tables(const std::filesystem::path& path, const std::string& what) {
    Connection connection(path, what);
    std::vector<std::string> tables;
    Statement rows(connection, "SELECT table_name FROM gpkg_contents WHERE data_type = 'tiles' ORDER BY table_name");
    while (rows.step()) tables.push_back(rows.text(0));
    return tables;
}

std::unique_ptr<TileSource> open_gpkg_tiles(const std::filesystem::path& path, const std::string& table,
                                            const std::string& what) {
    auto connection = std::make_unique<Connection>(path, what);
    const std::string in_table = "tile layer '" + table + "' ";
    // Served tiles are numbered in the XYZ scheme: only Web Mercator's world grid maps onto it.
    {
        Statement set(*connection,
                      "SELECT s.organization, s.organization_coordsys_id, t.min_x, t.min_y, t.max_x, t.max_y "
                      "FROM gpkg_tile_matrix_set t JOIN gpkg_spatial_ref_sys s ON s.srs_id = t.srs_id "
                      "WHERE t.table_name = ?1");
        set.bind(1, table);
        constexpr double kWorld = 20037508.342789244;
        const bool web_mercator = set.step() && lowercase(set.text(0)) == "epsg" && set.integer(1) == 3857 &&
                                  std::abs(set.real(2) + kWorld) < 1 && std::abs(set.real(3) + kWorld) < 1 &&
                                  std::abs(set.real(4) - kWorld) < 1 && std::abs(set.real(5) - kWorld) < 1;
        if (!web_mercator)
            connection->refuse(in_table +
                               "is not tiled on the Web Mercator world grid (EPSG:3857, GoogleMapsCompatible) that web "
                               "maps use; make it with gdal_translate -of GPKG -co TILING_SCHEME=GoogleMapsCompatible");
    }
    TileSetInfo info;
    info.store = TileStore::GeoPackage;
    std::map<int, std::int64_t> levels;  // XYZ zoom -> zoom_level
    {
        Statement matrices(*connection,
                           "SELECT zoom_level, matrix_width, matrix_height, tile_width, tile_height "
                           "FROM gpkg_tile_matrix WHERE table_name = ?1 ORDER BY zoom_level");
        matrices.bind(1, table);
        while (matrices.step()) {
            const std::int64_t width = matrices.integer(1);
            int z = 0;
            while (z <= kMaxTileZoom && (std::int64_t(1) << z) < width) ++z;
            if (z > kMaxTileZoom || (std::int64_t(1) << z) != width || matrices.integer(2) != width ||
                matrices.integer(3) != matrices.integer(4))
                connection->refuse(in_table + "has a tile matrix at zoom_level " + std::to_string(matrices.integer(0)) +
                                   " that is not a square power-of-two grid (" + std::to_string(width) + " x " +
                                   std::to_string(matrices.integer(2)) + " tiles)");
            levels[z] = matrices.integer(0);
            info.tile_size = static_cast<int>(matrices.integer(3));
        }
    }
    std::map<std::int64_t, int> zoom_of;
    for (const auto& [z, level] : levels) zoom_of[level] = z;
    {
        Statement present(*connection, "SELECT DISTINCT zoom_level FROM " + quoted(table));
        bool any = false;
        while (present.step()) {
            const auto z = zoom_of.find(present.integer(0));
            if (z == zoom_of.end()) continue;  // tiles without a matrix cannot be placed
            info.min_zoom = any ? std::min(info.min_zoom, z->second) : z->second;
            info.max_zoom = any ? std::max(info.max_zoom, z->second) : z->second;
            any = true;
        }
        if (!any) connection->refuse(in_table + "holds no tiles");
    }
    {
        Statement first(*connection, "SELECT tile_data FROM " + quoted(table) + " LIMIT 1");
        info.format = first.step() ? tile_image_format(first.blob(0)) : "";
        if (info.format.empty())
            connection->refuse(in_table + "holds tiles of an unknown format; a basemap is raster tiles: PNG, JPEG or WebP");
    }
    {
        Statement extent(*connection, "SELECT MIN(tile_column), MAX(tile_column), MIN(tile_row), MAX(tile_row) FROM " +
                                          quoted(table) + " WHERE zoom_level = ?1");
        extent.bind(1, levels[info.max_zoom]);
        if (extent.step() && !extent.null(0))  // GeoPackage rows count from the north, as XYZ's
            bounds_from_tiles(info, info.max_zoom, extent.integer(0), extent.integer(1), extent.integer(2),
                              extent.integer(3));
    }
    return std::make_unique<SqliteTiles>(path, info, std::move(connection),
                                         "SELECT tile_data FROM " + quoted(table) +
                                             " WHERE zoom_level = ?1 AND tile_column = ?2 AND tile_row = ?3",
                                         false, std::move(levels));
}

}  // namespace coverplan::gis::detail
