#include "ui/server/field_service.h"

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <nlohmann/json.hpp>
#include <iomanip>
#include <sstream>

#include "gis/crs.h"
#include "gis/error.h"
#include "gis/geojson.h"
#include "gis/layer_reader.h"
#include "gis/redact.h"
#include "ui/export/check_results.h"
#include "ui/export/ranking_json.h"
#include "ui/export/zone_table.h"
#include "ui/server/address_search.h"
#include "ui/server/basemap_tiles.h"
#include "ui/server/lead_recorder.h"
#include "ui/server/location_parameters.h"
#include "ui/server/request_body.h"
#include "ui/server/web_assets.h"

namespace coverplan::server {

using json = nlohmann::ordered_json;

namespace {

/// Simplification of zone outlines for the map: metres in the working CRS
/// (a few pixels at the zoom a whole province fits the screen).
constexpr double kZoneOutlineTolerance_m = 15;

/// JSON text of an answer. Text from the data that is not valid UTF-8 (a
/// zone name in a legacy encoding) is sent with U+FFFD in its place rather
/// than failing the answer.
template <class Json>
std::string body_text(const Json& value) {
    return value.dump(-1, ' ', false, Json::error_handler_t::replace);
}

/// The first value of a query parameter, if given.
const std::string* parameter(const Query& query, const std::string& name) {
    auto it = query.find(name);
    return it == query.end() ? nullptr : &it->second;
}

double number_parameter(const Query& query, const std::string& name, const char* meaning, double low, double high) {
    const std::string* text = parameter(query, name);
    if (!text || text->empty())
        throw RequestError(400, "missing parameter '" + name + "' (" + meaning + ")", name);
    const auto value = gis::parse_number(*text);
    if (!value) throw RequestError(400, "parameter '" + name + "' must be a number (" + meaning + "), got '" + *text + "'", name);
    if (*value < low || *value > high) {
        std::ostringstream message;
        message << std::setprecision(12) << name << " " << *text << " is outside " << low << ".." << high;
        throw RequestError(400, message.str(), name);
    }
    return *value;
}

planner::TechIndex technology(const planner::Dataset& data, const std::string& name, const std::string& parameter_name) {
    const auto tech = planner::find_technology(data, name);
    if (!tech)
        throw RequestError(400, "unknown technology '" + name + "' (known: " + planner::technology_list(data) + ")",
                           parameter_name);
    return *tech;
}

/// This thread's converter between longitude/latitude and the working CRS
/// (PROJ transformations are not re-entrant; HTTP workers are many threads).
/// Made in the declaration, not assigned after it: GDAL keeps the thread's
/// PROJ context in a thread_local of its own, which the converter creates,
/// and thread_locals end in the reverse order of their construction. So the
/// converter ends first; ended after GDAL's, it made GDAL create a new
/// context on the way out, leaked at every worker's exit (LeakSanitizer).
const gis::LonLatConverter& converter_for(const std::string& crs) {
    thread_local std::unique_ptr<gis::LonLatConverter> converter = std::make_unique<gis::LonLatConverter>(crs);
    thread_local std::string converter_crs = crs;
    if (converter_crs != crs) {
        converter = std::make_unique<gis::LonLatConverter>(crs);
        converter_crs = crs;
    }
    return *converter;
}

/// A location people give, in the working CRS; nothing when the CRS cannot
/// represent it (PROJ refuses points far from a UTM zone, e.g. 0 N 15 E in
/// zone 48N). Such a location is the request's fault, never an internal error.
std::optional<std::pair<double, double>> working_position(const std::string& crs, double lat, double lon) {
    try {
        return converter_for(crs).to_crs(lon, lat);
    } catch (const InputError&) {
        return std::nullopt;
    }
}

std::string too_far_message(const std::string& crs, double lat, double lon) {
    std::ostringstream message;
    message << std::setprecision(12) << "lat " << lat << ", lon " << lon
            << " lies too far from the project's area to be placed in its CRS (" << crs << ")";
    return message.str();
}

std::pair<double, double> required_position(const std::string& crs, double lat, double lon) {
    const auto position = working_position(crs, lat, lon);
    if (!position) throw RequestError(400, too_far_message(crs, lat, lon), "lon", "location_too_far");
    return *position;
}

json cell_json(const exporting::Cell& cell) {
    if (const auto* text = std::get_if<std::string>(&cell)) return *text;
    if (const auto* whole = std::get_if<std::int64_t>(&cell)) return *whole;
    if (const auto* real = std::get_if<double>(&cell)) return std::isfinite(*real) ? json(*real) : json();
    return nullptr;
}

json row_json(const exporting::Table& table, std::size_t row) {
    json out = json::object();
    for (std::size_t c = 0; c < table.columns.size(); ++c) out[table.columns[c].name] = cell_json(table.rows[row][c]);
    return out;
}

/// West, south, east, north in degrees from "W,S,E,N".
std::array<double, 4> bbox_parameter(const Query& query, bool required) {
    const std::string* text = parameter(query, "bbox");
    if (!text) {
        if (required)
            throw RequestError(400, "missing parameter 'bbox' (west,south,east,north in degrees, WGS84)", "bbox");
        return {-180, -90, 180, 90};
    }
    std::array<double, 4> box{};
    std::stringstream parts(*text);
    std::string part;
    std::size_t n = 0;
    while (std::getline(parts, part, ',')) {
        const auto value = gis::parse_number(part);
        if (n >= 4 || !value)
            throw RequestError(400, "parameter 'bbox' must be four numbers west,south,east,north, got '" + *text + "'",
                               "bbox");
        box[n++] = *value;
    }
    if (n != 4)
        throw RequestError(400, "parameter 'bbox' must be four numbers west,south,east,north, got '" + *text + "'", "bbox");
    if (!(box[0] < box[2] && box[1] < box[3]) || box[0] < -180 || box[2] > 180 || box[1] < -90 || box[3] > 90)
        throw RequestError(400, "parameter 'bbox' must have west < east within -180..180 and south < north within -90..90",
                           "bbox");
    return box;
}

bool envelopes_meet(const gis::Envelope& e, const std::array<double, 4>& box) {
    return e.maxx >= box[0] && e.minx <= box[2] && e.maxy >= box[1] && e.miny <= box[3];
}

std::string read_file(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), {});
}

