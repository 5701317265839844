#include "ui/desktop/data_follower.h"

#include <QMetaObject>
#include <chrono>
#include <exception>

#include "planner/source_watch.h"
#include "ui/desktop/project_loader.h"

namespace coverplan::desktop {

namespace {

using namespace std::chrono_literals;

/// Quiet time after a change before reading, so a file written in several
/// steps is read once, whole (the service waits as long).
constexpr auto kSettle = 300ms;

std::vector<std::string> sources_of(const planner::Project& project) {
    std::vector<std::string> sources;
    for (const auto& source : planner::project_sources(project)) sources.push_back(source.source + "\n" + source.layer);
    return sources;
}

}  // namespace

DataFollower::DataFollower(QObject* parent) : QObject(parent), loader_(new ProjectLoader(this)) {
    connect(loader_, &ProjectLoader::loaded, this, &DataFollower::reloaded);
    connect(loader_, &ProjectLoader::failed, this,
            [this](const QString&, const QString& error, bool) { emit reload_failed(error); });
}

DataFollower::~DataFollower() { stop(); }

void DataFollower::follow(const ProjectSession& session) {
    const bool same_sources = project_ && session.project_file == project_file_ &&
                              sources_of(*project_) == sources_of(session.data.project);
    project_file_ = session.project_file;
    if (same_sources && thread_.joinable()) return;
    stop_watch();
    project_ = std::make_shared<const planner::Project>(session.data.project);
    if (enabled_) start_watch();
}

void DataFollower::stop() {
    stop_watch();
    loader_->cancel();
    project_.reset();
    project_file_.clear();
}

void DataFollower::set_enabled(bool enabled) {
    if (enabled == enabled_) return;
    enabled_ = enabled;
    if (!enabled) {
        stop_watch();
        return;
    }
    if (!project_) return;
    start_watch();
    reload_now();
}

void DataFollower::reload_now() {
    if (project_file_.isEmpty()) return;
    // A reading under way is abandoned for this one, which sees every change so far.
    loader_->open(project_file_, view_request_ ? view_request_() : ViewRequest{});
    emit reading_started();
}

bool DataFollower::reading() const { return loader_->busy(); }

QStringList DataFollower::not_followed() const {
    std::lock_guard lock(mutex_);
    return not_followed_;
}

void DataFollower::start_watch() {
    stopping_ = false;
    thread_ = std::thread([this, project = project_, generation = ++generation_] { watch_loop(project, generation); });
}

void DataFollower::stop_watch() {
    if (!thread_.joinable()) return;
    {
        std::lock_guard lock(mutex_);
        stopping_ = true;
        if (watch_) watch_->wake();
    }
    thread_.join();
    ++generation_;
}

void DataFollower::watch_loop(std::shared_ptr<const planner::Project> project, std::uint64_t generation) {
    // Made here: reaching a database's change counters may take a while.
    std::unique_ptr<planner::SourceWatch> made;
    try {
        made = std::make_unique<planner::SourceWatch>(*project);
    } catch (const std::exception& error) {
        std::lock_guard lock(mutex_);
        not_followed_ = QStringList{QString::fromStdString(error.what())};
        return;
    }
    planner::SourceWatch& watch = *made;
    {
        std::lock_guard lock(mutex_);
        if (stopping_) return;
        watch_ = &watch;
        not_followed_.clear();
        for (const auto& reason : watch.not_followed()) not_followed_ << QString::fromStdString(reason);
    }
    while (!stopping_) {
        if (!watch.wait(1h, kSettle) || stopping_) continue;
        // To the UI thread; dropped with this object, ignored once another watch runs.
        QMetaObject::invokeMethod(
            this, [this, generation] {
                if (generation == generation_ && enabled_) reload_now();
            },
            Qt::QueuedConnection);
    }
    std::lock_guard lock(mutex_);
    watch_ = nullptr;
}

}  // namespace coverplan::desktop
