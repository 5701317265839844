#include "planner/dataset.h"

#include <algorithm>
#include <cmath>
#include <functional>
#include <numeric>
#include <set>

#include "gis/crs.h"
#include "gis/error.h"
#include "gis/hex_grid.h"
#include "gis/layer_appender.h"
#include "gis/layer_reader.h"
#include "gis/polygon_index.h"
#include "gis/utf8.h"
#include "planner/address_layer.h"
#include "planner/data_checks.h"
#include "planner/quantities.h"

namespace coverplan::planner {

using gis::Outcome;

const std::vector<std::string> kClosedLeadStatuses = {
    "won",   "lost",   "closed", "cancelled", "canceled", "converted", "rejected", "dropped",
    // The same in Vietnamese (both placements of the tone mark on "huỷ").
    "đã ký", "đã ký hợp đồng", "thành công", "đã lắp đặt", "hủy", "huỷ", "đã hủy", "đã huỷ", "thất bại",
    "không thành công", "từ chối", "đóng", "đã đóng"};

namespace {

std::string normalise(std::string_view text) {
    std::string out = gis::lowercase(text);
    while (!out.empty() && out.back() == ' ') out.pop_back();
    while (!out.empty() && out.front() == ' ') out.erase(out.begin());
    return out;
}

/// `text` without the spaces around it: tabs and line breaks too, and the
/// no-break spaces (U+00A0) spreadsheets leave at the ends of typed cells,
/// so "Phường " and "Phường" are one kind.
std::string trimmed(std::string_view text) {
    auto space_at_front = [&] {
        if (text.empty()) return std::size_t(0);
        if (text.front() == ' ' || (text.front() >= '\t' && text.front() <= '\r')) return std::size_t(1);
        return text.size() >= 2 && text.substr(0, 2) == "\xC2\xA0" ? std::size_t(2) : std::size_t(0);
    };
    auto space_at_back = [&] {
        if (text.empty()) return std::size_t(0);
        if (text.back() == ' ' || (text.back() >= '\t' && text.back() <= '\r')) return std::size_t(1);
        return text.size() >= 2 && text.substr(text.size() - 2) == "\xC2\xA0" ? std::size_t(2) : std::size_t(0);
    };
    while (const std::size_t n = space_at_front()) text.remove_prefix(n);
    while (const std::size_t n = space_at_back()) text.remove_suffix(n);
    return std::string(text);
}

gis::ReadOptions read_options(const LayerConfig& config, const std::string& working_crs) {
    gis::ReadOptions options;
    options.role = config.role;
    options.id_key = "id";
    options.working_crs = working_crs;
    for (const auto& [key, field] : config.fields) options.fields.push_back({key, field});
    return options;
}

/// Whether a date column may hold days after the as-of date: a planned
/// date or a due date lies ahead; an activation, a complaint or an
/// installation cannot have happened yet.
enum class DateSpan { AnyDay, NotAfterAsOf };

/// Parses an optional date column, flagging values that are not dates (or
/// lie after the as-of date where that cannot be true): such a date is left
/// out, never guessed.
std::vector<Day> read_dates(const gis::AttributeTable& table, const LayerConfig& config, const std::string& key,
                            gis::LayerReport& report, const std::string& consequence, DateSpan span,
                            const std::string& as_of_text) {
    std::vector<Day> days(table.fids.size(), kNoDay);
    if (!table.has(key)) return days;
    const std::optional<Day> as_of = parse_date(as_of_text);
    const auto& column = table.column(key);
    for (std::size_t i = 0; i < days.size(); ++i) {
        if (column[i].empty()) continue;
        std::string problem;
        const std::optional<Day> day = parse_date(column[i], &problem);
        if (day && span == DateSpan::NotAfterAsOf && as_of && *day > *as_of)
            problem = "lies after the as-of date " + format_date(*as_of) + ": it cannot have happened yet";
        else if (day)
            days[i] = *day;
        if (!problem.empty())
            report.add(Outcome::Flagged, table.feature_name(i, "id"), config.field(key),
                       key + " '" + std::string(column[i]) + "' " + problem + "; " + consequence);
    }
    return days;
}

class TechnologyRegistry {
public:
    TechIndex index(std::string_view raw) {
        const std::string name = normalise(raw);
        if (name.empty()) return kAnyTechnology;
        auto it = std::find(names_.begin(), names_.end(), name);
        if (it != names_.end()) return static_cast<TechIndex>(it - names_.begin());
        if (names_.size() >= kAnyTechnology) throw InputError("more than 254 distinct technologies");
        names_.push_back(name);
        return static_cast<TechIndex>(names_.size() - 1);
    }
    std::vector<std::string>& names() { return names_; }

private:
    std::vector<std::string> names_;
};

void load_zones(Dataset& data) {
    const LayerConfig& config = data.project.layer("zones");
    gis::PolygonTable table = gis::read_polygons(config.source, read_options(config, data.working_crs));
    const std::size_t n = table.geometries.size();
    std::vector<std::size_t> order(n);
    std::iota(order.begin(), order.end(), 0);
    const auto& ids = table.column("id");
    std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return ids[a] < ids[b]; });
    auto text = [&](const std::string& key, std::size_t i) {
        return table.has(key) ? std::string(table.column(key)[i]) : std::string();
    };
    std::vector<std::string> features;
    for (std::size_t i : order) {
        features.push_back(table.feature_name(i, "id"));
        data.zones.ids.emplace_back(ids[i]);
        data.zones.names.push_back(text("name", i));
        data.zones.teams.push_back(text("team", i));
        data.zones.kinds.push_back(trimmed(text("kind", i)));
        std::optional<std::int64_t> households;
        if (table.has("households") && !table.column("households")[i].empty()) {
            std::string problem;
            households = parse_count(table.column("households")[i], &problem);
            if (!households)
                table.report.add(Outcome::Flagged, table.feature_name(i, "id"), config.field("households"),
                                 "households '" + std::string(table.column("households")[i]) + "' " + problem +
                                     "; penetration left empty");
        }
        data.zones.households.push_back(households);
        data.zones.geometries.push_back(std::move(table.geometries[i]));
    }
    separate_overlapping_zones(data.zones, features, table.report);
    data.reports.push_back(std::move(table.report));
}

