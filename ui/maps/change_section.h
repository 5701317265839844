#pragma once
// The management report's "What changed since the last snapshot": zones that
// entered and left each ranking's top N, nodes newly running out of ports,
// and the change map (planner::compare_snapshots of the snapshot and the plan).

#include "planner/history.h"
#include "ui/carto/report_document.h"

namespace coverplan::maps {

/// The section comparing `since` with the plan (built on data.nodes).
/// Borrows the dataset's geometries for its map.
carto::ReportSection change_section(const planner::Dataset& data, const planner::Plan& plan,
                                    const planner::Snapshot& since, int top);

}  // namespace coverplan::maps
