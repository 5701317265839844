#pragma once
// Tables that live on and are shared: a GeoPackage file (one user, no
// server) or a schema of a PostgreSQL/PostGIS database (many users), both
// through GDAL. Nothing here knows what the tables hold: the caller
// describes each table (TableSpec) and reads and writes rows of FieldValues
// in the order of its fields.
//
// Writes are transactions: a replace() deletes the rows with a key and
// inserts their successors in one, so a reader sees the old rows or the new
// ones, never a mix; in_transaction() groups several writes. On PostgreSQL
// a replace() first locks its table against other writers (SHARE ROW
// EXCLUSIVE: readers go on), so two replaces of the same key never both insert.
// Every call is serialised by the store (one connection); use one store per
// thread for parallel work.

#include <array>
#include <cstdint>
#include <functional>
#include <mutex>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "gis/vector_writer.h"

class GDALDataset;
class OGRLayer;

namespace coverplan::gis {

/// A table of a store: its fields in the order rows carry them, optionally a
/// point geometry, and the fields no two rows may share all of.
struct TableSpec {
    std::string name;
    std::vector<FieldDef> fields;
    GeometryType geometry = GeometryType::None;  ///< None, or Point (in `crs`)
    std::string crs;
    std::vector<std::string> unique;  ///< a unique index over these fields; empty: none

    /// Position of `field` in `fields`; throws Error when there is none.
    std::size_t field_index(std::string_view field) const;
};

/// One condition on a field; a row matches a filter when it meets them all.
/// Dates compare as ISO 8601 text ("2026-11-30"), which orders them.
struct Condition {
    enum class Op { Equal, AtLeast, AtMost };
    std::string field;
    Op op = Op::Equal;
    FieldValue value;  ///< std::monostate matches NULL (Equal only)
};

using Row = std::vector<FieldValue>;

class TableStore {
public:
    enum class Mode {
        Read,    ///< reading only
        Update,  ///< reading and writing an existing store
        Create,  ///< as Update, creating a GeoPackage file that does not exist yet
    };

    /// Opens `source`: a GeoPackage path, or a "PG:" connection string
    /// (GDAL's: the tables live in its `active_schema`). `display_name` names
    /// it in messages (give it without a password: gis::redact_secrets).
    /// Throws InputError naming the store when it cannot be opened (a missing
    /// file in Read or Update mode, a database that refuses the connection).
    TableStore(std::string source, std::string display_name, Mode mode);
    ~TableStore();
    TableStore(const TableStore&) = delete;
    TableStore& operator=(const TableStore&) = delete;

    bool is_database() const { return database_; }
    /// PostgreSQL: the schema the tables live in (active_schema()); "" for a GeoPackage.
    const std::string& schema() const { return schema_; }
    const std::string& source() const { return source_; }
    const std::string& display_name() const { return display_name_; }

    bool has_table(const std::string& name);

    /// Creates the tables that do not exist yet, each with its unique index,
    /// in one transaction; returns for each table whether it was created.
    /// A table that exists gains the fields it lacks (added to the spec by a
    /// later version; empty in the rows it has) and its unique index. Throws
    /// InputError naming the store, table and field when a table or field
    /// cannot be created.
    std::vector<bool> ensure_tables(std::span<const TableSpec> tables);

    /// Throws InputError naming the store, table and field unless the table
    /// exists with every field of `table`.
    void check_table(const TableSpec& table);

    /// The rows matching `where`, their values in the order of table.fields
    /// (dates as "YYYY-MM-DD", NULL as std::monostate), in storage order.
    std::vector<Row> select(const TableSpec& table, std::span<const Condition> where = {});

    /// Appends rows (and their points, x/y in table.crs, for a point table:
    /// parallel to `rows`) in one transaction; nothing is kept when one fails.
    void insert(const TableSpec& table, std::span<const Row> rows,
                std::span<const std::array<double, 2>> points = {});

    /// Deletes the rows matching `where` (all rows for an empty filter);
    /// returns how many went.
    std::int64_t remove(const TableSpec& table, std::span<const Condition> where);

    /// Deletes the rows matching `where` and inserts `rows` in their place,
    /// in one transaction (on PostgreSQL holding the table against other
    /// writers); returns how many rows were replaced.
    std::int64_t replace(const TableSpec& table, std::span<const Condition> where, std::span<const Row> rows);

    /// Runs `work` (calls on this store) as one transaction: committed when it
    /// returns, rolled back when it throws (and the exception goes on). A
    /// transaction inside another joins it.
    void in_transaction(const std::function<void()>& work);

    /// Runs one SQL statement in the store's own dialect (PostgreSQL, or
    /// SQLite for a GeoPackage): for set-up that GDAL has no call for
    /// (schemas, roles, grants). Returns the first column of each row it
    /// returns, as text. Throws InputError with the database's message.
    std::vector<std::string> execute(const std::string& sql);

private:
    OGRLayer* layer_of(const TableSpec& table);
    std::vector<int> field_indexes(const TableSpec& table, OGRLayer* layer);
    void start();
    void finish(bool commit);
    void create_unique_index(const TableSpec& table);
    [[noreturn]] void fail(const std::string& table, const std::string& field, const std::string& reason) const;

    std::string source_;
    std::string display_name_;
    bool database_ = false;
    std::string schema_;
    GDALDataset* dataset_ = nullptr;
    std::recursive_mutex mutex_;
    int transaction_depth_ = 0;
};

/// The schema a PG: connection string makes active: its `active_schema=`,
/// else the first of `schemas=`, else "public".
std::string active_schema(std::string_view connection);

/// A text literal for SQL: 'it''s'.
std::string sql_literal(std::string_view text);
/// A quoted identifier for SQL: "name" (quotes doubled).
std::string sql_identifier(std::string_view name);
/// The WHERE clause (without the word) for `where`, "" when empty; fields
/// must be fields of `table` (Error otherwise).
std::string sql_filter(const TableSpec& table, std::span<const Condition> where);

}  // namespace coverplan::gis
