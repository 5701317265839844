#pragma once
// Reaching a Coverplan store: the project's workspace (a GeoPackage beside
// the project file, made on first write: a single user needs no server) or a
// shared PostGIS schema set up once by `coverplan db init` with its group
// roles (coverplan_reader: read; coverplan_planner: read and write).

#include <memory>
#include <string>
#include <vector>

#include "gis/table_store.h"
#include "planner/project.h"

namespace coverplan::store {

/// The group roles `coverplan db init` creates in PostgreSQL (NOLOGIN):
/// people log in with their own roles, granted one of these.
inline constexpr const char* kReaderRole = "coverplan_reader";
inline constexpr const char* kPlannerRole = "coverplan_planner";

enum class Access { Read, Write };

/// Opens the project's workspace. Read: nullptr when it is a GeoPackage
/// that does not exist yet (nothing was ever stored). Write: a
/// GeoPackage is created, and its missing tables added, as needed; a PG:
/// store must have been set up by `coverplan db init`. Throws InputError
/// naming the store when it cannot be opened, is not a Coverplan store
/// (with the command that sets it up), or has another store version.
std::unique_ptr<gis::TableStore> open_workspace(const planner::WorkspaceSettings& workspace, Access access);

/// What `coverplan db init` found and did, step by step.
struct InitStep {
    std::string kind;  ///< "schema", "role", "table", "privileges", "version"
    std::string name;
    bool created = false;  ///< false: it existed (privileges: always re-granted)
    std::string detail;
};

struct InitReport {
    std::string store;   ///< display name
    std::string schema;  ///< PG: the schema; "" for a GeoPackage
    bool database = false;
    int version = 0;
    std::vector<InitStep> steps;
};

/// Sets up a store at `source` (a PG: connection string, or a GeoPackage
/// path): for PostgreSQL the schema (active_schema=, default "coverplan"),
/// the group roles, every table with its unique index, the grants and the
/// version; for a GeoPackage the tables and the version. Idempotent: what
/// exists is kept and reported as existing. Throws InputError naming the
/// store when it cannot (no right to create roles, a table of another shape).
InitReport initialise_store(const std::string& source);

/// Who is writing: for PostgreSQL the database role (current_user), for a
/// GeoPackage the login name of the process.
std::string store_user(gis::TableStore& store);

/// Now, UTC, "2026-11-30T17:02:11Z".
std::string utc_now();

}  // namespace coverplan::store
