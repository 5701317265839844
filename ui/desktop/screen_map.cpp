#include "ui/desktop/screen_map.h"

#include <QObject>

namespace coverplan::desktop {

std::shared_ptr<const carto::MapDescription> describe_screen_map(const ProjectSession& session, maps::Theme theme) {
    maps::MapRequest request;
    request.theme = theme;
    return std::make_shared<const carto::MapDescription>(
        maps::describe_map(maps::MapSource{session.data, session.data.nodes, session.plan, &session.label_points}, request));
}

QString theme_label(maps::Theme theme) {
    switch (theme) {
        case maps::Theme::Investment: return QObject::tr("Investment");
        case maps::Theme::Sales: return QObject::tr("Sales focus");
        case maps::Theme::Coverage: return QObject::tr("Coverage");
        case maps::Theme::Utilization: return QObject::tr("Utilisation");
        case maps::Theme::Sla: return QObject::tr("Installation SLA");
    }
    return {};
}

}  // namespace coverplan::desktop