void load_nodes(Dataset& data, TechnologyRegistry& techs) {
    const LayerConfig& config = data.project.layer("coverage");
    gis::ReadOptions options = read_options(config, data.working_crs);
    if (config.maps("radius_m")) options.radius_key = "radius_m";
    options.radius_value = config.radius_m_value;
    gis::PolygonTable table = gis::read_polygons(config.source, options);
    auto& report = table.report;
    const std::vector<Day> planned = read_dates(table, config, "planned_date", report, "planned date left empty",
                                                DateSpan::AnyDay, data.project.as_of);
    for (std::size_t i = 0; i < table.geometries.size(); ++i) {
        const std::string feature = table.feature_name(i, "id");
        data.nodes.ids.emplace_back(table.column("id")[i]);
        const std::string_view tech_text =
            table.has("technology") ? table.column("technology")[i] : std::string_view(config.technology_value);
        const TechIndex tech = techs.index(tech_text);
        if (tech == kAnyTechnology)
            report.add(Outcome::Flagged, feature, config.field("technology"),
                       "no technology; the node serves checks of any technology");
        data.nodes.technology.push_back(tech);
        NodeStatus status = NodeStatus::Live;
        if (table.has("status")) {
            const std::string value = normalise(table.column("status")[i]);
            static const std::set<std::string> planned_values = {"planned", "plan", "quy hoạch", "dự kiến", "kế hoạch"};
            static const std::set<std::string> live_values = {"live", "active", "in service", "hoạt động",
                                                              "đang hoạt động", "đang chạy", "khai thác", "đang khai thác"};
            if (planned_values.count(value))
                status = NodeStatus::Planned;
            else if (!value.empty() && !live_values.count(value))
                report.add(Outcome::Flagged, feature, config.field("status"),
                           "status '" + std::string(table.column("status")[i]) + "' is neither live nor planned; taken as live");
        }
        data.nodes.status.push_back(status);
        data.nodes.planned_date.push_back(planned[i]);
        // A quantity the data lacks stays empty: spare capacity is reported
        // unknown, never guessed. A planned node has nothing in use yet.
        auto quantity = [&](const std::string& key) -> std::optional<double> {
            const std::string_view raw = table.column(key)[i];
            std::string problem;
            std::optional<double> value = parse_quantity(raw, &problem);
            if (value) return value;
            if (raw.empty() && key == "used" && status == NodeStatus::Planned) return 0.0;
            report.add(Outcome::Flagged, feature, config.field(key),
                       (raw.empty() ? "no " + key + " value" : key + " '" + std::string(raw) + "' " + problem) +
                           "; the node's spare capacity is unknown (not guessed)");
            return std::nullopt;
        };
        data.nodes.capacity.push_back(quantity("capacity"));
        data.nodes.used.push_back(quantity("used"));
        if (data.nodes.capacity.back() && data.nodes.used.back() && *data.nodes.used.back() > *data.nodes.capacity.back())
            report.add(Outcome::Flagged, feature, config.field("used"),
                       "used exceeds capacity; the node counts as full");
        data.nodes.geometries.push_back(std::move(table.geometries[i]));
    }
    data.reports.push_back(std::move(report));
}