std::string content_type_of(const std::string& path) {
    auto ends = [&](const char* suffix) {
        const std::string s(suffix);
        return path.size() >= s.size() && path.compare(path.size() - s.size(), s.size(), s) == 0;
    };
    if (ends(".html")) return "text/html; charset=utf-8";
    if (ends(".js")) return "text/javascript; charset=utf-8";
    if (ends(".css")) return "text/css; charset=utf-8";
    if (ends(".png")) return "image/png";
    if (ends(".ico")) return "image/x-icon";
    if (ends(".json")) return "application/json";
    if (ends(".webmanifest")) return "application/manifest+json";
    return "application/octet-stream";
}

}  // namespace

RequestError::RequestError(int status, const std::string& message, std::string parameter, std::string code)
    : Error(message), status_(status), parameter_(std::move(parameter)), code_(std::move(code)) {}

Answer FieldService::error(int status, const std::string& message, const std::string& parameter, const std::string& code) {
    json body = {{"error", message}};
    if (!parameter.empty()) body["parameter"] = parameter;
    if (!code.empty()) body["code"] = code;
    return {status, "application/json; charset=utf-8", body_text(body), {}};
}

/// Zone outlines for the map, simplified once per reading of the data.
struct ZoneOutlines {
    std::vector<gis::GeosGeometry> shapes;  ///< simplified, longitude/latitude
    std::vector<gis::Envelope> envelopes;   ///< of the shapes
};

struct FieldService::Served {
    std::shared_ptr<const planner::LiveView> view;
    exporting::Table zone_table;  ///< every KPI, score and reason; row z = zone z
    std::shared_ptr<const ZoneOutlines> outlines;
    std::vector<std::pair<std::string, std::string>> headers;  ///< the data version and as-of date

    const planner::Dataset& data() const { return *view->data; }
    const planner::Plan& plan() const { return view->plan; }
    const planner::ServiceChecker& checker() const { return *view->checker; }
    Answer answer(std::string body, std::string content_type = "application/json; charset=utf-8", int status = 200) const {
        return {status, std::move(content_type), std::move(body), headers};
    }
};

