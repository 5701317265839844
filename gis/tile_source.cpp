#include "gis/tile_source.h"

#include <gdal.h>

#include <algorithm>
#include <cmath>
#include <fstream>
#include <iterator>
#include <limits>
#include <system_error>
#include <vector>

#include "gis/detail/gdal_fields.h"
#include "gis/detail/sqlite_tiles.h"
#include "gis/error.h"
#include "gis/gdal_setup.h"
#include "gis/utf8.h"

namespace coverplan::gis {

namespace fs = std::filesystem;

namespace {

constexpr double kPi = 3.14159265358979323846;

/// A tile file larger than this is not a map tile (a 256-pixel PNG is tens of KB).
constexpr std::uintmax_t kMaxTileBytes = 16u << 20;

const std::vector<std::string> kTileExtensions = {"png", "jpg", "jpeg", "webp"};

/// A whole number 0..limit written in plain digits (a folder or file name); -1 otherwise.
int plain_number(const std::string& text, int limit) {
    if (text.empty() || text.size() > 10) return -1;
    long long value = 0;
    for (const char c : text) {
        if (c < '0' || c > '9') return -1;
        value = value * 10 + (c - '0');
    }
    return value <= limit ? static_cast<int>(value) : -1;
}

/// GDAL must be able to open `path` as a raster with one of `drivers`
/// (options: GDAL open options); otherwise the user is told what GDAL said.
void require_gdal_raster(const fs::path& path, std::vector<const char*> drivers, std::vector<std::string> options,
                         const std::string& what, const std::string& expected) {
    register_gdal_drivers();
    drivers.push_back(nullptr);
    std::vector<const char*> option_pointers;
    for (const auto& option : options) option_pointers.push_back(option.c_str());
    option_pointers.push_back(nullptr);
    CPLErrorReset();
    GDALDatasetH dataset = GDALOpenEx(path.c_str(), GDAL_OF_RASTER | GDAL_OF_READONLY, drivers.data(),
                                      option_pointers.data(), nullptr);
    if (!dataset) throw InputError(what + " " + path.string() + " is not " + expected + " (GDAL: " + detail::gdal_message() + ")");
    const bool has_pixels = GDALGetRasterCount(dataset) > 0;
    GDALClose(dataset);
    if (!has_pixels) throw InputError(what + " " + path.string() + " is not " + expected + " (GDAL finds no raster bands in it)");
}

std::string read_tile_file(const fs::path& path) {
    std::error_code error;
    const auto size = fs::file_size(path, error);
    if (error) throw InputError("cannot read tile " + path.string() + ": " + error.message());
    if (size > kMaxTileBytes)
        throw InputError("tile " + path.string() + " has " + std::to_string(size) + " bytes, more than a map tile (" +
                         std::to_string(kMaxTileBytes) + ")");
    std::ifstream in(path, std::ios::binary);
    std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    if (!in.good() && !in.eof()) throw InputError("cannot read tile " + path.string());
    return bytes;
}

/// A folder {z}/{x}/{y}.{ext}: the numbering is XYZ's already.
class FolderTiles : public TileSource {
public:
    FolderTiles(const fs::path& path, const TileSetInfo& info, std::string extension)
        : TileSource(path, info), extension_(std::move(extension)) {}

