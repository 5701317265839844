#pragma once
// GET /tiles/{z}/{x}/{y}: the project's basemap tiles (gis/tile_source.h) as
// stored, for the field page's map. Kept out of the HTTP library like every
// endpoint: a path in, an Answer out, a RequestError for a bad request.

#include <string>

#include "gis/tile_source.h"
#include "ui/server/field_service.h"

namespace coverplan::server {

/// Where tiles are served; the page's Leaflet URL is kTilePrefix + "{z}/{x}/{y}".
inline constexpr const char* kTilePrefix = "/tiles/";

/// The answer to GET `path` (which starts with kTilePrefix) from `basemap`
/// (null: the project has none). 200 with the stored bytes, their image type
/// and a day's caching; 404 for a tile the basemap does not hold, or no
/// basemap; RequestError 400 for a path that is not /tiles/Z/X/Y in whole
/// numbers, or a tile outside the grid (z above gis::kMaxTileZoom, x or y
/// beyond 2^z - 1).
Answer basemap_tile(const gis::TileSource* basemap, const std::string& path);

/// What the field page needs to draw the basemap (GET /healthz "basemap"):
/// {"tiles": "/tiles/{z}/{x}/{y}", "format", "min_zoom", "max_zoom",
/// "bounds": [west, south, east, north], "tile_size"}; "null" without one.
std::string basemap_json(const gis::TileSource* basemap);

}  // namespace coverplan::server
