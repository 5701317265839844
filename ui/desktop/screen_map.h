#pragma once
// The themed map the canvas draws: the same description as `coverplan map`
// for the session's shown plan and network (the scenario's, if any), with
// the label points the session computed once. The description keeps the
// scenario it borrows nodes from alive.

#include <memory>

#include "ui/carto/map_description.h"
#include "ui/desktop/project_session.h"
#include "ui/maps/map_themes.h"

namespace coverplan::desktop {

std::shared_ptr<const carto::MapDescription> describe_screen_map(const ProjectSession& session, maps::Theme theme);

/// "Investment", "Sales focus", ... for the theme chooser.
QString theme_label(maps::Theme theme);

}  // namespace coverplan::desktop
