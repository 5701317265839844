#pragma once
// Places label boxes on the page without overlaps: each box is tried at a
// few positions around its anchor, in priority order, and kept at the first
// position that is inside the bounds and clear of everything placed before.
// A uniform grid of buckets keeps this linear for thousands of labels.

#include <QPointF>
#include <QRectF>
#include <QSizeF>
#include <optional>
#include <vector>

namespace coverplan::carto {

class LabelPlacer {
public:
    /// `bounds`: where labels may go (the map frame); `cell`: bucket size,
    /// about the size of a typical label.
    LabelPlacer(const QRectF& bounds, double cell);

    /// Something labels must not cover (the scale bar, the north arrow).
    void block(const QRectF& box);

    /// The first candidate position of a `size` box around `anchor` that is
    /// inside the bounds and overlaps nothing placed or blocked, or nothing.
    /// Candidates: centred on the anchor, then touching it above, below,
    /// right, left and on the four diagonals (`gap` away); with `rings` > 0,
    /// then the same eight directions `ring_step` farther out, ring by ring.
    std::optional<QRectF> find(const QPointF& anchor, const QSizeF& size, double gap, int rings = 0,
                               double ring_step = 0) const;

    /// Records a placed box (also one placed regardless of collisions).
    void place(const QRectF& box);

    bool overlaps_anything(const QRectF& box) const;

private:
    std::pair<int, int> cell_of(double x, double y) const;
    QRectF bounds_;
    double cell_;
    int columns_, rows_;
    std::vector<std::vector<QRectF>> buckets_;
};

}  // namespace coverplan::carto
