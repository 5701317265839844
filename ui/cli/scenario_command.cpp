// coverplan scenario PROJECT: what if a node got more ports, or a new node
// were built, or the weights changed — rankings before and after.

#include <nlohmann/json.hpp>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <cmath>
#include <iostream>
#include <set>

#include "gis/error.h"
#include "planner/number_text.h"
#include "planner/reason_text.h"
#include "planner/scenario.h"
#include "ui/cli/commands.h"
#include "ui/cli/reader_text.h"
#include "ui/cli/pipeline.h"
#include "ui/cli/ranking_output.h"
#include "ui/cli/scenario_runs.h"
#include "ui/cli/terminal_output.h"
#include "ui/cli/text_table.h"
#include "ui/export/table_writer.h"
#include "ui/export/workbook_info.h"
#include "ui/store/scenarios.h"

namespace coverplan::cli {

namespace {

using planner::RankingKind;

double number_in(const std::string& text, const std::string& option, const std::string& what) {
    char* end = nullptr;
    const double value = std::strtod(text.c_str(), &end);
    if (text.empty() || *end != '\0' || !std::isfinite(value))
        throw UsageError(option + ": " + what + " must be a number, not '" + text + "'");
    return value;
}

std::vector<std::string> split(const std::string& text, char separator) {
    std::vector<std::string> parts;
    std::size_t start = 0;
    for (std::size_t i = 0; i <= text.size(); ++i)
        if (i == text.size() || text[i] == separator) {
            parts.push_back(text.substr(start, i - start));
            start = i + 1;
        }
    return parts;
}

/// The changes given on the command line, added to `scenario` (new nodes
/// keep their longitude and latitude, as a saved scenario does).
void add_command_line_changes(const Arguments& args, planner::SavedScenario& scenario) {
    for (const std::string& option : args.values("--add-capacity")) {
        const auto colon = option.rfind(':');
        if (colon == std::string::npos || colon == 0)
            throw UsageError("--add-capacity takes NODE:+N (e.g. FTTH-0042:+64), not '" + option + "'");
        std::string amount = option.substr(colon + 1);
        if (!amount.empty() && amount[0] == '+') amount.erase(0, 1);
        scenario.added_capacity.push_back({option.substr(0, colon), number_in(amount, "--add-capacity", "the ports")});
    }
    for (const std::string& option : args.values("--new-node")) {
        const auto parts = split(option, ',');
        if (parts.size() < 4 || parts.size() > 5)
            throw UsageError("--new-node takes LON,LAT,RADIUS_M,CAPACITY[,TECH], not '" + option + "'");
        planner::SavedNode node;
        const auto where = lon_lat_pair(parts[0], parts[1], "--new-node");
        if (!where) {
            number_in(parts[0], "--new-node", "LON");  // says which part is not a number
            number_in(parts[1], "--new-node", "LAT");
            throw UsageError("--new-node: " + parts[0] + "," + parts[1] + " is not a longitude,latitude in degrees");
        }
        node.lon = where->lon;
        node.lat = where->lat;
        node.radius_m = number_in(parts[2], "--new-node", "RADIUS_M");
        node.capacity = number_in(parts[3], "--new-node", "CAPACITY");
        if (parts.size() == 5) node.technology = parts[4];
        scenario.new_nodes.push_back(node);
    }
    const planner::WeightOverrides weights = weight_overrides(args);
    for (planner::RankingKind kind : planner::kRankingKinds)
        for (std::size_t c = 0; c < planner::kComponents; ++c)
            if (weights.of(kind)[c]) scenario.weights.of(kind)[c] = weights.of(kind)[c];
}

/// What --save writes: the run's changes, named by --name (else the file's
/// stem), --author (else the login name) and --note, dated now.
planner::SavedScenario to_save(const Arguments& args, planner::SavedScenario scenario, const std::string& file) {
    scenario.name = args.value("--name").value_or(args.value("--scenario") ? scenario.name : "");
    if (const auto stored = store::stored_scenario_name(file)) {
        if (!args.value("--name")) scenario.name = *stored;
        if (scenario.name != *stored)
            throw UsageError("--save store:" + *stored + " names the scenario '" + *stored + "'; leave --name out");
    }
    if (scenario.name.empty()) scenario.name = std::filesystem::path(file).stem().string();
    if (const auto author = args.value("--author")) scenario.author = *author;
    if (scenario.author.empty())
        if (const char* user = std::getenv("USER")) scenario.author = user;
    if (const auto note = args.value("--note")) scenario.note = *note;
    scenario.created = planner::local_timestamp();
    return scenario;
}

/// `scenario PROJECT --list`: the scenarios saved in the project's store.
int list_stored_scenarios(const Arguments& args, const planner::Project& project) {
    const auto scenarios = store::stored_scenarios(project);
    if (args.flag("--json")) {
        nlohmann::json out = nlohmann::json::array();
        for (const auto& s : scenarios)
            out.push_back({{"name", s.name}, {"author", s.author}, {"note", s.note}, {"saved_at", s.saved_at},
                           {"saved_by", s.saved_by}, {"reference", std::string(store::kStoredScenarioPrefix) + s.name}});
        print_json(std::cout, out);
        return kSuccess;
    }
    if (scenarios.empty()) {
        std::cout << "No scenario saved in " << project.workspace.display_name << " for " << project.name
                  << " (save one with --save store:NAME)\n";
        return kSuccess;
    }
    std::cout << "Scenarios saved in " << project.workspace.display_name << " for " << project.name << ":\n";
    TextTable table({"scenario", "author", "saved", "by", "note"}, {false, false, false, false, false});
    for (const auto& s : scenarios)
        table.add({std::string(store::kStoredScenarioPrefix) + s.name, s.author, s.saved_at, s.saved_by, one_line(s.note)});
    std::cout << table.render();
    return kSuccess;
}

int run(const Arguments& args) {
    if (!args.values("--compare").empty()) {
        for (const char* option : {"--scenario", "--save", "--add-capacity", "--new-node", "--weight", "--name", "--author", "--note", "--list"})
            if (!args.values(option).empty())
                throw UsageError(std::string("--compare compares two saved scenarios; it takes no ") + option);
        return run_scenario_compare(args);
    }
    const planner::Project project = read_project(args.positional()[0]);
    if (args.flag("--list")) return list_stored_scenarios(args, project);
    std::vector<exporting::ReadInput> inputs;
    planner::SavedScenario scenario;
    if (const auto reference = args.value("--scenario")) {
        scenario = store::read_scenario(project, *reference);
        if (!store::stored_scenario_name(*reference)) inputs.push_back({"the scenario file", *reference, ""});
    }
    add_command_line_changes(args, scenario);
    if (scenario.changes_nothing())
        throw UsageError("give at least one change: --add-capacity, --new-node, --weight or --scenario FILE");
    const auto save = args.value("--save");
    if (!save && (args.value("--name") || args.value("--author") || args.value("--note")))
        throw UsageError("--name, --author and --note describe the scenario --save writes; give --save FILE.toml");
    std::optional<exporting::OutputTarget> target, saved_file;
    if (const auto out = args.value("--out"))
        target = checked_output(*out, exporting::table_formats({"scenario"}), project, inputs);
    const bool save_in_store = save && store::stored_scenario_name(*save);
    if (save && !save_in_store) saved_file = checked_output(*save, {{".toml"}, {}}, project, inputs);
    const planner::Dataset data = planner::load_dataset(project);
    require_usable(data);
    const auto start = std::chrono::steady_clock::now();
    const planner::Plan before = planner::build_plan(data, {0, true});
    const double plan_s = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();

    const auto scenario_start = std::chrono::steady_clock::now();
    const planner::ScenarioOutcome outcome = planner::apply_saved_scenario(data, before, scenario);
    const double scenario_s = std::chrono::duration<double>(std::chrono::steady_clock::now() - scenario_start).count();
    const planner::Plan& after = outcome.plan;
    // What was run, named: the file written by --save, else the file read.
    const planner::SavedScenario described = save ? to_save(args, scenario, *save) : scenario;
    if (saved_file) planner::write_scenario_file(described, saved_file->path);
    if (save_in_store) store::store_scenario(project, described);

    // Zones to show: those recomputed, then those whose rank moved.
    const planner::ScenarioComparison comparison = planner::compare_scenario(before, outcome);
    const std::vector<std::uint32_t>& shown = comparison.recomputed;
    std::vector<std::uint32_t> moved = comparison.rank_moved;
    const std::set<std::uint32_t> listed(shown.begin(), shown.end());

    if (target) {
        exporting::Table table;
        table.name = "scenario";
        table.crs = data.working_crs;
        table.columns = {{"zone_id", exporting::ColumnType::Text, 0, "Zone"},
                         {"zone_name", exporting::ColumnType::Text, 0, "Name"},
                         {"recomputed", exporting::ColumnType::Integer, 0, "Recomputed"},
                         {"investment_score_before", exporting::ColumnType::Real, 3, "Investment score before"},
                         {"investment_score_after", exporting::ColumnType::Real, 3, "Investment score after"},
                         {"investment_rank_before", exporting::ColumnType::Integer, 0, "Investment rank before"},
                         {"investment_rank_after", exporting::ColumnType::Integer, 0, "Investment rank after"},
                         {"sales_score_before", exporting::ColumnType::Real, 3, "Sales score before"},
                         {"sales_score_after", exporting::ColumnType::Real, 3, "Sales score after"},
                         {"sales_rank_before", exporting::ColumnType::Integer, 0, "Sales rank before"},
                         {"sales_rank_after", exporting::ColumnType::Integer, 0, "Sales rank after"},
                         {"reasons_after", exporting::ColumnType::Text, 0, "Reasons after (investment)"}};
        for (std::uint32_t z = 0; z < data.zones.size(); ++z) {
            table.rows.push_back({data.zones.ids[z], data.zones.names[z], std::int64_t(listed.count(z)),
                                  before.investment[z].score, after.investment[z].score,
                                  std::int64_t(before.investment[z].rank), std::int64_t(after.investment[z].rank),
                                  before.sales[z].score, after.sales[z].score, std::int64_t(before.sales[z].rank),
                                  std::int64_t(after.sales[z].rank),
                                  planner::reasons_text(RankingKind::Investment, after.investment[z])});
            table.geometries.push_back(data.zones.geometries[z].get());
        }
        exporting::write_tables({table}, target->path, exporting::workbook_info(data, "Scenario", &after));
    }

    if (args.flag("--json")) {
        auto zone_json = [&](std::uint32_t z) {
            nlohmann::json row = {{"zone_id", data.zones.ids[z]}, {"zone_name", data.zones.names[z]}};
            for (RankingKind kind : planner::kRankingKinds) {
                const std::string name = planner::to_string(kind);
                row[name] = {{"score_before", before.scores(kind)[z].score},
                             {"score_after", after.scores(kind)[z].score},
                             {"rank_before", before.scores(kind)[z].rank},
                             {"rank_after", after.scores(kind)[z].rank},
                             {"reasons_after", planner::reasons_text(kind, after.scores(kind)[z])}};
            }
            return row;
        };
        nlohmann::json out = {{"changed_nodes", nlohmann::json::array()}, {"affected_zones", nlohmann::json::array()},
                              {"rank_moved", nlohmann::json::array()}, {"scenario_s", scenario_s},
                              {"scenario", {{"name", described.name}, {"author", described.author},
                                            {"note", described.note}, {"created", described.created},
                                            {"file", saved_file ? saved_file->display_name
                                                     : save_in_store ? *save
                                                                     : described.origin},
                                            {"changes", planner::changes_text(described)}}}};
        for (std::uint32_t n : outcome.changed_nodes)
            out["changed_nodes"].push_back({{"node_id", outcome.nodes.ids[n]},
                                            {"capacity", outcome.nodes.capacity[n].value_or(0)},
                                            {"projected_utilization", after.nodes[n].projected_utilization
                                                                          ? nlohmann::json(*after.nodes[n].projected_utilization)
                                                                          : nlohmann::json(nullptr)}});
        for (std::uint32_t z : shown) out["affected_zones"].push_back(zone_json(z));
        for (std::uint32_t z : moved) out["rank_moved"].push_back(zone_json(z));
        print_json(std::cout, out);
        return has_warnings(data) ? kWarnings : kSuccess;
    }

    if (args.value("--scenario") || saved_file) {
        std::cout << "Scenario " << one_line(scenario_heading(described)) << "\n";
        if (!described.note.empty()) std::cout << "  " << one_line(described.note) << "\n";
        std::cout << "  " << one_line(planner::changes_text(described)) << "\n\n";
    }
    std::cout << "Scenario on " << data.project.name << " (plan built in " << format_seconds(plan_s)
              << "; the change recomputed " << outcome.changed_nodes.size()
              << (outcome.changed_nodes.size() == 1 ? " node and " : " nodes and ") << outcome.affected_zones.size()
              << (outcome.affected_zones.size() == 1 ? " zone" : " zones") << ", and re-ranked every zone, in "
              << format_seconds(scenario_s)
              << ")\n\nNodes changed:\n";
    TextTable nodes({"node", "technology", "capacity", "used", "utilisation", "projected", "runs out"},
                    {false, false, true, true, true, true, false});
    for (std::uint32_t n : outcome.changed_nodes) {
        const auto& model = after.nodes[n];
        nodes.add({outcome.nodes.ids[n], data.technology_name(outcome.nodes.technology[n]),
                   group_thousands(std::llround(outcome.nodes.capacity[n].value_or(0))),
                   group_thousands(std::llround(outcome.nodes.used[n].value_or(0))),
                   model.utilization ? percent(*model.utilization, 0) : "",
                   model.projected_utilization ? percent(*model.projected_utilization, 0) : "",
                   model.exhausts_on == planner::kNoDay ? "" : planner::format_date(model.exhausts_on)});
    }
    std::cout << nodes.render() << "\nZones the change reaches:\n";
    auto zone_table = [&](const std::vector<std::uint32_t>& zones) {
        TextTable table({"zone", "name", "investment score", "rank", "sales score", "rank", "reasons after"},
                        {false, false, true, true, true, true, false});
        for (std::uint32_t z : zones)
            table.add({data.zones.ids[z], data.zones.names[z],
                       planner::score_change_text(before.investment[z].score, after.investment[z].score),
                       planner::rank_change_text(before.investment[z].rank, after.investment[z].rank),
                       planner::score_change_text(before.sales[z].score, after.sales[z].score),
                       planner::rank_change_text(before.sales[z].rank, after.sales[z].rank),
                       planner::reasons_text(RankingKind::Investment, after.investment[z])});
        return table.render();
    };
    std::cout << zone_table(shown);
    if (!moved.empty()) {
        std::cout << "\nOther zones whose rank moved (ranks are relative):\n";
        if (moved.size() > 15) moved.resize(15);
        std::cout << zone_table(moved);
    }
    if (target) std::cout << "\n" << wrote_text(target->display_name) << "\n";
    if (saved_file) std::cout << "\nSaved the scenario to " << saved_file->display_name << "\n";
    if (save_in_store)
        std::cout << "\nSaved the scenario as " << *save << " in " << project.workspace.display_name << "\n";
    return has_warnings(data) ? kWarnings : kSuccess;
}

}  // namespace

Command scenario_command() {
    return {{"scenario",
             "PROJECT [--scenario FILE.toml] [--add-capacity NODE:+N]... [--new-node LON,LAT,RADIUS_M,CAPACITY[,TECH]]...\n"
             "       [--weight NAME=W]... [--save FILE.toml [--name TEXT] [--author TEXT] [--note TEXT]] [-o FILE] [--json]\n"
             "   or: coverplan scenario PROJECT --compare A.toml B.toml [-o FILE] [--json]\n"
             "   or: coverplan scenario PROJECT --list [--json]",
             "what if: more ports, a new node, other weights — rankings before and after",
             "--add-capacity adds ports to a node of the coverage layer. --new-node builds a\n"
             "node as if live today, nothing used yet, serving a circle of RADIUS_M metres\n"
             "around LON,LAT (WGS84 degrees). Only the leads, zones and nodes the change\n"
             "touches are recomputed; every zone is then re-ranked. -o FILE writes every\n"
             "zone's scores and ranks before and after (.csv, .xlsx, .gpkg, .geojson).\n\n"
             "--save FILE.toml writes the changes (those of --scenario and the command line)\n"
             "as a scenario file, named by --name (default: the file's name), --author\n"
             "(default: the login name) and --note; --scenario FILE.toml runs one, plus any\n"
             "change given beside it. --compare A.toml B.toml shows two saved scenarios side\n"
             "by side against the data as it is: per zone the rank and score of both\n"
             "rankings in each, per changed node its capacity, utilisation and the month it\n"
             "runs out; -o writes them (.csv: zones, and the nodes in FILE_nodes.csv; .xlsx,\n"
             ".gpkg or PG: everything). The file format is in docs/data-model.md.\n\n"
             "Wherever a scenario file is taken, store:NAME names a scenario saved in the\n"
             "project's workspace or shared store ([workspace] store), so colleagues run the\n"
             "same one: --save store:NAME saves it there (replacing one of that name),\n"
             "--scenario store:NAME and --compare store:A store:B read it; --list lists them.",
             {{"--scenario", "", "FILE.toml", "run a saved scenario, a file or store:NAME (with any change given beside it)"},
              {"--add-capacity", "", "NODE:+N", "add N ports to node NODE", true},
              {"--new-node", "", "LON,LAT,RADIUS_M,CAPACITY[,TECH]",
               "add a node with a circular service area; longitude first (or 106.2E,21.28N,... in either order)", true},
              {"--weight", "", "NAME=W", "rank the after-state with another weight", true},
              {"--save", "", "FILE.toml", "write the changes as a scenario file, or store:NAME in the project's store"},
              {"--name", "", "TEXT", "the saved scenario's name"},
              {"--author", "", "TEXT", "who made it"},
              {"--note", "", "TEXT", "why, in a sentence or two"},
              {"--compare", "", "A.toml B.toml", "show two saved scenarios side by side", false, 2},
              {"--list", "", "", "list the scenarios saved in the project's store (store:NAME)"},
              {"--out", "-o", "FILE", "write before/after for every zone (with --compare: the comparison)"},
              {"--json", "", "", "print the changes as JSON"}},
             1,
             1},
            run};
}

}  // namespace coverplan::cli
