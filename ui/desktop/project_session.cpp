#include "ui/desktop/project_session.h"

#include <QCoreApplication>
#include <QThread>
#include <QThreadPool>
#include <algorithm>
#include <chrono>
#include <future>

#include "gis/error.h"
#include "gis/geos_handle.h"
#include "gis/redact.h"
#include "planner/project.h"
#include "ui/carto/geometry_path.h"
#include "ui/desktop/prepared_view.h"

namespace coverplan::desktop {

namespace {

double seconds_since(std::chrono::steady_clock::time_point start) {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

/// GEOS computes a geometry's envelope when first asked and keeps it, and
/// so does each part and ring of it; ask now, on one thread, so that the
/// plan, the label points and the checker (built at the same time), renders
/// and clicks later only read them.
void warm_envelope(GEOSContextHandle_t ctx, const GEOSGeometry* geometry) {
    if (!geometry) return;
    carto::envelope_of(geometry);
    switch (GEOSGeomTypeId_r(ctx, geometry)) {
        case GEOS_POLYGON: {
            warm_envelope(ctx, GEOSGetExteriorRing_r(ctx, geometry));
            const int rings = GEOSGetNumInteriorRings_r(ctx, geometry);
            for (int i = 0; i < rings; ++i) warm_envelope(ctx, GEOSGetInteriorRingN_r(ctx, geometry, i));
            break;
        }
        case GEOS_MULTIPOLYGON:
        case GEOS_GEOMETRYCOLLECTION: {
            const int parts = GEOSGetNumGeometries_r(ctx, geometry);
            for (int i = 0; i < parts; ++i) warm_envelope(ctx, GEOSGetGeometryN_r(ctx, geometry, i));
            break;
        }
        default: break;
    }
}

void warm_envelopes(const planner::Dataset& data) {
    auto ctx = gis::geos_context();
    for (const auto& g : data.zones.geometries) warm_envelope(ctx, g.get());
    for (const auto& g : data.nodes.geometries) warm_envelope(ctx, g.get());
}

std::vector<std::string> teams_of(const planner::Zones& zones) {
    std::vector<std::string> teams;
    for (const auto& team : zones.teams)
        if (!team.empty()) teams.push_back(team);
    std::sort(teams.begin(), teams.end());
    teams.erase(std::unique(teams.begin(), teams.end()), teams.end());
    return teams;
}

/// The session's deleter: freeing on the UI thread (where the window lets
/// go of a session it replaces) goes to a worker instead. The global pool
/// is waited for when the application ends.
void release_session(ProjectSession* session) {
    const QCoreApplication* app = QCoreApplication::instance();
    if (app && QThread::currentThread() == app->thread()) {
        QThreadPool::globalInstance()->start([session] { delete session; });
        return;
    }
    delete session;
}

}  // namespace

std::shared_ptr<ProjectSession> load_project_session(const QString& project_file, const std::atomic<bool>& cancel,
                                                     const gis::ProgressCallback& report) {
    std::shared_ptr<ProjectSession> session(new ProjectSession, &release_session);
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
    LoadTimings& timings = session->timings;
    try {
        auto start = std::chrono::steady_clock::now();
        session->data = planner::load_dataset(project, gis::Progress{half(0), &cancel});
        planner::require_usable(session->data);
        timings.read_s = seconds_since(start);
        warm_envelopes(session->data);
        // What the maps and clicks need comes from the data alone: made
        // alongside the plan, which leaves a core idle in its serial stages.
        ProjectSession& made = *session;
        std::future<void> extras = std::async(std::launch::async, [&made] {
            auto begin = std::chrono::steady_clock::now();
            made.label_points = maps::zone_label_points(made.data);
            made.timings.labels_s = seconds_since(begin);
            begin = std::chrono::steady_clock::now();
            made.checker = std::make_unique<planner::ServiceChecker>(made.data);
            made.team_list = teams_of(made.data.zones);
            made.timings.checker_s = seconds_since(begin);
        });
        start = std::chrono::steady_clock::now();
        planner::PlanOptions options;
        options.progress = gis::Progress{half(100), &cancel};
        // Like `coverplan rank`: no per-subscriber zone and status, which
        // nothing in the app shows (10^7 of them at scale L).
        options.keep_placements = false;
        try {
            session->plan = planner::build_plan(session->data, options);
        } catch (...) {
            extras.wait();  // it reads the data being thrown away
            throw;
        }
        timings.plan_s = seconds_since(start);
        start = std::chrono::steady_clock::now();
        extras.get();
        timings.extras_wait_s = seconds_since(start);
    } catch (const gis::Cancelled&) {
        return nullptr;
    }
    if (cancel) return nullptr;
    return session;
}

QString error_line(const std::exception& error) {
    if (dynamic_cast<const InputError*>(&error)) return "error: " + QString::fromStdString(error.what());
    return "internal error: " + QString::fromStdString(gis::redact_secrets(error.what()));
}

}  // namespace coverplan::desktop
