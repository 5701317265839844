#pragma once
// Noticing that PostgreSQL tables changed without reading them: a
// statement-level trigger on each table adds one to its row of a small
// counter table, and a reader compares the counters' sum with the last one
// it saw. One tiny query a poll, whatever the tables' size; a bulk load of a
// million rows counts once.

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace coverplan::gis {

class TableStore;

/// The counter table's name in its schema.
inline constexpr const char* kChangeCounterTable = "source_changes";

/// Statements (for TableStore::execute) that create `schema`.source_changes
/// and its trigger function when missing, and (re)install the trigger on
/// `table` ("schema.table", as gis::database_table names it).
std::vector<std::string> change_counter_sql(const std::string& schema, const std::string& table);

/// Reads the counters of one database, keeping its connection open between
/// reads and opening it again after a failure.
class ChangeCounter {
public:
    /// `connection` is a PG: string, `schema` where the counter table lives.
    ChangeCounter(std::string connection, std::string schema);
    ~ChangeCounter();

    /// The sum of the counters; nothing when the database cannot be reached
    /// or has no counter table (problem() says which).
    std::optional<std::int64_t> read();
    const std::string& problem() const { return problem_; }

private:
    std::string connection_, schema_, problem_;
    std::unique_ptr<TableStore> store_;
};

}  // namespace coverplan::gis
