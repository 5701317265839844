#pragma once
// Plane points and the two uniform grids the generator searches with: one of
// bounding boxes (which coverage polygons may hold a point) and one of points
// (nearest seed, anything within a radius). Metric coordinates (EPSG:32648).

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <vector>

namespace coverplan::datasets {

struct Pt {
    double x = 0, y = 0;
};

inline double dist(const Pt& a, const Pt& b) { return std::hypot(a.x - b.x, a.y - b.y); }

/// Bounding-box grid over polygons: candidates for a point.
class BoxGrid {
public:
    BoxGrid() = default;
    BoxGrid(double minx, double miny, double maxx, double maxy, double cell);
    void insert(std::uint32_t id, double minx, double miny, double maxx, double maxy);
    const std::vector<std::uint32_t>& at(Pt p) const;

private:
    double minx_ = 0, miny_ = 0, cell_ = 1;
    int nx_ = 0, ny_ = 0;
    std::vector<std::vector<std::uint32_t>> cells_;
    std::vector<std::uint32_t> empty_;
};

/// Point grid with nearest-neighbour and radius queries.
class PointGrid {
public:
    PointGrid() = default;
    PointGrid(double minx, double miny, double maxx, double maxy, double cell);
    void insert(const Pt& p, std::uint32_t id);
    /// Index of the nearest point (ids index `points`), -1 when empty; ties
    /// go to the lower id, so the answer never depends on insertion order.
    std::int64_t nearest(const Pt& p, const std::vector<Pt>& points) const;
    /// True when some point lies closer than r.
    bool any_within(const Pt& p, double r, const std::vector<Pt>& points) const;
    template <class F>
    void for_each_near(const Pt& p, double r, F&& f) const {
        const int i0 = cx(p.x - r), i1 = cx(p.x + r), j0 = cy(p.y - r), j1 = cy(p.y + r);
        for (int j = j0; j <= j1; ++j)
            for (int i = i0; i <= i1; ++i)
                for (auto id : cells_[static_cast<std::size_t>(j) * nx_ + i]) f(id);
    }

private:
    int cx(double x) const;
    int cy(double y) const;
    void visit_cell(int i, int j, const Pt& p, const std::vector<Pt>& points, std::int64_t& best,
                    double& best_d2) const;
    double minx_ = 0, miny_ = 0, cell_ = 1;
    int nx_ = 0, ny_ = 0;
    std::vector<std::vector<std::uint32_t>> cells_;
};

}  // namespace coverplan::datasets
