// coverplan demo: the whole pipeline on the bundled sample.

#include <filesystem>
#include <iostream>
#include <unistd.h>

#include "gis/error.h"
#include "planner/plan.h"
#include "ui/carto/map_output.h"
#include "ui/carto/report_document.h"
#include "ui/cli/commands.h"
#include "ui/cli/pipeline.h"
#include "ui/cli/ranking_output.h"
#include "ui/export/overlay_layers.h"
#include "ui/export/zone_table.h"
#include "ui/maps/management_report.h"
#include "ui/maps/map_themes.h"

namespace coverplan::cli {

namespace fs = std::filesystem;

namespace {

/// The sample project: $COVERPLAN_SAMPLE, else beside the executable
/// (build/bin/../../datasets), else the source tree it was built from.
fs::path sample_project() {
    if (const char* env = std::getenv("COVERPLAN_SAMPLE")) return env;
    std::error_code error;
    const fs::path exe = fs::read_symlink("/proc/self/exe", error);
    if (!error) {
        const fs::path beside = exe.parent_path().parent_path().parent_path() / "datasets/sample/project.toml";
        if (fs::exists(beside)) return beside;
    }
    return fs::path(COVERPLAN_SOURCE_DIR) / "datasets/sample/project.toml";
}

int run(const Arguments& args) {
    const fs::path out_dir = args.value("--out").value_or("demo-output");
    const fs::path project = sample_project();
    if (!fs::exists(project))
        throw InputError(Location{project.string(), "", "", "", 0},
                         "the bundled sample is missing; set COVERPLAN_SAMPLE to a project file");
    fs::create_directories(out_dir);

    std::cout << "== 1. validate: every feature used, repaired or rejected ==\n\n";
    planner::Dataset data = load_project_data(project.string());
    print_layer_reports(std::cout, data, 5);
    require_usable(data);

    std::cout << "\n== 2. overlay: demand on the network ==\n\n";
    const planner::Plan plan = planner::build_plan(data);
    const fs::path results = out_dir / "results.gpkg";
    exporting::write_overlay(data, plan, results.string());
    print_zone_summary(std::cout, data, plan.overlay, 15);
    std::cout << "\nWrote " << results.string() << " (layers zones, nodes, demand_clusters, points_status, rejects; open it in QGIS)\n";

    std::cout << "\n== 3. rankings: where to invest, where to sell ==\n\n";
    print_ranking_method(std::cout, data, plan, planner::RankingKind::Investment);
    for (planner::RankingKind kind : planner::kRankingKinds) {
        print_top(std::cout, data, plan, kind, 10);
        std::cout << "\n";
    }
    const fs::path csv = out_dir / "ranking.csv";
    const fs::path xlsx = out_dir / "ranking.xlsx";
    write_ranking_file(data, plan, planner::RankingKind::Investment, csv.string());
    exporting::write_tables({exporting::zone_table(data, plan, planner::RankingKind::Investment),
                             exporting::zone_table(data, plan, planner::RankingKind::Sales)},
                            xlsx.string());
    std::cout << "Wrote " << csv.string() << " (investment ranking) and " << xlsx.string()
              << " (sheets investment_ranking, sales_ranking)\n";
    std::cout << "\n== 4. maps and the management report ==\n\n";
    maps::MapRequest investment;  // the investment map on A4 landscape
    investment.page.dpi = 200;
    const carto::MapDescription map = maps::describe_map(data, plan, investment);
    for (const char* name : {"map.pdf", "map.png"}) carto::write_map(map, out_dir / name);
    carto::write_report_pdf(maps::describe_report(data, plan), out_dir / "report.pdf");
    std::cout << "Wrote " << (out_dir / "map.pdf").string() << " and map.png (where to invest, A4), "
              << (out_dir / "report.pdf").string() << " (the management report)\n";
    return kSuccess;
}

}  // namespace

Command demo_command() {
    return {{"demo",
             "[--out DIR]",
             "run the whole pipeline on the bundled sample province",
             "Writes DIR/results.gpkg, ranking.csv, ranking.xlsx, map.pdf, map.png and\n"
             "report.pdf (default DIR: demo-output). The sample holds a few\n"
             "deliberately bad records, so the report shows repairs and rejections.",
             {{"--out", "-o", "DIR", "output folder (default: demo-output)"}},
             0,
             0},
            run};
}

}  // namespace coverplan::cli
