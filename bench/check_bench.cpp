// Serviceability checks at scale, in process: single-check latency (the work
// behind one GET /api/check: longitude/latitude into the working CRS, the
// check, its JSON) and batch throughput (check_points on every core).
//
//   check_bench PROJECT [POINTS] [SINGLES]
//
// Two kinds of points: where customers are (the project's leads, with their
// technologies: what a lead list or a salesperson asks about) and, as the
// worst case, points drawn uniformly over the zones' extent (seed fixed),
// most of them far from any node, so the nearest-node search runs for
// nearly all. Prints one "name value" line per figure; docs/benchmarks.md
// ("The field service") holds the results.

#include <gdal_priv.h>

#include <algorithm>
#include <cstdio>
#include <random>
#include <string>
#include <vector>

#include "bench_timing.h"
#include "gis/crs.h"
#include "planner/service_check.h"
#include "ui/export/check_results.h"

using namespace coverplan;
using bench::Clock;
using bench::seconds;

int main(int argc, char** argv) {
    if (argc < 2) {
        std::fprintf(stderr, "usage: check_bench PROJECT [POINTS] [SINGLES]\n");
        return 2;
    }
    GDALAllRegister();
    const std::size_t points = argc > 2 ? std::stoul(argv[2]) : 1'000'000;
    const std::size_t singles = argc > 3 ? std::stoul(argv[3]) : 100'000;

    auto start = Clock::now();
    planner::Project project = planner::load_project(argv[1], planner::today_iso());
    for (const char* unused : {"subscribers", "complaints", "orders"}) project.layers.erase(unused);
    project.serve.leads_store = {};
    const planner::Dataset data = planner::load_dataset(project);
    std::printf("read_network_and_leads_s %.3f\nzones %zu\nnodes %zu\nleads %zu\n", seconds(start), data.zones.size(),
                data.nodes.size(), data.leads.size());
    start = Clock::now();
    const planner::ServiceChecker checker(data);
    std::printf("index_s %.3f\n", seconds(start));

    // Random locations over the zones' extent, in longitude/latitude.
    const gis::LonLatConverter converter(data.working_crs);
    gis::Envelope box{1e300, 1e300, -1e300, -1e300};
    for (const auto& zone : data.zones.geometries) {
        const gis::Envelope e = gis::geos_envelope(zone.get());
        box = {std::min(box.minx, e.minx), std::min(box.miny, e.miny), std::max(box.maxx, e.maxx),
               std::max(box.maxy, e.maxy)};
    }
    const auto [west, south] = converter.to_lonlat(box.minx, box.miny);
    const auto [east, north] = converter.to_lonlat(box.maxx, box.maxy);
    std::printf("extent_lonlat %.5f,%.5f,%.5f,%.5f\n", west, south, east, north);
    std::mt19937_64 random(20261130);
    std::uniform_real_distribution<double> lon(west, east), lat(south, north);
    const std::size_t techs = data.technologies.size();
    auto technology = [&](std::size_t i) { return static_cast<planner::TechIndex>(i % (techs + 1) == techs ? planner::kAnyTechnology : i % (techs + 1)); };

    auto percentile = [](std::vector<double> values, double q) {
        std::sort(values.begin(), values.end());
        return values[std::min(values.size() - 1, static_cast<std::size_t>(q * values.size()))];
    };
    // Single checks, one after another, as the service answers them.
    auto singles_on = [&](const char* name, const std::vector<std::array<double, 2>>& lonlat,
                          const std::vector<planner::TechIndex>& point_techs) {
        std::vector<double> check_us, answer_us;
        std::size_t json_bytes = 0;
        for (std::size_t i = 0; i < lonlat.size(); ++i) {
            const auto [lo, la] = lonlat[i];
            const planner::TechIndex tech = point_techs[i];
            auto t0 = Clock::now();
            const auto [x, y] = converter.to_crs(lo, la);
            const planner::CheckResult result = checker.check(x, y, tech, tech == planner::kAnyTechnology);
            check_us.push_back(seconds(t0) * 1e6);
            const std::string body = exporting::check_json(data, result, la, lo).dump();
            answer_us.push_back(seconds(t0) * 1e6);
            json_bytes += body.size();
        }
        std::printf("%s_single_checks %zu\n", name, lonlat.size());
        std::printf("%s_single_check_us_p50 %.1f\n%s_single_check_us_p99 %.1f\n", name, percentile(check_us, 0.5), name,
                    percentile(check_us, 0.99));
        std::printf("%s_single_answer_with_json_us_p50 %.1f\n%s_single_answer_with_json_us_p99 %.1f\n", name,
                    percentile(answer_us, 0.5), name, percentile(answer_us, 0.99));
        std::printf("%s_json_bytes_mean %.0f\n", name, double(json_bytes) / double(lonlat.size()));
    };
    // The batch: points already in the working CRS, on two workers, then one.
    auto batch_on = [&](const char* name, const std::vector<double>& xs, const std::vector<double>& ys,
                        const std::vector<planner::TechIndex>& point_techs) {
        for (unsigned threads : {2u, 1u}) {
            std::vector<std::int32_t> zones;
            start = Clock::now();
            const auto verdicts = checker.check_points(xs, ys, point_techs, threads, zones);
            const double s = seconds(start);
            std::array<std::size_t, 4> by_status{};
            for (const auto& v : verdicts) ++by_status[static_cast<std::size_t>(v.status)];
            std::printf("%s_batch_points %zu\n%s_batch_threads_%u_s %.3f\n%s_batch_threads_%u_points_per_s %.0f\n", name,
                        xs.size(), name, threads, s, name, threads, double(xs.size()) / s);
            if (threads == 2)
                std::printf("%s_status_mix available %zu full %zu planned %zu not_covered %zu\n", name, by_status[0],
                            by_status[1], by_status[2], by_status[3]);
        }
    };

    // Where customers are: the leads (a sample of them one by one, all in a batch).
    {
        std::vector<std::array<double, 2>> lonlat;
        std::vector<planner::TechIndex> techs_of;
        std::uniform_int_distribution<std::size_t> pick(0, data.leads.size() - 1);
        for (std::size_t k = 0; k < std::min(singles, data.leads.size()); ++k) {
            const std::size_t i = pick(random);
            const auto [lo, la] = converter.to_lonlat(data.leads.x[i], data.leads.y[i]);
            lonlat.push_back({lo, la});
            techs_of.push_back(data.leads.technology[i]);
        }
        singles_on("leads", lonlat, techs_of);
        std::vector<double> xs(data.leads.x.begin(), data.leads.x.begin() + std::min(points, data.leads.size()));
        std::vector<double> ys(data.leads.y.begin(), data.leads.y.begin() + std::min(points, data.leads.size()));
        std::vector<planner::TechIndex> ts(data.leads.technology.begin(),
                                           data.leads.technology.begin() + std::min(points, data.leads.size()));
        batch_on("leads", xs, ys, ts);
    }
    // Worst case: anywhere in the extent, mostly far from every node.
    {
        std::vector<std::array<double, 2>> lonlat;
        std::vector<planner::TechIndex> techs_of;
        for (std::size_t i = 0; i < singles; ++i) {
            lonlat.push_back({lon(random), lat(random)});
            techs_of.push_back(technology(i));
        }
        singles_on("uniform", lonlat, techs_of);
        std::vector<double> xs(points), ys(points);
        std::vector<planner::TechIndex> ts(points);
        for (std::size_t i = 0; i < points; ++i) {
            const auto [x, y] = converter.to_crs(lon(random), lat(random));
            xs[i] = x;
            ys[i] = y;
            ts[i] = technology(i);
        }
        batch_on("uniform", xs, ys, ts);
    }
    return 0;
}
