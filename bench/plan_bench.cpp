// The planning model at scale: how much ranking adds to the overlay, a
// weights-only re-rank, and a one-node scenario.
//
//   plan_bench PROJECT [REPEATS]
//
// Prints one line per phase in seconds (median of REPEATS for the cheap
// phases); bench/plan_bench.sh runs it on the generated scales and
// docs/benchmarks.md holds the figures.

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <string>
#include <vector>

#include <gdal_priv.h>

#include "bench_timing.h"
#include "planner/plan.h"
#include "planner/scenario.h"

using namespace coverplan::planner;
using coverplan::bench::Clock;
using coverplan::bench::median_of;
using coverplan::bench::seconds;

int main(int argc, char** argv) {
    if (argc < 2) {
        std::fprintf(stderr, "usage: plan_bench PROJECT [REPEATS]\n");
        return 2;
    }
    GDALAllRegister();
    const int repeats = argc > 2 ? std::max(1, std::atoi(argv[2])) : 5;
    auto start = Clock::now();
    const Dataset data = load_dataset(load_project(argv[1], today_iso()));
    std::printf("read_s %.3f\n", seconds(start));
    std::printf("zones %zu nodes %zu subscribers %zu leads %zu\n", data.zones.size(), data.nodes.size(),
                data.subscribers.size(), data.leads.size());

    start = Clock::now();
    Plan plan;
    plan.overlay = overlay_network(data, {0, false});
    const double overlay_s = seconds(start);
    start = Clock::now();
    model_network(data, data.nodes, plan);
    const double models_s = seconds(start);
    start = Clock::now();
    plan.backtest = backtest_forecast(data, plan.overlay);
    const double backtest_s = seconds(start);
    start = Clock::now();
    rerank(data, data.project.weights, plan);
    const double rank_s = seconds(start);
    const double planning_s = models_s + backtest_s + rank_s;
    std::printf("overlay_s %.3f\nmodels_s %.3f\nbacktest_s %.3f\nrank_s %.3f\nplanning_over_overlay %.3f\n", overlay_s,
                models_s, backtest_s, rank_s, planning_s / overlay_s);

    const double rerank_s = median_of(repeats, [&](int r) {
        RankingWeights weights = data.project.weights;
        weights.investment[3] += 0.01 * (r + 1);  // growth
        rerank(data, weights, plan);
    });
    std::printf("rerank_median_s %.4f\n", rerank_s);

    // The busiest live node with known capacity gets 64 more ports.
    std::size_t busiest = 0;
    for (std::size_t n = 0; n < data.nodes.size(); ++n)
        if (data.nodes.status[n] == NodeStatus::Live && data.nodes.capacity[n] &&
            plan.overlay.nodes[n].leads_inside > plan.overlay.nodes[busiest].leads_inside)
            busiest = n;
    const double add_s = median_of(repeats, [&](int) {
        const ScenarioOutcome outcome = apply_scenario(data, plan, {{{data.nodes.ids[busiest], 64}}, {}});
        if (outcome.affected_zones.empty()) std::printf("(no zone affected)\n");
    });
    std::printf("scenario_add_capacity_median_s %.3f\n", add_s);
    // A new 500 m node at the first zone's interior.
    auto ctx = coverplan::gis::geos_context();
    coverplan::gis::GeosGeometry inside(GEOSPointOnSurface_r(ctx, data.zones.geometries[0].get()));
    double x = 0, y = 0;
    GEOSGeomGetX_r(ctx, inside.get(), &x);
    GEOSGeomGetY_r(ctx, inside.get(), &y);
    const double new_s = median_of(repeats, [&](int) {
        apply_scenario(data, plan, {{}, {NewNode{x, y, 500, 128, data.technologies.empty() ? "" : data.technologies[0]}}});
    });
    std::printf("scenario_new_node_median_s %.3f\n", new_s);
    return 0;
}
