#pragma once
// Draws a MapDescription on any QPainter: the same code for the screen and
// PNG (QImage), PDF (QPdfWriter) and SVG (QSvgGenerator). Draws the finished
// map: title block, the layers clipped to the map frame, collision-free
// labels, a legend that matches the classes drawn, a scale bar in ground
// metres, a north arrow pointing to true north, and the notes. The layout
// (lay_out_map) and the content (map_content.h) can also be used apart.

#include <QPainter>
#include <QRectF>
#include <QString>
#include <vector>

#include "ui/carto/geometry_path.h"
#include "ui/carto/map_content.h"
#include "ui/carto/map_description.h"

namespace coverplan::carto {

struct RenderOptions {
    /// Vertices closer than this to the previous one are dropped. Raster
    /// outputs use half a pixel; vector outputs a tenth of a millimetre,
    /// finer than any printer shows.
    double simplify_mm = 0.1;
};

/// The scale bar: a round ground length and its length on the page.
struct ScaleBar {
    double ground_m = 0;   ///< what the whole bar stands for on the ground
    double length_mm = 0;  ///< its length on the page
    int segments = 4;
    QString text;               ///< "2 km", "500 m"
    double scale_denominator = 0;  ///< the map's scale 1 : N at its printed size
};

/// Chooses the longest 1-2-5 × 10^k ground length whose bar fits in
/// `max_length_mm`. `mm_per_map_unit`: page millimetres per map unit;
/// `scale_factor`: grid metres per ground metre (MapDescription).
ScaleBar choose_scale_bar(double mm_per_map_unit, double scale_factor, double max_length_mm);

/// Where things went, in the painter's device units.
struct MapLayout {
    QRectF area;         ///< everything the map occupies
    QRectF title;        ///< empty without a title
    QRectF frame;        ///< the map itself
    QRectF legend;       ///< legend panel
    QRectF notes;        ///< small print
    QRectF scale_bar;    ///< box holding the bar and its labels (inside the frame)
    QRectF north_arrow;  ///< box holding the arrow (inside the frame)
};

struct RenderResult {
    MapLayout layout;
    WorldToPage transform;  ///< world to device units
    WorldBox shown;         ///< the part of the world inside the frame
    ScaleBar scale_bar;
    std::vector<PlacedLabel> labels;
    std::size_t labels_dropped = 0;  ///< labels left out to avoid overlaps (or too small a feature)
    std::size_t areas_drawn = 0, lines_drawn = 0, dots_drawn = 0, bins_drawn = 0;
    /// Texts holding characters the map font cannot draw (should stay empty).
    std::vector<QString> missing_glyphs;
};

/// Where a finished map goes in `area`: title block, frame, legend panel,
/// notes, scale bar and north arrow boxes; the extent fitted to the frame
/// (widened to its shape) and the scale bar chosen. Draws nothing: the
/// first half of render_map.
struct MapPlacement {
    MapLayout layout;
    WorldToPage transform;  ///< world to device units
    WorldBox shown;         ///< the part of the world inside the frame
    ScaleBar scale_bar;
};
MapPlacement lay_out_map(const MapDescription& map, QPainter& painter, const QRectF& area, double px_per_mm);

/// The scale bar as on the page, in the bottom-left corner of `frame` (the
/// screen canvas draws it over its content); returns the box it took.
QRectF draw_scale_bar(const ScaleBar& bar, QPainter& painter, const QRectF& frame, double px_per_mm);

/// Draws the map into `area` (device units of the painter's device) with
/// `px_per_mm` device units per millimetre. The painter must be active;
/// its state is saved and restored. Needs ensure_gui_session() first.
RenderResult render_map(const MapDescription& map, QPainter& painter, const QRectF& area, double px_per_mm,
                        const RenderOptions& options = {});

}  // namespace coverplan::carto
