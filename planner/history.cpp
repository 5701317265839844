#include "planner/history.h"

#include <algorithm>
#include <map>

#include "planner/reason_text.h"

namespace coverplan::planner {

namespace {

void set_counts(ZoneRecord& record, const ZoneCounts& counts) {
    record.subscribers = counts.subscribers;
    record.leads_open = counts.leads_open;
    record.leads_available = counts.leads_by_status[std::size_t(Serviceability::Available)];
    record.leads_full = counts.leads_by_status[std::size_t(Serviceability::Full)];
    record.leads_planned = counts.leads_by_status[std::size_t(Serviceability::Planned)];
    record.leads_not_covered = counts.leads_by_status[std::size_t(Serviceability::NotCovered)];
    record.complaints = counts.complaints;
}

RankingChanges rank_changes(const Snapshot& before, const Snapshot& after, RankingKind kind, int top) {
    RankingChanges changes;
    changes.kind = kind;
    std::map<std::string, const ZoneRecord*> old;
    for (const ZoneRecord& zone : before.zones)
        if (zone.rank_in(kind) > 0) old[zone.zone_id] = &zone;
    std::vector<const ZoneRecord*> current;
    for (const ZoneRecord& zone : after.zones)
        if (zone.rank_in(kind) > 0) current.push_back(&zone);
    std::stable_sort(current.begin(), current.end(),
                     [kind](const ZoneRecord* a, const ZoneRecord* b) { return a->rank_in(kind) < b->rank_in(kind); });
    for (const ZoneRecord* zone : current) {
        RankMove move{zone->zone_id, zone->zone_name, 0, zone->rank_in(kind)};
        if (auto it = old.find(zone->zone_id); it != old.end()) {
            move.before = it->second->rank_in(kind);
            old.erase(it);
        }
        if (move.after <= top && (move.before == 0 || move.before > top)) changes.entered_top.push_back(move);
        if (move.before > 0 && move.before <= top && move.after > top) changes.left_top.push_back(move);
        changes.zones.push_back(std::move(move));
    }
    std::vector<RankMove> gone;
    for (const auto& [id, zone] : old) gone.push_back({id, zone->zone_name, zone->rank_in(kind), 0});
    std::stable_sort(gone.begin(), gone.end(), [](const RankMove& a, const RankMove& b) { return a.before < b.before; });
    for (const RankMove& move : gone) {
        if (move.before <= top) changes.left_top.push_back(move);
        changes.zones.push_back(move);
    }
    std::stable_sort(changes.left_top.begin(), changes.left_top.end(),
                     [](const RankMove& a, const RankMove& b) { return a.before < b.before; });
    return changes;
}

}  // namespace

const ZoneRecord* Snapshot::zone(const std::string& zone_id) const {
    for (const ZoneRecord& record : zones)
        if (record.zone_id == zone_id) return &record;
    return nullptr;
}

std::vector<ZoneRecord> zone_records(const Dataset& data, const Plan& plan) {
    std::vector<ZoneRecord> records;
    const NetworkOverlay& overlay = plan.overlay;
    for (std::size_t z = 0; z < data.zones.size(); ++z) {
        ZoneRecord record;
        record.zone_id = data.zones.ids[z];
        record.zone_name = data.zones.names[z];
        record.team = data.zones.teams[z];
        record.households = data.zones.households[z];
        set_counts(record, overlay.zones[z].counts);
        record.covered_share = overlay.zones[z].covered_share;
        record.spare_capacity = overlay.zones[z].spare_capacity;
        const ZoneModel& model = plan.zones[z];
        record.unserved_demand = model.unserved_demand;
        record.forecast_additions = model.forecast_additions;
        record.on_time_rate = model.on_time_rate;
        record.exhausting_nodes = model.exhausting_nodes;
        for (RankingKind kind : kRankingKinds) {
            const ZoneScore& score = plan.scores(kind)[z];
            record.rank[std::size_t(kind)] = score.rank;
            record.score[std::size_t(kind)] = score.score;
            record.reasons[std::size_t(kind)] = reasons_text(kind, score);
        }
        records.push_back(std::move(record));
    }
    ZoneRecord outside;
    outside.zone_name = data.zones.name_of(-1);
    set_counts(outside, overlay.outside);
    records.push_back(std::move(outside));
    return records;
}

Snapshot take_snapshot(const Dataset& data, const Plan& plan) {
    Snapshot snapshot;
    snapshot.project = data.project.name;
    snapshot.as_of = parse_date(data.project.as_of).value_or(kNoDay);
    snapshot.horizon_months = plan.horizon_months;
    snapshot.zones = zone_records(data, plan);
    const NetworkOverlay& overlay = plan.overlay;
    const Nodes& nodes = data.nodes;
    for (std::size_t n = 0; n < nodes.size(); ++n) {
        NodeRecord record;
        record.node_id = nodes.ids[n];
        record.technology = data.technology_name(nodes.technology[n]);
        record.status = nodes.status[n] == NodeStatus::Live ? "live" : "planned";
        record.capacity = nodes.capacity[n];
        record.used = nodes.used[n];
        record.spare = nodes.spare(n);
        record.utilization = plan.nodes[n].utilization;
        record.projected_utilization = plan.nodes[n].projected_utilization;
        record.subscribers_inside = overlay.nodes[n].subscribers_inside;
        record.leads_inside = overlay.nodes[n].leads_inside;
        record.exhausts_on = plan.nodes[n].exhausts_on;
        snapshot.nodes.push_back(std::move(record));
    }
    return snapshot;
}

SnapshotChanges compare_snapshots(const Snapshot& before, const Snapshot& after, int top) {
    SnapshotChanges changes;
    changes.from = before.as_of;
    changes.to = after.as_of;
    changes.top = top;
    for (RankingKind kind : kRankingKinds) changes.rankings[std::size_t(kind)] = rank_changes(before, after, kind, top);

    std::map<std::string, const NodeRecord*> old;
    for (const NodeRecord& node : before.nodes) old[node.node_id] = &node;
    for (const NodeRecord& node : after.nodes) {
        if (!node.runs_out()) continue;
        const auto it = old.find(node.node_id);
        if (it != old.end() && it->second->runs_out()) continue;
        changes.newly_running_out.push_back({node, it == old.end()});
    }
    std::stable_sort(changes.newly_running_out.begin(), changes.newly_running_out.end(),
                     [](const RunOutChange& a, const RunOutChange& b) {
                         if (a.node.exhausts_on != b.node.exhausts_on) return a.node.exhausts_on < b.node.exhausts_on;
                         return a.node.node_id < b.node.node_id;
                     });
    return changes;
}

const Snapshot* latest_before(const std::vector<Snapshot>& snapshots, Day day) {
    const Snapshot* latest = nullptr;
    for (const Snapshot& snapshot : snapshots)
        if (snapshot.as_of < day && (!latest || snapshot.as_of > latest->as_of)) latest = &snapshot;
    return latest;
}

}  // namespace coverplan::planner
