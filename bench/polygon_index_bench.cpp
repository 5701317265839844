// Micro-benchmarks of the overlay's inner loop on generated data:
//  - PolygonIndex::covering on coverage-like polygons (64-gon service areas,
//    about 11 overlapping each point, as at scale L), points in random order
//    and in Hilbert order;
//  - PolygonIndex::covering on zone-like polygons (a grid of squares);
//  - overlay_points (zones + coverage, Hilbert order inside) on 1 and 2 threads.
//
// Build: cmake --preset bench -G Ninja && cmake --build build -j2 --target polygon_index_bench
// Run:   build/bin/polygon_index_bench --benchmark_counters_tabular=true

#include <benchmark/benchmark.h>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <cstdint>
#include <map>
#include <memory>
#include <random>
#include <string>
#include <vector>

#include "gis/geos_handle.h"
#include "gis/hilbert.h"
#include "gis/point_overlay.h"
#include "gis/polygon_index.h"

namespace {

using coverplan::gis::GeosGeometry;
using coverplan::gis::PolygonIndex;
using coverplan::gis::geos_context;

constexpr double kPi = 3.14159265358979323846;

GeosGeometry ring_polygon(const std::vector<double>& xy) {
    auto ctx = geos_context();
    GEOSCoordSequence* seq = GEOSCoordSeq_create_r(ctx, static_cast<unsigned>(xy.size() / 2), 2);
    for (std::size_t i = 0; i < xy.size() / 2; ++i)
        GEOSCoordSeq_setXY_r(ctx, seq, static_cast<unsigned>(i), xy[2 * i], xy[2 * i + 1]);
    GEOSGeometry* shell = GEOSGeom_createLinearRing_r(ctx, seq);
    return GeosGeometry(GEOSGeom_createPolygon_r(ctx, shell, nullptr, 0));
}

GeosGeometry circle(double cx, double cy, double r, int n = 64) {
    std::vector<double> xy;
    for (int k = 0; k <= n; ++k) {
        const double a = 2 * kPi * (k % n) / n;
        xy.push_back(cx + r * std::cos(a));
        xy.push_back(cy + r * std::sin(a));
    }
    return ring_polygon(xy);
}

GeosGeometry square(double x, double y, double size) {
    return ring_polygon({x, y, x + size, y, x + size, y + size, x, y + size, x, y});
}

/// A square province of `side` metres with `count` circular service areas
/// sized so that on average `overlap` of them cover a point.
struct World {
    double side = 0;
    std::vector<GeosGeometry> coverage, zones;
    std::vector<const GEOSGeometry*> coverage_ptrs, zone_ptrs;
    std::unique_ptr<PolygonIndex> coverage_index, zone_index;
    std::vector<double> x, y;              // random order
    std::vector<double> hx, hy;            // the same points in Hilbert order
};

const World& world(int polygons, int zones_per_side, std::size_t points) {
    static std::map<std::string, std::unique_ptr<World>> cache;
    const std::string key = std::to_string(polygons) + "/" + std::to_string(zones_per_side) + "/" + std::to_string(points);
    auto& slot = cache[key];
    if (slot) return *slot;
    slot = std::make_unique<World>();
    World& w = *slot;
    const double overlap = 11.0;
    w.side = 100000.0;
    const double radius = std::sqrt(overlap * w.side * w.side / (polygons * kPi));
    std::mt19937_64 rng(42);
    std::uniform_real_distribution<double> u(0.0, w.side);
    for (int i = 0; i < polygons; ++i) w.coverage.push_back(circle(u(rng), u(rng), radius));
    const double cell = w.side / zones_per_side;
    for (int j = 0; j < zones_per_side; ++j)
        for (int i = 0; i < zones_per_side; ++i) w.zones.push_back(square(i * cell, j * cell, cell));
    for (auto& g : w.coverage) w.coverage_ptrs.push_back(g.get());
    for (auto& g : w.zones) w.zone_ptrs.push_back(g.get());
    w.coverage_index = std::make_unique<PolygonIndex>(w.coverage_ptrs);
    w.zone_index = std::make_unique<PolygonIndex>(w.zone_ptrs);
    for (std::size_t i = 0; i < points; ++i) {
        w.x.push_back(u(rng));
        w.y.push_back(u(rng));
    }
    const auto order = coverplan::gis::hilbert_order(w.x, w.y);
    for (auto i : order) {
        w.hx.push_back(w.x[i]);
        w.hy.push_back(w.y[i]);
    }
    return w;
}

void run_covering(benchmark::State& state, const PolygonIndex& index, const std::vector<double>& x,
                  const std::vector<double>& y) {
    auto ctx = geos_context();
    std::vector<std::uint32_t> hits;
    std::size_t i = 0, found = 0;
    for (auto _ : state) {
        GeosGeometry point(GEOSGeom_createPointFromXY_r(ctx, x[i], y[i]));
        index.covering(point.get(), x[i], y[i], hits);
        found += hits.size();
        if (++i == x.size()) i = 0;
    }
    state.SetItemsProcessed(state.iterations());
    state.counters["hits_per_point"] = benchmark::Counter(double(found) / double(state.iterations()));
}

// Args: coverage polygons, Hilbert order (0/1)
void BM_CoverageCovering(benchmark::State& state) {
    const World& w = world(static_cast<int>(state.range(0)), 100, 200000);
    if (state.range(1))
        run_covering(state, *w.coverage_index, w.hx, w.hy);
    else
        run_covering(state, *w.coverage_index, w.x, w.y);
}
BENCHMARK(BM_CoverageCovering)
    ->ArgNames({"polygons", "hilbert"})
    ->Args({5000, 0})
    ->Args({5000, 1})
    ->Args({50000, 0})
    ->Args({50000, 1})
    ->Unit(benchmark::kNanosecond);

// Args: zones per side (zones = side^2), Hilbert order
void BM_ZoneCovering(benchmark::State& state) {
    const World& w = world(5000, static_cast<int>(state.range(0)), 200000);
    if (state.range(1))
        run_covering(state, *w.zone_index, w.hx, w.hy);
    else
        run_covering(state, *w.zone_index, w.x, w.y);
}
BENCHMARK(BM_ZoneCovering)->ArgNames({"side", "hilbert"})->Args({100, 0})->Args({100, 1})->Unit(benchmark::kNanosecond);

// The whole point side of the overlay: 200 000 points, 10^4 zones, 5x10^4
// coverage polygons. Args: threads.
void BM_OverlayPoints(benchmark::State& state) {
    const World& w = world(50000, 100, 200000);
    const unsigned threads = static_cast<unsigned>(state.range(0));
    for (auto _ : state) {
        std::atomic<std::uint64_t> total{0};
        coverplan::gis::overlay_points(*w.zone_index, w.coverage_index.get(), w.x, w.y, threads,
                                       [&](unsigned, std::size_t, std::int64_t zone, std::span<const std::uint32_t> c) {
                                           if (zone >= 0) total.fetch_add(c.size(), std::memory_order_relaxed);
                                       });
        benchmark::DoNotOptimize(total.load());
    }
    state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(w.x.size()));
}
BENCHMARK(BM_OverlayPoints)->ArgName("threads")->Arg(1)->Arg(2)->Unit(benchmark::kMillisecond)->UseRealTime();

}  // namespace

BENCHMARK_MAIN();
