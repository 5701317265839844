#pragma once
// Snapshots in a store: a plan's zone and node figures as of a date
// (planner::Snapshot), kept in snapshots / snapshot_zones / snapshot_nodes
// and read back for `coverplan history`, the change map and the report.

#include <optional>
#include <string>
#include <vector>

#include "gis/table_store.h"
#include "planner/history.h"

namespace coverplan::store {

/// Stores `snapshot` under its project and as_of in one transaction,
/// replacing a snapshot of the same project and date (its zones and nodes
/// too). Returns whether one was replaced. Throws InputError naming the
/// store when it refuses (a reader's role, say).
bool save_snapshot(gis::TableStore& store, const planner::Snapshot& snapshot);

struct SnapshotQuery {
    std::string project;
    planner::Day from = planner::kNoDay, to = planner::kNoDay;  ///< inclusive; kNoDay: open
    std::optional<std::string> zone_id;  ///< only this zone's records
    bool nodes = true;                   ///< read the node records too
};

/// The project's snapshots within the dates, oldest first, with their
/// zones (in zone id order, the outside row last) and nodes (by node id).
std::vector<planner::Snapshot> load_snapshots(gis::TableStore& store, const SnapshotQuery& query);

/// The project's latest snapshot for a date before `day`, with its zones and
/// nodes; nothing when there is none.
std::optional<planner::Snapshot> latest_snapshot_before(gis::TableStore& store, const std::string& project,
                                                        planner::Day day);

/// The latest snapshot of the project for a date before its as_of, from its
/// workspace: what the change map and the report's "what changed" compare
/// the plan with. Nothing when the workspace does not exist yet or holds
/// none. Throws InputError when the workspace cannot be read.
std::optional<planner::Snapshot> previous_snapshot(const planner::Project& project);

}  // namespace coverplan::store
