#include "ui/desktop/check_tool.h"

#include "gis/crs.h"
#include "ui/desktop/map_canvas.h"
#include "ui/export/check_results.h"

namespace coverplan::desktop {

QString CheckTool::hint() const { return tr("Click a spot to check whether we can sell there; drag to move the map"); }

nlohmann::ordered_json CheckTool::check(const QPointF& world) const {
    const ProjectSession* session = canvas().session();
    if (!session || !session->checker) return {};
    const gis::LonLatConverter converter(session->data.working_crs);
    const auto [lon, lat] = converter.to_lonlat(world.x(), world.y());
    // Any technology, and each one: `coverplan check` without --tech.
    const planner::CheckResult result = session->checker->check(world.x(), world.y(), planner::kAnyTechnology, true);
    return exporting::check_json(session->data, result, lat, lon);
}

void CheckTool::clicked(const QPointF& world) {
    const nlohmann::ordered_json answer = check(world);
    if (!answer.is_null()) emit checked(world, answer);
}

}  // namespace coverplan::desktop
