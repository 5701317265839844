#include "ui/carto/label_placer.h"

#include <algorithm>
#include <cmath>

namespace coverplan::carto {

LabelPlacer::LabelPlacer(const QRectF& bounds, double cell)
    : bounds_(bounds), cell_(std::max(cell, 1.0)),
      columns_(std::max(1, int(std::ceil(bounds.width() / cell_)))),
      rows_(std::max(1, int(std::ceil(bounds.height() / cell_)))),
      buckets_(std::size_t(columns_) * std::size_t(rows_)) {}

std::pair<int, int> LabelPlacer::cell_of(double x, double y) const {
    return {std::clamp(int((x - bounds_.left()) / cell_), 0, columns_ - 1),
            std::clamp(int((y - bounds_.top()) / cell_), 0, rows_ - 1)};
}

bool LabelPlacer::overlaps_anything(const QRectF& box) const {
    const auto [c0, r0] = cell_of(box.left(), box.top());
    const auto [c1, r1] = cell_of(box.right(), box.bottom());
    for (int r = r0; r <= r1; ++r)
        for (int c = c0; c <= c1; ++c)
            for (const QRectF& other : buckets_[std::size_t(r) * std::size_t(columns_) + std::size_t(c)])
                if (other.intersects(box)) return true;
    return false;
}

void LabelPlacer::place(const QRectF& box) {
    const auto [c0, r0] = cell_of(box.left(), box.top());
    const auto [c1, r1] = cell_of(box.right(), box.bottom());
    for (int r = r0; r <= r1; ++r)
        for (int c = c0; c <= c1; ++c) buckets_[std::size_t(r) * std::size_t(columns_) + std::size_t(c)].push_back(box);
}

void LabelPlacer::block(const QRectF& box) { place(box); }

std::optional<QRectF> LabelPlacer::find(const QPointF& anchor, const QSizeF& size, double gap, int rings,
                                        double ring_step) const {
    const double w = size.width(), h = size.height();
    const QPointF directions[] = {{0, -1}, {0, 1}, {1, 0}, {-1, 0}, {1, -1}, {-1, -1}, {1, 1}, {-1, 1}};
    auto free_at = [&](const QPointF& centre) -> std::optional<QRectF> {
        const QRectF box(centre.x() - w / 2, centre.y() - h / 2, w, h);
        if (bounds_.contains(box) && !overlaps_anything(box)) return box;
        return std::nullopt;
    };
    if (auto box = free_at(anchor)) return box;
    for (int ring = 0; ring <= rings; ++ring) {
        const double extra = ring * ring_step;
        for (const QPointF& d : directions) {
            // Touching the anchor (plus the gap and the ring) on that side.
            const QPointF centre(anchor.x() + d.x() * (w / 2 + gap + extra), anchor.y() + d.y() * (h / 2 + gap + extra));
            if (auto box = free_at(centre)) return box;
        }
    }
    return std::nullopt;
}

}  // namespace coverplan::carto
