#include "gis/table_changes.h"

#include "gis/error.h"
#include "gis/redact.h"
#include "gis/table_store.h"

namespace coverplan::gis {

namespace {

/// "a.b" as a quoted identifier pair "a"."b".
std::string sql_identifier(const std::string& name) {
    std::string out = "\"";
    for (char c : name) {
        if (c == '.') out += "\".\"";
        else if (c == '"') out += "\"\"";
        else out += c;
    }
    return out + "\"";
}

}  // namespace

std::vector<std::string> change_counter_sql(const std::string& schema, const std::string& table) {
    const std::string counters = sql_identifier(schema) + "." + kChangeCounterTable;
    const std::string function = sql_identifier(schema) + ".note_source_change";
    return {
        "CREATE SCHEMA IF NOT EXISTS " + sql_identifier(schema),
        "CREATE TABLE IF NOT EXISTS " + counters +
            " (source_table text PRIMARY KEY, changes bigint NOT NULL, changed_at timestamptz NOT NULL)",
        // SECURITY DEFINER: whoever may write the source table may count its
        // change, without a right on the counters.
        "CREATE OR REPLACE FUNCTION " + function + "() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER AS $f$ BEGIN " +
            "INSERT INTO " + counters + " AS c VALUES (TG_TABLE_SCHEMA || '.' || TG_TABLE_NAME, 1, now()) " +
            "ON CONFLICT (source_table) DO UPDATE SET changes = c.changes + 1, changed_at = now(); RETURN NULL; END $f$",
        "DROP TRIGGER IF EXISTS coverplan_source_change ON " + sql_identifier(table),
        "CREATE TRIGGER coverplan_source_change AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON " + sql_identifier(table) +
            " FOR EACH STATEMENT EXECUTE FUNCTION " + function + "()",
    };
}

ChangeCounter::ChangeCounter(std::string connection, std::string schema)
    : connection_(std::move(connection)), schema_(std::move(schema)) {}

ChangeCounter::~ChangeCounter() = default;

std::optional<std::int64_t> ChangeCounter::read() {
    try {
        if (!store_)
            store_ = std::make_unique<TableStore>(connection_, redact_secrets(connection_), TableStore::Mode::Read);
        const auto rows = store_->execute("SELECT coalesce(sum(changes), 0)::text FROM " + sql_identifier(schema_) + "." +
                                          kChangeCounterTable);
        problem_.clear();
        return rows.empty() ? 0 : std::stoll(rows.front());
    } catch (const std::exception& error) {
        store_.reset();  // reconnect at the next read
        problem_ = redact_secrets(error.what());
        return std::nullopt;
    }
}

}  // namespace coverplan::gis
