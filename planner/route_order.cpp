#include "planner/route_order.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <optional>

namespace coverplan::planner {

namespace {

/// A move must shorten the route by more than this (metres): rounding
/// noise must not make two equal routes swap for ever.
constexpr double kGainM = 1e-3;

/// The start and the stops in one array: entry 0 is the start, entry i + 1
/// is stop i. A path is a list of entries beginning with 0.
class Tour {
public:
    Tour(RoutePoint start, std::span<const RoutePoint> stops) {
        points_.reserve(stops.size() + 1);
        points_.push_back(start);
        points_.insert(points_.end(), stops.begin(), stops.end());
    }

    double d(std::size_t a, std::size_t b) const {
        return std::hypot(points_[a].x - points_[b].x, points_[a].y - points_[b].y);
    }
    /// d(a, b) when b exists; an open path's end costs nothing.
    double d(std::size_t a, std::optional<std::size_t> b) const { return b ? d(a, *b) : 0; }

    /// Nearest neighbour from the start, through `first` (a stop's entry)
    /// first when given.
    std::vector<std::size_t> nearest_neighbour(std::size_t first = 0) const {
        const std::size_t n = points_.size() - 1;
        std::vector<std::size_t> path{0};
        std::vector<bool> visited(n + 1, false);
        if (first > 0) {
            visited[first] = true;
            path.push_back(first);
        }
        while (path.size() <= n) {
            std::size_t best = 0;
            double best_d = INFINITY;
            for (std::size_t i = 1; i <= n; ++i)
                if (!visited[i] && d(path.back(), i) < best_d) {
                    best_d = d(path.back(), i);
                    best = i;
                }
            visited[best] = true;
            path.push_back(best);
        }
        return path;
    }

    double length(const std::vector<std::size_t>& path) const {
        double total = 0;
        for (std::size_t k = 1; k < path.size(); ++k) total += d(path[k - 1], path[k]);
        return total;
    }

    /// 2-opt and Or-opt until neither shortens the path.
    void improve(std::vector<std::size_t>& path) const {
        // Each pass shortens the route by more than kGainM, so this ends;
        // the bound only guards against a pathological input.
        for (int pass = 0; pass < 10'000; ++pass) {
            const bool reversed = two_opt(path);
            const bool moved = or_opt(path);
            if (!reversed && !moved) break;
        }
    }

    /// Reverses one stretch p[i..j] when that shortens the path; true when
    /// a reversal was made. The start (p[0]) never moves.
    bool two_opt(std::vector<std::size_t>& p) const {
        const std::size_t last = p.size() - 1;
        bool improved = false;
        for (std::size_t i = 1; i < last; ++i)
            for (std::size_t j = i + 1; j <= last; ++j) {
                const std::optional<std::size_t> after = j < last ? std::optional(p[j + 1]) : std::nullopt;
                const double before = d(p[i - 1], p[i]) + d(p[j], after);
                const double then = d(p[i - 1], p[j]) + d(p[i], after);
                if (then < before - kGainM) {
                    std::reverse(p.begin() + std::ptrdiff_t(i), p.begin() + std::ptrdiff_t(j) + 1);
                    improved = true;
                }
            }
        return improved;
    }

    /// Moves one run of 1 to 3 consecutive stops between two others (or to
    /// the end), either way round, when that shortens the path.
    bool or_opt(std::vector<std::size_t>& p) const {
        const std::size_t last = p.size() - 1;
        for (std::size_t length = 1; length <= 3 && length < last; ++length)
            for (std::size_t i = 1; i + length - 1 <= last; ++i) {
                const std::size_t first = p[i], end = p[i + length - 1];
                const std::optional<std::size_t> next = i + length <= last ? std::optional(p[i + length]) : std::nullopt;
                const double saved = d(p[i - 1], first) + d(end, next) - (next ? d(p[i - 1], *next) : 0);
                std::vector<std::size_t> rest(p.begin(), p.begin() + std::ptrdiff_t(i));
                rest.insert(rest.end(), p.begin() + std::ptrdiff_t(i + length), p.end());
                for (std::size_t k = 0; k < rest.size(); ++k) {
                    const std::optional<std::size_t> v = k + 1 < rest.size() ? std::optional(rest[k + 1]) : std::nullopt;
                    const double opened = v ? d(rest[k], *v) : 0;
                    const double forward = d(rest[k], first) + d(end, v) - opened;
                    const double backward = d(rest[k], end) + d(first, v) - opened;
                    const bool same_place = k + 1 == i;
                    const bool turn = backward < std::min(forward, saved) - kGainM;
                    if (!turn && (same_place || forward >= saved - kGainM)) continue;
                    std::vector<std::size_t> run(p.begin() + std::ptrdiff_t(i), p.begin() + std::ptrdiff_t(i + length));
                    if (turn) std::reverse(run.begin(), run.end());
                    rest.insert(rest.begin() + std::ptrdiff_t(k + 1), run.begin(), run.end());
                    p = std::move(rest);
                    return true;
                }
            }
        return false;
    }

private:
    std::vector<RoutePoint> points_;
};

std::vector<std::size_t> stop_indexes(const std::vector<std::size_t>& path) {
    std::vector<std::size_t> order;
    order.reserve(path.size() - 1);
    for (std::size_t k = 1; k < path.size(); ++k) order.push_back(path[k] - 1);
    return order;
}

}  // namespace

double route_length(RoutePoint start, std::span<const RoutePoint> stops, std::span<const std::size_t> order) {
    double length = 0;
    RoutePoint at = start;
    for (std::size_t i : order) {
        length += std::hypot(stops[i].x - at.x, stops[i].y - at.y);
        at = stops[i];
    }
    return length;
}

std::vector<std::size_t> nearest_neighbour_order(RoutePoint start, std::span<const RoutePoint> stops) {
    return stop_indexes(Tour(start, stops).nearest_neighbour());
}

std::vector<std::size_t> short_route(RoutePoint start, std::span<const RoutePoint> stops, std::size_t tries) {
    const Tour tour(start, stops);
    std::vector<std::size_t> best = tour.nearest_neighbour();
    tour.improve(best);
    double best_length = tour.length(best);
    // The other first stops, nearest the start first: the nearest-neighbour
    // order began with the nearest already.
    std::vector<std::size_t> firsts(stops.size());
    std::iota(firsts.begin(), firsts.end(), 1);
    std::stable_sort(firsts.begin(), firsts.end(), [&](std::size_t a, std::size_t b) { return tour.d(0, a) < tour.d(0, b); });
    for (std::size_t k = 1; k < std::min(tries, firsts.size()); ++k) {
        std::vector<std::size_t> path = tour.nearest_neighbour(firsts[k]);
        tour.improve(path);
        const double length = tour.length(path);
        if (length < best_length - kGainM) {
            best = std::move(path);
            best_length = length;
        }
    }
    return stop_indexes(best);
}

}  // namespace coverplan::planner
