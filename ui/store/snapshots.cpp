#include "ui/store/snapshots.h"

#include <algorithm>
#include <map>

#include "ui/store/tables.h"
#include "ui/store/workspace.h"

namespace coverplan::store {

namespace {

using gis::Condition;
using gis::FieldValue;
using gis::Row;
using planner::Day;
using planner::kNoDay;
using planner::NodeRecord;
using planner::RankingKind;
using planner::ZoneRecord;

FieldValue text(const std::string& value) { return value.empty() ? FieldValue() : FieldValue(value); }
FieldValue real(const std::optional<double>& value) { return value ? FieldValue(*value) : FieldValue(); }
FieldValue whole(std::int64_t value) { return value; }
FieldValue rank(std::int32_t value) { return value > 0 ? FieldValue(std::int64_t(value)) : FieldValue(); }
FieldValue date(Day day) { return day == kNoDay ? FieldValue() : FieldValue(planner::format_date(day)); }

/// Reads a row's fields by name.
class Fields {
public:
    Fields(const gis::TableSpec& table, const Row& row) : table_(table), row_(row) {}
    const FieldValue& at(const char* name) const { return row_[table_.field_index(name)]; }
    std::string text(const char* name) const {
        const auto* value = std::get_if<std::string>(&at(name));
        return value ? *value : std::string();
    }
    std::optional<std::int64_t> integer(const char* name) const {
        const auto* value = std::get_if<std::int64_t>(&at(name));
        return value ? std::optional(*value) : std::nullopt;
    }
    std::optional<double> real(const char* name) const {
        const auto* value = std::get_if<double>(&at(name));
        return value ? std::optional(*value) : std::nullopt;
    }
    Day day(const char* name) const { return planner::parse_date(text(name)).value_or(kNoDay); }

private:
    const gis::TableSpec& table_;
    const Row& row_;
};

Row zone_row(const planner::Snapshot& snapshot, const ZoneRecord& z) {
    const auto inv = std::size_t(RankingKind::Investment), sales = std::size_t(RankingKind::Sales);
    return {snapshot.project,
            date(snapshot.as_of),
            z.zone_id,
            text(z.zone_name),
            text(z.team),
            z.households ? FieldValue(*z.households) : FieldValue(),
            whole(z.subscribers),
            whole(z.leads_open),
            whole(z.leads_available),
            whole(z.leads_full),
            whole(z.leads_planned),
            whole(z.leads_not_covered),
            whole(z.complaints),
            real(z.covered_share),
            real(z.spare_capacity),
            real(z.unserved_demand),
            real(z.forecast_additions),
            real(z.on_time_rate),
            whole(z.exhausting_nodes),
            real(z.score[inv]),
            rank(z.rank[inv]),
            real(z.score[sales]),
            rank(z.rank[sales]),
            text(z.reasons[inv]),
            text(z.reasons[sales])};
}

ZoneRecord zone_record(const Row& row) {
    const Fields f(snapshot_zones_table(), row);
    ZoneRecord z;
    z.zone_id = f.text("zone_id");
    z.zone_name = f.text("zone_name");
    z.team = f.text("team");
    z.households = f.integer("households");
    z.subscribers = f.integer("subscribers").value_or(0);
    z.leads_open = f.integer("leads_open").value_or(0);
    z.leads_available = f.integer("leads_available").value_or(0);
    z.leads_full = f.integer("leads_full").value_or(0);
    z.leads_planned = f.integer("leads_planned").value_or(0);
    z.leads_not_covered = f.integer("leads_not_covered").value_or(0);
    z.complaints = f.integer("complaints").value_or(0);
    z.covered_share = f.real("covered_share");
    z.spare_capacity = f.real("spare_capacity");
    z.unserved_demand = f.real("unserved_demand");
    z.forecast_additions = f.real("forecast_additions");
    z.on_time_rate = f.real("on_time_rate");
    z.exhausting_nodes = f.integer("exhausting_nodes").value_or(0);
    const auto inv = std::size_t(RankingKind::Investment), sales = std::size_t(RankingKind::Sales);
    z.score[inv] = f.real("investment_score");
    z.rank[inv] = std::int32_t(f.integer("investment_rank").value_or(0));
    z.score[sales] = f.real("sales_score");
    z.rank[sales] = std::int32_t(f.integer("sales_rank").value_or(0));
    z.reasons[inv] = f.text("reasons");
    z.reasons[sales] = f.text("sales_reasons");
    return z;
}

Row node_row(const planner::Snapshot& snapshot, const NodeRecord& n) {
    return {snapshot.project,     date(snapshot.as_of),   n.node_id,        text(n.technology),
            text(n.status),       real(n.capacity),       real(n.used),     real(n.spare),
            real(n.utilization),  real(n.projected_utilization), whole(n.subscribers_inside), whole(n.leads_inside),
            date(n.exhausts_on)};
}

NodeRecord node_record(const Row& row) {
    const Fields f(snapshot_nodes_table(), row);
    NodeRecord n;
    n.node_id = f.text("node_id");
    n.technology = f.text("technology");
    n.status = f.text("status");
    n.capacity = f.real("capacity");
    n.used = f.real("used");
    n.spare = f.real("spare");
    n.utilization = f.real("utilization");
    n.projected_utilization = f.real("projected_utilization");
    n.subscribers_inside = f.integer("subscribers_inside").value_or(0);
    n.leads_inside = f.integer("leads_inside").value_or(0);
    n.exhausts_on = f.day("exhausts_on");
    return n;
}

std::vector<Condition> snapshot_filter(const std::string& project, Day from, Day to) {
    std::vector<Condition> where = {{"project", Condition::Op::Equal, project}};
    if (from != kNoDay) where.push_back({"as_of", Condition::Op::AtLeast, planner::format_date(from)});
    if (to != kNoDay) where.push_back({"as_of", Condition::Op::AtMost, planner::format_date(to)});
    return where;
}

Day as_of_of(const gis::TableSpec& table, const Row& row) { return Fields(table, row).day("as_of"); }

}  // namespace

bool save_snapshot(gis::TableStore& store, const planner::Snapshot& snapshot) {
    const std::vector<Condition> key = snapshot_filter(snapshot.project, snapshot.as_of, snapshot.as_of);
    const Row header = {snapshot.project,
                        date(snapshot.as_of),
                        text(snapshot.taken_at),
                        text(snapshot.taken_by),
                        std::int64_t(snapshot.horizon_months),
                        std::int64_t(snapshot.zones.size()),
                        std::int64_t(snapshot.nodes.size())};
    std::vector<Row> zones, nodes;
    for (const ZoneRecord& zone : snapshot.zones) zones.push_back(zone_row(snapshot, zone));
    for (const NodeRecord& node : snapshot.nodes) nodes.push_back(node_row(snapshot, node));
    bool replaced = false;
    // The snapshots table first: its lock makes a second writer of the same
    // date wait for the first to finish.
    store.in_transaction([&] {
        replaced = store.replace(snapshots_table(), key, std::span(&header, 1)) > 0;
        store.replace(snapshot_zones_table(), key, zones);
        store.replace(snapshot_nodes_table(), key, nodes);
    });
    return replaced;
}

std::vector<planner::Snapshot> load_snapshots(gis::TableStore& store, const SnapshotQuery& query) {
    const std::vector<Condition> where = snapshot_filter(query.project, query.from, query.to);
    std::map<Day, planner::Snapshot> by_day;
    for (const Row& row : store.select(snapshots_table(), where)) {
        const Fields f(snapshots_table(), row);
        planner::Snapshot& snapshot = by_day[f.day("as_of")];
        snapshot.project = query.project;
        snapshot.as_of = f.day("as_of");
        snapshot.taken_at = f.text("taken_at");
        snapshot.taken_by = f.text("taken_by");
        snapshot.horizon_months = int(f.integer("horizon_months").value_or(0));
    }
    std::vector<Condition> zone_where = where;
    if (query.zone_id) zone_where.push_back({"zone_id", Condition::Op::Equal, *query.zone_id});
    for (const Row& row : store.select(snapshot_zones_table(), zone_where))
        if (auto it = by_day.find(as_of_of(snapshot_zones_table(), row)); it != by_day.end())
            it->second.zones.push_back(zone_record(row));
    if (query.nodes)
        for (const Row& row : store.select(snapshot_nodes_table(), where))
            if (auto it = by_day.find(as_of_of(snapshot_nodes_table(), row)); it != by_day.end())
                it->second.nodes.push_back(node_record(row));
    std::vector<planner::Snapshot> snapshots;
    for (auto& [day, snapshot] : by_day) {
        // Zones by id with the outside row (empty id) last; nodes by id.
        std::stable_sort(snapshot.zones.begin(), snapshot.zones.end(), [](const ZoneRecord& a, const ZoneRecord& b) {
            if (a.zone_id.empty() != b.zone_id.empty()) return b.zone_id.empty();
            return a.zone_id < b.zone_id;
        });
        std::stable_sort(snapshot.nodes.begin(), snapshot.nodes.end(),
                         [](const NodeRecord& a, const NodeRecord& b) { return a.node_id < b.node_id; });
        snapshots.push_back(std::move(snapshot));
    }
    return snapshots;
}

std::optional<planner::Snapshot> latest_snapshot_before(gis::TableStore& store, const std::string& project, Day day) {
    Day latest = kNoDay;
    for (const Row& row : store.select(snapshots_table(), snapshot_filter(project, kNoDay, day == kNoDay ? kNoDay : day - 1)))
        latest = std::max(latest, as_of_of(snapshots_table(), row));
    if (latest == kNoDay) return std::nullopt;
    std::vector<planner::Snapshot> found = load_snapshots(store, {project, latest, latest, std::nullopt, true});
    if (found.empty()) return std::nullopt;
    return std::move(found.front());
}

std::optional<planner::Snapshot> previous_snapshot(const planner::Project& project) {
    const auto workspace = open_workspace(project.workspace, Access::Read);
    if (!workspace) return std::nullopt;
    return latest_snapshot_before(*workspace, project.name, planner::parse_date(project.as_of).value_or(kNoDay));
}

}  // namespace coverplan::store
