#include "planner/live_project.h"

#include <algorithm>
#include <unordered_set>

#include "gis/error.h"
#include "gis/redact.h"
#include "planner/source_watch.h"

namespace coverplan::planner {

/// What the background thread waits on: the sources of the data last read.
struct LiveProject::Follower {
    std::vector<std::string> sources;  ///< followed; a watch kept while they stay, so no change is missed
    std::unique_ptr<SourceWatch> watch;
};

namespace {

std::vector<std::string> sources_of(const Project& project) {
    std::vector<std::string> sources;
    for (const ProjectSource& source : project_sources(project)) sources.push_back(source.source + "\n" + source.layer);
    return sources;
}

}  // namespace

LiveProject::LiveProject(Loader loader, LiveOptions options) : loader_(std::move(loader)), options_(options) {
    auto view = std::make_shared<LiveView>();
    auto data = std::make_shared<Dataset>(loader_());
    require_usable(*data);
    view->read_at = utc_timestamp();
    view->checker = std::make_shared<ServiceChecker>(*data);
    view->plan = build_plan(*data, options_.plan);
    view->data = std::move(data);
    {
        std::lock_guard lock(publishing_);
        publish(std::move(view));
    }
    if (options_.follow) {
        // Watching before the thread starts: a change made once the
        // constructor returns is never missed.
        follower_ = std::make_unique<Follower>();
        follow_sources_of(view_->data->project);
        thread_ = std::thread([this] { follow(); });
    }
}

LiveProject::~LiveProject() {
    stopping_ = true;
    if (thread_.joinable()) {
        {
            std::lock_guard lock(state_);
            if (follower_ && follower_->watch) follower_->watch->wake();
        }
        thread_.join();
    }
}

std::shared_ptr<const LiveView> LiveProject::view() const {
    std::lock_guard lock(state_);
    return view_;
}

LiveStatus LiveProject::status() const {
    std::lock_guard lock(state_);
    return status_;
}

void LiveProject::listen(Listener listener) {
    std::lock_guard lock(publishing_);
    listener_ = std::move(listener);
    if (listener_) listener_(view());
}

void LiveProject::publish(std::shared_ptr<LiveView> view) {
    {
        std::lock_guard lock(state_);
        view->version = (view_ ? view_->version : 0) + 1;
    }
    std::shared_ptr<const LiveView> ready = std::move(view);
    if (listener_) listener_(ready);
    std::lock_guard lock(state_);
    view_ = ready;
    status_.version = ready->version;
    status_.as_of = ready->data->project.as_of;
    status_.read_at = ready->read_at;
}

std::shared_ptr<const LiveView> LiveProject::add_lead(const NewLead& lead) {
    std::lock_guard lock(publishing_);
    const std::shared_ptr<const LiveView> current = view();
    auto next = std::make_shared<LiveView>();
    next->data = current->data;
    next->checker = current->checker;
    next->read_at = current->read_at;
    next->plan = current->plan;  // shares the placements and clusters
    planner::add_lead(*next->data, *next->checker, lead, next->plan);
    pending_.push_back(lead);
    publish(next);
    return view();
}

bool LiveProject::rebuild() {
    std::lock_guard one_at_a_time(rebuilding_);
    {
        std::lock_guard lock(state_);
        status_.rebuilding = true;
    }
    std::string problem;
    std::shared_ptr<LiveView> view;
    try {
        auto data = std::make_shared<Dataset>(loader_());
        require_usable(*data);
        view = std::make_shared<LiveView>();
        view->read_at = utc_timestamp();
        view->checker = std::make_shared<ServiceChecker>(*data);
        view->plan = build_plan(*data, options_.plan);
        view->data = std::move(data);
    } catch (const Error& error) {  // InputError and the rest of ours: bad or unreadable data
        problem = gis::redact_secrets(error.what());
    } catch (const std::exception& error) {
        problem = "cannot read the data: " + gis::redact_secrets(error.what());
    }
    if (view) {
        std::lock_guard lock(publishing_);
        // Leads recorded while the data was read may be missing from what
        // was read: count those again, drop the rest.
        std::unordered_set<std::string_view> read_ids;
        for (std::size_t i = 0; i < view->data->leads.size(); ++i) read_ids.insert(view->data->leads.ids[i]);
        std::erase_if(pending_, [&](const NewLead& lead) { return read_ids.count(lead.id) > 0; });
        for (const NewLead& lead : pending_) planner::add_lead(*view->data, *view->checker, lead, view->plan);
        publish(view);
    }
    std::lock_guard lock(state_);
    status_.rebuilding = false;
    if (view) {
        ++status_.rebuilds;
        status_.problem.clear();
        status_.problem_at.clear();
    } else {
        status_.problem = problem;
        status_.problem_at = utc_timestamp();
    }
    return view != nullptr;
}

void LiveProject::follow_sources_of(const Project& project) {
    Follower& follower = *follower_;
    auto sources = sources_of(project);
    if (follower.watch && sources == follower.sources) return;
    auto watch = std::make_unique<SourceWatch>(project, options_.database_poll);
    std::lock_guard lock(state_);
    status_.not_followed = watch->not_followed();
    follower.watch = std::move(watch);
    follower.sources = std::move(sources);
}

void LiveProject::follow() {
    Follower& follower = *follower_;
    while (!stopping_) {
        follow_sources_of(view()->data->project);
        if (stopping_) break;
        if (follower.watch->wait(std::chrono::hours(1), options_.settle) && !stopping_) rebuild();
    }
}

}  // namespace coverplan::planner