void read_demand(Dataset& data, const LayerConfig& config, DemandPoints& points, TechnologyRegistry& techs) {
    const std::string& role = config.role;
    gis::PointTable table = gis::read_points(config.source, read_options(config, data.working_crs));
    auto& report = table.report;
    const std::size_t n = table.x.size();
    check_points_meet_zones(data.zones, table.x, table.y, data.working_crs, table.source_crs, report);
    points.x = std::move(table.x);
    points.y = std::move(table.y);
    // Complaints name a technology when the project maps one (a field or a
    // constant): they are then tied only to nodes of that technology.
    const bool complaint_technology =
        role == "complaints" && (table.has("technology") || !config.technology_value.empty());
    if (role == "subscribers" || role == "leads" || complaint_technology) {
        points.technology.resize(n, kAnyTechnology);
        if (table.has("technology"))
            for (std::size_t i = 0; i < n; ++i) {
                if ((i & 4095) == 4095) gis::check_cancelled();
                points.technology[i] = techs.index(table.column("technology")[i]);
            }
        else if (!config.technology_value.empty())
            std::fill(points.technology.begin(), points.technology.end(), techs.index(config.technology_value));
    }
    const std::string date_key = role == "subscribers" ? "activated" : role == "complaints" ? "date" : "created";
    const std::string consequence = role == "subscribers" ? "left out of the growth trend" : "left out of date-based figures";
    points.date = read_dates(table, config, date_key, report, consequence, DateSpan::NotAfterAsOf, data.project.as_of);
    if (role == "leads") {
        points.open.assign(n, true);
        if (table.has("status")) {
            std::set<std::string> closed;
            for (const auto& value : config.closed_status_values.empty() ? kClosedLeadStatuses : config.closed_status_values)
                closed.insert(normalise(value));
            for (std::size_t i = 0; i < n; ++i) {
                if ((i & 4095) == 4095) gis::check_cancelled();
                std::string status = normalise(table.column("status")[i]);
                points.open[i] = closed.count(status) == 0;
                points.category.push_back(std::move(status));
            }
        }
    }
    if (role == "complaints" && table.has("category"))
        for (std::size_t i = 0; i < n; ++i) points.category.emplace_back(table.column("category")[i]);
    if (role == "orders") {
        points.due = read_dates(table, config, "due", report, "left out of the on-time rate", DateSpan::AnyDay,
                                data.project.as_of);
        points.installed = read_dates(table, config, "installed", report, "taken as not installed",
                                      DateSpan::NotAfterAsOf, data.project.as_of);
        points.open.resize(n);
        for (std::size_t i = 0; i < n; ++i) points.open[i] = points.installed[i] == kNoDay;
        if (table.has("team"))
            for (std::size_t i = 0; i < n; ++i) points.category.emplace_back(table.column("team")[i]);
        for (auto [key, column] : {std::pair{"address", &points.address}, std::pair{"customer", &points.customer}})
            if (table.has(key))
                for (std::size_t i = 0; i < n; ++i) column->emplace_back(table.column(key)[i]);
    }
    if (role == "leads")
        for (auto [key, column] : {std::pair{"customer", &points.customer}, std::pair{"phone", &points.phone},
                                   std::pair{"note", &points.note}})
            if (table.has(key))
                for (std::size_t i = 0; i < n; ++i) column->emplace_back(table.column(key)[i]);
    // Last: the problems reported above name features by this column.
    points.ids = std::move(table.columns["id"]);
    data.reports.push_back(std::move(report));
}

void load_points(Dataset& data, const std::string& role, DemandPoints& points, TechnologyRegistry& techs) {
    if (data.project.has(role)) read_demand(data, data.project.layer(role), points, techs);
}