FieldService::FieldService(planner::LiveProject& live, ServiceOptions options) : FieldService(&live, live.view()->data->project, std::move(options)) {
    live.listen([this](const std::shared_ptr<const planner::LiveView>& view) { serve(view); });
}

FieldService::FieldService(const planner::Dataset& data, const planner::Plan& plan, ServiceOptions options)
    : FieldService(nullptr, data.project, std::move(options)) {
    auto view = std::make_shared<planner::LiveView>();
    view->data = std::shared_ptr<const planner::Dataset>(&data, [](const planner::Dataset*) {});  // not owned
    view->checker = std::make_shared<planner::ServiceChecker>(data);
    view->plan = plan;
    view->version = 1;
    serve(view);
}

void FieldService::serve(const std::shared_ptr<const planner::LiveView>& view) {
    auto next = std::make_shared<Served>();
    next->view = view;
    next->zone_table = exporting::zone_table(*view->data, view->plan);
    next->headers = {{kDataVersionHeader, std::to_string(view->version)}, {kAsOfHeader, view->data->project.as_of}};
    const std::shared_ptr<const Served> previous = served();
    if (previous && previous->view->data == view->data) {  // same data (a prospect added): same outlines
        next->outlines = previous->outlines;
    } else {
        auto outlines = std::make_shared<ZoneOutlines>();
        auto ctx = gis::geos_context();
        const gis::LonLatConverter& converter = converter_for(view->data->working_crs);
        for (const auto& zone : view->data->zones.geometries) {
            gis::GeosGeometry simple(GEOSTopologyPreserveSimplify_r(ctx, zone.get(), kZoneOutlineTolerance_m));
            outlines->shapes.push_back(converter.to_lonlat(simple ? simple.get() : zone.get()));
            outlines->envelopes.push_back(outlines->shapes.back() ? gis::geos_envelope(outlines->shapes.back().get())
                                                                  : gis::Envelope{});
        }
        next->outlines = std::move(outlines);
    }
    std::lock_guard lock(serving_);
    served_ = std::move(next);
}

std::shared_ptr<const FieldService::Served> FieldService::served() const {
    std::lock_guard lock(serving_);
    return served_;
}

FieldService::FieldService(planner::LiveProject* live, const planner::Project& project, ServiceOptions options)
    : live_(live), options_(std::move(options)), started_(std::chrono::steady_clock::now()) {
    try {
        recorder_ = LeadRecorder::open(project, options_.token);
    } catch (const InputError& error) {  // names the store, maybe with its password
        throw InputError(gis::redact_secrets(error.what()));
    }
    // Leaflet from Debian's libjs-leaflet, read once and served by us: the
    // page works without reaching any other server.
    const std::filesystem::path leaflet(options_.leaflet_dir);
    for (const char* file : {"leaflet.js", "leaflet.css", "images/layers.png", "images/layers-2x.png",
                             "images/marker-icon.png", "images/marker-icon-2x.png", "images/marker-shadow.png"})
        if (std::filesystem::exists(leaflet / file)) leaflet_files_[file] = read_file(leaflet / file);
    if (std::filesystem::exists(leaflet / "leaflet.min.js"))  // a third of the size, for phones
        leaflet_files_["leaflet.js"] = read_file(leaflet / "leaflet.min.js");
    if (!leaflet_files_.count("leaflet.js"))
        std::cerr << "warning: Leaflet not found in " << options_.leaflet_dir
                  << " (install libjs-leaflet); the field page will show no map\n";
}

FieldService::~FieldService() {
    // The data outlives the service and goes on rebuilding in its thread
    // until it ends: stop hearing it first (waits for a view being served),
    // or a rebuild finishing during shutdown serves into a dead service.
    if (live_) live_->listen(nullptr);
}

