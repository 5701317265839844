#pragma once
// The management report: a few A4 pages a manager takes into a meeting —
// the headline figures, the investment and sales-focus maps with their top
// ten and the reasons, demand and growth by kind of zone (when the zones
// carry one), the nodes that run out of ports within the horizon, the
// uncovered demand clusters and the installation SLA by team; and, when a
// snapshot exists, what changed since it.

#include "planner/history.h"
#include "planner/plan.h"
#include "ui/carto/report_document.h"

namespace coverplan::maps {

struct ReportOptions {
    int top = 10;        ///< zones listed per ranking
    int max_rows = 15;   ///< rows of the node, cluster and team tables before "and N more"
    /// The last snapshot before the project's as_of (store::latest_snapshot_before):
    /// when given, a section "What changed since the last snapshot" follows the
    /// first page (zones entering and leaving the top ten, nodes newly running out).
    const planner::Snapshot* since = nullptr;
};

/// The report's content. Borrows the dataset's and the plan's geometries:
/// keep both alive until it is written.
carto::ReportDocument describe_report(const planner::Dataset& data, const planner::Plan& plan,
                                      const ReportOptions& options = {});

}  // namespace coverplan::maps
