#pragma once
// Snapshots as tables (`coverplan history -o FILE`, and its --json): each
// column defined once, here.
//  - zone_history: one row per zone and snapshot, by zone then date, with
//    the rank moves since the previous snapshot of the list;
//  - node_history: one row per node and snapshot, by node then date.

#include <vector>

#include "planner/history.h"
#include "ui/export/table_writer.h"

namespace coverplan::exporting {

/// `snapshots` oldest first (store::load_snapshots). A rank move is the
/// places moved up since the previous snapshot (+2: two places nearer 1),
/// empty for the first snapshot or when the zone was not ranked in both.
Table zone_history_table(const std::vector<planner::Snapshot>& snapshots);

Table node_history_table(const std::vector<planner::Snapshot>& snapshots);

}  // namespace coverplan::exporting
