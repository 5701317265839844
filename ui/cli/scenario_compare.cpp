// coverplan scenario PROJECT --compare A.toml B.toml: two saved scenarios
// side by side against the data as it is. The planner picks the zones and
// nodes (planner::side_by_side); this lays them out.

#include <iostream>

#include "gis/number_format.h"
#include "planner/calendar.h"
#include "planner/side_by_side.h"
#include "ui/cli/commands.h"
#include "ui/cli/reader_text.h"
#include "ui/cli/pipeline.h"
#include "ui/cli/scenario_runs.h"
#include "ui/cli/terminal_output.h"
#include "ui/cli/text_table.h"
#include "ui/store/scenarios.h"
#include "ui/export/side_by_side_output.h"

namespace coverplan::cli {

namespace {

using planner::ComparedNode;
using planner::ComparedZone;
using planner::RankingKind;
using planner::Side;

/// At most this many zones whose rank alone moved are printed (all are in --json and -o).
constexpr std::size_t kMovedShown = 15;

/// "base / A / B" of one figure.
template <class Format>
std::string three(const Format& format) {
    return format(Side::Baseline) + " / " + format(Side::A) + " / " + format(Side::B);
}

std::string who_recomputed(const std::array<bool, 2>& flags) {
    if (flags[0] && flags[1]) return "A, B";
    return flags[0] ? "A" : flags[1] ? "B" : "";
}

std::string zone_rows(const planner::Dataset& data, const std::vector<const ComparedZone*>& rows) {
    TextTable table({"zone", "name", "recomputed by", "investment rank", "investment score", "sales rank", "sales score"},
                    {false, false, false, true, true, true, true});
    for (const ComparedZone* row : rows) {
        auto rank = [&](RankingKind kind) { return three([&](Side s) { return std::to_string(row->on(s).rank(kind)); }); };
        auto score = [&](RankingKind kind) {
            return three([&](Side s) { return gis::format_fixed(row->on(s).score(kind), 3); });
        };
        table.add({data.zones.ids[row->zone], data.zones.names[row->zone], who_recomputed(row->recomputed),
                   rank(RankingKind::Investment), score(RankingKind::Investment), rank(RankingKind::Sales),
                   score(RankingKind::Sales)});
    }
    return table.render();
}

std::string node_rows(const planner::Dataset& data, const std::vector<ComparedNode>& nodes) {
    TextTable table({"node", "technology", "changed by", "capacity", "utilisation", "projected", "runs out"},
                    {false, false, false, true, true, true, true});
    for (const ComparedNode& node : nodes) {
        auto figure = [&](std::optional<double> planner::NodeStanding::*member, bool share) {
            return three([&](Side s) {
                const auto& value = node.on(s).*member;
                if (!node.on(s).exists || !value) return std::string("-");
                return share ? percent(*value, 0) : group_thousands(std::llround(*value));
            });
        };
        const std::string runs_out = three([&](Side s) {
            const planner::Day day = node.on(s).exhausts_on;
            return !node.on(s).exists ? std::string("-") : day == planner::kNoDay ? std::string("no")
                                                                                   : planner::format_month(planner::month_of(day));
        });
        table.add({node.node_id, data.technology_name(node.technology), who_recomputed(node.changed),
                   figure(&planner::NodeStanding::capacity, false), figure(&planner::NodeStanding::utilization, true),
                   figure(&planner::NodeStanding::projected_utilization, true), runs_out});
    }
    return table.render();
}

void print_comparison(const planner::Dataset& data, const planner::SideBySide& compared,
                      const exporting::ComparedFiles& files) {
    std::cout << "Two scenarios on " << data.project.name << " (as of " << data.project.as_of
              << ") against the baseline, the data as it is:\n";
    for (Side side : {Side::A, Side::B}) {
        const planner::SavedScenario& scenario = files.of(side);
        std::cout << "  " << planner::side_name(side) << "  " << one_line(scenario_heading(scenario)) << "\n";
        if (!scenario.note.empty()) std::cout << "     " << one_line(scenario.note) << "\n";
        std::cout << "     " << one_line(planner::changes_text(scenario)) << "\n";
    }
    std::cout << "Figures read baseline / A / B; each scenario ranks with its own weights.\n\nNodes changed:\n";
    if (compared.nodes.empty()) std::cout << "(none: the scenarios change weights only)\n";
    else std::cout << node_rows(data, compared.nodes);

    std::vector<const ComparedZone*> recomputed, moved;
    for (const ComparedZone& row : compared.zones) (row.recomputed[0] || row.recomputed[1] ? recomputed : moved).push_back(&row);
    std::cout << "\nZones the changes reach (by baseline investment rank):\n";
    if (recomputed.empty()) std::cout << "(none)\n";
    else std::cout << zone_rows(data, recomputed);
    if (!moved.empty()) {
        std::cout << "\nOther zones whose rank moved (ranks are relative):\n";
        const std::size_t more = moved.size() > kMovedShown ? moved.size() - kMovedShown : 0;
        moved.resize(moved.size() - more);
        std::cout << zone_rows(data, moved);
        if (more) std::cout << "... and " << more << " more (all of them in --json and -o)\n";
    }
}

}  // namespace

std::string scenario_heading(const planner::SavedScenario& scenario) {
    std::string text = "\u201c" + scenario.name + "\u201d";
    if (!scenario.author.empty()) text += " by " + scenario.author;
    if (!scenario.created.empty()) text += ", saved " + scenario.created;
    if (!scenario.origin.empty()) text += " (" + scenario.origin + ")";
    return text;
}

int run_scenario_compare(const Arguments& args) {
    const std::vector<std::string> paths = args.values("--compare");
    const planner::Project project = read_project(args.positional()[0]);
    // Both files are read first: a typo in either stops the run before any work.
    const exporting::ComparedFiles files{store::read_scenario(project, paths[0]), store::read_scenario(project, paths[1])};
    std::vector<exporting::ReadInput> inputs;
    for (std::size_t k = 0; k < 2; ++k)
        if (!store::stored_scenario_name(paths[k])) inputs.push_back({k == 0 ? "scenario A" : "scenario B", paths[k], ""});
    std::vector<exporting::OutputTarget> targets;
    if (const auto out = args.value("--out"))
        for (const std::string& target : exporting::side_by_side_targets(*out))
            targets.push_back(checked_output(target, exporting::side_by_side_formats(), project, inputs));

    const planner::Dataset data = planner::load_dataset(project);
    require_usable(data);
    const planner::Plan baseline = planner::build_plan(data, {0, true});
    const planner::ScenarioOutcome a = planner::apply_saved_scenario(data, baseline, files.a);
    const planner::ScenarioOutcome b = planner::apply_saved_scenario(data, baseline, files.b);
    const planner::SideBySide compared = planner::side_by_side(data, baseline, a, b);

    if (!targets.empty())
        exporting::write_side_by_side(exporting::side_by_side_tables(data, compared, files), targets.front().path);
    if (args.flag("--json")) {
        print_json(std::cout, exporting::side_by_side_json(data, compared, files));
    } else {
        print_comparison(data, compared, files);
        if (!targets.empty()) std::cout << "\n";
        for (const auto& target : targets) std::cout << wrote_text(target.display_name) << "\n";
    }
    return has_warnings(data) ? kWarnings : kSuccess;
}

}  // namespace coverplan::cli
