#include "ui/desktop/scenario_tools.h"

#include <QLocale>

#include "ui/desktop/map_canvas.h"
#include "ui/desktop/scenario_state.h"

namespace coverplan::desktop {


QString AddCapacityTool::hint() const {
    return tr("Click a service area to add ports to the node serving that spot; drag to move the map");
}

void AddCapacityTool::clicked(const QPointF& world) {
    const ProjectSession* session = canvas().session();
    if (!session || !session->checker) return;
    // The node a customer there would be served by: the planner's choice
    // among the live nodes covering the spot (on the data's network).
    const planner::CheckResult result = session->checker->check(world.x(), world.y(), planner::kAnyTechnology);
    const auto status = result.answer.verdict.status;
    const std::int32_t node = result.answer.verdict.node;
    if (node < 0 || (status != planner::Serviceability::Available && status != planner::Serviceability::Full)) {
        emit message(tr("No live node serves this spot: place a new node instead"));
        return;
    }
    const std::string& id = session->data.nodes.ids[std::size_t(node)];
    const QString refused = state_.add_capacity(id, ports_);
    emit message(refused.isEmpty() ? tr("Added %1 ports to %2").arg(QLocale().toString(ports_, 'f', 0), QString::fromStdString(id))
                                   : refused);
}


QString PlaceNodeTool::hint() const { return tr("Click where a new node would stand; drag to move the map"); }

void PlaceNodeTool::set_node(double radius_m, double capacity, const std::string& technology) {
    radius_m_ = radius_m;
    capacity_ = capacity;
    technology_ = technology;
}

void PlaceNodeTool::clicked(const QPointF& world) {
    const QString refused = state_.place_node({world.x(), world.y(), radius_m_, capacity_, technology_});
    emit message(refused.isEmpty() ? tr("Placed a new node") : refused);
}

}  // namespace coverplan::desktop
