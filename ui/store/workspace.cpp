#include "ui/store/workspace.h"

#include <pwd.h>
#include <unistd.h>

#include <algorithm>
#include <ctime>
#include <filesystem>

#include "gis/error.h"
#include "planner/calendar.h"
#include "gis/redact.h"
#include "gis/utf8.h"
#include "ui/store/tables.h"

namespace coverplan::store {

namespace {

/// An advisory lock key: set-ups of one database wait for each other
/// (creating the same schema, role or table twice at once fails).
constexpr const char* kInitLock = "SELECT pg_advisory_xact_lock(7245001)";

/// The highest version a store records; 0 when it records none.
int recorded_version(gis::TableStore& store) {
    if (!store.has_table(schema_version_table().name)) return 0;
    int version = 0;
    for (const gis::Row& row : store.select(schema_version_table()))
        if (const auto* v = std::get_if<std::int64_t>(&row[0])) version = std::max(version, int(*v));
    return version;
}

void check_version(gis::TableStore& store, int version) {
    const Location where{store.display_name(), "", "", "", 0};
    const std::string setup = store.is_database() ? "`coverplan db init` (as the database owner)" : "`coverplan db init FILE`";
    if (version == 0)
        throw InputError(where, "is not a Coverplan store (no schema_version table): set it up with " + setup);
    if (version > kStoreVersion)
        throw InputError(where, "was set up by a newer Coverplan (store version " + std::to_string(version) +
                                    "; this one knows versions up to " + std::to_string(kStoreVersion) + ")");
    if (version < kStoreVersion)
        throw InputError(where, "has store version " + std::to_string(version) + ", older than this Coverplan's " +
                                    std::to_string(kStoreVersion) + ": bring it up to date with " + setup);
}

/// Records kStoreVersion unless the store has it.
bool record_version(gis::TableStore& store) {
    for (const gis::Row& row : store.select(schema_version_table()))
        if (row[0] == gis::FieldValue(std::int64_t(kStoreVersion))) return false;
    const gis::Row row = {std::int64_t(kStoreVersion), utc_now(), std::string(COVERPLAN_VERSION)};
    store.insert(schema_version_table(), std::span(&row, 1));
    return true;
}

void add_table_steps(InitReport& report, const std::vector<gis::TableSpec>& tables, const std::vector<bool>& created) {
    for (std::size_t t = 0; t < tables.size(); ++t) report.steps.push_back({"table", tables[t].name, created[t], ""});
}

std::string table_list(const std::string& schema, const std::vector<const gis::TableSpec*>& tables) {
    std::string list;
    for (const gis::TableSpec* table : tables)
        list += (list.empty() ? "" : ", ") + gis::sql_identifier(schema) + "." + gis::sql_identifier(table->name);
    return list;
}

/// Schema and roles, in a connection of their own: GDAL fixes the schema it
/// creates tables in when it connects, so the tables come in the next one.
void create_schema_and_roles(const std::string& connection, const std::string& display, const std::string& schema,
                             InitReport& report) {
    gis::TableStore store(connection, display, gis::TableStore::Mode::Update);
    store.in_transaction([&] {
        store.execute(kInitLock);
        const bool schema_exists =
            store.execute("SELECT COUNT(*) FROM pg_namespace WHERE nspname = " + gis::sql_literal(schema)).at(0) != "0";
        if (!schema_exists) store.execute("CREATE SCHEMA " + gis::sql_identifier(schema));
        report.steps.push_back({"schema", schema, !schema_exists, ""});
        for (const char* role : {kReaderRole, kPlannerRole}) {
            const bool exists =
                store.execute("SELECT COUNT(*) FROM pg_roles WHERE rolname = " + gis::sql_literal(role)).at(0) != "0";
            if (!exists) {
                try {
                    store.execute(std::string("CREATE ROLE ") + gis::sql_identifier(role) + " NOLOGIN");
                } catch (const InputError& error) {
                    throw InputError(Location{display, "", "", "", 0},
                                     std::string("cannot create the group role ") + role +
                                         " (it takes a superuser or a role with CREATEROLE): " + error.what());
                }
            }
            report.steps.push_back({"role", role, !exists,
                                    role == std::string(kReaderRole) ? "reads every table but users"
                                                                     : "also writes snapshots, scenarios and prospects; "
                                                                       "appends to the audit log"});
        }
        // A planner reads whatever a reader reads.
        store.execute(std::string("GRANT ") + gis::sql_identifier(kReaderRole) + " TO " + gis::sql_identifier(kPlannerRole));
    });
}

void grant_privileges(gis::TableStore& store, const std::string& schema) {
    const std::string reader = gis::sql_identifier(kReaderRole), planner = gis::sql_identifier(kPlannerRole);
    store.execute("GRANT USAGE ON SCHEMA " + gis::sql_identifier(schema) + " TO " + reader + ", " + planner);
    store.execute("GRANT SELECT ON " +
                  table_list(schema, {&schema_version_table(), &snapshots_table(), &snapshot_zones_table(),
                                      &snapshot_nodes_table(), &scenarios_table(), &field_leads_table(), &audit_log_table()}) +
                  " TO " + reader);
    store.execute("GRANT SELECT ON " + table_list(schema, {&users_table()}) + " TO " + planner);
    store.execute("GRANT INSERT, UPDATE, DELETE ON " +
                  table_list(schema, {&snapshots_table(), &snapshot_zones_table(), &snapshot_nodes_table(),
                                      &scenarios_table(), &field_leads_table()}) +
                  " TO " + planner);
    // The audit log only grows: a planner adds to it, never changes it.
    store.execute("GRANT INSERT ON " + table_list(schema, {&audit_log_table()}) + " TO " + planner);
    store.execute("GRANT USAGE ON ALL SEQUENCES IN SCHEMA " + gis::sql_identifier(schema) + " TO " + planner);
}

InitReport initialise_postgres(const std::string& source) {
    InitReport report;
    report.database = true;
    report.store = gis::redact_secrets(source);
    const std::string connection = planner::store_connection(source);
    if (connection == source && gis::lowercase(source).find("://") != std::string::npos)
        throw InputError(Location{report.store, "", "", "", 0},
                         "give the connection as PG:key=value ... (PG:host=... dbname=...), so that the store's schema "
                         "can be set with active_schema=");
    report.schema = gis::active_schema(connection);
    create_schema_and_roles(connection, report.store, report.schema, report);

    gis::TableStore store(connection, report.store, gis::TableStore::Mode::Update);
    const std::vector<gis::TableSpec> tables = store_tables();
    store.in_transaction([&] {
        store.execute(kInitLock);
        if (recorded_version(store) > kStoreVersion) check_version(store, recorded_version(store));
        add_table_steps(report, tables, store.ensure_tables(tables));
        grant_privileges(store, report.schema);
        report.steps.push_back({"privileges", "granted", true,
                                std::string(kReaderRole) + ": SELECT; " + kPlannerRole +
                                    ": SELECT, INSERT, UPDATE, DELETE (audit_log: INSERT only; users: SELECT)"});
        report.steps.push_back({"version", std::to_string(kStoreVersion), record_version(store), ""});
    });
    report.version = kStoreVersion;
    return report;
}

}  // namespace

std::string utc_now() { return planner::utc_timestamp(); }

std::string store_user(gis::TableStore& store) {
    if (store.is_database()) {
        const auto rows = store.execute("SELECT current_user");
        return rows.empty() ? "" : rows[0];
    }
    passwd entry{};
    passwd* found = nullptr;
    char buffer[4096];
    if (getpwuid_r(geteuid(), &entry, buffer, sizeof buffer, &found) == 0 && found) return found->pw_name;
    return "";
}

std::unique_ptr<gis::TableStore> open_workspace(const planner::WorkspaceSettings& workspace, Access access) {
    const bool database = workspace.is_database();
    // A GeoPackage nobody wrote yet holds nothing: not an error.
    if (!database && access == Access::Read && !std::filesystem::exists(workspace.store)) return nullptr;
    const auto mode = access == Access::Read ? gis::TableStore::Mode::Read
                      : database             ? gis::TableStore::Mode::Update
                                             : gis::TableStore::Mode::Create;
    auto store = std::make_unique<gis::TableStore>(workspace.store, workspace.display_name, mode);
    if (!database && access == Access::Write) {
        // A single user's workspace sets itself up.
        const int version = recorded_version(*store);
        if (version > kStoreVersion) check_version(*store, version);
        store->in_transaction([&] {
            store->ensure_tables(store_tables());
            record_version(*store);
        });
        return store;
    }
    check_version(*store, recorded_version(*store));
    return store;
}

InitReport initialise_store(const std::string& source) {
    if (gis::lowercase(source.substr(0, 3)) == "pg:") return initialise_postgres(source);
    InitReport report;
    report.store = source;
    gis::TableStore store(source, source, gis::TableStore::Mode::Create);
    const int version = recorded_version(store);
    if (version > kStoreVersion) check_version(store, version);
    const std::vector<gis::TableSpec> tables = store_tables();
    store.in_transaction([&] {
        add_table_steps(report, tables, store.ensure_tables(tables));
        report.steps.push_back({"version", std::to_string(kStoreVersion), record_version(store), ""});
    });
    report.version = kStoreVersion;
    return report;
}

}  // namespace coverplan::store
