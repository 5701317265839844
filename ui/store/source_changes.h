#pragma once
// Makes a project's PostgreSQL sources tell when they change: the change
// counters (gis/table_changes.h) installed on every table the project reads
// from a database, so a running service or desktop app (planner::LiveProject)
// reads the data again within a second of an edit, without polling tables.

#include <string>
#include <vector>

#include "planner/project.h"
#include "ui/store/workspace.h"

namespace coverplan::store {

/// Installs the counters on each PG: source of `project` (idempotent), in
/// the schema planner::change_counter_schema names in the source's own database. One step
/// ("trigger", "schema.table") per table. Throws InputError naming the
/// source (password masked) when a trigger cannot be made (the table's
/// owner must run it).
std::vector<InitStep> follow_project_sources(const planner::Project& project);

}  // namespace coverplan::store
