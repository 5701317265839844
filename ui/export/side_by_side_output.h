#pragma once
// Two saved scenarios compared against the baseline (planner::SideBySide)
// as tables and JSON: `coverplan scenario PROJECT --compare A.toml B.toml`
// writes these with -o and --json. Columns and keys: docs/data-model.md
// ("Comparing two scenarios").

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "planner/scenario_file.h"
#include "planner/side_by_side.h"
#include "ui/export/table_writer.h"

namespace coverplan::exporting {

/// The two scenarios as they were read (name, author, ... and the file in `origin`).
struct ComparedFiles {
    planner::SavedScenario a, b;
    const planner::SavedScenario& of(planner::Side side) const { return side == planner::Side::B ? b : a; }
};

/// `compare_zones` (one row per compared zone, zone polygons in the working
/// CRS), `compare_nodes` (one row per compared node) and
/// `compare_scenarios` (baseline, A, B: name, author, date, note, file, changes).
/// The zone geometries point into `data`: it must outlive the tables.
std::vector<Table> side_by_side_tables(const planner::Dataset& data, const planner::SideBySide& compared,
                                       const ComparedFiles& files);

/// What write_side_by_side() writes, for prepare_output(): .csv, .xlsx, .gpkg or a PG: database.
OutputFormats side_by_side_formats();

/// The files write_side_by_side() writes for `target`: the target, and for
/// a .csv (one table per file) also the nodes beside it, "<stem>_nodes.csv".
std::vector<std::string> side_by_side_targets(const std::string& target);

/// Writes the tables by extension: .xlsx (sheets) and .gpkg / PG: (layers)
/// hold all three; a .csv holds compare_zones, and compare_nodes goes to
/// "<stem>_nodes.csv" beside it. Throws InputError for another extension
/// or a target that cannot be written.
void write_side_by_side(const std::vector<Table>& tables, const std::string& target);

/// The comparison as one JSON document (scenarios, weights, zones, nodes).
nlohmann::json side_by_side_json(const planner::Dataset& data, const planner::SideBySide& compared,
                                         const ComparedFiles& files);

}  // namespace coverplan::exporting
