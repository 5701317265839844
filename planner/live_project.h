#pragma once
// A project that follows its data: loaded once, then rebuilt in the
// background whenever the project file or a source changes (a file-system
// watch on files; for PostgreSQL tables, the change counter that
// `coverplan db init --project` installs), and swapped in whole. Readers
// take the current view, a shared pointer to one consistent state (data,
// indexes, plan, version), and keep it as long as they need it: a request
// never sees a half-built plan and never waits for a rebuild. A rebuild that
// fails (a file half written, the database down) keeps the previous view
// and says why in status(). A prospect recorded in the field counts at once
// through add_lead(), without reading the data again.

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "planner/added_leads.h"
#include "planner/plan.h"
#include "planner/service_check.h"

namespace coverplan::planner {

/// One consistent state of the project.
struct LiveView {
    std::shared_ptr<const Dataset> data;
    std::shared_ptr<const ServiceChecker> checker;  ///< over *data
    Plan plan;                                      ///< with the leads added since the data was read
    std::uint64_t version = 0;  ///< 1 after the first load; +1 at every rebuild and every added lead
    std::string read_at;        ///< when the data was read, UTC ("2026-11-30T17:02:11Z")
};

struct LiveStatus {
    std::uint64_t version = 0;
    std::string as_of;    ///< the project's reference date of the current view
    std::string read_at;  ///< of the current view
    bool rebuilding = false;
    std::uint64_t rebuilds = 0;  ///< successful rebuilds since start
    std::string problem;         ///< why the latest rebuild failed (secrets masked); "" once one succeeds
    std::string problem_at;      ///< when it failed
    std::vector<std::string> not_followed;  ///< sources whose changes cannot be noticed, and why
};

struct LiveOptions {
    PlanOptions plan{0, false};
    /// Quiet time after a change before rebuilding, so a file written in
    /// several steps is read once, whole.
    std::chrono::milliseconds settle{300};
    /// How often the PostgreSQL change counters are read.
    std::chrono::milliseconds database_poll{1000};
    bool follow = true;  ///< false: no background thread (rebuild() by hand)
};

class LiveProject {
public:
    using Loader = std::function<Dataset()>;
    /// Hears every new view before view() returns it, from the thread that
    /// made it (the rebuild thread, or add_lead's caller), one at a time:
    /// a front end prepares what it derives from the view there.
    using Listener = std::function<void(const std::shared_ptr<const LiveView>&)>;

    /// Loads (throws as `loader` does: InputError for bad data) and builds
    /// the first view, then follows changes when options.follow.
    LiveProject(Loader loader, LiveOptions options = {});
    ~LiveProject();
    LiveProject(const LiveProject&) = delete;
    LiveProject& operator=(const LiveProject&) = delete;

    std::shared_ptr<const LiveView> view() const;
    LiveStatus status() const;

    /// Sets the listener and calls it with the current view at once.
    void listen(Listener listener);

    /// Counts a recorded lead now: returns the new view, which has it.
    std::shared_ptr<const LiveView> add_lead(const NewLead& lead);

    /// Reads the data again and swaps the result in (on the calling thread);
    /// false when it failed (status().problem says why).
    bool rebuild();

private:
    void follow();
    void follow_sources_of(const Project& project);  // a new watch when the sources are others
    void publish(std::shared_ptr<LiveView> view);  // publishing_ held

    Loader loader_;
    LiveOptions options_;
    Listener listener_;

    mutable std::mutex state_;  ///< view_ and status_
    std::shared_ptr<const LiveView> view_;
    LiveStatus status_;

    std::mutex publishing_;          ///< one new view at a time, in order
    std::vector<NewLead> pending_;   ///< added leads the data read last may not hold yet
    std::mutex rebuilding_;          ///< one rebuild at a time

    struct Follower;
    std::unique_ptr<Follower> follower_;
    std::atomic<bool> stopping_{false};
    std::thread thread_;
};

}  // namespace coverplan::planner