Answer FieldService::check(const Query& query) const {
    const auto current = served();
    const planner::Dataset& data = current->data();
    const auto [lat, lon] = location_parameters(query);
    const std::string* tech_text = parameter(query, "tech");
    const planner::TechIndex tech = technology(data, tech_text ? *tech_text : "", "tech");
    const auto [x, y] = required_position(data.working_crs, lat, lon);
    const planner::CheckResult result = current->checker().check(x, y, tech, tech == planner::kAnyTechnology);
    return current->answer(body_text(exporting::check_json(data, result, lat, lon)));
}

Answer FieldService::search(const Query& query) const {
    const auto current = served();
    const planner::Dataset& data = current->data();
    return current->answer(search_body(data, query, converter_for(data.working_crs)));
}

Answer FieldService::check_many(const std::string& body, const std::string& content_type) const {
    const auto current = served();
    const planner::Dataset& data = current->data();
    if (body.size() > options_.max_body_bytes)
        throw RequestError(413, "body larger than " + std::to_string(options_.max_body_bytes) + " bytes", "body");
    const bool csv = content_type.find("csv") != std::string::npos;
    if (csv) require_utf8_body(body);
    std::vector<PointRequest> points = csv ? points_from_csv(body) : points_from_json(body);
    if (points.size() > options_.max_points)
        throw RequestError(413, "at most " + std::to_string(options_.max_points) + " points per request, got " +
                                    std::to_string(points.size()), "body");
    json results = json::array();
    for (std::size_t i = 0; i < points.size(); ++i) {
        PointRequest& point = points[i];
        if (point.problem.empty()) {
            if (!point.lat) {
                point.problem = "lat must be a number of degrees";
                point.problem_parameter = "lat";
            } else if (!point.lon) {
                point.problem = "lon must be a number of degrees";
                point.problem_parameter = "lon";
            } else if (std::abs(*point.lat) > 90) {
                point.problem = "lat is outside -90..90";
                point.problem_parameter = "lat";
            } else if (std::abs(*point.lon) > 180) {
                point.problem = "lon is outside -180..180";
                point.problem_parameter = "lon";
            } else if (!planner::find_technology(data, point.tech)) {
                point.problem = "unknown technology '" + point.tech + "' (known: " + planner::technology_list(data) + ")";
                point.problem_parameter = "tech";
            }
        }
        std::optional<std::pair<double, double>> position;
        if (point.problem.empty()) {
            position = working_position(data.working_crs, *point.lat, *point.lon);
            if (!position) {
                point.problem = too_far_message(data.working_crs, *point.lat, *point.lon);
                point.problem_parameter = "lon";
            }
        }
        json out;
        out["index"] = i;
        if (!point.id.is_null()) out["id"] = point.id;
        if (!point.problem.empty()) {
            out["error"] = point.problem;
            out["parameter"] = point.problem_parameter;
        } else {
            const planner::TechIndex tech = *planner::find_technology(data, point.tech);
            const auto [x, y] = *position;
            const json answer = exporting::check_json(data, current->checker().check(x, y, tech), *point.lat, *point.lon);
            for (const auto& [key, value] : answer.items()) out[key] = value;
        }
        results.push_back(std::move(out));
    }
    return current->answer(body_text(json{{"count", results.size()}, {"results", results}}));
}

Answer FieldService::zones(const Query& query) const {
    const auto current = served();
    const planner::Dataset& data = current->data();
    const auto box = bbox_parameter(query, false);
    std::size_t max = data.zones.size();
    if (parameter(query, "max"))
        max = static_cast<std::size_t>(number_parameter(query, "max", "at most this many zones, else none", 1, 1e9));
    std::vector<std::size_t> in_view;
    for (std::size_t z = 0; z < data.zones.size(); ++z)
        if (current->outlines->shapes[z] && envelopes_meet(current->outlines->envelopes[z], box)) in_view.push_back(z);
    // A map zoomed out over thousands of zones asks with max: it gets the
    // count and no outlines rather than megabytes it cannot draw.
    const bool too_many = in_view.size() > max;
    std::string body = R"({"type":"FeatureCollection","count":)" + std::to_string(in_view.size()) +
                       R"(,"truncated":)" + (too_many ? "true" : "false") + R"(,"features":[)";
    if (!too_many)
        for (std::size_t k = 0; k < in_view.size(); ++k) {
            const std::size_t z = in_view[k];
            if (k) body += ',';
            body += R"({"type":"Feature","properties":)";
            body += body_text(row_json(current->zone_table, z));
            body += R"(,"geometry":)";
            gis::append_geojson(body, current->outlines->shapes[z].get(), 6);
            body += '}';
        }
    body += "]}";
    return current->answer(std::move(body), "application/geo+json; charset=utf-8");
}

