#include "ui/desktop/screen_map.h"

#include <QObject>

namespace coverplan::desktop {

namespace {

/// A description with the scenario whose nodes it borrows: while a render
/// holds the description, an undone scenario stays alive.
struct HeldMap {
    std::shared_ptr<const planner::ScenarioOutcome> scenario;
    carto::MapDescription map;
};

}  // namespace

std::shared_ptr<const carto::MapDescription> describe_screen_map(const ProjectSession& session, maps::Theme theme) {
    maps::MapRequest request;
    request.theme = theme;
    auto held = std::make_shared<HeldMap>();
    held->scenario = session.scenario;
    held->map = maps::describe_map(
        maps::MapSource{session.data, session.shown_network(), session.shown_plan(), &session.label_points}, request);
    return std::shared_ptr<const carto::MapDescription>(held, &held->map);
}

QString theme_label(maps::Theme theme) {
    switch (theme) {
        case maps::Theme::Investment: return QObject::tr("Investment");
        case maps::Theme::Sales: return QObject::tr("Sales focus");
        case maps::Theme::Coverage: return QObject::tr("Coverage");
        case maps::Theme::Utilization: return QObject::tr("Utilisation");
        case maps::Theme::Sla: return QObject::tr("Installation SLA");
        case maps::Theme::Change: return QObject::tr("Rank change since a snapshot");
        case maps::Theme::Complaints: return QObject::tr("Complaints");
    }
    return {};
}

}  // namespace coverplan::desktop
