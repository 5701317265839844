#include "ui/export/history_tables.h"

#include <algorithm>
#include <map>

namespace coverplan::exporting {

namespace {

using planner::RankingKind;
using planner::Snapshot;

Cell optional_cell(const std::optional<double>& value) { return value ? Cell(*value) : Cell(); }
Cell rank_cell(std::int32_t rank) { return rank > 0 ? Cell(std::int64_t(rank)) : Cell(); }
Cell text_cell(const std::string& text) { return text.empty() ? Cell() : Cell(text); }

/// Rows of one kind of record (zone or node) across snapshots, ordered by
/// the record's id (empty ids last), then by date.
template <typename Record, typename Id>
std::vector<std::pair<const Snapshot*, const Record*>> by_id_then_date(const std::vector<Snapshot>& snapshots,
                                                                       std::vector<Record> Snapshot::*records, Id id) {
    std::vector<std::pair<const Snapshot*, const Record*>> rows;
    for (const Snapshot& snapshot : snapshots)
        for (const Record& record : snapshot.*records) rows.emplace_back(&snapshot, &record);
    std::stable_sort(rows.begin(), rows.end(), [&](const auto& a, const auto& b) {
        const std::string &ia = id(*a.second), &ib = id(*b.second);
        if (ia != ib) return ia.empty() != ib.empty() ? ib.empty() : ia < ib;
        return a.first->as_of < b.first->as_of;
    });
    return rows;
}

}  // namespace

Table zone_history_table(const std::vector<Snapshot>& snapshots) {
    // Rank moves of each snapshot since the one before it, by zone id.
    std::vector<std::array<std::map<std::string, std::optional<std::int32_t>>, 2>> moves(snapshots.size());
    for (std::size_t s = 1; s < snapshots.size(); ++s) {
        const planner::SnapshotChanges changes = planner::compare_snapshots(snapshots[s - 1], snapshots[s]);
        for (RankingKind kind : planner::kRankingKinds)
            for (const planner::RankMove& move : changes.of(kind).zones) moves[s][std::size_t(kind)][move.zone_id] = move.change();
    }
    std::map<const Snapshot*, std::size_t> position;
    for (std::size_t s = 0; s < snapshots.size(); ++s) position[&snapshots[s]] = s;

    Table table;
    table.name = "zone_history";
    table.columns = {{"as_of", ColumnType::Date, 0, "As of"},
                     {"zone_id", ColumnType::Text, 0, "Zone"},
                     {"zone_name", ColumnType::Text, 0, "Name"},
                     {"team", ColumnType::Text, 0, "Team"},
                     {"investment_rank", ColumnType::Integer, 0, "Investment rank"},
                     {"investment_rank_change", ColumnType::Integer, 0, "Places up since previous"},
                     {"investment_score", ColumnType::Real, 3, "Investment score"},
                     {"sales_rank", ColumnType::Integer, 0, "Sales rank"},
                     {"sales_rank_change", ColumnType::Integer, 0, "Places up since previous"},
                     {"sales_score", ColumnType::Real, 3, "Sales score"},
                     {"households", ColumnType::Integer, 0, "Households"},
                     {"subscribers", ColumnType::Integer, 0, "Subscribers"},
                     {"leads_open", ColumnType::Integer, 0, "Open leads"},
                     {"leads_available", ColumnType::Integer, 0, "Leads servable now"},
                     {"leads_full", ColumnType::Integer, 0, "Leads: network full"},
                     {"leads_planned", ColumnType::Integer, 0, "Leads: coverage planned"},
                     {"leads_not_covered", ColumnType::Integer, 0, "Leads: not covered"},
                     {"complaints", ColumnType::Integer, 0, "Complaints"},
                     {"covered_share", ColumnType::Percent, 1, "Covered (any live)"},
                     {"spare_capacity", ColumnType::Real, 0, "Spare ports"},
                     {"unserved_demand", ColumnType::Real, 0, "Unserved demand"},
                     {"forecast_additions", ColumnType::Real, 0, "Forecast additions"},
                     {"on_time_rate", ColumnType::Percent, 1, "Installed on time"},
                     {"exhausting_nodes", ColumnType::Integer, 0, "Nodes exhausting"},
                     {"reasons", ColumnType::Text, 0, "Investment reasons"},
                     {"sales_reasons", ColumnType::Text, 0, "Sales reasons"}};
    const auto inv = std::size_t(RankingKind::Investment), sales = std::size_t(RankingKind::Sales);
    const auto rows = by_id_then_date(snapshots, &Snapshot::zones, [](const planner::ZoneRecord& z) -> const std::string& {
        return z.zone_id;
    });
    for (const auto& [snapshot, z] : rows) {
        const auto& moved = moves[position[snapshot]];
        // Captured by name: C++20 lets a lambda name a structured binding, clang 14 does not yet.
        auto move_cell = [&moved, &zone_id = z->zone_id](std::size_t kind) {
            const auto it = moved[kind].find(zone_id);
            return it != moved[kind].end() && it->second ? Cell(std::int64_t(*it->second)) : Cell();
        };
        table.rows.push_back({planner::format_date(snapshot->as_of), z->zone_id, text_cell(z->zone_name), text_cell(z->team),
                              rank_cell(z->rank[inv]), move_cell(inv), optional_cell(z->score[inv]),
                              rank_cell(z->rank[sales]), move_cell(sales), optional_cell(z->score[sales]),
                              z->households ? Cell(*z->households) : Cell(), Cell(z->subscribers), Cell(z->leads_open),
                              Cell(z->leads_available), Cell(z->leads_full), Cell(z->leads_planned),
                              Cell(z->leads_not_covered), Cell(z->complaints), optional_cell(z->covered_share),
                              optional_cell(z->spare_capacity), optional_cell(z->unserved_demand),
                              optional_cell(z->forecast_additions), optional_cell(z->on_time_rate),
                              Cell(z->exhausting_nodes), text_cell(z->reasons[inv]), text_cell(z->reasons[sales])});
    }
    return table;
}

Table node_history_table(const std::vector<Snapshot>& snapshots) {
    Table table;
    table.name = "node_history";
    table.columns = {{"as_of", ColumnType::Date, 0, "As of"},
                     {"node_id", ColumnType::Text, 0, "Node"},
                     {"technology", ColumnType::Text, 0, "Technology"},
                     {"status", ColumnType::Text, 0, "Status"},
                     {"capacity", ColumnType::Real, 0, "Capacity"},
                     {"used", ColumnType::Real, 0, "Used"},
                     {"spare", ColumnType::Real, 0, "Spare"},
                     {"utilization", ColumnType::Percent, 1, "Utilisation"},
                     {"projected_utilization", ColumnType::Percent, 1, "Utilisation at the horizon"},
                     {"subscribers_inside", ColumnType::Integer, 0, "Subscribers inside"},
                     {"leads_inside", ColumnType::Integer, 0, "Open leads inside"},
                     {"exhausts_on", ColumnType::Date, 0, "Runs out"}};
    const auto rows = by_id_then_date(snapshots, &Snapshot::nodes, [](const planner::NodeRecord& n) -> const std::string& {
        return n.node_id;
    });
    for (const auto& [snapshot, n] : rows)
        table.rows.push_back({planner::format_date(snapshot->as_of), n->node_id, text_cell(n->technology),
                              text_cell(n->status), optional_cell(n->capacity), optional_cell(n->used),
                              optional_cell(n->spare), optional_cell(n->utilization),
                              optional_cell(n->projected_utilization), Cell(n->subscribers_inside), Cell(n->leads_inside),
                              n->exhausts_on == planner::kNoDay ? Cell() : Cell(planner::format_date(n->exhausts_on))});
    return table;
}

}  // namespace coverplan::exporting
