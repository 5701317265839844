#include "ui/desktop/demand_layers.h"

#include <QFutureWatcher>
#include <QObject>
#include <QtConcurrent/QtConcurrentRun>

#include "ui/carto/classify.h"
#include "ui/maps/theme_classes.h"

namespace coverplan::desktop {

namespace {

carto::PointLayer all_points(const planner::DemandPoints& points, const QString& name, const QString& unit,
                             const QColor& colour, carto::Ramp ramp) {
    carto::PointLayer layer;
    layer.name = name;
    layer.unit = unit;
    layer.x = points.x;
    layer.y = points.y;
    layer.point_class.assign(points.size(), 0);
    layer.classes = {{colour, name}};
    layer.dot_mm = 0.9;
    layer.bin_ramp = carto::ramp_colours(ramp, 5);
    return layer;
}

}  // namespace

std::shared_ptr<const carto::MapDescription> describe_demand(const ProjectSession& session, const DemandChoice& choice) {
    return describe_demand(session.data, *session.shown_plan().overlay.leads, choice);
}

std::shared_ptr<const carto::MapDescription> describe_demand(const planner::Dataset& data,
                                                             const planner::PointPlacement& placements,
                                                             const DemandChoice& choice) {
    if (!choice.any()) return nullptr;
    auto map = std::make_shared<carto::MapDescription>();
    map->background = Qt::transparent;
    if (choice.subscribers)
        map->layers.push_back(all_points(data.subscribers, QObject::tr("Subscribers"), QObject::tr("subscribers"),
                                         QColor(0x2c, 0x7f, 0xb8), carto::Ramp::YellowGreenBlue));
    if (choice.complaints)
        map->layers.push_back(all_points(data.complaints, QObject::tr("Complaints"), QObject::tr("complaints"),
                                         QColor(0x88, 0x41, 0x9d), carto::Ramp::Purples));
    if (choice.leads) {
        // Open leads by what can be done for them now (the overlay's statuses).
        carto::PointLayer leads;
        leads.name = QObject::tr("Open leads");
        leads.unit = QObject::tr("leads");
        using planner::Serviceability;
        leads.classes = {{maps::status_colour(Serviceability::Available), QObject::tr("can be served now")},
                         {maps::status_colour(Serviceability::Planned), QObject::tr("planned coverage")},
                         {maps::status_colour(Serviceability::Full), QObject::tr("covered, no spare port")},
                         {maps::status_colour(Serviceability::NotCovered), QObject::tr("not covered")}};
        const auto& status = placements.status;
        for (std::size_t i = 0; i < data.leads.size() && i < status.size(); ++i) {
            if (!data.leads.open[i]) continue;
            leads.x.push_back(data.leads.x[i]);
            leads.y.push_back(data.leads.y[i]);
            switch (status[i]) {
                case planner::Serviceability::Available: leads.point_class.push_back(0); break;
                case planner::Serviceability::Planned: leads.point_class.push_back(1); break;
                case planner::Serviceability::Full: leads.point_class.push_back(2); break;
                case planner::Serviceability::NotCovered: leads.point_class.push_back(3); break;
            }
        }
        leads.dot_mm = 1.1;
        leads.bin_ramp = carto::ramp_colours(carto::Ramp::YellowOrangeRed, 5);
        map->layers.push_back(std::move(leads));
    }
    return map;
}

DemandDescriber::DemandDescriber(QObject* parent) : QObject(parent) {}

void DemandDescriber::describe(std::shared_ptr<const ProjectSession> session, const DemandChoice& choice) {
    const std::uint64_t job = ++job_;
    if (!session || !choice.any()) {
        emit ready(nullptr);
        return;
    }
    const planner::Shared<planner::PointPlacement> leads = session->shown_plan().overlay.leads;
    auto* watcher = new QFutureWatcher<std::shared_ptr<const carto::MapDescription>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, job] {
        watcher->deleteLater();
        if (job != job_) return;  // asked again meanwhile
        pending_ = 0;
        emit ready(watcher->result());
    });
    pending_ = job;
    watcher->setFuture(QtConcurrent::run([session, leads, choice] { return describe_demand(session->data, *leads, choice); }));
}

void DemandDescriber::show(std::shared_ptr<const carto::MapDescription> demand) {
    ++job_;
    emit ready(std::move(demand));
}

}  // namespace coverplan::desktop
