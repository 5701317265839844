#include "planner/source_watch.h"

#include <algorithm>
#include <set>

#include "gis/error.h"
#include "gis/file_identity.h"
#include "gis/file_watch.h"
#include "gis/redact.h"
#include "gis/table_changes.h"
#include "gis/table_store.h"

namespace coverplan::planner {

namespace {

bool is_database(const std::string& source) {
    return source.size() >= 3 && (source[0] | 0x20) == 'p' && (source[1] | 0x20) == 'g' && source[2] == ':';
}

}  // namespace

std::string change_counter_schema(const std::string& connection) {
    const std::string schema = gis::active_schema(connection);
    return schema == "public" ? kStoreSchema : schema;
}

SourceWatch::SourceWatch(const Project& project, std::chrono::milliseconds database_poll)
    : database_poll_(database_poll) {
    std::set<std::filesystem::path> files;
    std::set<std::string> databases;
    for (const ProjectSource& source : project_sources(project)) {
        if (is_database(source.source)) databases.insert(source.source);
        for (const auto& file : gis::files_of(source.source)) files.insert(file);
    }
    try {
        files_ = std::make_unique<gis::FileWatcher>(std::vector<std::filesystem::path>(files.begin(), files.end()));
    } catch (const Error& error) {
        not_followed_.push_back(error.what());
        files_ = std::make_unique<gis::FileWatcher>(std::vector<std::filesystem::path>{});  // still wakes
    }
    // One counter per database, in the schema the store's tables use there.
    for (const std::string& database : databases) {
        counters_.push_back(std::make_unique<gis::ChangeCounter>(database, change_counter_schema(database)));
        counts_.push_back(counters_.back()->read());
        if (!counts_.back())
            not_followed_.push_back(gis::redact_secrets(database) +
                                    ": changes are not noticed until `coverplan db init ... --project` installs the "
                                    "change counters there (" + counters_.back()->problem() + ")");
    }
}

SourceWatch::~SourceWatch() = default;

void SourceWatch::wake() {
    woken_ = true;
    files_->wake();
}

bool SourceWatch::databases_changed() {
    bool changed = false;
    for (std::size_t i = 0; i < counters_.size(); ++i) {
        const auto count = counters_[i]->read();
        if (!count) continue;  // unreachable now: compared again when it is back
        if (count != counts_[i]) changed = true;
        counts_[i] = count;
    }
    return changed;
}

bool SourceWatch::wait(std::chrono::milliseconds timeout, std::chrono::milliseconds settle) {
    // Files wake the wait themselves; databases are read once a poll.
    const auto end = std::chrono::steady_clock::now() + timeout;
    bool changed = false;
    while (!changed) {
        const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(end - std::chrono::steady_clock::now());
        if (left.count() <= 0) return false;
        const auto step = counters_.empty() ? left : std::min(left, database_poll_);
        if (!files_->wait(step).empty()) changed = true;
        if (woken_.exchange(false)) return false;
        if (databases_changed()) changed = true;
    }
    while (!files_->wait(settle).empty()) {
    }
    return !woken_.exchange(false);
}

}  // namespace coverplan::planner