/// Prospects recorded in the field (`coverplan serve`, POST /api/leads) are
/// leads like the project's own: read from the store when it exists, after them.
void load_field_leads(Dataset& data, TechnologyRegistry& techs) {
    const gis::LayerSource& store = data.project.serve.leads_store;
    if (store.source.empty() || !gis::has_layer(store)) return;
    if (data.project.has("leads")) {
        const gis::LayerSource& own = data.project.layer("leads").source;
        if (own.source == store.source && own.layer == store.layer) return;  // the project reads it already
    }
    LayerConfig config;
    config.role = "leads";
    config.source = store;
    config.fields = {{"id", "id"}, {"technology", "technology"}, {"status", "status"}, {"created", "created"}};
    DemandPoints field;
    read_demand(data, config, field, techs);
    DemandPoints& leads = data.leads;
    const std::size_t before = leads.size(), added = field.size();
    leads.x.insert(leads.x.end(), field.x.begin(), field.x.end());
    leads.y.insert(leads.y.end(), field.y.begin(), field.y.end());
    for (std::size_t i = 0; i < added; ++i) leads.ids.push_back(field.ids[i]);
    leads.technology.insert(leads.technology.end(), field.technology.begin(), field.technology.end());
    leads.date.insert(leads.date.end(), field.date.begin(), field.date.end());
    leads.open.insert(leads.open.end(), field.open.begin(), field.open.end());
    // Statuses are kept only when every lead has one: fill the project's
    // unmapped ones with "" rather than misalign the column.
    if (leads.category.empty() && before > 0) leads.category.assign(before, "");
    leads.category.insert(leads.category.end(), field.category.begin(), field.category.end());
    // Who the customer is, when the project's leads say, is unknown for a
    // recorded prospect: empty, keeping the columns aligned with the points.
    for (auto* column : {&leads.customer, &leads.phone, &leads.note})
        if (!column->empty()) column->resize(leads.size());
}

/// Zones for a project without administrative zones: hexagons over the
/// network and demand, keeping the cells that hold a point or touch coverage.
void generate_hex_zones(Dataset& data, double spacing) {
    double minx = INFINITY, miny = INFINITY, maxx = -INFINITY, maxy = -INFINITY;
    auto extend = [&](double x0, double y0, double x1, double y1) {
        minx = std::min(minx, x0);
        miny = std::min(miny, y0);
        maxx = std::max(maxx, x1);
        maxy = std::max(maxy, y1);
    };
    auto ctx = gis::geos_context();
    for (const auto& g : data.nodes.geometries) {
        const gis::Envelope e = gis::geos_envelope(g.get());
        extend(e.minx, e.miny, e.maxx, e.maxy);
    }
    for (const DemandPoints* points : {&data.subscribers, &data.leads, &data.complaints, &data.orders})
        for (std::size_t i = 0; i < points->size(); ++i) extend(points->x[i], points->y[i], points->x[i], points->y[i]);
    gis::LayerReport report;
    report.role = "zones";
    report.file = "(hexagon grid, cell_m = " + std::to_string(static_cast<long>(spacing)) + ")";
    if (!(maxx >= minx)) {
        data.reports.insert(data.reports.begin(), std::move(report));
        return;
    }
    std::vector<gis::HexCell> cells = gis::hex_grid(minx, miny, maxx, maxy, spacing);
    std::vector<const GEOSGeometry*> polygons;
    for (const auto& cell : cells) polygons.push_back(cell.polygon.get());
    std::vector<bool> keep(cells.size(), false);
    {
        gis::PolygonIndex index(polygons);
        for (const DemandPoints* points : {&data.subscribers, &data.leads, &data.complaints, &data.orders})
            for (std::size_t i = 0; i < points->size(); ++i)
                for (auto c : index.covering(points->x[i], points->y[i])) keep[c] = true;
        for (const auto& g : data.nodes.geometries) {
            const gis::Envelope e = gis::geos_envelope(g.get());
            gis::GeosPrepared prepared(GEOSPrepare_r(ctx, g.get()));
            for (auto c : index.envelope_candidates(e.minx, e.miny, e.maxx, e.maxy))
                if (!keep[c] && GEOSPreparedIntersects_r(ctx, prepared.get(), polygons[c]) == 1 &&
                    GEOSPreparedTouches_r(ctx, prepared.get(), polygons[c]) != 1)
                    keep[c] = true;
        }
    }
    std::vector<std::size_t> order;
    for (std::size_t c = 0; c < cells.size(); ++c)
        if (keep[c]) order.push_back(c);
    auto id_of = [&](std::size_t c) {
        char text[32];
        std::snprintf(text, sizeof text, "H%04d-%04d", cells[c].row, cells[c].column);
        return std::string(text);
    };
    for (std::size_t c : order) {
        data.zones.ids.push_back(id_of(c));
        data.zones.names.push_back("Hex " + id_of(c).substr(1));
        data.zones.teams.emplace_back();
        data.zones.kinds.emplace_back();
        data.zones.households.emplace_back();
        data.zones.geometries.push_back(std::move(cells[c].polygon));
    }
    report.read = report.used = order.size();
    data.reports.insert(data.reports.begin(), std::move(report));
}

}  // namespace

const std::string& Dataset::technology_name(TechIndex t) const {
    static const std::string none;
    return t == kAnyTechnology ? none : technologies.at(t);
}