Answer FieldService::ranking(const Query& query) const {
    const auto current = served();
    const planner::Dataset& data = current->data();
    const std::string* kind_text = parameter(query, "for");
    const std::string kind_name = kind_text ? *kind_text : "investment";
    if (kind_name != "investment" && kind_name != "sales")
        throw RequestError(400, "parameter 'for' must be investment or sales, got '" + kind_name + "'", "for");
    const planner::RankingKind kind =
        kind_name == "sales" ? planner::RankingKind::Sales : planner::RankingKind::Investment;
    std::size_t top = data.zones.size();
    if (parameter(query, "top"))
        top = static_cast<std::size_t>(number_parameter(query, "top", "how many zones, 1 or more", 1, 1e9));
    return current->answer(body_text(exporting::ranking_json(data, current->plan(), kind, top)));
}

Answer FieldService::coverage(const Query& query) const {
    const auto current = served();
    const planner::Dataset& data = current->data();
    const auto box = bbox_parameter(query, true);
    const std::string* tech_text = parameter(query, "tech");
    const planner::TechIndex tech = technology(data, tech_text ? *tech_text : "", "tech");
    // The view in the working CRS: the box's corners and edge midpoints that
    // the CRS can place (none: the view is far from the project).
    const gis::LonLatConverter& converter = converter_for(data.working_crs);
    gis::Envelope view{INFINITY, INFINITY, -INFINITY, -INFINITY};
    for (double fx : {0.0, 0.5, 1.0})
        for (double fy : {0.0, 0.5, 1.0})
            if (const auto at = working_position(data.working_crs, box[1] + fy * (box[3] - box[1]),
                                                 box[0] + fx * (box[2] - box[0])))
                view = {std::min(view.minx, at->first), std::min(view.miny, at->second),
                        std::max(view.maxx, at->first), std::max(view.maxy, at->second)};
    std::vector<std::uint32_t> nodes;
    if (view.minx <= view.maxx)
        for (std::uint32_t n : current->checker().node_index().envelope_candidates(view.minx, view.miny, view.maxx, view.maxy))
            if (planner::serves(data.nodes, n, tech)) nodes.push_back(n);
    const bool too_many = nodes.size() > options_.max_coverage_features;
    // About one pixel of a phone or laptop screen showing the view.
    const double tolerance = std::max(view.maxx - view.minx, view.maxy - view.miny) / 1200;
    auto ctx = gis::geos_context();
    std::string body = R"({"type":"FeatureCollection","count":)" + std::to_string(nodes.size()) +
                       R"(,"truncated":)" + (too_many ? "true" : "false") + R"(,"features":[)";
    if (!too_many) {
        const auto& all = data.nodes;
        for (std::size_t k = 0; k < nodes.size(); ++k) {
            const std::uint32_t n = nodes[k];
            gis::GeosGeometry simple(GEOSTopologyPreserveSimplify_r(ctx, all.geometries[n].get(), tolerance));
            gis::GeosGeometry lonlat = converter.to_lonlat(simple ? simple.get() : all.geometries[n].get());
            if (!lonlat) continue;
            json properties = exporting::node_json(data, n);
            const bool has_utilization = all.capacity[n] && all.used[n] && *all.capacity[n] > 0;
            properties["utilization"] = has_utilization ? json(*all.used[n] / *all.capacity[n]) : json();
            if (k) body += ',';
            body += R"({"type":"Feature","properties":)" + body_text(properties) + R"(,"geometry":)";
            gis::append_geojson(body, lonlat.get(), 6);
            body += '}';
        }
    }
    body += "]}";
    return current->answer(std::move(body), "application/geo+json; charset=utf-8");
}

