#pragma once
// The content of a map — background, layers, labels — drawn into a frame
// through a given world-to-device transform. The page renderer
// (render_map) lays a map out and calls this for its frame; the desktop
// canvas calls it for whatever part of the world is on screen, in a
// background thread, and cancels it when the view changes.

#include <QPainter>
#include <QRectF>
#include <atomic>
#include <vector>

#include "ui/carto/geometry_path.h"
#include "ui/carto/map_description.h"

namespace coverplan::carto {

/// Where the content goes: the frame on the device, the world's transform
/// onto it, and the part of the world inside the frame.
struct MapView {
    QRectF frame;
    WorldToPage transform;
    WorldBox shown;
};

/// The view of `frame` through `transform` (its world box computed).
MapView view_of(const QRectF& frame, const WorldToPage& transform);

/// A transform showing `centre` (map units) at the middle of `frame`, with
/// `units_per_pixel` map units per device unit.
WorldToPage centred_transform(const QRectF& frame, double centre_x, double centre_y, double units_per_pixel);

struct ContentOptions {
    /// Vertices closer than this to the previous one are dropped (see RenderOptions).
    double simplify_mm = 0.1;
    bool labels = true;
    /// False: the background and layers are left out, only the labels are
    /// drawn (over other content drawn in between, e.g. the canvas's points).
    bool layers = true;
    /// Device boxes labels must stay clear of (the page's scale bar and north arrow).
    std::vector<QRectF> keep_clear;
    /// Checked between features: once true, drawing stops and the result says so.
    const std::atomic<bool>* cancel = nullptr;
};

struct PlacedLabel {
    QString text, badge;
    QRectF box;           ///< device units
    QPointF anchor;       ///< the labelled point, device units
    bool leader = false;  ///< moved away from its anchor: a leader line joins them
    bool forced = false;  ///< required label that had to overlap something
};

struct ContentResult {
    std::vector<PlacedLabel> labels;
    std::size_t labels_dropped = 0;  ///< labels left out to avoid overlaps (or too small a feature)
    std::size_t areas_drawn = 0, lines_drawn = 0, dots_drawn = 0, bins_drawn = 0;
    /// The legend of each point layer as drawn (dots per class, or counts per hexagon).
    std::vector<LegendSection> point_legends;
    bool cancelled = false;  ///< stopped by ContentOptions::cancel; the drawing is incomplete
};

/// Draws the background, the layers in order and the labels of `map`,
/// clipped to `view.frame`, with `px_per_mm` device units per millimetre
/// (sizes of outlines, dots, bins and labels). `map.extent` and the
/// furniture are ignored. The painter must be active; its state is saved
/// and restored. Safe in any thread when painting on a QImage, as long as
/// the description's geometries stay alive; needs ensure_gui_session()
/// first (from the main thread).
ContentResult draw_map_content(const MapDescription& map, QPainter& painter, const MapView& view, double px_per_mm,
                               const ContentOptions& options = {});

}  // namespace coverplan::carto
