#pragma once
// The two SQLite tilesets (MBTiles, GeoPackage tiles), read with SQLite
// itself: GDAL's drivers decode tiles into pixels, and a served tile must be
// the stored bytes. GDAL has opened the file as a raster tileset before
// these run (gis/tile_source.cpp), so they only read what GDAL accepted.

#include <memory>
#include <string>
#include <vector>

#include "gis/tile_source.h"

namespace coverplan::gis::detail {

std::unique_ptr<TileSource> open_mbtiles(const std::filesystem::path& path, const std::string& what);

/// `table`: the tile table; "" when the file must hold exactly one.
std::unique_ptr<TileSource> open_gpkg_tiles(const std::filesystem::path& path, const std::string& table,
                                            const std::string& what);

/// The GeoPackage's tile tables (gpkg_contents data_type 'tiles'), sorted.
std::vector<std::string> gpkg_tile_tables(const std::filesystem::path& path, const std::string& what);

}  // namespace coverplan::gis::detail
