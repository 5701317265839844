#pragma once
// What the field service answers, independent of the HTTP library: each
// endpoint takes the request's parts and returns a status, a content type
// and a body. ui/server/http_server.h wires them to routes; `coverplan serve`
// runs it. Every bad request becomes a 4xx answer whose JSON names the
// parameter ({"error": ..., "parameter": ...}); nothing a request holds can
// stop the service or touch stored prospects before it has been checked.

#include <chrono>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "gis/error.h"
#include "planner/live_project.h"
#include "planner/plan.h"
#include "planner/service_check.h"
#include "ui/export/table_writer.h"

namespace coverplan::server {

struct Answer {
    int status = 200;
    std::string content_type = "application/json; charset=utf-8";
    std::string body;
    std::vector<std::pair<std::string, std::string>> headers;  ///< more header fields
};

/// Header fields of every answer drawn from the data: which version of it
/// (+1 at each rebuild and each recorded prospect) and its as-of date.
inline constexpr const char* kDataVersionHeader = "X-Coverplan-Data-Version";
inline constexpr const char* kAsOfHeader = "X-Coverplan-As-Of";

/// A request the service refuses: the HTTP status (4xx) and the parameter
/// at fault ("" when it is the request as a whole). The message is English
/// (for API clients and logs); `code`, when set, names the refusal for a
/// front end that says it in its own language (the field page: app.js,
/// errorText), so it never changes once a front end relies on it.
class RequestError : public Error {
public:
    RequestError(int status, const std::string& message, std::string parameter, std::string code = "");
    int status() const { return status_; }
    const std::string& parameter() const { return parameter_; }
    const std::string& code() const { return code_; }

private:
    int status_;
    std::string parameter_;
    std::string code_;
};

/// Query parameters (the same type as cpp-httplib's Params).
using Query = std::multimap<std::string, std::string>;

struct ServiceOptions {
    std::string token;               ///< the user "token" (sales) besides the project's users; ui/server/users.h
    std::size_t max_points = 10000;  ///< points in one POST /api/check
    std::size_t max_body_bytes = 2 * 1024 * 1024;
    std::size_t max_coverage_features = 4000;  ///< GET /api/coverage: more in view are left out (and said so)
    std::string leaflet_dir = "/usr/share/javascript/leaflet";  ///< Debian's libjs-leaflet
};

class LeadRecorder;

class FieldService {
public:
    /// Answers from `live`'s current view, following it as it changes; a
    /// recorded prospect counts at once (LiveProject::add_lead). `live`
    /// must outlive the service. Opens the prospect store (creating it)
    /// and the audit log when anyone may record prospects (a token is set,
    /// or the project has users: LeadRecorder::open), so a store that
    /// cannot be used fails here, at start, not at the first prospect.
    FieldService(planner::LiveProject& live, ServiceOptions options);
    /// Answers from fixed data (`data` must outlive the service; the plan is copied).
    FieldService(const planner::Dataset& data, const planner::Plan& plan, ServiceOptions options);
    ~FieldService();
    FieldService(const FieldService&) = delete;
    FieldService& operator=(const FieldService&) = delete;

    // Each endpoint throws RequestError for a bad request.

    /// GET /api/check?lat=..&lon=..[&tech=..] (or ?at=LAT,LON: the location
    /// as typed, ui/server/location_parameters.h): the contract's check JSON.
    Answer check(const Query& query) const;
    /// GET /api/search?q=TEXT[&limit=N]: addresses of [layers.addresses]
    /// best first (ui/server/address_search.h); 404 without an address layer.
    Answer search(const Query& query) const;
    /// POST /api/check: a JSON array of points ({"lat", "lon", "tech"?,
    /// "id"?} or [lat, lon]), or CSV with lat/lon columns (and tech, id);
    /// results in the same order.
    Answer check_many(const std::string& body, const std::string& content_type) const;
    /// GET /api/zones[?bbox=W,S,E,N][&max=N]: zones as GeoJSON with KPIs,
    /// scores, ranks, reasons; with max, none when more than max are in view.
    Answer zones(const Query& query) const;
    /// GET /api/ranking?for=investment|sales[&top=N].
    Answer ranking(const Query& query) const;
    /// GET /api/coverage?bbox=W,S,E,N[&tech=..]: service areas in view,
    /// simplified for the view's size.
    Answer coverage(const Query& query) const;
    /// GET /healthz; "basemap" tells the page how to draw the project's tiles.
    Answer health() const;
    /// GET /tiles/{z}/{x}/{y}: the basemap's tile (ui/server/basemap_tiles.h).
    Answer tile(const std::string& path) const;
    /// POST /api/leads: records a prospect where the answer is full or not
    /// covered, once (a repeat within minutes answers 200 with duplicate_of).
    /// `token` is what the request presented.
    Answer record_lead(const std::string& body, const std::string& token);
    /// GET /, /static/... and the page's root files (/sw.js, /manifest.webmanifest,
    /// /favicon.ico): the field page and Leaflet; nothing for other paths.
    std::optional<Answer> page(const std::string& path) const;

    /// A JSON error answer {"error", "parameter"?, "code"?} (also for the HTTP layer's own refusals).
    static Answer error(int status, const std::string& message, const std::string& parameter = "",
                        const std::string& code = "");

    bool records_leads() const { return recorder_ != nullptr; }
    /// Who records, where and the audit log; nullptr when recording is off.
    const LeadRecorder* recorder() const { return recorder_.get(); }
    std::size_t max_body_bytes() const { return options_.max_body_bytes; }

    /// What the service derives from one view of the data, made before the
    /// view is served (in the thread that made the view).
    struct Served;

private:
    FieldService(planner::LiveProject* live, const planner::Project& project, ServiceOptions options);
    void serve(const std::shared_ptr<const planner::LiveView>& view);
    std::shared_ptr<const Served> served() const;

    planner::LiveProject* live_ = nullptr;  ///< null: fixed data
    ServiceOptions options_;
    std::unique_ptr<LeadRecorder> recorder_;
    std::map<std::string, std::string> leaflet_files_;  ///< path under /static/leaflet/ -> bytes
    mutable std::mutex serving_;
    std::shared_ptr<const Served> served_;
    std::chrono::steady_clock::time_point started_;
};

}  // namespace coverplan::server
