#include "ui/server/basemap_tiles.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <string_view>
#include <vector>

namespace coverplan::server {

namespace {

/// A tile is the same bytes until the basemap file is replaced, which
/// operators do rarely (and the page is reloaded then): a day of caching
/// spares phones on a weak connection. An absent tile is asked again sooner.
constexpr const char* kTileCaching = "public, max-age=86400";
constexpr const char* kAbsentTileCaching = "public, max-age=3600";

/// A whole number written in plain decimal digits (at most 10); -1 otherwise.
std::int64_t whole_number(std::string_view text) {
    if (text.empty() || text.size() > 10) return -1;
    std::int64_t value = 0;
    for (const char c : text) {
        if (c < '0' || c > '9') return -1;
        value = value * 10 + (c - '0');
    }
    return value;
}

Answer absent(const std::string& message) {
    Answer answer = FieldService::error(404, message);
    answer.headers.emplace_back("Cache-Control", kAbsentTileCaching);
    return answer;
}

}  // namespace

Answer basemap_tile(const gis::TileSource* basemap, const std::string& path) {
    const std::string_view rest = std::string_view(path).substr(std::string_view(kTilePrefix).size());
    std::vector<std::string_view> parts;
    for (std::size_t start = 0;;) {
        const std::size_t slash = rest.find('/', start);
        parts.push_back(rest.substr(start, slash == std::string_view::npos ? std::string_view::npos : slash - start));
        if (slash == std::string_view::npos || parts.size() > 3) break;
        start = slash + 1;
    }
    std::int64_t zxy[3] = {-1, -1, -1};
    if (parts.size() == 3)
        for (int i = 0; i < 3; ++i) zxy[i] = whole_number(parts[i]);
    if (zxy[0] < 0 || zxy[1] < 0 || zxy[2] < 0) {
        // Quoted back cut short, control bytes escaped (a NUL would end the message).
        std::string shown;
        for (const char c : std::string_view(path).substr(0, 80)) {
            const auto byte = static_cast<unsigned char>(c);
            if (byte >= 0x20 && byte != 0x7F) {
                shown += c;
                continue;
            }
            static const char* digits = "0123456789abcdef";
            shown += {'\\', 'x', digits[byte >> 4], digits[byte & 15]};
        }
        if (path.size() > 80) shown += "...";
        throw RequestError(400, "a tile is asked for as /tiles/{z}/{x}/{y} in whole numbers (e.g. /tiles/14/13024/7198), got '" +
                                    shown + "'",
                           "path");
    }
    const auto [z, x, y] = zxy;
    if (z > gis::kMaxTileZoom)
        throw RequestError(400, "zoom " + std::to_string(z) + " is outside 0.." + std::to_string(gis::kMaxTileZoom), "z");
    const std::int64_t last = (std::int64_t(1) << z) - 1;
    for (const auto& [name, value] : {std::pair{"x", x}, std::pair{"y", y}})
        if (value > last)
            throw RequestError(400, std::string(name) + " " + std::to_string(value) + " is outside 0.." +
                                        std::to_string(last) + " at zoom " + std::to_string(z),
                               name);
    if (!basemap) return absent("this project has no basemap ([basemap] source in the project file)");
    const std::string name = std::to_string(z) + "/" + std::to_string(x) + "/" + std::to_string(y);
    auto bytes = basemap->tile(static_cast<int>(z), static_cast<int>(x), static_cast<int>(y));
    if (!bytes) return absent("the basemap has no tile " + name);
    Answer answer{200, gis::tile_media_type(*bytes), std::move(*bytes), {}};
    answer.headers.emplace_back("Cache-Control", kTileCaching);
    return answer;
}

std::string basemap_json(const gis::TileSource* basemap) {
    if (!basemap) return "null";
    const gis::TileSetInfo& info = basemap->info();
    const nlohmann::ordered_json body = {{"tiles", std::string(kTilePrefix) + "{z}/{x}/{y}"},
                                         {"format", info.format},
                                         {"min_zoom", info.min_zoom},
                                         {"max_zoom", info.max_zoom},
                                         {"bounds", {info.west, info.south, info.east, info.north}},
                                         {"tile_size", info.tile_size}};
    return body.dump();
}

}  // namespace coverplan::server
