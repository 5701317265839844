// Clustering uncovered leads at scale (planner/demand_clusters.h).
//
//   clusters_bench PROJECT [REPEATS]
//
// Reads the project, runs the overlay once for the leads' statuses and
// zones, then times cluster_uncovered_leads (median of REPEATS): with the
// project's [clusters] settings on the leads no coverage serves, at three
// radii, and as a stress case with every open lead taken as uncovered (the
// worst case for the neighbourhood queries). Prints one line per run;
// docs/benchmarks.md holds the figures.

#include <gdal_priv.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <string>
#include <vector>

#include "bench_timing.h"
#include "planner/demand_clusters.h"
#include "planner/network_overlay.h"

using namespace coverplan::planner;
using coverplan::bench::Clock;
using coverplan::bench::seconds;

namespace {

void run(const char* label, const Dataset& data, std::span<const Serviceability> status,
         std::span<const std::int32_t> zones, const ClusterSettings& settings, int repeats) {
    std::size_t candidates = 0;
    for (std::size_t i = 0; i < data.leads.size(); ++i)
        if (data.leads.open[i] && status[i] == Serviceability::NotCovered) ++candidates;
    std::vector<double> times;
    std::vector<DemandCluster> clusters;
    for (int r = 0; r < repeats; ++r) {
        const auto start = Clock::now();
        clusters = cluster_uncovered_leads(data, status, settings, zones);
        times.push_back(seconds(start));
    }
    std::sort(times.begin(), times.end());
    std::size_t clustered = 0, largest = 0;
    for (const auto& c : clusters) {
        clustered += c.leads.size();
        largest = std::max(largest, c.leads.size());
    }
    std::printf("%-28s radius_m %5.0f min_leads %3d  candidates %8zu  clusters %6zu  clustered %8zu  largest %6zu  "
                "median_s %.3f  min_s %.3f\n",
                label, settings.radius_m, settings.min_leads, candidates, clusters.size(), clustered, largest,
                times[times.size() / 2], times.front());
}

}  // namespace

int main(int argc, char** argv) {
    if (argc < 2) {
        std::fprintf(stderr, "usage: clusters_bench PROJECT [REPEATS]\n");
        return 2;
    }
    GDALAllRegister();
    std::setvbuf(stdout, nullptr, _IOLBF, 0);  // each line as soon as it is measured
    const int repeats = argc > 2 ? std::max(1, std::atoi(argv[2])) : 3;
    auto start = Clock::now();
    const Dataset data = load_dataset(load_project(argv[1], today_iso()));
    std::printf("read_s %.3f  zones %zu nodes %zu subscribers %zu leads %zu\n", seconds(start), data.zones.size(),
                data.nodes.size(), data.subscribers.size(), data.leads.size());
    start = Clock::now();
    // Per-subscriber placements are not needed; the leads' are always kept.
    const NetworkOverlay overlay = overlay_network(data, {0, false});
    std::printf("overlay_s %.3f\n", seconds(start));

    const ClusterSettings& project = data.project.clusters;
    run("uncovered, project settings", data, overlay.leads->status, overlay.leads->zone, project, repeats);
    for (double radius : {project.radius_m / 2, project.radius_m * 2}) {
        ClusterSettings settings = project;
        settings.radius_m = radius;
        run("uncovered", data, overlay.leads->status, overlay.leads->zone, settings, repeats);
    }
    const std::vector<Serviceability> all_uncovered(data.leads.size(), Serviceability::NotCovered);
    run("stress: every open lead", data, all_uncovered, overlay.leads->zone, project, repeats);
    run("stress, zones located here", data, all_uncovered, {}, project, 1);
    return 0;
}
