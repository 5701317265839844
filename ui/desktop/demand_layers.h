#pragma once
// The demand drawn over the themed map: subscribers, open leads (coloured
// by whether they can be served now) and complaints. Each is a carto
// PointLayer, so the shared renderer draws dots when zoomed in and counts
// per hexagon when too many are in view. Built once per choice (and per
// scenario for the leads), not per redraw: 10^7 subscribers are copied
// once.

#include <QString>
#include <memory>

#include "ui/carto/map_description.h"
#include "ui/desktop/project_session.h"

namespace coverplan::desktop {

struct DemandChoice {
    bool subscribers = false;
    bool leads = false;
    bool complaints = false;
    bool any() const { return subscribers || leads || complaints; }
    bool operator==(const DemandChoice&) const = default;
};

/// A description with only the chosen point layers and a transparent
/// background, to draw over the theme's content; null when nothing is chosen.
std::shared_ptr<const carto::MapDescription> describe_demand(const ProjectSession& session, const DemandChoice& choice);

}  // namespace coverplan::desktop
