#pragma once
// The desktop app follows the project's data (issue 11, live data): a
// planner::SourceWatch on a background thread notices a change to the
// project file, a source file or a counted PostgreSQL table; the project is
// then read again in the background (a ProjectLoader of its own, so no
// progress dialog) and the new session handed over, for the window to swap
// in. A reading that fails is reported, and the session shown stays.

#include <QObject>
#include <QStringList>
#include <atomic>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "ui/desktop/prepared_view.h"
#include "ui/desktop/project_session.h"

namespace coverplan::planner {
class SourceWatch;
}

namespace coverplan::desktop {

class ProjectLoader;

class DataFollower : public QObject {
    Q_OBJECT
public:
    explicit DataFollower(QObject* parent = nullptr);
    /// Stops the watch (wake, join) and abandons a reading under way.
    ~DataFollower() override;

    /// The session now shown: watch what it read (a new watch only when its
    /// sources differ from those watched) and read it again on a change.
    void follow(const ProjectSession& session);
    /// Nothing followed, no reading under way (another project opens).
    void stop();
    /// Asked when a reading starts: what the window shows then, for the
    /// reading to prepare (weights, scenario, theme, layers).
    void set_view_request(std::function<ViewRequest()> request) { view_request_ = std::move(request); }

    /// "Follow data changes": off stops the watch; on starts it again and
    /// reads the data once, in case it changed meanwhile.
    void set_enabled(bool enabled);
    bool enabled() const { return enabled_; }
    /// "Reload data now": reads the project again whether or not it changed.
    void reload_now();
    bool reading() const;

    /// Sources whose changes cannot be noticed, and why (from the watch).
    QStringList not_followed() const;

signals:
    /// A reading started (a change was noticed, or reload_now()).
    void reading_started();
    /// The data read again: the window swaps this session in.
    void reloaded(std::shared_ptr<coverplan::desktop::ProjectSession> session);
    /// The reading failed ("error: ..." as `coverplan` prints it); the session shown stays.
    void reload_failed(const QString& error);

private:
    void start_watch();
    void stop_watch();
    void watch_loop(std::shared_ptr<const planner::Project> project, std::uint64_t generation);

    ProjectLoader* loader_;
    std::function<ViewRequest()> view_request_;
    QString project_file_;
    std::shared_ptr<const planner::Project> project_;  ///< what the watch follows
    bool enabled_ = true;

    mutable std::mutex mutex_;               ///< watch_, not_followed_
    planner::SourceWatch* watch_ = nullptr;  ///< owned by the thread; here to wake it
    QStringList not_followed_;
    std::atomic<bool> stopping_{false};
    std::atomic<std::uint64_t> generation_{0};  ///< a change queued from an older watch is ignored
    std::thread thread_;
};

}  // namespace coverplan::desktop
