// coverplan map PROJECT --theme T -o FILE: a finished map as PDF, PNG or SVG.

#include <nlohmann/json.hpp>

#include <chrono>
#include <cmath>
#include <iostream>
#include <sstream>

#include "gis/error.h"
#include "planner/number_text.h"
#include "planner/plan.h"
#include "ui/carto/map_output.h"
#include "ui/cli/commands.h"
#include "ui/cli/pipeline.h"
#include "ui/cli/standard_output.h"
#include "ui/maps/map_themes.h"
#include "ui/store/snapshots.h"

namespace coverplan::cli {

namespace {

carto::PageSetup page_setup(const Arguments& args) {
    carto::PageSetup page;
    const std::string paper = args.value("--paper").value_or("A4");
    if (paper == "A4" || paper == "a4")
        page.paper = carto::Paper::A4;
    else if (paper == "A3" || paper == "a3")
        page.paper = carto::Paper::A3;
    else
        throw UsageError("--paper must be A4 or A3, got '" + paper + "'");
    if (args.flag("--portrait") && args.flag("--landscape")) throw UsageError("--portrait and --landscape exclude each other");
    page.orientation = args.flag("--portrait") ? carto::Orientation::Portrait : carto::Orientation::Landscape;
    if (const auto dpi = args.integer("--dpi")) {
        if (*dpi < 36 || *dpi > 1200) throw UsageError("--dpi must be between 36 and 1200");
        page.dpi = double(*dpi);
    }
    return page;
}

std::string paper_name(const carto::PageSetup& page) {
    return std::string(page.paper == carto::Paper::A3 ? "A3" : "A4") +
           (page.orientation == carto::Orientation::Portrait ? " portrait" : " landscape");
}

maps::Framing framing(const Arguments& args) {
    maps::Framing framing;
    framing.zone_id = args.value("--zone");
    framing.basemap = args.flag("--basemap");
    if (const auto box = args.value("--bbox")) {
        if (framing.zone_id) throw UsageError("--zone and --bbox exclude each other");
        const std::string expects = "--bbox expects WEST,SOUTH,EAST,NORTH in degrees, got '" + *box + "'";
        std::vector<std::string> parts;
        std::stringstream text(*box);
        for (std::string part; std::getline(text, part, ',');) parts.push_back(part);
        if (parts.size() != 4) throw UsageError(expects);
        // Two corners, each longitude first unless hemisphere letters say otherwise.
        const auto south_west = lon_lat_pair(parts[0], parts[1], "--bbox");
        const auto north_east = lon_lat_pair(parts[2], parts[3], "--bbox");
        if (!south_west || !north_east) throw UsageError(expects);
        framing.lonlat = gis::LonLatBox{south_west->lon, south_west->lat, north_east->lon, north_east->lat};
    }
    return framing;
}

int run(const Arguments& args) {
    const auto output = args.value("--out");
    if (!output) throw UsageError("-o FILE is required (.pdf, .png or .svg)");
    const std::string theme_name = args.value("--theme").value_or("investment");
    const auto theme = maps::theme_named(theme_name);
    if (!theme) throw UsageError("--theme must be one of " + maps::theme_names() + ", got '" + theme_name + "'");
    if (*output == "-") throw UsageError(standard_output_refusal({".pdf", ".png", ".svg"}));
    carto::map_format_for(*output);  // a wrong extension fails before the data is read

    maps::MapRequest request;
    request.theme = *theme;
    request.page = page_setup(args);
    request.framing = framing(args);
    if (const auto title = args.value("--title")) request.title = QString::fromStdString(*title);
    if (const auto ranking = args.value("--for")) {
        if (*ranking != "investment" && *ranking != "sales")
            throw UsageError("--for must be investment or sales, got '" + *ranking + "'");
        if (request.theme != maps::Theme::Change) throw UsageError("--for goes with --theme change");
        request.ranking = *ranking == "sales" ? planner::RankingKind::Sales : planner::RankingKind::Investment;
    }
    if (const auto top = args.integer("--top")) {
        if (*top < 0 || *top > 100) throw UsageError("--top must be between 0 and 100");
        request.top = int(*top);
    }

    const auto start = std::chrono::steady_clock::now();
    auto seconds_since = [](auto from) {
        return std::chrono::duration<double>(std::chrono::steady_clock::now() - from).count();
    };
    const planner::Project project = read_project(args.positional()[0]);
    const exporting::OutputTarget target = checked_output(*output, {}, project);  // map_format_for checked the format
    planner::Dataset data = planner::load_dataset(project);
    require_usable(data);
    const double read_s = seconds_since(start);
    const auto plan_start = std::chrono::steady_clock::now();
    const unsigned threads = static_cast<unsigned>(args.integer("--threads").value_or(0));
    const planner::Plan plan = planner::build_plan(data, {threads, false});
    const double plan_s = seconds_since(plan_start);
    std::optional<planner::Snapshot> since;
    if (request.theme == maps::Theme::Change) {
        since = store::previous_snapshot(project);
        if (!since)
            throw InputError(Location{project.workspace.display_name, "", "", "", 0},
                             "holds no snapshot of " + project.name + " before " + project.as_of +
                                 ": the change map compares the plan with the latest snapshot before the project's "
                                 "as_of (take one with `coverplan snapshot`)");
        request.since = &*since;
    }

    const auto render_start = std::chrono::steady_clock::now();
    const carto::MapDescription map = maps::describe_map(data, plan, request);
    const carto::RenderResult drawn = carto::write_map(map, target.path);
    const double render_s = seconds_since(render_start);
    const int code = has_warnings(data) ? kWarnings : kSuccess;

    if (args.flag("--json")) {
        nlohmann::json out;
        out["output"] = target.display_name;
        out["theme"] = maps::to_string(*theme);
        out["paper"] = paper_name(request.page);
        out["scale"] = std::lround(drawn.scale_bar.scale_denominator);
        out["drawn"] = {{"areas", drawn.areas_drawn}, {"dots", drawn.dots_drawn}, {"bins", drawn.bins_drawn},
                        {"labels", drawn.labels.size()}, {"labels_left_out", drawn.labels_dropped}};
        out["timings_s"] = {{"read", read_s}, {"plan", plan_s}, {"render", render_s}};
        out["exit_code"] = code;
        print_json(std::cout, out);
        return code;
    }
    std::cout << "Wrote " << target.display_name << ": " << maps::to_string(*theme) << " map, " << paper_name(request.page)
              << ", scale 1:" << planner::group_thousands(std::lround(drawn.scale_bar.scale_denominator)) << "; "
              << drawn.areas_drawn << " areas, " << drawn.labels.size() << " labels";
    if (drawn.bins_drawn) std::cout << ", points counted in " << drawn.bins_drawn << " hexagons";
    if (drawn.dots_drawn) std::cout << ", " << drawn.dots_drawn << " points";
    std::cout << "\nRead " << format_seconds(read_s) << ", plan " << format_seconds(plan_s) << ", render and write "
              << format_seconds(render_s) << "\n";
    if (code == kWarnings) std::cout << input_warning_note() << "\n";
    return code;
}

}  // namespace

Command map_command() {
    std::vector<OptionSpec> options = {
        {"--theme", "", "THEME", "investment (default), sales, coverage, utilization, sla, change or complaints"},
        {"--for", "", "investment|sales", "change: the ranking whose moves are drawn (default investment)"},
        {"--out", "-o", "FILE", "output file: .pdf (vector), .png or .svg"},
        {"--title", "", "TEXT", "title instead of the theme's"},
        {"--top", "", "N", "ranked zones numbered on investment and sales maps (default 10)"},
        {"--zone", "", "ID", "frame one zone and its surroundings"},
        {"--bbox", "", "W,S,E,N", "frame a box in WGS84 degrees, longitude first: west,south,east,north "
                                  "(or with hemisphere letters, 106.1E,21.2N,106.3E,21.4N)"},
        {"--basemap", "", "", "draw the project's basemap ([basemap]) under the zones"},
        {"--paper", "", "A4|A3", "sheet size (default A4)"},
        {"--landscape", "", "", "landscape sheet (the default)"},
        {"--portrait", "", "", "portrait sheet"},
        {"--dpi", "", "N", "resolution of a PNG (default 150)"},
        {"--threads", "", "N", "worker threads for the overlay (default: every core)"},
        {"--json", "", "", "print what was drawn and the timings as JSON"}};
    return {{"map",
             "PROJECT --theme " + maps::theme_names() + " -o FILE [options]",
             "draw a finished map (title, legend, scale bar, north arrow) as PDF, PNG or SVG",
             "Themes: investment and sales colour the zones by their ranking score and number\n"
             "the top zones; coverage shows service areas by technology (live and planned)\n"
             "and the open leads that cannot be served; utilization shows how full each live\n"
             "node is and which run out of ports within the horizon; sla shows installation\n"
             "on-time rates by zone against the target; change colours zones by how far their\n"
             "rank moved since the latest snapshot before the project's as_of (coverplan\n"
             "snapshot), marking zones that entered or left the top N; complaints colours zones by\n"
             "recent complaints per subscriber against the project's average and names the live\n"
             "nodes holding the most, with the complaints as dots by category. The file is written under a temporary\n"
             "name and renamed when complete. Exit 1 when features were repaired or rejected.",
             options,
             1,
             1},
            run};
}

}  // namespace coverplan::cli
