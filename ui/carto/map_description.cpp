#include "ui/carto/map_description.h"

namespace coverplan::carto {

QSizeF PageSetup::size_mm() const {
    const QSizeF portrait = paper == Paper::A3 ? QSizeF(297, 420) : QSizeF(210, 297);
    return orientation == Orientation::Portrait ? portrait : portrait.transposed();
}

WorldBox WorldBox::grown(double share) const {
    const double dx = width() * share, dy = height() * share;
    return {minx - dx, miny - dy, maxx + dx, maxy + dy};
}

}  // namespace coverplan::carto