    std::optional<std::string> tile(int z, int x, int y) const override {
        if (z < info_.min_zoom || z > info_.max_zoom || x < 0 || y < 0) return std::nullopt;
        if (x >= (std::int64_t(1) << z) || y >= (std::int64_t(1) << z)) return std::nullopt;
        // Built from three checked integers: no request can name another file.
        const fs::path folder = path_ / std::to_string(z) / std::to_string(x);
        std::error_code error;
        fs::path file = folder / (std::to_string(y) + "." + extension_);
        if (!fs::is_regular_file(file, error)) return std::nullopt;
        return read_tile_file(file);
    }

private:
    std::string extension_;
};

std::unique_ptr<TileSource> open_folder(const fs::path& path, const std::string& what) {
    const std::string expected =
        "holds no XYZ tiles: expected folders {z}/{x}/{y}.png (or .jpg, .webp), e.g. 14/13050/7140.png";
    std::error_code error;
    std::vector<int> zooms;
    for (const auto& entry : fs::directory_iterator(path, error))
        if (entry.is_directory(error)) {
            const int z = plain_number(entry.path().filename().string(), kMaxTileZoom);
            if (z >= 0) zooms.push_back(z);
        }
    if (error) throw InputError(what + " " + path.string() + " cannot be listed: " + error.message());
    std::sort(zooms.begin(), zooms.end());
    TileSetInfo info;
    info.store = TileStore::Folder;
    std::string extension;
    fs::path first_tile;
    bool any = false;
    // Extents of the tiles at each zoom holding any (the deepest gives the bounds).
    std::int64_t x0 = 0, x1 = 0, y0 = 0, y1 = 0;
    for (const int z : zooms) {
        bool here = false;
        const std::int64_t side = std::int64_t(1) << z;
        for (const auto& column : fs::directory_iterator(path / std::to_string(z), error)) {
            const int x = plain_number(column.path().filename().string(), std::numeric_limits<int>::max());
            if (x < 0 || x >= side || !column.is_directory(error)) continue;
            for (const auto& file : fs::directory_iterator(column.path(), error)) {
                const std::string ext = file.path().extension().string();
                const std::string name = ext.size() > 1 ? lowercase(ext.substr(1)) : "";
                if (std::find(kTileExtensions.begin(), kTileExtensions.end(), name) == kTileExtensions.end()) continue;
                const int y = plain_number(file.path().stem().string(), std::numeric_limits<int>::max());
                if (y < 0 || y >= side || !file.is_regular_file(error)) continue;
                if (extension.empty()) {
                    extension = ext.substr(1);
                    first_tile = file.path();
                }
                if (!here) x0 = x1 = x, y0 = y1 = y;
                x0 = std::min<std::int64_t>(x0, x);
                x1 = std::max<std::int64_t>(x1, x);
                y0 = std::min<std::int64_t>(y0, y);
                y1 = std::max<std::int64_t>(y1, y);
                here = true;
            }
        }
        if (!here) continue;
        if (!any) info.min_zoom = z;
        info.max_zoom = z;
        any = true;
    }
    if (!any) throw InputError(what + " " + path.string() + " " + expected);
    require_gdal_raster(first_tile, {"PNG", "JPEG", "WEBP"}, {}, what + " tile", "an image GDAL can read");
    info.format = tile_image_format(read_tile_file(first_tile));
    if (info.format.empty()) throw InputError(what + " tile " + first_tile.string() + " is not a PNG, JPEG or WebP image");
    const auto [west, north] = tile_corner_lonlat(info.max_zoom, static_cast<double>(x0), static_cast<double>(y0));
    const auto [east, south] = tile_corner_lonlat(info.max_zoom, static_cast<double>(x1 + 1), static_cast<double>(y1 + 1));
    info.west = west, info.north = north, info.east = east, info.south = south;
    return std::make_unique<FolderTiles>(path, info, extension);
}

bool starts_with(std::string_view bytes, std::string_view prefix) { return bytes.substr(0, prefix.size()) == prefix; }

}  // namespace

std::unique_ptr<TileSource> TileSource::open(const fs::path& source, const std::string& table, const std::string& what) {
    std::error_code error;
    const fs::file_status status = fs::status(source, error);
    if (!fs::exists(status)) throw InputError(what + " " + source.string() + " does not exist");
    if (fs::is_directory(status)) {
        if (!table.empty())
            throw InputError(what + " " + source.string() + " is a folder of tiles: table = \"" + table +
                             "\" names a table of a GeoPackage, leave it out");
        return open_folder(source, what);
    }
    const std::string expected = "an MBTiles file, a GeoPackage with tiles or a folder of XYZ tiles";
    if (!fs::is_regular_file(status)) throw InputError(what + " " + source.string() + " is not " + expected);
    register_gdal_drivers();
    CPLErrorReset();
    const char* const drivers[] = {"MBTiles", "GPKG", nullptr};
    GDALDriverH driver = GDALIdentifyDriverEx(source.c_str(), GDAL_OF_RASTER, drivers, nullptr);
    if (!driver) throw InputError(what + " " + source.string() + " is not " + expected);
    if (std::string(GDALGetDriverShortName(driver)) == "MBTiles") {
        if (!table.empty())
            throw InputError(what + " " + source.string() + " is an MBTiles file, which holds one tileset: table = \"" +
                             table + "\" is for a GeoPackage, leave it out");
        require_gdal_raster(source, {"MBTiles"}, {}, what, "a raster MBTiles file");
        return detail::open_mbtiles(source, what);
    }
    const std::vector<std::string> tables = detail::gpkg_tile_tables(source, what);
    std::string names;
    for (const auto& name : tables) names += (names.empty() ? "'" : ", '") + name + "'";
    if (tables.empty()) throw InputError(what + " " + source.string() + " is a GeoPackage without a tile layer");
    std::string chosen = table;
    if (chosen.empty() && tables.size() > 1)
        throw InputError(what + " " + source.string() + " holds " + std::to_string(tables.size()) + " tile layers (" +
                         names + "): name one with table = \"...\" in [basemap]");
    if (chosen.empty()) chosen = tables.front();
    if (std::find(tables.begin(), tables.end(), chosen) == tables.end())
        throw InputError(what + " " + source.string() + " has no tile layer '" + chosen + "' (its tile layers: " + names + ")");
    require_gdal_raster(source, {"GPKG"}, {"TABLE=" + chosen}, what, "a readable GeoPackage tile layer '" + chosen + "'");
    return detail::open_gpkg_tiles(source, chosen, what);
}

std::string tile_image_format(std::string_view bytes) {
    if (starts_with(bytes, "\x89PNG\r\n\x1a\n")) return "png";
    if (starts_with(bytes, "\xFF\xD8\xFF")) return "jpg";
    if (bytes.size() >= 12 && starts_with(bytes, "RIFF") && bytes.substr(8, 4) == "WEBP") return "webp";
    return "";
}

std::string tile_media_type(std::string_view bytes) {
    const std::string format = tile_image_format(bytes);
    if (format == "png") return "image/png";
    if (format == "jpg") return "image/jpeg";
    if (format == "webp") return "image/webp";
    return "application/octet-stream";
}

std::pair<double, double> tile_corner_lonlat(int z, double x, double y) {
    const double n = std::ldexp(1.0, z);
    const double lon = x / n * 360.0 - 180.0;
    const double lat = std::atan(std::sinh(kPi * (1 - 2 * y / n))) * 180.0 / kPi;
    return {lon, lat};
}

std::pair<double, double> lonlat_to_tile(int z, double lon, double lat) {
    const double n = std::ldexp(1.0, z);
    const double phi = lat * kPi / 180.0;
    return {(lon + 180.0) / 360.0 * n, (1 - std::asinh(std::tan(phi)) / kPi) / 2 * n};
}

}  // namespace coverplan::gis
