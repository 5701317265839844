#pragma once
// Draws a MapDescription on any QPainter: the same code for the screen and
// PNG (QImage), PDF (QPdfWriter) and SVG (QSvgGenerator). Draws the finished
// map: title block, the layers clipped to the map frame, collision-free
// labels, a legend that matches the classes drawn, a scale bar in ground
// metres, a north arrow pointing to true north, and the notes.

#include <QPainter>
#include <QRectF>
#include <QString>
#include <vector>

#include "ui/carto/geometry_path.h"
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

struct PlacedLabel {
    QString text, badge;
    QRectF box;           ///< device units
    QPointF anchor;       ///< the labelled point, device units
    bool leader = false;  ///< moved away from its anchor: a leader line joins them
    bool forced = false;  ///< required label that had to overlap something
};

struct RenderResult {
    MapLayout layout;
    WorldToPage transform;  ///< world to device units
    WorldBox shown;         ///< the part of the world inside the frame
    ScaleBar scale_bar;
    std::vector<PlacedLabel> labels;
    std::size_t labels_dropped = 0;  ///< labels left out to avoid overlaps (or too small a feature)
    std::size_t areas_drawn = 0, dots_drawn = 0, bins_drawn = 0;
    /// Texts holding characters the map font cannot draw (should stay empty).
    std::vector<QString> missing_glyphs;
};

/// Draws the map into `area` (device units of the painter's device) with
/// `px_per_mm` device units per millimetre. The painter must be active;
/// its state is saved and restored. Needs ensure_gui_session() first.
RenderResult render_map(const MapDescription& map, QPainter& painter, const QRectF& area, double px_per_mm,
                        const RenderOptions& options = {});

}  // namespace coverplan::carto
