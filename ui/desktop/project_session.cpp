#include "ui/desktop/project_session.h"

#include <algorithm>

#include "gis/error.h"
#include "gis/redact.h"
#include "planner/project.h"
#include "ui/carto/geometry_path.h"

namespace coverplan::desktop {

namespace {

/// GEOS computes a geometry's envelope when first asked and keeps it; ask
/// now, on one thread, so renders and clicks later only read it.
void warm_envelopes(const planner::Dataset& data) {
    for (const auto& g : data.zones.geometries) carto::envelope_of(g.get());
    for (const auto& g : data.nodes.geometries) carto::envelope_of(g.get());
}

}  // namespace

std::vector<std::string> ProjectSession::teams() const {
    std::vector<std::string> teams;
    for (const auto& team : data.zones.teams)
        if (!team.empty()) teams.push_back(team);
    std::sort(teams.begin(), teams.end());
    teams.erase(std::unique(teams.begin(), teams.end()), teams.end());
    return teams;
}

std::shared_ptr<ProjectSession> load_project_session(const QString& project_file, const std::atomic<bool>& cancel,
                                                     const gis::ProgressCallback& report) {
    auto session = std::make_shared<ProjectSession>();
    session->project_file = project_file;
    session->read_at = QDateTime::currentDateTime();
    const planner::Project project = planner::load_project(project_file.toStdString(), planner::today_iso());
    // Reading and planning report their stages on one bar: reading first,
    // then planning, each half of it.
    auto half = [&report](std::size_t offset) {
        return [&report, offset](std::string_view stage, std::size_t done, std::size_t total) {
            if (report && total > 0) report(stage, offset + done * 100 / total, 200);
        };
    };
    try {
        session->data = planner::load_dataset(project, gis::Progress{half(0), &cancel});
        planner::require_usable(session->data);
        planner::PlanOptions options;
        options.progress = gis::Progress{half(100), &cancel};
        session->plan = planner::build_plan(session->data, options);
    } catch (const gis::Cancelled&) {
        return nullptr;
    }
    if (cancel) return nullptr;
    warm_envelopes(session->data);
    session->label_points = maps::zone_label_points(session->data);
    session->checker = std::make_unique<planner::ServiceChecker>(session->data);
    return session;
}

QString error_line(const std::exception& error) {
    if (dynamic_cast<const InputError*>(&error)) return "error: " + QString::fromStdString(error.what());
    return "internal error: " + QString::fromStdString(gis::redact_secrets(error.what()));
}

}  // namespace coverplan::desktop
