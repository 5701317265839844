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
#include "ui/export/workbook_info.h"
#include "ui/export/zone_table.h"
#include "ui/maps/layer_styles.h"
#include "ui/maps/management_report.h"
#include "ui/maps/map_themes.h"

namespace coverplan::cli {

namespace fs = std::filesystem;

namespace {

/// The sample project: $COVERPLAN_SAMPLE, else where `cmake --install` puts
/// it beside the executable (PREFIX/bin/../share/coverplan/sample, so an
/// install moved elsewhere, or unpacked under a DESTDIR, still finds it),
/// else in the tree the executable was built in (build/bin/../../datasets),
/// else the source tree it was built from.
fs::path sample_project() {
    if (const char* env = std::getenv("COVERPLAN_SAMPLE")) return env;
    std::error_code error;
    const fs::path exe = fs::read_symlink("/proc/self/exe", error);
    if (!error) {
        const fs::path installed = exe.parent_path().parent_path() / "share/coverplan/sample/project.toml";
        if (fs::exists(installed)) return installed;
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
    // Every file checked (and the folder created) before any work: the folder
    // may be one the sample reads from.
    const planner::Project sample = read_project(project.string());
    const auto tables = exporting::table_formats({exporting::zone_table_name(planner::RankingKind::Investment),
                                                  exporting::zone_table_name(planner::RankingKind::Sales)});
    const exporting::OutputTarget results =
        checked_output((out_dir / "results.gpkg").string(), exporting::overlay_formats(), sample);
    const exporting::OutputTarget csv = checked_output((out_dir / "ranking.csv").string(), tables, sample);
    const exporting::OutputTarget xlsx = checked_output((out_dir / "ranking.xlsx").string(), tables, sample);
    const exporting::OutputTarget map_pdf = checked_output((out_dir / "map.pdf").string(), {}, sample);
    const exporting::OutputTarget map_png = checked_output((out_dir / "map.png").string(), {}, sample);
    const exporting::OutputTarget report = checked_output((out_dir / "report.pdf").string(), {}, sample);

    std::cout << "== 1. validate: every feature used, repaired or rejected ==\n\n";
    planner::Dataset data = planner::load_dataset(sample);
    print_layer_reports(std::cout, data, 5);
    require_usable(data);

    std::cout << "\n== 2. overlay: demand on the network ==\n\n";
    const planner::Plan plan = planner::build_plan(data);
    exporting::write_overlay(data, plan, results.path, {true, maps::overlay_styles(data, plan)});
    print_zone_summary(std::cout, data, plan.overlay, 15);
    std::cout << "\nWrote " << results.display_name << " (layers zones, nodes, demand_clusters, points_status, rejects; open it in QGIS)\n";

    std::cout << "\n== 3. rankings: where to invest, where to sell ==\n\n";
    print_ranking_method(std::cout, data, plan, planner::RankingKind::Investment);
    for (planner::RankingKind kind : planner::kRankingKinds) {
        print_top(std::cout, data, plan, kind, 10);
        std::cout << "\n";
    }
    write_ranking_file(data, plan, planner::RankingKind::Investment, csv.path);
    exporting::write_tables({exporting::zone_table(data, plan, planner::RankingKind::Investment),
                             exporting::zone_table(data, plan, planner::RankingKind::Sales)},
                            xlsx.path, exporting::workbook_info(data, "Rankings", &plan));
    std::cout << "Wrote " << csv.display_name << " (investment ranking) and " << xlsx.display_name
              << " (sheets investment_ranking, sales_ranking)\n";
    std::cout << "\n== 4. maps and the management report ==\n\n";
    maps::MapRequest investment;  // the investment map on A4 landscape
    investment.page.dpi = 200;
    const carto::MapDescription map = maps::describe_map(data, plan, investment);
    carto::write_map(map, map_pdf.path);
    carto::write_map(map, map_png.path);
    carto::write_report_pdf(maps::describe_report(data, plan), report.path);
    std::cout << "Wrote " << map_pdf.display_name << " and map.png (where to invest, A4), " << report.display_name
              << " (the management report)\n";
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
