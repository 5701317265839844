// coverplan overlay PROJECT -o OUT: demand on the network, written as layers.

#include <nlohmann/json.hpp>

#include <chrono>
#include <iostream>

#include "gis/parallel.h"
#include "ui/cli/commands.h"
#include "ui/cli/pipeline.h"
#include "ui/export/overlay_layers.h"
#include "ui/maps/layer_styles.h"

namespace coverplan::cli {

namespace {

int run(const Arguments& args) {
    const auto output = args.value("--out");
    if (!output) throw UsageError("-o OUT is required (a .gpkg file or a PG: connection string)");
    const bool json = args.flag("--json");
    const bool points = !args.flag("--no-points");
    const unsigned threads = static_cast<unsigned>(args.integer("--threads").value_or(0));

    const auto start = std::chrono::steady_clock::now();
    const planner::Project project = read_project(args.positional()[0]);
    const exporting::OutputTarget target = checked_output(*output, exporting::overlay_formats(), project);
    planner::Dataset data = planner::load_dataset(project);
    const double read_s = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    require_usable(data);
    planner::PlanOptions options;
    options.threads = threads;
    options.keep_placements = points;
    const auto plan_start = std::chrono::steady_clock::now();
    const planner::Plan plan = planner::build_plan(data, options);
    const double plan_s = std::chrono::duration<double>(std::chrono::steady_clock::now() - plan_start).count();
    const auto& t = plan.overlay.timings;
    const double models_s = plan_s - t.index_s - t.join_s - t.areas_s;
    const auto written = exporting::write_overlay(data, plan, target.path, {points, maps::overlay_styles(data, plan)});
    const int code = has_warnings(data) ? kWarnings : kSuccess;

    if (json) {
        nlohmann::json out = layer_reports_json(data);
        out["output"] = target.display_name;
        out["threads"] = gis::resolve_threads(threads);
        out["timings_s"] = {{"read", read_s}, {"index", t.index_s}, {"join", t.join_s}, {"areas", t.areas_s},
                            {"models", models_s}, {"write", written.write_s}};
        out["demand_clusters"] = plan.clusters->size();
        out["exit_code"] = code;
        print_json(std::cout, out);
        return code;
    }
    std::size_t rejected = 0, repaired = 0;
    for (const auto& r : data.reports) {
        rejected += r.rejected;
        repaired += r.repaired;
    }
    std::cout << "Wrote " << target.display_name << ": zones (" << data.zones.size() << " + outside row), nodes ("
              << data.nodes.size() << ")"
              << ", demand_clusters (" << plan.clusters->size() << ")"
              << (points ? ", points_status" : "") << ", rejects\n"
              << "Read " << format_seconds(read_s) << ", index " << format_seconds(t.index_s) << ", join "
              << format_seconds(t.join_s) << ", areas " << format_seconds(t.areas_s) << ", models, ranks and clusters "
              << format_seconds(models_s) << ", write "
              << format_seconds(written.write_s) << " on " << gis::resolve_threads(threads) << " threads\n";
    if (!written.points_indexed) print_spatial_index_hint(std::cout, target.display_name, "points_status");
    if (code == kWarnings)
        std::cout << repaired << " features repaired, " << rejected
                  << " rejected: see `coverplan validate` or the rejects layer\n";
    return code;
}

}  // namespace

Command overlay_command() {
    return {{"overlay",
             "PROJECT -o OUT [--no-points] [--threads N] [--json]",
             "overlay demand on network coverage; write zones, nodes, demand_clusters, points_status, rejects",
             "OUT is a GeoPackage (.gpkg) or a PostGIS connection (PG:...). The file is\n"
             "written under a temporary name and renamed when complete; a PostGIS target is\n"
             "written in one transaction. demand_clusters proposes service areas for clusters\n"
             "of open leads no coverage serves ([clusters] in the project file). Exit 1 when\n"
             "features were repaired or rejected.",
             {{"--out", "-o", "OUT", "output GeoPackage or PG: connection string"},
              {"--no-points", "", "", "skip the per-point points_status layer (faster at national scale)"},
              {"--threads", "", "N", "worker threads (default: every core); results do not depend on it"},
              {"--json", "", "", "print the summary as JSON"}},
             1,
             1},
            run};
}

}  // namespace coverplan::cli
