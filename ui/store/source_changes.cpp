#include "ui/store/source_changes.h"

#include "gis/error.h"
#include "gis/file_identity.h"
#include "gis/redact.h"
#include "gis/table_changes.h"
#include "gis/table_store.h"
#include "planner/source_watch.h"

namespace coverplan::store {

std::vector<InitStep> follow_project_sources(const planner::Project& project) {
    std::vector<InitStep> steps;
    for (const planner::ProjectSource& source : planner::project_sources(project)) {
        const auto table = gis::database_table(source.source, source.layer);
        if (!table || table->table.empty()) continue;
        const std::string shown = gis::redact_secrets(source.source);
        std::string counted_in;
        try {
            gis::TableStore database(source.source, shown, gis::TableStore::Mode::Update);
            const std::string schema = planner::change_counter_schema(source.source);
            database.in_transaction([&] {
                for (const std::string& statement : gis::change_counter_sql(schema, table->table))
                    database.execute(statement);
                database.execute("GRANT USAGE ON SCHEMA \"" + schema + "\" TO PUBLIC");
                database.execute("GRANT SELECT ON \"" + schema + "\"." + gis::kChangeCounterTable + " TO PUBLIC");
            });
            counted_in = schema + "." + gis::kChangeCounterTable;
        } catch (const Error& error) {
            throw InputError("cannot follow " + source.what + " (" + shown + ", table " + table->table +
                             "): " + gis::redact_secrets(error.what()));
        }
        steps.push_back({"trigger", table->table, true, "changes counted in " + counted_in + " for " + source.what});
    }
    return steps;
}

}  // namespace coverplan::store
