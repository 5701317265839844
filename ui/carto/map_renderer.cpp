#include "ui/carto/map_renderer.h"

#include <QLocale>
#include <QPainterPath>
#include <algorithm>
#include <cmath>
#include <numeric>

#include "gis/hex_grid.h"
#include "ui/carto/classify.h"
#include "ui/carto/detail/ink.h"
#include "ui/carto/label_placer.h"

namespace coverplan::carto {

namespace {

using detail::Ink;
using detail::kInk;
using detail::kMuted;

const QColor kFrame(0x44, 0x44, 0x44);
const QColor kPanel(255, 255, 255, 220);  // behind the scale bar and the north arrow

// Type sizes in points; the same on A4 and A3 (an A3 sheet is read from
// the same distance, it just shows more).
constexpr double kTitlePt = 16, kSubtitlePt = 9, kLegendTitlePt = 8, kLegendPt = 7.5, kNotePt = 6.5;
constexpr double kLabelPt = 7, kFurniturePt = 6.5;

QString thousands(long long value) { return QLocale(QLocale::English).toString(value); }

QString distance_text(double metres) {
    if (metres >= 1000) {
        const double km = metres / 1000;
        return QString::number(km, 'f', std::abs(km - std::round(km)) < 1e-9 ? 0 : 1) + " km";
    }
    return QString::number(std::round(metres)) + " m";
}

// --- layout ---------------------------------------------------------------

QString notes_text(const MapDescription& map) {
    QStringList lines;
    for (const QString& note : map.notes) lines << note;
    return lines.join('\n');
}

MapLayout layout_map(const MapDescription& map, const Ink& ink, const QRectF& area) {
    MapLayout layout;
    layout.area = area;
    double top = area.top();
    if (!map.title.isEmpty()) {
        double height = ink.text_height(map.title, ink.font(kTitlePt, true), area.width());
        if (!map.subtitle.isEmpty())
            height += ink.mm(1) + ink.text_height(map.subtitle, ink.font(kSubtitlePt), area.width());
        layout.title = QRectF(area.left(), top, area.width(), height);
        top += height + ink.mm(4);
    }
    const QRectF rest(area.left(), top, area.width(), area.bottom() - top);
    const QString notes = notes_text(map);
    const QFont note_font = ink.font(kNotePt);
    if (rest.width() / rest.height() > 1.15) {
        // Legend and notes in a panel on the right.
        const double panel_width = std::clamp(rest.width() * 0.24, ink.mm(56), ink.mm(80));
        const double gap = ink.mm(5);
        layout.frame = QRectF(rest.left(), rest.top(), rest.width() - panel_width - gap, rest.height());
        const QRectF panel(layout.frame.right() + gap, rest.top(), panel_width, rest.height());
        const double notes_height = ink.text_height(notes, note_font, panel_width);
        layout.notes = QRectF(panel.left(), panel.bottom() - notes_height, panel_width, notes_height);
        layout.legend = QRectF(panel.left(), panel.top(), panel_width, panel.height() - notes_height - ink.mm(4));
    } else {
        // Portrait: legend in columns under the map, notes at the foot.
        const double notes_height = ink.text_height(notes, note_font, rest.width());
        layout.notes = QRectF(rest.left(), rest.bottom() - notes_height, rest.width(), notes_height);
        const double legend_height = std::clamp(rest.height() * 0.24, ink.mm(40), ink.mm(70));
        layout.legend = QRectF(rest.left(), layout.notes.top() - ink.mm(3) - legend_height, rest.width(), legend_height);
        layout.frame = QRectF(rest.left(), rest.top(), rest.width(), layout.legend.top() - ink.mm(4) - rest.top());
    }
    return layout;
}

WorldToPage fit_extent(WorldBox extent, const QRectF& frame, WorldBox& shown) {
    if (!extent.valid()) {
        // A single point or a line: show a kilometre around it.
        extent = {extent.minx - 500, extent.miny - 500, extent.maxx + 500, extent.maxy + 500};
    }
    WorldToPage t;
    t.scale = std::min(frame.width() / extent.width(), frame.height() / extent.height());
    const double cx = (extent.minx + extent.maxx) / 2, cy = (extent.miny + extent.maxy) / 2;
    const double half_w = frame.width() / 2 / t.scale, half_h = frame.height() / 2 / t.scale;
    t.world_minx = cx - half_w;
    t.world_maxy = cy + half_h;
    t.page_left = frame.left();
    t.page_top = frame.top();
    shown = {cx - half_w, cy - half_h, cx + half_w, cy + half_h};
    return t;
}

// --- areas ------------------------------------------------------------------

QPen pen_of(const AreaStyle& style, const Ink& ink) {
    if (style.stroke.alpha() == 0 || style.stroke_mm <= 0) return Qt::NoPen;
    QPen pen(style.stroke, ink.mm(style.stroke_mm), style.dash, Qt::FlatCap, Qt::RoundJoin);
    return pen;
}

QBrush brush_of(const AreaStyle& style) {
    return style.fill.alpha() == 0 ? QBrush(Qt::NoBrush) : QBrush(style.fill);
}

std::size_t draw_areas(const AreaLayer& layer, const Ink& ink, const WorldToPage& t, const WorldBox& shown,
                       double tolerance) {
    QPainter& painter = ink.painter();
    std::vector<QPen> pens;
    std::vector<QBrush> brushes;
    for (const AreaStyle& style : layer.styles) {
        pens.push_back(pen_of(style, ink));
        brushes.push_back(brush_of(style));
    }
    std::size_t drawn = 0;
    for (const AreaFeature& feature : layer.features) {
        if (feature.style >= layer.styles.size() || !feature.geometry) continue;
        const WorldBox box = envelope_of(feature.geometry);
        if (!box.intersects(shown)) continue;
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

// --- points -----------------------------------------------------------------

/// How one point layer appears in this render: dots, or counts per hexagon.
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

PointView view_points(const PointLayer& layer, const WorldBox& shown, double mm_per_unit) {
    PointView view;
    view.layer = &layer;
    view.in_view_by_class.assign(layer.classes.size(), 0);
    for (std::size_t i = 0; i < layer.x.size(); ++i) {
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

std::pair<std::size_t, std::size_t> draw_points(const PointView& view, const Ink& ink, const WorldToPage& t,
                                                const WorldBox& shown) {
    QPainter& painter = ink.painter();
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
            const std::size_t point_class = i < layer.point_class.size() ? layer.point_class[i] : 0;
            if (point_class != c || !shown.contains(layer.x[i], layer.y[i])) continue;
            painter.drawEllipse(t(layer.x[i], layer.y[i]), radius, radius);
            ++dots;
        }
    }
    return {dots, 0};
}

LegendSection point_legend(const PointView& view, const Ink& ink) {
    const PointLayer& layer = *view.layer;
    LegendSection section;
    section.title = layer.name;
    if (!view.binned) {
        for (std::size_t c = 0; c < layer.classes.size(); ++c) {
            LegendEntry entry;
            entry.swatch = LegendEntry::Swatch::Dot;
            entry.style.fill = layer.classes[c].colour;
            entry.text = layer.classes[c].label + " (" + thousands((long long)view.in_view_by_class[c]) + ")";
            section.entries.push_back(entry);
        }
        return section;
    }
    const auto ranges = class_ranges(view.breaks, 1, 0);
    for (std::size_t c = 0; c < view.breaks.size(); ++c) {
        LegendEntry entry;
        entry.swatch = LegendEntry::Swatch::Area;
        entry.style.fill = view.colours[c];
        entry.text = ranges[c] + " " + layer.unit;
        section.entries.push_back(entry);
    }
    section.note = thousands((long long)view.in_view) + " " + layer.unit +
                   " in view, too many to draw one by one: counted per hexagon of " +
                   distance_text(view.spacing) + " across.";
    (void)ink;
    return section;
}

// --- legend -----------------------------------------------------------------

struct LegendFonts {
    QFont title, entry, note;
    double scale = 1;
};

LegendFonts legend_fonts(const Ink& ink, double scale) {
    return {ink.font(kLegendTitlePt * scale, true), ink.font(kLegendPt * scale), ink.font(kNotePt * scale, false, true),
            scale};
}

constexpr double kSwatchW = 7, kSwatchH = 4.2, kSwatchGap = 2;

double entry_height(const LegendEntry& entry, const Ink& ink, const LegendFonts& fonts, double width) {
    const double text_w = width - ink.mm(kSwatchW + kSwatchGap);
    return std::max(ink.mm(kSwatchH * fonts.scale), ink.text_height(entry.text, fonts.entry, text_w));
}

double section_height(const LegendSection& section, const Ink& ink, const LegendFonts& fonts, double width) {
    double height = ink.text_height(section.title, fonts.title, width) + ink.mm(1.5);
    for (const LegendEntry& entry : section.entries) height += entry_height(entry, ink, fonts, width) + ink.mm(1.2);
    if (!section.note.isEmpty()) height += ink.text_height(section.note, fonts.note, width) + ink.mm(0.5);
    return height;
}

void draw_swatch(const LegendEntry& entry, const Ink& ink, const QRectF& box) {
    QPainter& painter = ink.painter();
    switch (entry.swatch) {
        case LegendEntry::Swatch::Area: {
            painter.setBrush(brush_of(entry.style));
            // Pale classes need an edge to be seen on white paper.
            QPen pen = pen_of(entry.style, ink);
            if (pen.style() == Qt::NoPen) pen = QPen(QColor(0x99, 0x99, 0x99), ink.mm(0.15));
            painter.setPen(pen);
            painter.drawRect(box.adjusted(ink.mm(0.2), ink.mm(0.2), -ink.mm(0.2), -ink.mm(0.2)));
            break;
        }
        case LegendEntry::Swatch::Line: {
            painter.setPen(pen_of(entry.style, ink));
            painter.drawLine(QPointF(box.left(), box.center().y()), QPointF(box.right(), box.center().y()));
            break;
        }
        case LegendEntry::Swatch::Dot: {
            painter.setPen(QPen(QColor(255, 255, 255, 200), ink.mm(0.12)));
            painter.setBrush(entry.style.fill);
            painter.drawEllipse(box.center(), ink.mm(1.2), ink.mm(1.2));
            break;
        }
        case LegendEntry::Swatch::Badge: {
            const double r = std::min(box.height(), box.width()) / 2;
            painter.setPen(Qt::NoPen);
            painter.setBrush(entry.style.fill.alpha() ? entry.style.fill : kInk);
            painter.drawEllipse(box.center(), r, r);
            ink.text(QRectF(box.center().x() - r, box.center().y() - r, 2 * r, 2 * r), "1",
                     ink.font(kLabelPt * 0.9, true), Qt::white, Qt::AlignCenter);
            break;
        }
    }
}

void draw_legend(const std::vector<LegendSection>& sections, const Ink& ink, const QRectF& panel) {
    if (sections.empty()) return;
    const int columns = std::max(1, int(panel.width() / ink.mm(60)));
    const double gap = ink.mm(5);
    const double column_w = (panel.width() - gap * (columns - 1)) / columns;
    // Shrink the type (down to 70 %) until every section fits its column.
    LegendFonts fonts = legend_fonts(ink, 1.0);
    for (double scale = 1.0; scale >= 0.69; scale -= 0.1) {
        fonts = legend_fonts(ink, scale);
        int column = 0;
        double y = 0;
        bool fits = true;
        for (const LegendSection& section : sections) {
            const double h = section_height(section, ink, fonts, column_w);
            if (y > 0 && y + h > panel.height()) {
                ++column;
                y = 0;
            }
            if (column >= columns || h > panel.height()) {
                fits = false;
                break;
            }
            y += h + ink.mm(4);
        }
        if (fits) break;
    }
    int column = 0;
    double y = panel.top();
    for (const LegendSection& section : sections) {
        const double h = section_height(section, ink, fonts, column_w);
        if (y > panel.top() && y + h > panel.bottom()) {
            ++column;
            y = panel.top();
        }
        if (column >= columns) break;  // what still does not fit is left out
        const double x = panel.left() + column * (column_w + gap);
        const double title_h = ink.text_height(section.title, fonts.title, column_w);
        ink.text(QRectF(x, y, column_w, title_h + 1), section.title, fonts.title, kInk);
        y += title_h + ink.mm(1.5);
        for (const LegendEntry& entry : section.entries) {
            const double eh = entry_height(entry, ink, fonts, column_w);
            const double sw = ink.mm(kSwatchW * fonts.scale), sh = ink.mm(kSwatchH * fonts.scale);
            draw_swatch(entry, ink, QRectF(x, y + (eh - sh) / 2, sw, sh));
            const double text_x = x + ink.mm(kSwatchW + kSwatchGap);
            ink.text(QRectF(text_x, y, panel.left() + (column + 1) * (column_w + gap) - gap - text_x, eh), entry.text,
                     fonts.entry, kInk, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap);
            y += eh + ink.mm(1.2);
        }
        if (!section.note.isEmpty()) {
            const double nh = ink.text_height(section.note, fonts.note, column_w);
            ink.text(QRectF(x, y, column_w, nh + 1), section.note, fonts.note, kMuted);
            y += nh + ink.mm(0.5);
        }
        y += ink.mm(4);
    }
}

// --- furniture --------------------------------------------------------------

QString scale_text(double denominator) {
    // Three significant figures: "1 : 152 000".
    const double magnitude = std::pow(10.0, std::floor(std::log10(denominator)) - 2);
    const long long rounded = (long long)(std::round(denominator / magnitude) * magnitude);
    return "1 : " + QLocale(QLocale::English).toString(rounded).replace(',', QChar(0x202F));
}

QRectF scale_bar_box(const ScaleBar& bar, const Ink& ink, const QRectF& frame) {
    // Room for the bar, the half of its end label that sticks out, and the scale under it.
    const double scale_w = ink.text_width(scale_text(bar.scale_denominator), ink.font(kFurniturePt));
    const double w = std::max(ink.mm(bar.length_mm + 9), scale_w + ink.mm(6)), h = ink.mm(11);
    return QRectF(frame.left() + ink.mm(3), frame.bottom() - ink.mm(3) - h, w, h);
}

QRectF north_arrow_box(const Ink& ink, const QRectF& frame) {
    const double w = ink.mm(10), h = ink.mm(15);
    return QRectF(frame.right() - ink.mm(3) - w, frame.top() + ink.mm(3), w, h);
}

void draw_scale_bar(const ScaleBar& bar, const Ink& ink, const QRectF& box) {
    QPainter& painter = ink.painter();
    painter.setPen(Qt::NoPen);
    painter.setBrush(kPanel);
    painter.drawRoundedRect(box, ink.mm(1), ink.mm(1));
    const QFont font = ink.font(kFurniturePt);
    const double x0 = box.left() + ink.mm(3), y0 = box.top() + ink.mm(4.2);
    const double length = ink.mm(bar.length_mm), height = ink.mm(1.5);
    const double segment = length / bar.segments;
    painter.setPen(QPen(kInk, ink.mm(0.15)));
    for (int s = 0; s < bar.segments; ++s) {
        painter.setBrush(s % 2 == 0 ? kInk : QColor(Qt::white));
        painter.drawRect(QRectF(x0 + s * segment, y0, segment, height));
    }
    const double text_h = ink.metrics(font).height();
    ink.text(QRectF(x0 - ink.mm(5), y0 - text_h - ink.mm(0.3), ink.mm(10), text_h), "0", font, kInk,
             Qt::AlignHCenter | Qt::AlignBottom);
    ink.text(QRectF(x0 + length - ink.mm(10), y0 - text_h - ink.mm(0.3), ink.mm(20), text_h), bar.text, font, kInk,
             Qt::AlignHCenter | Qt::AlignBottom);
    ink.text(QRectF(x0, y0 + height + ink.mm(0.6), box.right() - x0, text_h), scale_text(bar.scale_denominator), font,
             kMuted, Qt::AlignLeft | Qt::AlignTop);
}

void draw_north_arrow(double convergence_deg, const Ink& ink, const QRectF& box) {
    QPainter& painter = ink.painter();
    painter.setPen(Qt::NoPen);
    painter.setBrush(kPanel);
    painter.drawRoundedRect(box, ink.mm(1), ink.mm(1));
    const QPointF centre(box.center().x(), box.top() + ink.mm(9));
    painter.save();
    painter.translate(centre);
    // True north lies convergence_deg anticlockwise of grid north (page up).
    painter.rotate(-convergence_deg);
    const QPointF tip(0, -ink.mm(4.5)), left(-ink.mm(2.2), ink.mm(3)), right(ink.mm(2.2), ink.mm(3)),
        notch(0, ink.mm(1.6));
    painter.setPen(QPen(kInk, ink.mm(0.2), Qt::SolidLine, Qt::FlatCap, Qt::MiterJoin));
    painter.setBrush(kInk);
    painter.drawPolygon(QPolygonF({tip, left, notch}));
    painter.setBrush(Qt::white);
    painter.drawPolygon(QPolygonF({tip, notch, right}));
    painter.restore();
    // The letter stays upright, on the line the arrow points along.
    const double gamma = convergence_deg * M_PI / 180, distance = ink.mm(6.6);
    const QPointF letter(centre.x() - distance * std::sin(gamma), centre.y() - distance * std::cos(gamma));
    ink.text(QRectF(letter.x() - ink.mm(3), letter.y() - ink.mm(2), ink.mm(6), ink.mm(4)), "N", ink.font(8, true),
             kInk, Qt::AlignCenter);
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

}  // namespace

ScaleBar choose_scale_bar(double mm_per_map_unit, double scale_factor, double max_length_mm) {
    ScaleBar bar;
    // Grid distance = scale factor × ground distance; the page shows grid distance.
    const double mm_per_ground_m = mm_per_map_unit * scale_factor;
    const double max_ground = max_length_mm / mm_per_ground_m;
    const double decade = std::pow(10.0, std::floor(std::log10(max_ground)));
    double best = decade;
    int leading = 1;
    for (int step : {1, 2, 5})
        if (step * decade <= max_ground) {
            best = step * decade;
            leading = step;
        }
    bar.ground_m = best;
    bar.length_mm = best * mm_per_ground_m;
    bar.segments = leading == 2 ? 4 : 5;
    bar.text = distance_text(best);
    bar.scale_denominator = 1000.0 / mm_per_ground_m;
    return bar;
}

RenderResult render_map(const MapDescription& map, QPainter& painter, const QRectF& area, double px_per_mm,
                        const RenderOptions& options) {
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setRenderHint(QPainter::TextAntialiasing, true);
    Ink ink(painter, px_per_mm);
    RenderResult result;
    MapLayout& layout = result.layout;
    layout = layout_map(map, ink, area);
    result.transform = fit_extent(map.extent, layout.frame, result.shown);
    const WorldToPage& t = result.transform;
    const double mm_per_unit = t.scale / px_per_mm;
    result.scale_bar = choose_scale_bar(mm_per_unit, map.scale_factor, layout.frame.width() / px_per_mm * 0.22);
    layout.scale_bar = scale_bar_box(result.scale_bar, ink, layout.frame);
    layout.north_arrow = north_arrow_box(ink, layout.frame);

    // Title block.
    if (!map.title.isEmpty()) {
        const QFont title_font = ink.font(kTitlePt, true);
        const double title_h = ink.text_height(map.title, title_font, layout.title.width());
        ink.text(QRectF(layout.title.left(), layout.title.top(), layout.title.width(), title_h + 1), map.title,
                 title_font, kInk);
        ink.text(QRectF(layout.title.left(), layout.title.top() + title_h + ink.mm(1), layout.title.width(),
                        layout.title.bottom() - layout.title.top() - title_h),
                 map.subtitle, ink.font(kSubtitlePt), kMuted);
    }

    // The map: background, layers, clipped to the frame.
    painter.save();
    painter.setClipRect(layout.frame);
    painter.setPen(Qt::NoPen);
    painter.setBrush(map.background);
    painter.drawRect(layout.frame);
    const double tolerance = ink.mm(options.simplify_mm);
    std::vector<PointView> point_views;
    for (const Layer& layer : map.layers) {
        if (const auto* areas = std::get_if<AreaLayer>(&layer)) {
            result.areas_drawn += draw_areas(*areas, ink, t, result.shown, tolerance);
        } else if (const auto* points = std::get_if<PointLayer>(&layer)) {
            point_views.push_back(view_points(*points, result.shown, mm_per_unit));
            const auto [dots, bins] = draw_points(point_views.back(), ink, t, result.shown);
            result.dots_drawn += dots;
            result.bins_drawn += bins;
        }
    }

    // Labels: by priority, each at the first free position around its anchor.
    const QFont label_font = ink.font(kLabelPt);
    const QFont badge_font = ink.font(kLabelPt, true);
    const QFontMetricsF label_metrics = ink.metrics(label_font);
    const double badge_d = label_metrics.height() * 1.1;
    const double pad = ink.mm(0.7);
    const double box_h = std::max(label_metrics.height(), badge_d) + ink.mm(0.5);
    LabelPlacer placer(layout.frame.adjusted(ink.mm(1), ink.mm(1), -ink.mm(1), -ink.mm(1)), ink.mm(12));
    placer.block(layout.scale_bar);
    placer.block(layout.north_arrow);
    std::vector<std::size_t> order(map.labels.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t a, std::size_t b) { return map.labels[a].priority > map.labels[b].priority; });
    for (std::size_t index : order) {
        const Label& label = map.labels[index];
        if (!result.shown.contains(label.x, label.y)) continue;
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
    painter.restore();

    // Frame, furniture, legend, notes.
    painter.setPen(QPen(kFrame, ink.mm(0.35)));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(layout.frame);
    draw_scale_bar(result.scale_bar, ink, layout.scale_bar);
    draw_north_arrow(map.convergence_deg, ink, layout.north_arrow);
    std::vector<LegendSection> sections = map.legend;
    for (const PointView& view : point_views) sections.push_back(point_legend(view, ink));
    draw_legend(sections, ink, layout.legend);
    ink.text(layout.notes.adjusted(0, 0, 0, 1), notes_text(map), ink.font(kNotePt), kMuted);

    result.missing_glyphs = ink.missing_glyphs();
    painter.restore();
    return result;
}

}  // namespace coverplan::carto
