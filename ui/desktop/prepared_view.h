#pragma once
// What the window shows of a session, made ready off the UI thread. Once
// the loader's worker has read and planned the project, it ranks the plan
// with the weights on screen and carries the scenario under study over (a
// reading of changed data), and describes the map and the demand layers
// for the theme and layers chosen, so the window only installs ready
// values. What the user changed while the project was read (theme, layers,
// weights, scenario) the window does again itself when the session arrives.

#include <QStringList>
#include <cstdint>
#include <memory>
#include <optional>

#include "planner/ranking.h"
#include "planner/scenario.h"
#include "ui/carto/map_description.h"
#include "ui/desktop/demand_layers.h"
#include "ui/desktop/project_session.h"
#include "ui/maps/map_themes.h"

namespace coverplan::desktop {

/// What the window shows when a reading starts.
struct ViewRequest {
    maps::Theme theme = maps::Theme::Investment;
    DemandChoice demand;
    /// The same project's data read again: the weights on screen (the new
    /// plan is ranked with them) and the scenario under study, with the
    /// version of it (ScenarioState::version()) the window compares on arrival.
    std::optional<planner::RankingWeights> weights;
    std::optional<planner::Scenario> scenario;
    std::uint64_t scenario_version = 0;
};

struct PreparedView {
    ViewRequest request;
    std::shared_ptr<const carto::MapDescription> map;     ///< describe_screen_map for request.theme
    std::shared_ptr<const carto::MapDescription> demand;  ///< describe_demand for request.demand (null: none chosen)
    /// request.scenario as the new data allows it: the changes kept (their
    /// outcome is the session's scenario) and each change dropped, as
    /// "change: reason".
    planner::Scenario kept_scenario;
    QStringList dropped;
};

/// Makes `session.prepared` for `request`: ranks, carries the scenario,
/// describes. Runs in the loader's worker, on a session nobody else holds.
void prepare_view(ProjectSession& session, const ViewRequest& request);

}  // namespace coverplan::desktop
