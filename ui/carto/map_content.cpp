#include "ui/carto/map_content.h"

#include <QPainterPath>
#include <algorithm>
#include <cmath>
#include <numeric>

#include "gis/hex_grid.h"
#include "ui/carto/classify.h"
#include "ui/carto/detail/content.h"
#include "ui/carto/label_placer.h"

namespace coverplan::carto {

namespace {

using detail::brush_of;
using detail::Ink;
using detail::kInk;
using detail::kLabelPt;
using detail::pen_of;

/// Points looked at between two looks at the cancel flag.
constexpr std::size_t kPointsPerCancelCheck = 1 << 16;

bool cancelled(const ContentOptions& options) {
    return options.cancel && options.cancel->load(std::memory_order_relaxed);
}

// --- areas ------------------------------------------------------------------

std::size_t draw_areas(const AreaLayer& layer, const Ink& ink, const MapView& view, double tolerance,
                       const ContentOptions& options, double fill_opacity) {
    QPainter& painter = ink.painter();
    const WorldToPage& t = view.transform;
    std::vector<QPen> pens;
    std::vector<QBrush> brushes;
    for (const AreaStyle& style : layer.styles) {
        pens.push_back(pen_of(style, ink));
        brushes.push_back(brush_of(style));
        if (brushes.back().style() != Qt::NoBrush && fill_opacity < 1) {
            QColor fill = brushes.back().color();
            fill.setAlphaF(fill.alphaF() * fill_opacity);
            brushes.back().setColor(fill);
        }
    }
    std::size_t drawn = 0;
    for (const AreaFeature& feature : layer.features) {
        if (cancelled(options)) break;
        if (feature.style >= layer.styles.size() || !feature.geometry) continue;
        const WorldBox box = envelope_of(feature.geometry);
        if (!box.intersects(view.shown)) continue;
        const QPainterPath path = area_path(feature.geometry, t, tolerance);
        if (path.isEmpty()) continue;
        // Outlines no wider than a 25th of the feature on the page: at
        // national scale ten thousand zone edges would otherwise bury
        // their own colours.
        const QPen& pen = pens[feature.style];
        const double size = std::max(box.width(), box.height()) * t.scale;
        if (pen.style() != Qt::NoPen && pen.widthF() * 25 > size) {
            QPen thin = pen;
            thin.setWidthF(std::max(size / 25, ink.mm(0.03)));
            painter.setPen(thin);
        } else {
            painter.setPen(pen);
        }
        painter.setBrush(brushes[feature.style]);
        painter.drawPath(path);
        ++drawn;
    }
    return drawn;
}

/// The backdrop at no more than ~200 dpi: finer than a basemap's tiles
/// anyway, and a 600 dpi PDF page would otherwise ask for 30 million pixels.
constexpr double kBackdropPxPerMm = 8;

void draw_backdrop(const MapDescription& map, const Ink& ink, const MapView& view) {
    const double density = std::min(ink.px_per_mm(), kBackdropPxPerMm) / ink.px_per_mm();
    const QSize size(std::max(1, static_cast<int>(std::ceil(view.frame.width() * density))),
                     std::max(1, static_cast<int>(std::ceil(view.frame.height() * density))));
    const QImage picture = map.backdrop(view.shown, size);
    if (picture.isNull()) return;
    ink.painter().save();
    ink.painter().setRenderHint(QPainter::SmoothPixmapTransform, true);
    ink.painter().drawImage(view.frame, picture);
    ink.painter().restore();
}

// --- lines ------------------------------------------------------------------

std::size_t draw_lines(const LineLayer& layer, const Ink& ink, const MapView& view, const ContentOptions& options) {
    QPainter& painter = ink.painter();
    const WorldToPage& t = view.transform;
    std::size_t drawn = 0;
    for (const LineFeature& feature : layer.features) {
        if (cancelled(options)) break;
        if (feature.style >= layer.styles.size() || feature.points.size() < 2) continue;
        QPainterPath path(t(feature.points[0].x(), feature.points[0].y()));
        for (std::size_t i = 1; i < feature.points.size(); ++i) path.lineTo(t(feature.points[i].x(), feature.points[i].y()));
        if (!path.boundingRect().intersects(view.frame)) continue;
        QPen pen = pen_of(layer.styles[feature.style], ink);
        if (pen.style() == Qt::NoPen) continue;
        pen.setCapStyle(Qt::RoundCap);  // a route's ends sit on its stops
        painter.setPen(pen);
        painter.setBrush(Qt::NoBrush);
        painter.drawPath(path);
        ++drawn;
    }
    return drawn;
}

// --- points -----------------------------------------------------------------

/// How one point layer appears in this view: dots, or counts per hexagon.
struct PointView {
    const PointLayer* layer = nullptr;
    std::vector<std::size_t> in_view_by_class;
    std::size_t in_view = 0;
    bool binned = false;
    double spacing = 0;  ///< hexagon size across flats, map units
    std::vector<gis::HexCell> cells;
    std::vector<std::uint32_t> counts;  ///< parallel to cells
    std::vector<double> breaks;
    std::vector<QColor> colours;
};

PointView view_points(const PointLayer& layer, const WorldBox& shown, double mm_per_unit, const ContentOptions& options) {
    PointView view;
    view.layer = &layer;
    view.in_view_by_class.assign(layer.classes.size(), 0);
    for (std::size_t i = 0; i < layer.x.size(); ++i) {
        if (i % kPointsPerCancelCheck == 0 && cancelled(options)) return view;
        if (!shown.contains(layer.x[i], layer.y[i])) continue;
        ++view.in_view;
        const std::size_t c = i < layer.point_class.size() ? layer.point_class[i] : 0;
        if (c < view.in_view_by_class.size()) ++view.in_view_by_class[c];
    }
    view.binned = view.in_view > layer.max_dots;
    if (!view.binned) return view;
    view.spacing = layer.bin_mm / mm_per_unit;
    view.cells = gis::hex_grid(shown.minx, shown.miny, shown.maxx, shown.maxy, view.spacing);
    int columns = 0;
    while (std::size_t(columns) < view.cells.size() && view.cells[std::size_t(columns)].row == 0) ++columns;
    const int rows = columns > 0 ? int(view.cells.size()) / columns : 0;
    view.counts.assign(view.cells.size(), 0);
    for (std::size_t i = 0; i < layer.x.size(); ++i) {
        if (i % kPointsPerCancelCheck == 0 && cancelled(options)) return view;
        if (!shown.contains(layer.x[i], layer.y[i])) continue;
        const gis::HexIndex cell = gis::hex_cell_of(shown.minx, shown.miny, view.spacing, layer.x[i], layer.y[i]);
        if (cell.column < 0 || cell.row < 0 || cell.column >= columns || cell.row >= rows) continue;
        ++view.counts[std::size_t(cell.row) * std::size_t(columns) + std::size_t(cell.column)];
    }
    const std::uint32_t max_count = view.counts.empty() ? 0 : *std::max_element(view.counts.begin(), view.counts.end());
    view.breaks = count_breaks(max_count, 5);
    view.colours = layer.bin_ramp;
    if (int(view.colours.size()) < int(view.breaks.size())) view.colours = ramp_colours(Ramp::Purples, 5);
    // Use the darker end of the ramp for fewer classes, so sparse bins still show.
    if (view.colours.size() > view.breaks.size())
        view.colours.erase(view.colours.begin(), view.colours.begin() + long(view.colours.size() - view.breaks.size()));
    return view;
}

std::pair<std::size_t, std::size_t> draw_points(const PointView& view, const Ink& ink, const MapView& map_view,
                                                const ContentOptions& options) {
    QPainter& painter = ink.painter();
    const WorldToPage& t = map_view.transform;
    const PointLayer& layer = *view.layer;
    if (view.binned) {
        std::size_t bins = 0;
        painter.setPen(Qt::NoPen);
        for (std::size_t i = 0; i < view.cells.size(); ++i) {
            if (view.counts[i] == 0) continue;
            // A little see-through: the service areas under the bins still show.
            QColor colour = view.colours[std::size_t(class_of(view.counts[i], view.breaks))];
            colour.setAlpha(215);
            painter.setBrush(colour);
            painter.drawPath(area_path(view.cells[i].polygon.get(), t, 0));
            ++bins;
        }
        return {0, bins};
    }
    const double radius = ink.mm(layer.dot_mm) / 2;
    const QPen outline(QColor(255, 255, 255, 200), ink.mm(0.12));
    std::size_t dots = 0;
    // Class by class, so the last classes (the theme puts the most
    // important there) are drawn on top.
    for (std::size_t c = 0; c < layer.classes.size(); ++c) {
        painter.setPen(outline);
        painter.setBrush(layer.classes[c].colour);
        for (std::size_t i = 0; i < layer.x.size(); ++i) {
            if (i % kPointsPerCancelCheck == 0 && cancelled(options)) return {dots, 0};
            const std::size_t point_class = i < layer.point_class.size() ? layer.point_class[i] : 0;
            if (point_class != c || !map_view.shown.contains(layer.x[i], layer.y[i])) continue;
            painter.drawEllipse(t(layer.x[i], layer.y[i]), radius, radius);
            ++dots;
        }
    }
    return {dots, 0};
}

LegendSection point_legend(const PointView& view, const QLocale& figures) {
    const PointLayer& layer = *view.layer;
    LegendSection section;
    section.title = layer.name;
    if (!view.binned) {
        for (std::size_t c = 0; c < layer.classes.size(); ++c) {
            LegendEntry entry;
            entry.swatch = LegendEntry::Swatch::Dot;
            entry.style.fill = layer.classes[c].colour;
            entry.text = layer.classes[c].label + " (" + detail::thousands((long long)view.in_view_by_class[c], figures) + ")";
            section.entries.push_back(entry);
        }
        return section;
    }
    // Plain figures in English as ever; the reader's separators otherwise.
    const auto ranges = class_ranges(view.breaks, 1, 0, figures.language() == QLocale::English ? QLocale::c() : figures);
    for (std::size_t c = 0; c < view.breaks.size(); ++c) {
        LegendEntry entry;
        entry.swatch = LegendEntry::Swatch::Area;
        entry.style.fill = view.colours[c];
        entry.text = ranges[c] + " " + layer.unit;
        section.entries.push_back(entry);
    }
    section.note = layer.binned_note.arg(detail::thousands((long long)view.in_view, figures), layer.unit,
                                         detail::distance_text(view.spacing, figures));
    return section;
}

// --- labels -----------------------------------------------------------------

/// From the labelled point to the nearest point of its box (drawn before
/// every box, so no leader crosses a label).
void draw_leader(const PlacedLabel& label, const Ink& ink) {
    if (!label.leader) return;
    QPainter& painter = ink.painter();
    const QPointF to(std::clamp(label.anchor.x(), label.box.left(), label.box.right()),
                     std::clamp(label.anchor.y(), label.box.top(), label.box.bottom()));
    painter.setPen(QPen(kInk, ink.mm(0.25)));
    painter.drawLine(label.anchor, to);
    painter.setPen(QPen(Qt::white, ink.mm(0.2)));
    painter.setBrush(kInk);
    painter.drawEllipse(label.anchor, ink.mm(0.6), ink.mm(0.6));
}

/// A disc for one digit, a pill for more ("10").
double badge_width(const QString& badge, const Ink& ink, const QFont& badge_font, double badge_d) {
    return std::max(badge_d, ink.text_width(badge, badge_font) + badge_d * 0.55);
}

void draw_label(const PlacedLabel& label, const Ink& ink, const QFont& font, const QFont& badge_font, double badge_d) {
    QPainter& painter = ink.painter();
    const double pad = ink.mm(0.7);
    if (!label.text.isEmpty()) {
        painter.setPen(Qt::NoPen);
        painter.setBrush(QColor(255, 255, 255, 205));
        painter.drawRoundedRect(label.box, ink.mm(0.8), ink.mm(0.8));
    }
    double x = label.box.left() + pad;
    if (!label.badge.isEmpty()) {
        const double w = badge_width(label.badge, ink, badge_font, badge_d);
        const QRectF pill(label.text.isEmpty() ? label.box.center().x() - w / 2 : x,
                          label.box.center().y() - badge_d / 2, w, badge_d);
        painter.setPen(QPen(Qt::white, ink.mm(0.25)));
        painter.setBrush(kInk);
        painter.drawRoundedRect(pill, badge_d / 2, badge_d / 2);
        ink.text(pill, label.badge, badge_font, Qt::white, Qt::AlignCenter);
        x += w + ink.mm(0.8);
    }
    if (!label.text.isEmpty())
        ink.text(QRectF(x, label.box.top(), label.box.right() - x, label.box.height()), label.text,
                 label.badge.isEmpty() ? font : badge_font, kInk, Qt::AlignLeft | Qt::AlignVCenter);
}

/// Labels by priority, each at the first free position around its anchor.
void place_labels(const MapDescription& map, const Ink& ink, const MapView& view, const ContentOptions& options,
                  ContentResult& result) {
    const WorldToPage& t = view.transform;
    const QFont label_font = ink.font(kLabelPt);
    const QFont badge_font = ink.font(kLabelPt, true);
    const QFontMetricsF label_metrics = ink.metrics(label_font);
    const double badge_d = label_metrics.height() * 1.1;
    const double pad = ink.mm(0.7);
    const double box_h = std::max(label_metrics.height(), badge_d) + ink.mm(0.5);
    LabelPlacer placer(view.frame.adjusted(ink.mm(1), ink.mm(1), -ink.mm(1), -ink.mm(1)), ink.mm(12));
    for (const QRectF& box : options.keep_clear) placer.block(box);
    std::vector<std::size_t> order(map.labels.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t a, std::size_t b) { return map.labels[a].priority > map.labels[b].priority; });
    for (std::size_t index : order) {
        if (cancelled(options)) return;
        const Label& label = map.labels[index];
        if (!view.shown.contains(label.x, label.y)) continue;
        if (!label.required && label.extent_world * t.scale < ink.mm(label.min_extent_mm)) {
            ++result.labels_dropped;
            continue;
        }
        const QPointF anchor = t(label.x, label.y);
        const double badge_w = label.badge.isEmpty() ? 0
                                                     : badge_width(label.badge, ink, badge_font, badge_d) +
                                                           (label.text.isEmpty() ? 0 : ink.mm(0.8));
        const double text_w =
            label.text.isEmpty() ? 0 : ink.text_width(label.text, label.badge.isEmpty() ? label_font : badge_font);
        const QSizeF full(badge_w + text_w + 2 * pad, box_h);
        PlacedLabel placed{label.text, label.badge, {}, anchor, false, false};
        auto spot = placer.find(anchor, full, ink.mm(0.8));
        if (!spot && label.required) {
            // A ranked zone: farther out with a leader line, then its number
            // alone, and as a last resort its number over whatever is there.
            spot = placer.find(anchor, full, ink.mm(0.8), 4, box_h);
            if (!spot && !label.badge.isEmpty()) {
                placed.text.clear();
                const QSizeF badge_only(badge_width(label.badge, ink, badge_font, badge_d) + 2 * pad, box_h);
                spot = placer.find(anchor, badge_only, ink.mm(0.5), 6, box_h * 0.75);
                if (!spot) {
                    spot = QRectF(anchor.x() - badge_only.width() / 2, anchor.y() - box_h / 2, badge_only.width(), box_h);
                    placed.forced = true;
                }
            }
            if (spot) {
                const QRectF near = spot->adjusted(-box_h * 0.6, -box_h * 0.6, box_h * 0.6, box_h * 0.6);
                placed.leader = !near.contains(anchor);
            }
        }
        if (!spot) {
            ++result.labels_dropped;
            continue;
        }
        placed.box = *spot;
        placer.place(placed.box);
        result.labels.push_back(placed);
    }
    for (const PlacedLabel& label : result.labels) draw_leader(label, ink);
    for (const PlacedLabel& label : result.labels) draw_label(label, ink, label_font, badge_font, badge_d);
}

}  // namespace

