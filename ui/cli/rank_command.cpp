// coverplan rank PROJECT: zones ranked for capacity investment or sales focus,
// each with the reasons in figures.

#include <nlohmann/json.hpp>

#include <cmath>
#include <iostream>

#include "planner/number_text.h"
#include "planner/plan.h"
#include "ui/cli/commands.h"
#include "ui/cli/pipeline.h"
#include "ui/cli/ranking_output.h"
#include "ui/cli/text_table.h"

namespace coverplan::cli {

namespace {

using planner::RankingKind;

std::string fixed(double value, int decimals) {
    char text[48];
    std::snprintf(text, sizeof text, "%.*f", decimals, value);
    return text;
}

int run(const Arguments& args) {
    const RankingKind kind = ranking_kind(args);
    planner::Dataset data = load_project_data(args.positional()[0]);
    require_usable(data);
    apply_weight_options(args, data.project);
    planner::PlanOptions options;
    options.keep_placements = false;
    const planner::Plan plan = planner::build_plan(data, options);
    const int code = has_warnings(data) ? kWarnings : kSuccess;

    const long top = args.integer("--top").value_or(args.value("--out") ? 0 : 20);
    if (top < 0) throw UsageError("--top needs a number >= 0 (0 = every zone)");
    std::vector<std::uint32_t> order = plan.ranked(kind);
    const std::size_t shown = top == 0 ? order.size() : std::min(order.size(), std::size_t(top));

    if (const auto out = args.value("--out")) write_ranking_file(data, plan, kind, *out);

    if (args.flag("--json")) {
        nlohmann::json out = ranking_json(data, plan, kind, shown);
        out["exit_code"] = code;
        std::cout << out.dump(2) << "\n";
        return code;
    }
    if (args.flag("--explain")) print_ranking_method(std::cout, data, plan, kind);
    const auto& scores = plan.scores(kind);
    std::cout << (kind == RankingKind::Investment ? "Capacity investment" : "Sales focus") << " ranking of "
              << order.size() << " zones, " << data.project.name << ", as of " << data.project.as_of << "\n\n";
    TextTable table({"rank", "zone", "name", "score", "reasons"}, {true, false, false, true, false});
    for (std::size_t r = 0; r < shown; ++r) {
        const std::uint32_t z = order[r];
        table.add({std::to_string(scores[z].rank), data.zones.ids[z], data.zones.names[z], fixed(scores[z].score, 3),
                   scores[z].reasons});
    }
    std::cout << table.render();
    if (shown < order.size()) std::cout << "(" << order.size() - shown << " more zones; --top 0 shows all)\n";
    if (const auto out = args.value("--out")) std::cout << "Wrote " << *out << "\n";
    if (code == kWarnings) std::cout << "Some features were repaired or rejected: see `coverplan validate`.\n";
    return code;
}

}  // namespace

Command rank_command() {
    return {{"rank",
             "PROJECT [--for investment|sales] [--top N] [-o FILE] [--json] [--explain]",
             "rank zones for capacity investment or sales focus, with reasons in figures",
             "Scores are weighted sums of components scaled 0..1 (docs/scoring.md); weights\n"
             "come from [scoring.*] in the project file or --weight. FILE by extension:\n"
             ".csv, .xlsx, .gpkg, .geojson (every zone, with components and KPIs).\n"
             "Ties are broken by zone id. Exit 1 when features were repaired or rejected.",
             {{"--for", "", "RANKING", "investment (default) or sales"},
              {"--top", "", "N", "zones shown (default 20 on the terminal; 0 = all)"},
              {"--out", "-o", "FILE", "write the ranking (.csv, .xlsx, .gpkg, .geojson)"},
              {"--weight", "", "NAME=W", "override one weight, e.g. --weight growth=0.3", true},
              {"--json", "", "", "print the ranking as JSON"},
              {"--explain", "", "", "print the method: weights, components, forecast accuracy"}},
             1,
             1},
            run};
}

}  // namespace coverplan::cli
