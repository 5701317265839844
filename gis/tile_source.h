#pragma once
// A basemap's tiles as stored: an MBTiles file, a GeoPackage tile layer or a
// folder of XYZ tiles ({z}/{x}/{y}.png|.jpg|.jpeg|.webp), addressed in the XYZ
// (Google / OpenStreetMap) scheme whatever the file's own numbering. The
// bytes come back exactly as stored (no decoding, no re-encoding), so a web
// map can be served from them unchanged.
//
// Opening checks what a later tile read would trip on, and says so naming
// the file: missing, not a raster tileset for GDAL (MBTiles and GeoPackage
// are opened through GDAL's own drivers first), vector tiles, a GeoPackage
// whose tile matrix set is not Web Mercator's world grid, several tile
// tables and none named, an empty folder.

#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

namespace coverplan::gis {

enum class TileStore { MBTiles, GeoPackage, Folder };

/// What a tileset holds. Bounds are WGS 84 degrees: the tileset's own
/// (MBTiles metadata "bounds") when it gives them, else the extent of its
/// tiles at the deepest zoom.
struct TileSetInfo {
    TileStore store = TileStore::Folder;
    std::string format;  ///< "png", "jpg" or "webp": what the tiles are (the first one read, for a GeoPackage)
    int min_zoom = 0;
    int max_zoom = 0;
    double west = -180, south = -85.0511287798, east = 180, north = 85.0511287798;
    int tile_size = 256;  ///< pixels
};

/// The deepest zoom a tile request may name: 2^30 tiles a side still fit an int.
inline constexpr int kMaxTileZoom = 30;

class TileSource {
public:
    /// Opens `source` (a file, or a folder of XYZ tiles); `table` names the
    /// GeoPackage tile table when the file has several. `what` is how the
    /// user knows the source in messages ("the basemap ([basemap] source)").
    /// Throws InputError naming the file and what is wrong.
    static std::unique_ptr<TileSource> open(const std::filesystem::path& source, const std::string& table = "",
                                            const std::string& what = "the basemap");
    virtual ~TileSource() = default;

    const TileSetInfo& info() const { return info_; }
    const std::filesystem::path& path() const { return path_; }

    /// The stored bytes of tile z/x/y in the XYZ scheme (row 0 at the north);
    /// nothing when the tileset has no such tile (also for z, x, y outside
    /// the tile grid). Safe to call from several threads. Throws InputError
    /// when the source cannot be read any more (removed, damaged).
    virtual std::optional<std::string> tile(int z, int x, int y) const = 0;

protected:
    TileSource(std::filesystem::path path, TileSetInfo info) : path_(std::move(path)), info_(info) {}
    std::filesystem::path path_;
    TileSetInfo info_;
};

/// "image/png", "image/jpeg" or "image/webp" from an image's first bytes;
/// "application/octet-stream" for anything else.
std::string tile_media_type(std::string_view bytes);

/// The name of an image format ("png", "jpg", "webp") from its first bytes; "" when unknown.
std::string tile_image_format(std::string_view bytes);

/// Longitude / latitude (degrees) of the north-west corner of XYZ tile x/y at zoom z.
std::pair<double, double> tile_corner_lonlat(int z, double x, double y);

/// The XYZ tile column and row (fractional) holding longitude / latitude at zoom z.
std::pair<double, double> lonlat_to_tile(int z, double lon, double lat);

}  // namespace coverplan::gis
