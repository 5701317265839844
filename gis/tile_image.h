#pragma once
// A basemap's tiles as one picture of a map's extent in the map's CRS, for
// printed maps: the zoom whose pixels come nearest the picture's is chosen,
// its tiles are decoded by GDAL into a Web Mercator mosaic and warped by
// GDAL into the map's CRS and extent (bilinear, alpha kept: outside the
// tiles the picture is transparent).

#include <cstdint>
#include <string>
#include <vector>

#include "gis/tile_source.h"

namespace coverplan::gis {

struct TileImage {
    int width = 0, height = 0;
    std::vector<std::uint8_t> rgba;  ///< row by row from the top, 4 bytes a pixel, alpha not premultiplied
    int zoom = -1;                   ///< the tileset's zoom drawn; -1: nothing of it in the extent
    int tiles = 0;                   ///< tiles drawn
};

/// The part of `source` inside the box minx..maxx, miny..maxy of `crs` (any
/// CRS PROJ knows, e.g. the working CRS), as a width x height picture. At
/// most `max_tiles` tiles are read (a shallower zoom is taken to stay
/// within). Throws InputError when `crs` is unknown or the source can no
/// longer be read; an extent the tileset does not reach gives a transparent picture.
TileImage render_tiles(const TileSource& source, const std::string& crs, double minx, double miny, double maxx,
                       double maxy, int width, int height, int max_tiles = 400);

}  // namespace coverplan::gis
