#pragma once
// Notices that a project's inputs changed, without reading them: a
// file-system watch on the project file and every file source, and for
// PostgreSQL sources the change counters `coverplan db init --project`
// installs (gis/table_changes.h), read once a poll. Shared by the service's
// live project and the desktop app.

#include <atomic>
#include <chrono>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "planner/project.h"

namespace coverplan::gis {
class FileWatcher;
class ChangeCounter;
}  // namespace coverplan::gis

namespace coverplan::planner {

/// The schema a PG: source's change counters live in: the source's own
/// active schema (active_schema=, schemas=), else planner::kStoreSchema.
std::string change_counter_schema(const std::string& connection);

class SourceWatch {
public:
    /// Starts watching what `project` reads (planner::project_sources).
    explicit SourceWatch(const Project& project, std::chrono::milliseconds database_poll = std::chrono::seconds(1));
    ~SourceWatch();
    SourceWatch(const SourceWatch&) = delete;
    SourceWatch& operator=(const SourceWatch&) = delete;

    /// Waits up to `timeout` for a change; once one comes, waits on until
    /// the inputs have been quiet for `settle` (a file written in several
    /// steps is then whole) and returns true. False on timeout or wake().
    bool wait(std::chrono::milliseconds timeout, std::chrono::milliseconds settle);

    /// Ends a wait in progress, or the next one, at once (any thread).
    void wake();

    /// Inputs whose changes cannot be noticed, and why (a folder that cannot
    /// be watched, a database without change counters).
    const std::vector<std::string>& not_followed() const { return not_followed_; }

private:
    bool databases_changed();

    std::chrono::milliseconds database_poll_;
    std::unique_ptr<gis::FileWatcher> files_;
    std::vector<std::unique_ptr<gis::ChangeCounter>> counters_;
    std::vector<std::optional<std::int64_t>> counts_;
    std::vector<std::string> not_followed_;
    std::atomic<bool> woken_{false};
};

}  // namespace coverplan::planner
