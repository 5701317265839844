#pragma once
// A MapDescription written as PNG, PDF or SVG (chosen by the file's
// extension), or rendered into an image for the screen. Every output runs
// the same MapRenderer on a different QPainter device. Files are written
// under a temporary name and renamed when complete.

#include <QImage>
#include <filesystem>

#include "ui/carto/map_description.h"
#include "ui/carto/map_renderer.h"

namespace coverplan::carto {

enum class MapFormat { Png, Pdf, Svg };

/// The format for a file name by its extension (.png, .pdf, .svg, any case);
/// throws InputError naming the file otherwise.
MapFormat map_format_for(const std::filesystem::path& file);

/// Margin around the map on the sheet, millimetres.
inline constexpr double kPageMarginMm = 10;

/// The whole sheet as an image at map.page.dpi (white paper).
QImage render_page_image(const MapDescription& map, RenderResult* result = nullptr);

/// Writes the map; returns what the renderer did. Throws InputError when
/// the file cannot be written (missing folder, no permission).
RenderResult write_map(const MapDescription& map, const std::filesystem::path& file);

}  // namespace coverplan::carto
