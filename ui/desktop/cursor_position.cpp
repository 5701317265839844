#include "ui/desktop/cursor_position.h"

#include <QLocale>
#include <cmath>

#include "gis/crs.h"

namespace coverplan::desktop {

CursorPosition::CursorPosition(QWidget* parent) : QLabel(parent) {
    setMinimumWidth(fontMetrics().horizontalAdvance("00.00000° N, 000.00000° E   WGS 84 / UTM zone 48N: 000,000 m E, 0,000,000 m N"));
}

CursorPosition::~CursorPosition() = default;

void CursorPosition::set_crs(const std::string& working_crs) {
    converter_ = std::make_unique<gis::LonLatConverter>(working_crs);
    crs_name_ = QString::fromStdString(gis::crs_title(working_crs));
    clear();
}

void CursorPosition::show_position(const QPointF& world) {
    if (!converter_) return;
    const QLocale locale;
    QString text;
    try {
        const auto [lon, lat] = converter_->to_lonlat(world.x(), world.y());
        text = QString("%1° %2, %3° %4")
                   .arg(locale.toString(std::abs(lat), 'f', 5), lat >= 0 ? tr("N") : tr("S"),
                        locale.toString(std::abs(lon), 'f', 5), lon >= 0 ? tr("E") : tr("W"));
    } catch (const std::exception&) {
        text = tr("outside the CRS's area");
    }
    text += "   " + crs_name_ + ": " +
            tr("%1 m E, %2 m N").arg(locale.toString(std::round(world.x()), 'f', 0), locale.toString(std::round(world.y()), 'f', 0));
    setText(text);
}

}  // namespace coverplan::desktop
