#pragma once
// Each team's work list (planner/team_work.h) as a table: the overdue
// orders, the orders due soon, the new prospects and the failed checks, one
// row each, with where to go (address, lat/lon) and who it is for. Written
// as one table for all the teams asked, or split: one XLSX sheet or one CSV
// file per team, for sending each centre its own.

#include <filesystem>
#include <string>
#include <vector>

#include "planner/team_work.h"
#include "ui/export/table_writer.h"

namespace coverplan::exporting {

/// The rows of `lists` (in their order) as one table named `name`, with a
/// `team` column. Columns: team, list (overdue, due_soon, new_prospect,
/// failed_check), id, date (due or created), days (late or left), zone_id,
/// zone_name, technology, status, node_id, address, customer, lat, lon.
Table team_work_table(const planner::Dataset& data, const std::vector<planner::TeamWork>& lists, const std::string& name);

/// A team name as part of a file name: the characters no file system takes
/// (/ \ : * ? " < > | and control characters) become '_', "" becomes
/// "no-team"; Vietnamese letters stay as they are.
std::string team_file_part(const std::string& team);

/// Where `write_team_work(..., split)` writes each team's CSV: beside
/// `target`, named "<stem>-<team>.csv".
std::filesystem::path team_csv_path(const std::filesystem::path& target, const std::string& team);

/// Writes the lists to `target` (.csv, .xlsx or .gpkg). Split: .xlsx gets a
/// sheet per team, .csv a file per team (team_csv_path); .gpkg a layer per
/// team. Not split: one table "work_list". Each write is atomic.
void write_team_work(const planner::Dataset& data, const std::vector<planner::TeamWork>& lists,
                     const std::string& target, bool split);

}  // namespace coverplan::exporting
