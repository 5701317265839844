#pragma once
// One opened project as the desktop app holds it: the dataset, the plan
// built on it, the zones' label points (computed once for every map) and
// a service checker for clicks on the map. Loaded off the UI thread;
// immutable afterwards except for the plan's ranking (re-ranked by the
// weight sliders on the UI thread), so background renders share it through
// a shared_ptr.

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

    /// What the panels and the map show: the scenario's plan and network
    /// when there is one, else the plan of the data as it is.
    const planner::Plan& shown_plan() const { return scenario ? scenario->plan : plan; }
    const planner::Nodes& shown_network() const { return scenario ? scenario->nodes : data.nodes; }

    /// Every team named by a zone, sorted, without duplicates or blanks.
    std::vector<std::string> teams() const;
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
