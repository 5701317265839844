#pragma once
// One opened project as the desktop app holds it: the dataset, the plan
// built on it, the zones' label points (computed once for every map) and
// a service checker for clicks on the map. Loaded off the UI thread;
// immutable afterwards except for the plan's ranking (re-ranked by the
// weight sliders on the UI thread), so background renders share it through
// a shared_ptr. The last owner letting go on the UI thread hands the
// freeing to a worker: a session at scale L is a gigabyte in 10^5
// allocations, and freeing it would stop the window for a while.

#include <QDateTime>
#include <QString>
#include <atomic>
#include <memory>
#include <string>
#include <vector>

#include "gis/progress.h"
#include "planner/dataset.h"
#include "planner/plan.h"
#include "planner/scenario.h"
#include "planner/service_check.h"
#include "ui/maps/map_frame.h"

namespace coverplan::desktop {

struct PreparedView;

/// Where the loader's time went, in seconds of wall time (for the
/// benchmark): reading and planning are what `coverplan rank` does too;
/// the label points and the service checker are built alongside the plan,
/// and `extras_wait_s` is how long the plan had to wait for them after it
/// was done.
struct LoadTimings {
    double read_s = 0;      ///< load_dataset and its checks
    double plan_s = 0;      ///< build_plan
    double labels_s = 0;    ///< zone_label_points (alongside the plan)
    double checker_s = 0;   ///< the ServiceChecker's indexes (alongside the plan)
    double extras_wait_s = 0;
    double prepare_s = 0;   ///< what the window shows, made ready (prepare_view)
};

struct ProjectSession {
    QString project_file;
    QDateTime read_at;  ///< when the data was read (local time): the figures are those of then
    planner::Dataset data;
    planner::Plan plan;
    std::vector<maps::LabelPoint> label_points;  ///< zone_label_points(data)
    std::unique_ptr<planner::ServiceChecker> checker;
    /// The scenario under study (the tools' changes), null without one. A
    /// shared_ptr: a render in the background keeps the one it draws alive.
    std::shared_ptr<const planner::ScenarioOutcome> scenario;
    LoadTimings timings;
    /// What the window shows of this session, made ready by the loader's
    /// worker (prepare_view); the window takes it when it shows the session.
    std::shared_ptr<const PreparedView> prepared;

    /// What the panels and the map show: the scenario's plan and network
    /// when there is one, else the plan of the data as it is.
    const planner::Plan& shown_plan() const { return scenario ? scenario->plan : plan; }
    const planner::Nodes& shown_network() const { return scenario ? scenario->nodes : data.nodes; }

    /// Every team named by a zone, sorted, without duplicates or blanks
    /// (found once, while loading).
    std::vector<std::string> team_list;
    const std::vector<std::string>& teams() const { return team_list; }
};

/// Reads the project file and its layers, refuses a project without usable
/// zones or coverage, builds the plan and what the maps need. Throws
/// InputError with the message `coverplan` prints after "error: "; returns
/// nothing when `cancel` was set meanwhile.
std::shared_ptr<ProjectSession> load_project_session(const QString& project_file, const std::atomic<bool>& cancel,
                                                     const gis::ProgressCallback& report = {});

/// The one-line message `coverplan` prints for a project it cannot use
/// ("error: ..."), for an exception thrown by load_project_session.
QString error_line(const std::exception& error);

}  // namespace coverplan::desktop
