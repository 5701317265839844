#include "ui/carto/detail/ink.h"

#include <QLocale>
#include <QPaintDevice>
#include <cmath>

#include "ui/carto/gui_session.h"

namespace coverplan::carto::detail {

Ink::Ink(QPainter& painter, double px_per_mm)
    : painter_(painter), px_per_mm_(px_per_mm),
      // QFont's point size is turned into device units with the device's
      // logical DPI; scale it so a point is 1/72 inch at px_per_mm.
      font_scale_(px_per_mm * 25.4 / double(painter.device()->logicalDpiY())),
      raw_(QRawFont::fromFont(QFont(map_font_family()))) {}

QFont Ink::font(double pt, bool bold, bool italic) const {
    QFont font(map_font_family());
    font.setPointSizeF(pt * font_scale_);
    font.setBold(bold);
    font.setItalic(italic);
    font.setKerning(true);
    // Hinting moves glyphs to whole device pixels: wrong on paper and at
    // 300 dpi; metrics then stay the same in every output.
    font.setHintingPreference(QFont::PreferNoHinting);
    // Any letter spacing turns Qt's ligatures off (Qt 6.4 has no
    // QFont::setFeature): "fi" stays two letters, so text copied or
    // searched in a PDF reads "first", not "ﬁrst".
    font.setLetterSpacing(QFont::AbsoluteSpacing, 1.0 / 32);  // Qt keeps 1/64 px steps
    return font;
}

QFontMetricsF Ink::metrics(const QFont& font) const { return QFontMetricsF(font, painter_.device()); }

double Ink::text_height(const QString& text, const QFont& font, double width) const {
    if (text.isEmpty()) return 0;
    return metrics(font).boundingRect(QRectF(0, 0, width, 1e9), Qt::AlignLeft | Qt::TextWordWrap, text).height();
}

double Ink::text_width(const QString& text, const QFont& font) const {
    return metrics(font).horizontalAdvance(text);
}

void Ink::text(const QRectF& box, const QString& text, const QFont& font, const QColor& colour, int flags) const {
    if (text.isEmpty()) return;
    check_glyphs(text, font);
    painter_.setFont(font);
    painter_.setPen(colour);
    painter_.drawText(box, flags, text);
}

void Ink::check_glyphs(const QString& text, const QFont&) const {
    for (const char32_t letter : text.toUcs4())
        if (letter > 0x20 && !raw_.supportsCharacter(letter)) {
            missing_.push_back(text);
            return;
        }
}

QPen pen_of(const AreaStyle& style, const Ink& ink) {
    if (style.stroke.alpha() == 0 || style.stroke_mm <= 0) return Qt::NoPen;
    return QPen(style.stroke, ink.mm(style.stroke_mm), style.dash, Qt::FlatCap, Qt::RoundJoin);
}

QBrush brush_of(const AreaStyle& style) {
    return style.fill.alpha() == 0 ? QBrush(Qt::NoBrush) : QBrush(style.fill);
}

QString distance_text(double metres, const QLocale& figures) {
    if (metres >= 1000) {
        const double km = metres / 1000;
        return figures.toString(km, 'f', std::abs(km - std::round(km)) < 1e-9 ? 0 : 1) + " km";
    }
    return figures.toString(std::round(metres), 'f', 0) + " m";
}

QString thousands(long long value, const QLocale& figures) { return figures.toString(value); }

}  // namespace coverplan::carto::detail
