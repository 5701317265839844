// Maps at scale: how long the investment map takes to draw once the plan
// exists, as an A3 PDF and as a 300-dpi A3 PNG (drawing and PNG encoding
// apart), and the coverage map whose open leads are counted in hexagons.
//
//   map_bench PROJECT OUT_DIR [REPEATS]
//
// Prints one line per measure (seconds: median of REPEATS; bytes; counts);
// docs/benchmarks.md ("Maps") holds the figures.

#include <gdal_priv.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <string>
#include <vector>

#include "bench_timing.h"
#include "planner/plan.h"
#include "ui/carto/gui_session.h"
#include "ui/carto/map_output.h"
#include "ui/maps/map_themes.h"

using namespace coverplan;
using coverplan::bench::Clock;
using coverplan::bench::median_of;
using coverplan::bench::seconds;
namespace fs = std::filesystem;

int main(int argc, char** argv) {
    if (argc < 3) {
        std::fprintf(stderr, "usage: map_bench PROJECT OUT_DIR [REPEATS]\n");
        return 2;
    }
    GDALAllRegister();
    carto::ensure_gui_session();
    const fs::path out = argv[2];
    fs::create_directories(out);
    const int repeats = argc > 3 ? std::max(1, std::atoi(argv[3])) : 3;

    auto start = Clock::now();
    const planner::Dataset data = planner::load_dataset(planner::load_project(argv[1], planner::today_iso()));
    std::printf("read_s %.3f\nzones %zu nodes %zu leads %zu\n", seconds(start), data.zones.size(), data.nodes.size(),
                data.leads.size());
    start = Clock::now();
    const planner::Plan plan = planner::build_plan(data, {0, false});
    std::printf("plan_s %.3f\n", seconds(start));

    maps::MapRequest request;
    request.theme = maps::Theme::Investment;
    request.page = {carto::Paper::A3, carto::Orientation::Landscape, 300};
    carto::MapDescription map;
    std::printf("describe_investment_s %.3f\n",
                median_of(repeats, [&](int) { map = maps::describe_map(data, plan, request); }));

    const fs::path pdf = out / "investment-A3.pdf";
    std::printf("investment_a3_pdf_s %.3f\n", median_of(repeats, [&](int) { carto::write_map(map, pdf); }));
    std::printf("investment_a3_pdf_bytes %ju\n", std::uintmax_t(fs::file_size(pdf)));

    QImage image;
    std::printf("investment_a3_300dpi_draw_s %.3f\n", median_of(repeats, [&](int) { image = carto::render_page_image(map); }));
    const fs::path png = out / "investment-A3-300dpi.png";
    std::printf("investment_a3_300dpi_png_s %.3f\n", median_of(repeats, [&](int) { carto::write_map(map, png); }));
    std::printf("investment_a3_300dpi_png_bytes %ju\n", std::uintmax_t(fs::file_size(png)));

    request.theme = maps::Theme::Coverage;
    start = Clock::now();
    map = maps::describe_map(data, plan, request);
    std::printf("describe_coverage_s %.3f\n", seconds(start));
    const fs::path coverage = out / "coverage-A3.pdf";
    carto::RenderResult drawn;
    std::printf("coverage_a3_pdf_s %.3f\n", median_of(repeats, [&](int) { drawn = carto::write_map(map, coverage); }));
    std::printf("coverage_a3_pdf_bytes %ju\ncoverage_areas %zu coverage_dots %zu coverage_bins %zu\n",
                std::uintmax_t(fs::file_size(coverage)), drawn.areas_drawn, drawn.dots_drawn, drawn.bins_drawn);
    return 0;
}
