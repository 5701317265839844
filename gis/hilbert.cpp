#include "gis/hilbert.h"

#include <algorithm>
#include <cmath>

namespace coverplan::gis {

namespace {

std::uint32_t hilbert_d(std::uint32_t n, std::uint32_t x, std::uint32_t y) {
    std::uint32_t d = 0;
    for (std::uint32_t s = n / 2; s > 0; s /= 2) {
        const std::uint32_t rx = (x & s) > 0;
        const std::uint32_t ry = (y & s) > 0;
        d += s * s * ((3 * rx) ^ ry);
        if (ry == 0) {  // rotate the quadrant
            if (rx == 1) {
                x = s - 1 - x;
                y = s - 1 - y;
            }
            std::swap(x, y);
        }
    }
    return d;
}

}  // namespace

std::uint32_t hilbert_index(double x, double y, double minx, double miny, double maxx, double maxy) {
    constexpr std::uint32_t side = 1u << 16;
    auto cell = [](double v, double lo, double hi) {
        if (!(hi > lo)) return std::uint32_t{0};
        const double t = (v - lo) / (hi - lo) * (side - 1);
        return static_cast<std::uint32_t>(std::clamp(t, 0.0, double(side - 1)));
    };
    return hilbert_d(side, cell(x, minx, maxx), cell(y, miny, maxy));
}

std::vector<std::uint32_t> hilbert_order(std::span<const double> x, std::span<const double> y) {
    const std::size_t n = x.size();
    double minx = INFINITY, miny = INFINITY, maxx = -INFINITY, maxy = -INFINITY;
    for (std::size_t i = 0; i < n; ++i) {
        minx = std::min(minx, x[i]);
        maxx = std::max(maxx, x[i]);
        miny = std::min(miny, y[i]);
        maxy = std::max(maxy, y[i]);
    }
    std::vector<std::uint64_t> keyed(n);
    for (std::size_t i = 0; i < n; ++i)
        keyed[i] = (std::uint64_t(hilbert_index(x[i], y[i], minx, miny, maxx, maxy)) << 32) | i;
    std::sort(keyed.begin(), keyed.end());
    std::vector<std::uint32_t> order(n);
    for (std::size_t i = 0; i < n; ++i) order[i] = static_cast<std::uint32_t>(keyed[i] & 0xffffffffu);
    return order;
}

}  // namespace coverplan::gis