Answer FieldService::health() const {
    const auto current = served();
    const planner::Dataset& data = current->data();
    double west = INFINITY, south = INFINITY, east = -INFINITY, north = -INFINITY;
    for (const auto& e : current->outlines->envelopes) {
        west = std::min(west, e.minx);
        south = std::min(south, e.miny);
        east = std::max(east, e.maxx);
        north = std::max(north, e.maxy);
    }
    const double uptime = std::chrono::duration<double>(std::chrono::steady_clock::now() - started_).count();
    // A rebuild that failed leaves the previous data serving: "stale", and why.
    const planner::LiveStatus live = live_ ? live_->status() : planner::LiveStatus{};
    json body = {{"status", live.problem.empty() ? "ok" : "stale"},
                 {"project", data.project.name},
                 {"as_of", data.project.as_of},
                 {"data_version", current->view->version},
                 {"read_at", current->view->read_at.empty() ? json() : json(current->view->read_at)},
                 {"follows_changes", live_ != nullptr},
                 {"rebuilding", live.rebuilding},
                 {"rebuilds", live.rebuilds},
                 {"problem", live.problem.empty() ? json() : json(live.problem)},
                 {"problem_at", live.problem_at.empty() ? json() : json(live.problem_at)},
                 {"not_followed", live.not_followed},
                 {"working_crs", data.working_crs},
                 {"zones", data.zones.size()},
                 {"nodes", data.nodes.size()},
                 {"technologies", data.technologies},
                 {"addresses", data.project.has("addresses") ? json(data.addresses.size()) : json()},
                 {"extent", west <= east ? json{west, south, east, north} : json()},
                 {"basemap", json::parse(basemap_json(data.basemap.get()))},
                 {"records_leads", records_leads()},
                 {"uptime_s", std::round(uptime)}};
    return current->answer(body_text(body));
}

Answer FieldService::tile(const std::string& path) const {
    const auto current = served();  // the basemap opened with this view of the data
    return basemap_tile(current->data().basemap.get(), path);
}

