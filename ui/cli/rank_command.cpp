// coverplan rank PROJECT: zones ranked for capacity investment or sales focus,
// each with the reasons in figures.

#include <nlohmann/json.hpp>

#include <cmath>
#include <iostream>

#include "planner/number_text.h"
#include "planner/plan.h"
#include "ui/cli/commands.h"
#include "ui/cli/reader_text.h"
#include "ui/cli/pipeline.h"
#include "ui/cli/ranking_output.h"
#include "ui/cli/standard_output.h"
#include "ui/cli/text_table.h"
#include "ui/cli/zone_kind_output.h"
#include "ui/export/zone_table.h"

namespace coverplan::cli {

namespace {

using planner::RankingKind;

int run(const Arguments& args) {
    const RankingKind kind = ranking_kind(args);
    const planner::Project project = read_project(args.positional()[0]);
    const CommandOutput target =
        output_option(args, exporting::table_formats({exporting::zone_table_name(kind)}), project, {"csv", "geojson"});
    const planner::Dataset data = planner::load_dataset(project);
    require_usable(data);
    planner::PlanOptions options;
    options.keep_placements = false;
    options.weights = weight_options(args, data.project.weights);
    const bool grouped = group_by_kind(args);
    const std::vector<std::string> kinds = kind_option(args, data);
    const planner::Plan plan = planner::build_plan(data, options);
    const int code = has_warnings(data) ? kWarnings : kSuccess;

    // Grouped by kind, the terminal lists a few zones of each kind.
    const long top = args.integer("--top").value_or(args.value("--out") ? 0 : grouped ? 5 : 20);
    if (top < 0) throw UsageError("--top needs a number >= 0 (0 = every zone)");
    const std::size_t shown = top == 0 ? data.zones.size() : std::min(data.zones.size(), std::size_t(top));

    if (target) write_ranking_file(data, plan, kind, target.target().path, kinds);
    if (target.to_standard_output()) {
        // The table alone on standard output, the rest for people on standard error.
        target.send();
        if (code == kWarnings) std::cerr << input_warning_note() << "\n";
        return code;
    }

    if (args.flag("--json")) {
        nlohmann::json out = ranking_json(data, plan, kind, shown, kinds);
        if (grouped) out["by_kind"] = kind_summary_json(data, plan, kinds);
        out["exit_code"] = code;
        print_json(std::cout, out);
        return code;
    }
    if (args.flag("--explain")) print_ranking_method(std::cout, data, plan, kind);
    if (grouped)
        print_kind_summary(std::cout, data, plan, kind, kinds, shown);
    else
        print_top(std::cout, data, plan, kind, shown, kinds);
    if (target) std::cout << wrote_text(target.target().display_name) << "\n";
    if (code == kWarnings) std::cout << input_warning_note() << "\n";
    return code;
}

}  // namespace

Command rank_command() {
    return {{"rank",
             "PROJECT [--for investment|sales] [--top N] [--kind K[,K...]] [--group-by kind] [-o FILE|-] [--json] [--explain]",
             "rank zones for capacity investment or sales focus, with reasons in figures",
             "Scores are weighted sums of components scaled 0..1 (docs/scoring.md); weights\n"
             "come from [scoring.*] in the project file or --weight. FILE by extension:\n"
             ".csv, .xlsx, .gpkg, .geojson (every zone, with components and KPIs); -o - prints\n"
             "the table on standard output instead (CSV, or GeoJSON with --format geojson).\n"
             "Ties are broken by zone id. Exit 1 when features were repaired or rejected.\n"
             "Zone kinds ([layers.zones] kind): --kind keeps the zones of those kinds (case and\n"
             "accents ignored; \"(no kind)\" for zones without one) and they keep their rank in\n"
             "the whole project, so a filtered list still says where a zone stands overall;\n"
             "\"in kind\" (kind_rank in files) is the rank among zones of the same kind.\n"
             "--group-by kind prints each kind's demand (zones, subscribers, penetration,\n"
             "leads, growth over the horizon, spare ports, first zones), then each kind's\n"
             "first zones (--top per kind, default 5).",
             {{"--for", "", "RANKING", "investment (default) or sales"},
              {"--top", "", "N", "zones shown (default 20 on the terminal; 0 = all)"},
              {"--kind", "", "K[,K...]", "only the zones of these kinds (ranks stay the project's)", true},
              {"--group-by", "", "kind", "demand by kind of zone, then each kind's first zones"},
              {"--out", "-o", "FILE", "write the ranking (.csv, .xlsx, .gpkg, .geojson; - for standard output)"},
              {"--format", "", "csv|geojson", "what -o - prints (default csv)"},
              {"--weight", "", "NAME=W", "override one weight, e.g. --weight growth=0.3", true},
              {"--json", "", "", "print the ranking as JSON"},
              {"--explain", "", "", "print the method: weights, components, forecast accuracy"}},
             1,
             1},
            run};
}

}  // namespace coverplan::cli
