// coverplan history PROJECT [--zone ID] [--from DATE] [--to DATE]: how ranks
// and figures moved over the project's snapshots (coverplan snapshot).

#include <nlohmann/json.hpp>

#include <algorithm>
#include <iostream>
#include <map>

#include "gis/number_format.h"
#include "planner/history.h"
#include "ui/cli/commands.h"
#include "ui/cli/reader_text.h"
#include "ui/cli/pipeline.h"
#include "ui/cli/text_table.h"
#include "ui/export/history_tables.h"
#include "ui/export/reader_words.h"
#include "ui/store/snapshots.h"
#include "ui/store/workspace.h"

namespace coverplan::cli {

namespace {

using planner::RankingKind;
using planner::Snapshot;

/// Date columns in the terminal; --json and -o FILE hold them all.
constexpr std::size_t kDateColumns = 6;

std::string move_text(const planner::RankMove& move) {
    if (move.after == 0) return "gone";
    if (move.before == 0) return "new";
    const std::int32_t change = *move.change();
    return change == 0 ? "=" : gis::format_signed(change, 0);
}

std::string name_of(const std::string& id, const std::string& name) { return name.empty() ? id : name; }

nlohmann::json cell_json(const exporting::Cell& cell) {
    return std::visit(
        [](const auto& v) -> nlohmann::json {
            using T = std::decay_t<decltype(v)>;
            if constexpr (std::is_same_v<T, std::monostate>)
                return nullptr;
            else
                return v;
        },
        cell);
}

nlohmann::json moves_json(const std::vector<planner::RankMove>& moves) {
    nlohmann::json out = nlohmann::json::array();
    for (const auto& move : moves) {
        const auto change = move.change();
        out.push_back({{"zone_id", move.zone_id},
                       {"zone_name", move.zone_name},
                       {"rank_before", move.before ? nlohmann::json(move.before) : nlohmann::json(nullptr)},
                       {"rank_after", move.after ? nlohmann::json(move.after) : nlohmann::json(nullptr)},
                       {"change", change ? nlohmann::json(*change) : nlohmann::json(nullptr)}});
    }
    return out;
}

nlohmann::json changes_json(const planner::SnapshotChanges& changes) {
    nlohmann::json out = {{"from", planner::format_date(changes.from)}, {"to", planner::format_date(changes.to)},
                          {"top", changes.top}};
    for (RankingKind kind : planner::kRankingKinds) {
        const auto& ranking = changes.of(kind);
        std::vector<planner::RankMove> moved;
        for (const auto& move : ranking.zones)
            if (!move.change() || *move.change() != 0) moved.push_back(move);
        out[planner::to_string(kind)] = {{"entered_top", moves_json(ranking.entered_top)},
                                         {"left_top", moves_json(ranking.left_top)},
                                         {"moved", moves_json(moved)}};
    }
    nlohmann::json nodes = nlohmann::json::array();
    for (const auto& change : changes.newly_running_out) {
        const auto& n = change.node;
        nodes.push_back({{"node_id", n.node_id},
                         {"technology", n.technology},
                         {"exhausts_on", planner::format_date(n.exhausts_on)},
                         {"utilization", n.utilization ? nlohmann::json(*n.utilization) : nlohmann::json(nullptr)},
                         {"projected_utilization",
                          n.projected_utilization ? nlohmann::json(*n.projected_utilization) : nlohmann::json(nullptr)},
                         {"new_node", change.new_node}});
    }
    out["nodes_newly_running_out"] = std::move(nodes);
    return out;
}

nlohmann::json history_json(const planner::Project& project, const std::string& store, const Arguments& args,
                            const std::vector<Snapshot>& snapshots, const std::vector<planner::SnapshotChanges>& changes) {
    nlohmann::json out = {{"project", project.name},
                          {"store", store},
                          {"from", args.value("--from") ? nlohmann::json(*args.value("--from")) : nlohmann::json(nullptr)},
                          {"to", args.value("--to") ? nlohmann::json(*args.value("--to")) : nlohmann::json(nullptr)},
                          {"zone", args.value("--zone") ? nlohmann::json(*args.value("--zone")) : nlohmann::json(nullptr)}};
    nlohmann::json list = nlohmann::json::array();
    for (const Snapshot& s : snapshots)
        list.push_back({{"as_of", planner::format_date(s.as_of)},
                        {"taken_at", s.taken_at},
                        {"taken_by", s.taken_by},
                        {"horizon_months", s.horizon_months}});
    out["snapshots"] = std::move(list);
    // One entry per zone with its rows of zone_history (the same columns).
    const exporting::Table table = exporting::zone_history_table(snapshots);
    nlohmann::json zones = nlohmann::json::array();
    std::map<std::string, std::size_t> zone_at;
    for (const auto& row : table.rows) {
        nlohmann::json entry;
        for (std::size_t c = 0; c < table.columns.size(); ++c) entry[table.columns[c].name] = cell_json(row[c]);
        const std::string id = std::get<std::string>(row[1]);
        auto [it, added] = zone_at.emplace(id, zones.size());
        if (added) zones.push_back({{"zone_id", id}, {"zone_name", entry["zone_name"]}, {"history", nlohmann::json::array()}});
        for (const char* key : {"zone_id", "zone_name"}) entry.erase(key);
        zones[it->second]["history"].push_back(std::move(entry));
    }
    out["zones"] = std::move(zones);
    nlohmann::json periods = nlohmann::json::array();
    for (const auto& change : changes) periods.push_back(changes_json(change));
    out["changes"] = std::move(periods);
    out["exit_code"] = int(kSuccess);
    return out;
}

void print_ranking(std::ostream& out, const std::vector<Snapshot>& snapshots, const planner::SnapshotChanges* latest,
                   RankingKind kind, int top) {
    const Snapshot& last = snapshots.back();
    const std::size_t first_column = snapshots.size() > kDateColumns ? snapshots.size() - kDateColumns : 0;
    std::vector<std::string> header = {"rank", "zone", "name"};
    for (std::size_t s = first_column; s < snapshots.size(); ++s) header.push_back(planner::format_date(snapshots[s].as_of));
    header.push_back("moved");
    std::vector<bool> right(header.size(), true);
    right[1] = right[2] = false;
    TextTable table(header, right);
    // The latest top N, then those that left it.
    std::vector<std::string> ids;
    std::map<std::string, std::string> moved, names;
    if (latest)
        for (const auto& move : latest->of(kind).zones) moved[move.zone_id] = move_text(move);
    std::vector<const planner::ZoneRecord*> ranked;
    for (const auto& zone : last.zones)
        if (zone.rank_in(kind) > 0 && zone.rank_in(kind) <= top) ranked.push_back(&zone);
    std::sort(ranked.begin(), ranked.end(), [kind](auto* a, auto* b) { return a->rank_in(kind) < b->rank_in(kind); });
    for (const auto* zone : ranked) ids.push_back(zone->zone_id);
    if (latest)
        for (const auto& move : latest->of(kind).left_top) ids.push_back(move.zone_id);
    for (const std::string& id : ids) {
        const planner::ZoneRecord* now = last.zone(id);
        std::vector<std::string> row = {now && now->rank_in(kind) ? std::to_string(now->rank_in(kind)) : "-", id, ""};
        for (std::size_t s = first_column; s < snapshots.size(); ++s) {
            const planner::ZoneRecord* then = snapshots[s].zone(id);
            if (then) row[2] = name_of(id, then->zone_name);
            row.push_back(then && then->rank_in(kind) ? std::to_string(then->rank_in(kind)) : "-");
        }
        row.push_back(latest ? moved[id] : "");
        table.add(row);
    }
    out << "\n" << (kind == RankingKind::Investment ? "Investment" : "Sales") << " ranking: the top " << top << " of "
        << planner::format_date(last.as_of) << (latest ? " and the zones that left it" : "")
        << " (moved: places up since the previous snapshot)\n"
        << table.render();
    if (first_column > 0) out << "(" << first_column << " earlier snapshots: --json or -o FILE hold them)\n";
}

void print_changes(std::ostream& out, const planner::SnapshotChanges& changes) {
    out << "\nWhat changed from " << planner::format_date(changes.from) << " to " << planner::format_date(changes.to)
        << "\n";
    for (RankingKind kind : planner::kRankingKinds) {
        const auto& ranking = changes.of(kind);
        std::string line;
        for (const auto& move : ranking.entered_top)
            line += (line.empty() ? "entered: " : ", ") + name_of(move.zone_id, move.zone_name) + " (" +
                    std::to_string(move.after) + (move.before ? ", was " + std::to_string(move.before) : ", new") + ")";
        std::string left;
        for (const auto& move : ranking.left_top)
            left += (left.empty() ? "left: " : ", ") + name_of(move.zone_id, move.zone_name) + " (" +
                    (move.after ? "now " + std::to_string(move.after) : std::string("gone")) + ", was " +
                    std::to_string(move.before) + ")";
        if (!left.empty()) line += (line.empty() ? "" : "; ") + left;
        out << "  " << (kind == RankingKind::Investment ? "Investment" : "Sales") << " top " << changes.top << ": "
            << (line.empty() ? "no zone entered or left" : line) << "\n";
    }
    std::string nodes;
    for (const auto& change : changes.newly_running_out)
        nodes += (nodes.empty() ? "" : ", ") + change.node.node_id + " (" + change.node.technology + ", " +
                 planner::format_month(planner::month_of(change.node.exhausts_on)) + ")";
    out << "  Nodes newly running out of ports: " << (nodes.empty() ? "none" : nodes) << "\n";
}

void print_zone(std::ostream& out, const std::vector<Snapshot>& snapshots,
                const std::vector<planner::SnapshotChanges>& changes, const std::string& zone_id) {
    TextTable table({"as of", "inv. rank", "moved", "inv. score", "sales rank", "moved", "sales score", "subscribers",
                     "open leads", "unserved", "spare ports", "covered", "nodes exhausting"},
                    {false, true, true, true, true, true, true, true, true, true, true, true, true});
    const planner::ZoneRecord* latest = nullptr;
    for (std::size_t s = 0; s < snapshots.size(); ++s) {
        const planner::ZoneRecord* z = snapshots[s].zone(zone_id);
        if (!z) continue;
        latest = z;
        std::array<std::string, 2> moved;
        if (s > 0)
            for (RankingKind kind : planner::kRankingKinds)
                for (const auto& move : changes[s - 1].of(kind).zones)
                    if (move.zone_id == zone_id) moved[std::size_t(kind)] = move_text(move);
        auto rank = [&](RankingKind kind) { return z->rank_in(kind) ? std::to_string(z->rank_in(kind)) : "-"; };
        auto score = [&](RankingKind kind) {
            const auto& value = z->score[std::size_t(kind)];
            return value ? gis::format_fixed(*value, 3) : "-";
        };
        auto number = [](const std::optional<double>& value) {
            return value ? group_thousands(std::llround(*value)) : std::string("-");
        };
        table.add({planner::format_date(snapshots[s].as_of), rank(RankingKind::Investment), moved[0],
                   score(RankingKind::Investment), rank(RankingKind::Sales), moved[1], score(RankingKind::Sales),
                   group_thousands(z->subscribers), group_thousands(z->leads_open), number(z->unserved_demand),
                   number(z->spare_capacity), z->covered_share ? percent(*z->covered_share, 0) : "-",
                   std::to_string(z->exhausting_nodes)});
    }
    if (!latest) {
        out << "\nZone " << zone_id << " is in none of these snapshots.\n";
        return;
    }
    out << "\nZone " << zone_id << " " << latest->zone_name << (latest->team.empty() ? "" : " (" + latest->team + ")")
        << "\n"
        << table.render() << "\nReasons as of " << planner::format_date(snapshots.back().as_of) << ":\n  investment: "
        << latest->reasons[0] << "\n  sales: " << latest->reasons[1] << "\n";
}

int run(const Arguments& args) {
    const planner::Project project = read_project(args.positional()[0]);
    store::SnapshotQuery query;
    query.project = project.name;
    query.from = date_option(args, "--from");
    query.to = date_option(args, "--to");
    if (query.from != planner::kNoDay && query.to != planner::kNoDay && query.from > query.to)
        throw UsageError("--from is after --to");
    query.zone_id = args.value("--zone");
    const int top = int(args.integer("--top").value_or(10));
    if (top < 1 || top > 1000) throw UsageError("--top must be between 1 and 1000");
    const auto output = args.value("--out");
    std::vector<exporting::Table> tables;
    std::optional<exporting::OutputTarget> target;
    if (output) {
        const bool one_table = std::string(*output).ends_with(".csv") || std::string(*output).ends_with(".geojson");
        target = checked_output(*output, exporting::table_formats(one_table ? std::vector<std::string>{"zone_history"}
                                                                            : std::vector<std::string>{"zone_history", "node_history"}),
                                project);
    }

    const auto workspace = store::open_workspace(project.workspace, store::Access::Read);
    const std::string store_name = workspace ? workspace->display_name() : project.workspace.display_name;
    const std::vector<Snapshot> snapshots = workspace ? store::load_snapshots(*workspace, query) : std::vector<Snapshot>{};
    std::vector<planner::SnapshotChanges> changes;
    for (std::size_t s = 1; s < snapshots.size(); ++s)
        changes.push_back(planner::compare_snapshots(snapshots[s - 1], snapshots[s], top));

    if (target) {
        tables.push_back(exporting::zone_history_table(snapshots));
        if (!std::string(*output).ends_with(".csv") && !std::string(*output).ends_with(".geojson"))
            tables.push_back(exporting::node_history_table(snapshots));
        exporting::write_tables(tables, target->path,
                                {exporting::reader_word("Workbook", "History"), project.name, snapshots.empty() ? "" : planner::format_date(snapshots.back().as_of), ""});
    }
    if (args.flag("--json")) {
        print_json(std::cout, history_json(project, store_name, args, snapshots, changes));
        return kSuccess;
    }
    if (snapshots.empty()) {
        std::cout << "No snapshot of " << project.name << " in " << store_name
                  << (query.from != planner::kNoDay || query.to != planner::kNoDay ? " between these dates" : "")
                  << ": `coverplan snapshot " << args.positional()[0] << "` takes one.\n";
        return kSuccess;
    }
    std::cout << "History of " << project.name << " in " << store_name << ": " << snapshots.size() << " snapshot"
              << (snapshots.size() == 1 ? "" : "s") << ", " << planner::format_date(snapshots.front().as_of) << " to "
              << planner::format_date(snapshots.back().as_of) << "\n";
    if (query.zone_id) {
        print_zone(std::cout, snapshots, changes, *query.zone_id);
    } else {
        const planner::SnapshotChanges* latest = changes.empty() ? nullptr : &changes.back();
        for (RankingKind kind : planner::kRankingKinds) print_ranking(std::cout, snapshots, latest, kind, top);
        if (latest) print_changes(std::cout, *latest);
    }
    if (target) std::cout << "\n" << wrote_text(target->display_name) << "\n";
    return kSuccess;
}

}  // namespace

Command history_command() {
    return {{"history",
             "PROJECT [--zone ID] [--from DATE] [--to DATE] [--top N] [--json] [-o FILE]",
             "show how ranks and figures moved over the project's snapshots",
             "Reads the snapshots `coverplan snapshot` stored in the project's workspace and\n"
             "shows, per ranking, the top zones' ranks at each date and how far each moved\n"
             "since the previous snapshot (+3: three places nearer rank 1), then what changed\n"
             "in the latest period: zones that entered or left the top N and nodes newly\n"
             "running out of ports. --zone ID shows one zone's ranks, scores and figures at\n"
             "every date. --json prints every snapshot, zone and period; -o FILE writes\n"
             "zone_history (and, but for .csv, node_history) to .csv, .xlsx, .gpkg or PG:.",
             {{"--zone", "", "ID", "one zone's ranks and figures at every snapshot"},
              {"--from", "", "DATE", "snapshots as of this date or later"},
              {"--to", "", "DATE", "snapshots as of this date or earlier"},
              {"--top", "", "N", "the top of a ranking whose entries and exits are told (default 10)"},
              {"--out", "-o", "FILE", "zone_history and node_history to .csv, .xlsx, .gpkg or PG:"},
              {"--json", "", "", "print the snapshots, every zone's history and the changes as JSON"}},
             1,
             1},
            run};
}

}  // namespace coverplan::cli
