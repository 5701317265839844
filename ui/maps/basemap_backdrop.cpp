#include "ui/maps/basemap_backdrop.h"

#include <cstring>
#include <iostream>

#include "gis/tile_image.h"
#include "ui/i18n/language.h"

namespace coverplan::maps {

void add_basemap(carto::MapDescription& map, const planner::Dataset& data) {
    if (!data.basemap) return;
    map.backdrop = [basemap = data.basemap, crs = data.working_crs](const carto::WorldBox& box, QSize size) -> QImage {
        try {
            const gis::TileImage tiles = gis::render_tiles(*basemap, crs, box.minx, box.miny, box.maxx, box.maxy,
                                                           size.width(), size.height());
            if (tiles.tiles == 0) return {};
            QImage image(tiles.width, tiles.height, QImage::Format_RGBA8888);
            for (int row = 0; row < tiles.height; ++row)
                std::memcpy(image.scanLine(row), tiles.rgba.data() + std::size_t(row) * tiles.width * 4,
                            std::size_t(tiles.width) * 4);
            return image;
        } catch (const std::exception& error) {
            // A map without its streets is still the map the user asked for.
            std::cerr << "warning: the basemap is left out of the map: " << error.what() << "\n";
            return {};
        }
    };
    map.notes.push_back(i18n::tr_text("Map", "Basemap: %1.")
                            .arg(QString::fromStdString(data.basemap->path().filename().string())));
}

}  // namespace coverplan::maps
