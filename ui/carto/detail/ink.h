#pragma once
// Internal: drawing in millimetres and points on a device of any
// resolution, shared by the map renderer and the report writer.

#include <QColor>
#include <QFont>
#include <QFontMetricsF>
#include <QPainter>
#include <QRawFont>
#include <QRectF>
#include <QString>
#include <vector>

#include "ui/carto/map_description.h"

namespace coverplan::carto::detail {

/// Text and lines on every map and report page, and the quieter grey of
/// subtitles and small print.
inline const QColor kInk(0x22, 0x22, 0x22);
inline const QColor kMuted(0x5a, 0x5a, 0x5a);

/// PDF coordinates at 600 dpi (0.04 mm), finer than any printer shows.
inline constexpr double kPdfDpi = 600;

/// Map labels, in typographic points; the same on A4, A3 and the screen.
inline constexpr double kLabelPt = 7;

class Ink {
public:
    /// `px_per_mm`: device units per millimetre of the painter's device.
    Ink(QPainter& painter, double px_per_mm);

    QPainter& painter() const { return painter_; }
    double mm(double millimetres) const { return millimetres * px_per_mm_; }
    double px_per_mm() const { return px_per_mm_; }

    /// The map font at `pt` typographic points on the page, whatever the
    /// device's own idea of its resolution.
    QFont font(double pt, bool bold = false, bool italic = false) const;
    QFontMetricsF metrics(const QFont& font) const;

    /// Height of `text` wrapped into `width`.
    double text_height(const QString& text, const QFont& font, double width) const;
    double text_width(const QString& text, const QFont& font) const;

    /// Draws text as text (selectable and searchable in PDF and SVG).
    void text(const QRectF& box, const QString& text, const QFont& font, const QColor& colour,
              int flags = Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap) const;

    /// Texts with characters the map font itself lacks (Qt would borrow
    /// them from another font) are added to `missing`, so tests can assert
    /// that Noto Sans covers every Vietnamese name.
    void check_glyphs(const QString& text, const QFont& font) const;
    std::vector<QString>& missing_glyphs() const { return missing_; }

private:
    QPainter& painter_;
    double px_per_mm_;
    double font_scale_;
    QRawFont raw_;  ///< the map font alone, without Qt's fallback fonts
    mutable std::vector<QString> missing_;
};

/// The pen and brush of an area style (no pen for a transparent or zero
/// width stroke, no brush for a transparent fill).
QPen pen_of(const AreaStyle& style, const Ink& ink);
QBrush brush_of(const AreaStyle& style);

/// "2 km", "1.5 km", "500 m" (decimal mark of `figures`).
QString distance_text(double metres, const QLocale& figures = QLocale(QLocale::English));
/// "12,345" ("12.345" in Vietnamese) whatever the process locale.
QString thousands(long long value, const QLocale& figures = QLocale(QLocale::English));

}  // namespace coverplan::carto::detail
