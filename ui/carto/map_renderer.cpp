#include "ui/carto/map_renderer.h"

#include <QLocale>
#include <QPainterPath>
#include <algorithm>
#include <cmath>
#include <numeric>

#include "ui/carto/detail/content.h"
#include "ui/carto/detail/ink.h"

namespace coverplan::carto {

namespace {

using detail::brush_of;
using detail::distance_text;
using detail::Ink;
using detail::kLabelPt;
using detail::pen_of;
using detail::kInk;
using detail::kMuted;

const QColor kFrame(0x44, 0x44, 0x44);
const QColor kPanel(255, 255, 255, 220);  // behind the scale bar and the north arrow

// Type sizes in points; the same on A4 and A3 (an A3 sheet is read from
// the same distance, it just shows more).
constexpr double kTitlePt = 16, kSubtitlePt = 9, kLegendTitlePt = 8, kLegendPt = 7.5, kNotePt = 6.5;
constexpr double kFurniturePt = 6.5;

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

void paint_scale_bar(const ScaleBar& bar, const Ink& ink, const QRectF& box) {
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

MapPlacement lay_out_map(const MapDescription& map, QPainter& painter, const QRectF& area, double px_per_mm) {
    const Ink ink(painter, px_per_mm);
    MapPlacement placed;
    placed.layout = layout_map(map, ink, area);
    placed.transform = fit_extent(map.extent, placed.layout.frame, placed.shown);
    const double mm_per_unit = placed.transform.scale / px_per_mm;
    placed.scale_bar = choose_scale_bar(mm_per_unit, map.scale_factor, placed.layout.frame.width() / px_per_mm * 0.22);
    placed.layout.scale_bar = scale_bar_box(placed.scale_bar, ink, placed.layout.frame);
    placed.layout.north_arrow = north_arrow_box(ink, placed.layout.frame);
    return placed;
}

QRectF draw_scale_bar(const ScaleBar& bar, QPainter& painter, const QRectF& frame, double px_per_mm) {
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setRenderHint(QPainter::TextAntialiasing, true);
    const Ink ink(painter, px_per_mm);
    const QRectF box = scale_bar_box(bar, ink, frame);
    paint_scale_bar(bar, ink, box);
    painter.restore();
    return box;
}

RenderResult render_map(const MapDescription& map, QPainter& painter, const QRectF& area, double px_per_mm,
                        const RenderOptions& options) {
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setRenderHint(QPainter::TextAntialiasing, true);
    Ink ink(painter, px_per_mm);
    RenderResult result;
    const MapPlacement placed = lay_out_map(map, painter, area, px_per_mm);
    result.layout = placed.layout;
    result.transform = placed.transform;
    result.shown = placed.shown;
    result.scale_bar = placed.scale_bar;
    const MapLayout& layout = result.layout;

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

    // The map: background, layers and labels, clipped to the frame.
    ContentOptions content_options;
    content_options.simplify_mm = options.simplify_mm;
    content_options.keep_clear = {layout.scale_bar, layout.north_arrow};
    ContentResult content = detail::draw_content(map, ink, {layout.frame, result.transform, result.shown}, content_options);
    result.labels = std::move(content.labels);
    result.labels_dropped = content.labels_dropped;
    result.areas_drawn = content.areas_drawn;
    result.lines_drawn = content.lines_drawn;
    result.dots_drawn = content.dots_drawn;
    result.bins_drawn = content.bins_drawn;

    // Frame, furniture, legend, notes.
    painter.setPen(QPen(kFrame, ink.mm(0.35)));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(layout.frame);
    paint_scale_bar(result.scale_bar, ink, layout.scale_bar);
    draw_north_arrow(map.convergence_deg, ink, layout.north_arrow);
    std::vector<LegendSection> sections = map.legend;
    for (LegendSection& section : content.point_legends) sections.push_back(std::move(section));
    draw_legend(sections, ink, layout.legend);
    ink.text(layout.notes.adjusted(0, 0, 0, 1), notes_text(map), ink.font(kNotePt), kMuted);

    result.missing_glyphs = ink.missing_glyphs();
    painter.restore();
    return result;
}

}  // namespace coverplan::carto
