#include "ui/desktop/prepared_view.h"

#include <chrono>

#include "ui/desktop/scenario_state.h"
#include "ui/desktop/screen_map.h"

namespace coverplan::desktop {

void prepare_view(ProjectSession& session, const ViewRequest& request) {
    const auto start = std::chrono::steady_clock::now();
    auto view = std::make_shared<PreparedView>();
    view->request = request;
    if (request.weights && !(*request.weights == session.plan.weights))
        planner::rerank(session.data, *request.weights, session.plan);
    if (request.scenario) {
        CarriedScenario carried = carry_scenario(session, *request.scenario);
        view->kept_scenario = std::move(carried.kept);
        view->dropped = std::move(carried.dropped);
    }
    view->map = describe_screen_map(session, request.theme);
    view->demand = describe_demand(session, request.demand);
    session.prepared = std::move(view);
    session.timings.prepare_s = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

}  // namespace coverplan::desktop
