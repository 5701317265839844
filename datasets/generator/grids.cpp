#include "grids.h"

#include <algorithm>
#include <cmath>

namespace coverplan::datasets {

BoxGrid::BoxGrid(double minx, double miny, double maxx, double maxy, double cell)
    : minx_(minx), miny_(miny), cell_(cell) {
    nx_ = static_cast<int>(std::ceil((maxx - minx) / cell)) + 1;
    ny_ = static_cast<int>(std::ceil((maxy - miny) / cell)) + 1;
    cells_.assign(static_cast<std::size_t>(nx_) * ny_, {});
}

void BoxGrid::insert(std::uint32_t id, double minx, double miny, double maxx, double maxy) {
    const int i0 = std::clamp(static_cast<int>(std::floor((minx - minx_) / cell_)), 0, nx_ - 1);
    const int i1 = std::clamp(static_cast<int>(std::floor((maxx - minx_) / cell_)), 0, nx_ - 1);
    const int j0 = std::clamp(static_cast<int>(std::floor((miny - miny_) / cell_)), 0, ny_ - 1);
    const int j1 = std::clamp(static_cast<int>(std::floor((maxy - miny_) / cell_)), 0, ny_ - 1);
    for (int j = j0; j <= j1; ++j)
        for (int i = i0; i <= i1; ++i) cells_[static_cast<std::size_t>(j) * nx_ + i].push_back(id);
}

const std::vector<std::uint32_t>& BoxGrid::at(Pt p) const {
    const int i = static_cast<int>(std::floor((p.x - minx_) / cell_));
    const int j = static_cast<int>(std::floor((p.y - miny_) / cell_));
    if (i < 0 || j < 0 || i >= nx_ || j >= ny_) return empty_;
    return cells_[static_cast<std::size_t>(j) * nx_ + i];
}

PointGrid::PointGrid(double minx, double miny, double maxx, double maxy, double cell)
    : minx_(minx), miny_(miny), cell_(cell) {
    nx_ = static_cast<int>(std::ceil((maxx - minx) / cell)) + 1;
    ny_ = static_cast<int>(std::ceil((maxy - miny) / cell)) + 1;
    cells_.assign(static_cast<std::size_t>(nx_) * ny_, {});
}

int PointGrid::cx(double x) const { return std::clamp(static_cast<int>(std::floor((x - minx_) / cell_)), 0, nx_ - 1); }
int PointGrid::cy(double y) const { return std::clamp(static_cast<int>(std::floor((y - miny_) / cell_)), 0, ny_ - 1); }

void PointGrid::insert(const Pt& p, std::uint32_t id) {
    cells_[static_cast<std::size_t>(cy(p.y)) * nx_ + cx(p.x)].push_back(id);
}

void PointGrid::visit_cell(int i, int j, const Pt& p, const std::vector<Pt>& points, std::int64_t& best,
                           double& best_d2) const {
    if (i < 0 || j < 0 || i >= nx_ || j >= ny_) return;
    for (auto id : cells_[static_cast<std::size_t>(j) * nx_ + i]) {
        const double dx = points[id].x - p.x, dy = points[id].y - p.y;
        const double d2 = dx * dx + dy * dy;
        if (best < 0 || d2 < best_d2 || (d2 == best_d2 && id < best)) {
            best = id;
            best_d2 = d2;
        }
    }
}

std::int64_t PointGrid::nearest(const Pt& p, const std::vector<Pt>& points) const {
    const int ci = cx(p.x), cj = cy(p.y);
    std::int64_t best = -1;
    double best_d2 = 0;
    // Rings of cells outwards until no unvisited cell can hold a nearer point.
    const int max_ring = std::max(nx_, ny_);
    for (int r = 0; r <= max_ring; ++r) {
        if (best >= 0 && r >= 1) {
            const double bound = (r - 1) * cell_;
            if (bound * bound > best_d2) break;
        }
        if (r == 0) {
            visit_cell(ci, cj, p, points, best, best_d2);
            continue;
        }
        for (int i = ci - r; i <= ci + r; ++i) {
            visit_cell(i, cj - r, p, points, best, best_d2);
            visit_cell(i, cj + r, p, points, best, best_d2);
        }
        for (int j = cj - r + 1; j <= cj + r - 1; ++j) {
            visit_cell(ci - r, j, p, points, best, best_d2);
            visit_cell(ci + r, j, p, points, best, best_d2);
        }
    }
    return best;
}

bool PointGrid::any_within(const Pt& p, double r, const std::vector<Pt>& points) const {
    bool found = false;
    const double r2 = r * r;
    for_each_near(p, r, [&](std::uint32_t id) {
        const double dx = points[id].x - p.x, dy = points[id].y - p.y;
        if (dx * dx + dy * dy < r2) found = true;
    });
    return found;
}

}  // namespace coverplan::datasets
