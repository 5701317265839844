#pragma once
// The demand drawn over the themed map: subscribers, open leads (coloured
// by whether they can be served now) and complaints. Each is a carto
// PointLayer, so the shared renderer draws dots when zoomed in and counts
// per hexagon when too many are in view. Built once per choice (and per
// scenario for the leads), not per redraw, and off the UI thread: 10^7
// subscribers are copied once, in a worker.

#include <QObject>
#include <QString>
#include <cstdint>
#include <memory>

#include "planner/network_overlay.h"
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
/// background, to draw over the theme's content; null when nothing is
/// chosen. The leads are coloured by `leads`, the placements of the plan shown.
std::shared_ptr<const carto::MapDescription> describe_demand(const planner::Dataset& data,
                                                             const planner::PointPlacement& leads,
                                                             const DemandChoice& choice);
/// The same for the session's shown plan (the scenario's, if any).
std::shared_ptr<const carto::MapDescription> describe_demand(const ProjectSession& session, const DemandChoice& choice);

/// Describes the demand layers in a worker. What it reads is taken when
/// asked: the session (whose data never changes) and the shown plan's lead
/// placements (shared, copied by whoever changes them), so the window may
/// re-rank or change the scenario meanwhile. A worker still describing
/// when the describer goes keeps what it reads alive and is not heard.
class DemandDescriber : public QObject {
    Q_OBJECT
public:
    explicit DemandDescriber(QObject* parent = nullptr);

    /// ready() follows with the description, unless describe() or show() is
    /// called again first. Nothing chosen: ready(nullptr) at once.
    void describe(std::shared_ptr<const ProjectSession> session, const DemandChoice& choice);
    /// A description made already (the loader's): ready() at once, and one
    /// under way is dropped.
    void show(std::shared_ptr<const carto::MapDescription> demand);
    /// True while a description is being made.
    bool busy() const { return pending_ != 0 && pending_ == job_; }

signals:
    void ready(std::shared_ptr<const carto::MapDescription> demand);

private:
    std::uint64_t job_ = 0;      ///< the description the window waits for
    std::uint64_t pending_ = 0;  ///< the job being described in a worker, 0: none
};

}  // namespace coverplan::desktop
