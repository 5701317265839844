#pragma once
// The installation SLA as tables a manager sends on: the open orders to act
// on (overdue, at risk) and the on-time rate by team, zone and month,
// written through the shared table writer (atomically) to .csv, .xlsx or .gpkg.

#include <string>
#include <vector>

#include "planner/dataset.h"
#include "planner/sla.h"
#include "ui/export/table_writer.h"

namespace coverplan::exporting {

/// The SLA as tables: `sla_orders` (one row per overdue, then at-risk order;
/// order points), `sla_by_team` (with a last "(total)" row), `sla_by_zone`
/// (with the outside row; zone polygons), `sla_by_month`.
struct SlaTables {
    std::vector<gis::GeosGeometry> order_points;  ///< the geometries of sla_orders, owned here
    std::vector<Table> tables;                    ///< zone geometries point into the Dataset: it must outlive them
};
SlaTables sla_tables(const planner::Dataset& data, const planner::SlaReport& report);

/// What write_sla() writes, for prepare_output(): .csv, .xlsx or .gpkg.
OutputFormats sla_formats();

/// Writes the SLA to `target` by extension: `.csv` holds `sla_orders` only
/// (a CSV file is one table); `.xlsx` (sheets) and `.gpkg` (layers, in the
/// working CRS) hold all four tables. Throws InputError for another
/// extension or a target that cannot be written.
void write_sla(const planner::Dataset& data, const planner::SlaReport& report, const std::string& target);

}  // namespace coverplan::exporting