MapView view_of(const QRectF& frame, const WorldToPage& transform) {
    return {frame, transform,
            WorldBox{transform.world_x(frame.left()), transform.world_y(frame.bottom()), transform.world_x(frame.right()),
                     transform.world_y(frame.top())}};
}

WorldToPage centred_transform(const QRectF& frame, double centre_x, double centre_y, double units_per_pixel) {
    WorldToPage t;
    t.scale = 1 / units_per_pixel;
    t.world_minx = centre_x - frame.width() / 2 * units_per_pixel;
    t.world_maxy = centre_y + frame.height() / 2 * units_per_pixel;
    t.page_left = frame.left();
    t.page_top = frame.top();
    return t;
}

namespace detail {

ContentResult draw_content(const MapDescription& map, const Ink& ink, const MapView& view, const ContentOptions& options) {
    QPainter& painter = ink.painter();
    ContentResult result;
    painter.save();
    painter.setClipRect(view.frame);
    if (options.layers) {
        painter.setPen(Qt::NoPen);
        painter.setBrush(map.background);
        painter.drawRect(view.frame);
        if (map.backdrop) draw_backdrop(map, ink, view);
    }
    const double tolerance = ink.mm(options.simplify_mm);
    const double mm_per_unit = view.transform.scale / ink.px_per_mm();
    for (const Layer& layer : map.layers) {
        if (cancelled(options) || !options.layers) break;
        if (const auto* areas = std::get_if<AreaLayer>(&layer)) {
            result.areas_drawn +=
                draw_areas(*areas, ink, view, tolerance, options, map.backdrop ? map.backdrop_fill_opacity : 1.0);
        } else if (const auto* lines = std::get_if<LineLayer>(&layer)) {
            result.lines_drawn += draw_lines(*lines, ink, view, options);
        } else if (const auto* points = std::get_if<PointLayer>(&layer)) {
            const PointView point_view = view_points(*points, view.shown, mm_per_unit, options);
            const auto [dots, bins] = draw_points(point_view, ink, view, options);
            result.dots_drawn += dots;
            result.bins_drawn += bins;
            result.point_legends.push_back(point_legend(point_view, map.figures));
        }
    }
    if (options.labels) place_labels(map, ink, view, options, result);
    painter.restore();
    result.cancelled = cancelled(options);
    return result;
}

}  // namespace detail

ContentResult draw_map_content(const MapDescription& map, QPainter& painter, const MapView& view, double px_per_mm,
                               const ContentOptions& options) {
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setRenderHint(QPainter::TextAntialiasing, true);
    const Ink ink(painter, px_per_mm);
    ContentResult result = detail::draw_content(map, ink, view, options);
    painter.restore();
    return result;
}

}  // namespace coverplan::carto
