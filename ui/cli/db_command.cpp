// coverplan db init STORE: sets up a shared PostGIS store (schema, group
// roles, tables, grants, version) or a GeoPackage workspace; idempotent.

#include <nlohmann/json.hpp>

#include <iostream>

#include "ui/cli/commands.h"
#include "ui/cli/pipeline.h"
#include "ui/cli/text_table.h"
#include "ui/store/source_changes.h"
#include "ui/store/workspace.h"

namespace coverplan::cli {

namespace {

int run(const Arguments& args) {
    const auto& positional = args.positional();
    if (positional[0] != "init") throw UsageError("unknown action '" + positional[0] + "' (expected: init)");
    store::InitReport report = store::initialise_store(positional[1]);
    if (const auto project_file = args.value("--project")) {
        const auto followed = store::follow_project_sources(read_project(*project_file));
        report.steps.insert(report.steps.end(), followed.begin(), followed.end());
    }
    if (args.flag("--json")) {
        nlohmann::json steps = nlohmann::json::array();
        for (const auto& step : report.steps)
            steps.push_back({{"kind", step.kind}, {"name", step.name}, {"created", step.created}, {"detail", step.detail}});
        print_json(std::cout, {{"store", report.store},
                               {"schema", report.database ? nlohmann::json(report.schema) : nlohmann::json(nullptr)},
                               {"version", report.version},
                               {"steps", steps},
                               {"exit_code", int(kSuccess)}});
        return kSuccess;
    }
    std::cout << (report.database ? "Shared store " : "Workspace ") << report.store
              << (report.database ? " (schema " + report.schema + ")" : "") << ", store version " << report.version
              << "\n\n";
    TextTable table({"what", "name", "state", "note"}, {false, false, false, false});
    std::size_t created = 0;
    for (const auto& step : report.steps) {
        const bool granted = step.kind == "privileges";
        table.add({step.kind, step.name, granted ? "" : step.created ? "created" : "exists", step.detail});
        if (step.created && !granted) ++created;
    }
    std::cout << table.render() << "\n"
              << (created == 0 ? "Everything existed already; privileges granted again.\n"
                               : std::to_string(created) + " created.\n");
    if (report.database)
        std::cout << "\nGive each person a login role and one of the group roles, e.g. (in psql, as the owner):\n"
                     "  CREATE ROLE lan LOGIN PASSWORD '...';  GRANT "
                  << store::kPlannerRole
                  << " TO lan;   -- planner: reads and writes\n"
                     "  CREATE ROLE minh LOGIN PASSWORD '...'; GRANT "
                  << store::kReaderRole
                  << " TO minh;  -- sales, managers: read only\n"
                     "then name the store in the project file: [workspace] store = \"PG:... user=lan\".\n";
    return kSuccess;
}

}  // namespace

Command db_command() {
    return {{"db",
             "init STORE [--project FILE] [--json]",
             "set up a shared PostGIS store (or a GeoPackage workspace) for snapshots, scenarios, prospects, audit",
             "STORE is a PG: connection string (\"PG:host=db dbname=planning user=owner\") or a\n"
             ".gpkg path. In PostgreSQL it creates the schema (active_schema=..., default\n"
             "coverplan), the group roles coverplan_reader (reads) and coverplan_planner\n"
             "(reads and writes snapshots, scenarios and prospects; adds to the audit log),\n"
             "every table with its unique key, the grants and the store version. Run it as\n"
             "the database owner (creating roles takes CREATEROLE). Running it again keeps\n"
             "what exists, says so, and grants the privileges again. A password in STORE is\n"
             "never printed.\n"
             "With --project, it also makes every PostgreSQL table the project reads count its\n"
             "changes (a statement trigger adding to coverplan.source_changes in that table's\n"
             "database), so `coverplan serve` and the desktop app read the data again within a\n"
             "second of an edit. Run it as the tables' owner; again after adding a table.",
             {{"--project", "", "FILE", "also install the change counters on the project's PostgreSQL tables"},
              {"--json", "", "", "print what exists and what was created as JSON"}},
             2,
             2},
            run};
}

}  // namespace coverplan::cli