std::string choose_working_crs(const Project& project) {
    if (!project.crs.empty()) {
        gis::require_metric_crs(project.crs);
        return project.crs;
    }
    for (const char* role : {"zones", "coverage", "subscribers"}) {
        if (!project.has(role)) continue;
        if (auto box = gis::layer_extent_lonlat(project.layer(role).source))
            return gis::utm_crs_for((box->west + box->east) / 2, (box->south + box->north) / 2);
    }
    throw InputError(Location{project.file.string(), "", "", "", 0},
                     "cannot choose a working CRS from the data; set crs = \"EPSG:...\" in [project]");
}

const std::string& Zones::kind_of(std::size_t z) const {
    static const std::string none;
    return z < kinds.size() ? kinds[z] : none;
}

const std::string& Zones::name_of(std::int64_t zone) const {
    static const std::string outside = "(outside every zone)";
    return zone < 0 || std::size_t(zone) >= size() ? outside : names[std::size_t(zone)];
}

Dataset load_dataset(const Project& project, const Progress& progress) {
    const gis::ProgressScope scope(progress.report || progress.cancel ? &progress : gis::current_progress());
    Dataset data;
    data.project = project;
    TechnologyRegistry techs;
    // The stages in order; each is reported as it starts, then "done".
    std::vector<std::pair<std::string, std::function<void()>>> stages;
    stages.emplace_back("working CRS", [&] { data.working_crs = choose_working_crs(project); });
    if (project.has("zones")) stages.emplace_back("reading zones", [&] { load_zones(data); });
    stages.emplace_back("reading coverage", [&] { load_nodes(data, techs); });
    for (const char* role : {"subscribers", "leads"})
        if (project.has(role))
            stages.emplace_back(std::string("reading ") + role, [&data, &techs, role] {
                load_points(data, role, role == std::string("leads") ? data.leads : data.subscribers, techs);
            });
    stages.emplace_back("reading field leads", [&] { load_field_leads(data, techs); });
    for (const char* role : {"complaints", "orders"})
        if (project.has(role))
            stages.emplace_back(std::string("reading ") + role, [&data, &techs, role] {
                load_points(data, role, role == std::string("orders") ? data.orders : data.complaints, techs);
            });
    if (project.hex_cell_m) stages.emplace_back("hexagon zones", [&] { generate_hex_zones(data, *project.hex_cell_m); });
    // After the zones, generated ones too: the points are checked against them.
    if (project.has("addresses")) stages.emplace_back("reading addresses", [&] { load_addresses(data); });
    if (project.basemap.named())
        stages.emplace_back("opening the basemap", [&] {
            data.basemap = gis::TileSource::open(project.basemap.source, project.basemap.table,
                                                 "the basemap ([basemap] source)");
        });
    for (std::size_t s = 0; s < stages.size(); ++s) {
        gis::report_stage(stages[s].first, s, stages.size());
        stages[s].second();
    }

    // Technologies are numbered in first-seen order while reading; renumber
    // them alphabetically so outputs do not depend on the data's row order.
    std::vector<std::string> sorted = techs.names();
    std::sort(sorted.begin(), sorted.end());
    std::vector<TechIndex> remap(techs.names().size());
    for (std::size_t i = 0; i < remap.size(); ++i)
        remap[i] = static_cast<TechIndex>(std::find(sorted.begin(), sorted.end(), techs.names()[i]) - sorted.begin());
    auto apply = [&](std::vector<TechIndex>& column) {
        for (auto& t : column)
            if (t != kAnyTechnology) t = remap[t];
    };
    apply(data.nodes.technology);
    apply(data.subscribers.technology);
    apply(data.leads.technology);
    apply(data.complaints.technology);
    data.technologies = std::move(sorted);
    gis::report_stage("done", stages.size(), stages.size());
    return data;
}

Dataset load_network(const Project& project) {
    if (project.hex_cell_m) return load_dataset(project);
    Project network = project;
    for (const char* demand : {"subscribers", "leads", "complaints", "orders"}) network.layers.erase(demand);
    network.serve.leads_store = {};  // recorded prospects are demand too
    return load_dataset(network);
}

void require_usable(const Dataset& data) {
    for (const auto& report : data.reports) {
        const bool required = report.role == "zones" || report.role == "coverage";
        if (required && report.used == 0)
            throw InputError(Location{report.file, report.layer, "", "", 0},
                             "no usable " + report.role + " (read " + std::to_string(report.read) + ", rejected " +
                                 std::to_string(report.rejected) + "); nothing can be computed without them");
    }
}

}  // namespace coverplan::planner
