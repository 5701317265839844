#pragma once
// History: a plan's figures frozen as plain records (a snapshot, as of a
// date), and what moved between two of them — ranks up and down, zones
// entering and leaving the top N, nodes newly running out of ports. Pure
// functions on plain values: the store (ui/store) keeps the records, the
// CLI's `history`, the change map and the report's "what changed" read the
// same comparisons.

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "planner/plan.h"

namespace coverplan::planner {

/// A zone's figures, scores, ranks and reasons as of a snapshot. The row of
/// points outside every zone has an empty zone_id and no ranks.
struct ZoneRecord {
    std::string zone_id, zone_name, team;
    std::optional<std::int64_t> households;
    std::int64_t subscribers = 0, leads_open = 0, leads_available = 0, leads_full = 0, leads_planned = 0,
                 leads_not_covered = 0, complaints = 0;
    std::optional<double> covered_share;  ///< 0..1; empty on the outside row
    std::optional<double> spare_capacity;
    std::optional<double> unserved_demand, forecast_additions, on_time_rate;
    std::int64_t exhausting_nodes = 0;
    /// By RankingKind (investment, sales); rank 0 = not ranked (outside row).
    std::array<std::int32_t, 2> rank{};
    std::array<std::optional<double>, 2> score{};
    std::array<std::string, 2> reasons;  ///< reasons_text, English

    std::int32_t rank_in(RankingKind kind) const { return rank[std::size_t(kind)]; }
    bool operator==(const ZoneRecord&) const = default;
};

/// A node's figures as of a snapshot (the nodes layer's columns).
struct NodeRecord {
    std::string node_id, technology, status;  ///< status "live" or "planned"
    std::optional<double> capacity, used, spare, utilization, projected_utilization;
    std::int64_t subscribers_inside = 0, leads_inside = 0;
    Day exhausts_on = kNoDay;  ///< within the horizon of the snapshot's plan

    bool runs_out() const { return status == "live" && exhausts_on != kNoDay; }
    bool operator==(const NodeRecord&) const = default;
};

struct Snapshot {
    std::string project;  ///< the project's name: snapshots of one project share it
    Day as_of = kNoDay;
    std::string taken_at;  ///< UTC, "2026-11-30T17:02:11Z"
    std::string taken_by;
    int horizon_months = 0;
    std::vector<ZoneRecord> zones;  ///< zones by id, then the outside row
    std::vector<NodeRecord> nodes;  ///< in the dataset's order

    /// The zone with this id, or nullptr.
    const ZoneRecord* zone(const std::string& zone_id) const;
};

/// The zones' records of a plan (zones by id, then the outside row): what a
/// snapshot holds of them. `plan` may be a scenario's (any network): only
/// its zone figures and scores are read.
std::vector<ZoneRecord> zone_records(const Dataset& data, const Plan& plan);

/// The plan's figures as a snapshot as of the project's as_of (taken_at and
/// taken_by left for the caller). `plan` is built on data.nodes.
Snapshot take_snapshot(const Dataset& data, const Plan& plan);

/// A zone's place in a ranking in two snapshots; 0 = absent (or not ranked).
struct RankMove {
    std::string zone_id, zone_name;
    std::int32_t before = 0, after = 0;

    /// Places moved up (toward rank 1): before - after; nothing when the zone
    /// is absent from either snapshot.
    std::optional<std::int32_t> change() const {
        if (before == 0 || after == 0) return std::nullopt;
        return before - after;
    }
};

struct RankingChanges {
    RankingKind kind = RankingKind::Investment;
    /// Every zone of either snapshot: those of `after` in its rank order,
    /// then those only in `before` (gone) by their old rank.
    std::vector<RankMove> zones;
    std::vector<RankMove> entered_top;  ///< in after's top N, not in before's (by new rank)
    std::vector<RankMove> left_top;     ///< in before's top N, not in after's (by old rank)
};

/// A live node that runs out of ports within the horizon in `after` and did
/// not in `before` (or was not there).
struct RunOutChange {
    NodeRecord node;  ///< as in `after`
    bool new_node = false;
};

struct SnapshotChanges {
    Day from = kNoDay, to = kNoDay;
    int top = 10;
    std::array<RankingChanges, 2> rankings;  ///< by RankingKind
    std::vector<RunOutChange> newly_running_out;  ///< soonest first, then by node id

    const RankingChanges& of(RankingKind kind) const { return rankings[std::size_t(kind)]; }
};

/// What moved from `before` to `after`; zones matched by id, nodes by id.
SnapshotChanges compare_snapshots(const Snapshot& before, const Snapshot& after, int top = 10);

/// Of `snapshots`, the latest taken for a date before `day`; nullptr when none.
const Snapshot* latest_before(const std::vector<Snapshot>& snapshots, Day day);

}  // namespace coverplan::planner