Answer FieldService::record_lead(const std::string& body, const std::string& token) {
    const auto current = served();
    const planner::Dataset& data = current->data();
    if (!recorder_)
        throw RequestError(403, "recording prospects is off on this service: set [serve] users or token in the project "
                                "file, or COVERPLAN_TOKEN", "token", "recording_off");
    const User user = recorder_->authorise(token);
    if (body.size() > options_.max_body_bytes)
        throw RequestError(413, "body larger than " + std::to_string(options_.max_body_bytes) + " bytes", "body");
    const json request = parsed_json_body(body);
    if (!request.is_object())
        throw RequestError(400, "body must be a JSON object {\"lat\", \"lon\", \"technology\", \"note\"}", "body");
    // Everything is checked before anything is stored.
    Query fields;
    for (const char* key : {"lat", "lon"}) {
        if (!request.contains(key)) continue;
        const json& value = request[key];
        fields.emplace(key, value.is_string() ? value.get<std::string>() : value.is_number() ? value.dump() : "?");
    }
    const double lat = degrees_parameter(fields, "lat", gis::Axis::Latitude);
    const double lon = degrees_parameter(fields, "lon", gis::Axis::Longitude);
    const char* tech_key = request.contains("technology") ? "technology" : "tech";
    if (!request.contains(tech_key) || !request[tech_key].is_string() || request[tech_key].get<std::string>().empty())
        throw RequestError(400, "missing 'technology' (one of: " + planner::technology_list(data) + ")", "technology");
    const planner::TechIndex tech = technology(data, request[tech_key].get<std::string>(), "technology");
    auto text_field = [&](const char* key, std::size_t limit) {
        if (!request.contains(key) || request[key].is_null()) return std::string();
        if (!request[key].is_string()) throw RequestError(400, std::string("'") + key + "' must be text", key);
        std::string text = request[key];
        if (text.size() > limit)
            throw RequestError(400, std::string("'") + key + "' is longer than " + std::to_string(limit) + " bytes", key);
        return text;
    };
    Prospect prospect;
    prospect.note = text_field("note", 2000);
    prospect.customer_name = text_field("customer_name", 200);
    prospect.phone = text_field("phone", 50);
    // Who recorded it is the signed-in user; a name the body gives (a team
    // sharing one token) is kept in the note.
    if (const std::string given = text_field("recorded_by", 200); !given.empty() && given != user.name)
        prospect.note += (prospect.note.empty() ? "" : " ") + std::string("(recorded by: ") + given + ")";
    prospect.lat = lat;
    prospect.lon = lon;
    prospect.technology = data.technology_name(tech);
    prospect.idempotency_key = idempotency_key(request);

    const auto [x, y] = required_position(data.working_crs, lat, lon);
    const planner::CheckResult result = current->checker().check(x, y, tech);
    const auto& verdict = result.answer.verdict;
    if (verdict.status != planner::Serviceability::Full && verdict.status != planner::Serviceability::NotCovered)
        throw RequestError(409,
                           std::string("the location is ") + planner::to_string(verdict.status) + " for " +
                               prospect.technology + ": no prospect to record (they are for full or not covered locations)",
                           "lat", "location_servable");
    prospect.status_at_check = planner::to_string(verdict.status);
    if (result.zone >= 0) prospect.zone_id = data.zones.ids[result.zone];
    if (verdict.node >= 0) prospect.node_id = data.nodes.ids[verdict.node];
    if (verdict.status == planner::Serviceability::NotCovered && verdict.node >= 0) prospect.distance_m = verdict.distance_m;
    RecordOutcome outcome;
    try {
        outcome = recorder_->record(user, prospect);
    } catch (const InputError& error) {
        throw RequestError(503, "cannot store the prospect now: " + gis::redact_secrets(error.what()), "",
                           "store_unavailable");
    }
    std::cerr << (outcome.duplicate ? "duplicate of prospect " : "recorded prospect ") << outcome.id << " ("
              << prospect.technology << ", " << prospect.status_at_check << ", zone "
              << (prospect.zone_id.empty() ? "-" : prospect.zone_id) << ", by " << user.name << ")\n";
    // Counted at once: the ranking and the zones answer with it from now on
    // (a duplicate was counted when first recorded).
    auto answering = current;
    if (live_ && !outcome.duplicate) {
        live_->add_lead(
            {outcome.id, x, y, tech, planner::parse_date(planner::today_iso()).value_or(planner::kNoDay), "new"});
        answering = served();
    }
    json answer = {{"id", outcome.id}, {"status", outcome.duplicate ? "duplicate" : "new"}};
    if (outcome.duplicate) answer["duplicate_of"] = outcome.id;
    if (!prospect.idempotency_key.empty()) answer["idempotency_key"] = prospect.idempotency_key;
    if (outcome.same_key) answer["same_key"] = true;
    answer["recorded_by"] = user.name;
    answer["store"] = gis::redact_secrets(recorder_->store().display_name);
    answer["check"] = exporting::check_json(data, result, lat, lon);
    return answering->answer(body_text(answer), "application/json; charset=utf-8", outcome.duplicate ? 200 : 201);
}

std::optional<Answer> FieldService::page(const std::string& path) const {
    if (path == "/" || path == "/index.html") {
        const auto& assets = web_assets();
        return Answer{200, "text/html; charset=utf-8", std::string(assets.at("index.html")), {}};
    }
    // At the root: a service worker controls only the paths under its own,
    // and browsers ask for /favicon.ico whatever the page says.
    for (const char* root : {"/sw.js", "/manifest.webmanifest", "/favicon.ico"})
        if (path == root) return Answer{200, content_type_of(path), std::string(web_assets().at(path.substr(1))), {}};
    const std::string prefix = "/static/";
    if (path.rfind(prefix, 0) != 0) return std::nullopt;
    const std::string name = path.substr(prefix.size());
    const std::string leaflet = "leaflet/";
    if (name.rfind(leaflet, 0) == 0) {
        auto it = leaflet_files_.find(name.substr(leaflet.size()));
        if (it == leaflet_files_.end()) return std::nullopt;
        return Answer{200, content_type_of(name), it->second, {}};
    }
    const auto& assets = web_assets();
    auto it = assets.find(name);
    if (it == assets.end()) return std::nullopt;
    return Answer{200, content_type_of(name), std::string(it->second), {}};
}

}  // namespace coverplan::server
