#pragma once
// The selling day's stops (planner/day_plan.h) as a table for CSV and XLSX:
// one row per stop, teams in order and each team's stops in visiting order,
// with what a team leader needs at the door (docs/data-model.md, "Day plan").

#include <optional>
#include <string>

#include "planner/day_plan.h"
#include "ui/export/table_writer.h"

namespace coverplan::exporting {

/// Columns: team (1, 2, ...), stop (1, 2, ... within the team), lead_id,
/// zone_id, zone_name, zone_team (the zone's responsible team), address
/// and address_distance_m (the nearest address, when the project has
/// [layers.addresses]), technology, lead_status, created, node_id (the node
/// whose port the stop takes), spare_ports (that node's spare capacity in
/// the data), distance_from_previous_m (from the start for stop 1),
/// route_m (from the start, along the route), lat, lon (WGS 84); then
/// customer, phone and note when the leads layer maps them.
/// `team`: only that team's rows (0-based); nothing: every team's.
Table day_plan_table(const planner::Dataset& data, const planner::DayPlan& plan, const std::string& name,
                     std::optional<std::size_t> team = std::nullopt);

/// Writes the plan by `target`'s extension: .csv (every stop in one table)
/// or .xlsx (a sheet "Day plan" with every stop, then a sheet per team,
/// "Team 1", ...), atomically (write_tables).
void write_day_plan_table(const planner::Dataset& data, const planner::DayPlan& plan, const std::string& target);

/// "Team 1", "Team 2", ... (`team` 0-based).
std::string team_title(std::size_t team);

}  // namespace coverplan::exporting
