#include "ui/cli/pipeline.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <numeric>
#include <ostream>

#include "gis/error.h"
#include "ui/cli/standard_output.h"
#include "ui/cli/terminal_output.h"
#include "ui/cli/text_table.h"
#include "ui/i18n/language.h"

namespace coverplan::cli {

planner::Project read_project(const std::string& project_file) {
    return planner::load_project(project_file, planner::today_iso());
}

planner::Dataset load_project_data(const std::string& project_file) {
    return planner::load_dataset(read_project(project_file));
}

planner::Dataset load_network_data(const std::string& project_file) {
    return planner::load_network(read_project(project_file));
}

exporting::OutputTarget checked_output(const std::string& target, const exporting::OutputFormats& formats,
                                       const planner::Project& project, const std::vector<exporting::ReadInput>& more) {
    // Commands that can print their table to standard output take "-" before this (output_option).
    if (target == "-") throw UsageError(standard_output_refusal(formats.extensions));
    std::vector<exporting::ReadInput> inputs = exporting::project_inputs(project);
    inputs.insert(inputs.end(), more.begin(), more.end());
    return exporting::prepare_output(target, formats, inputs);
}

bool has_warnings(const planner::Dataset& data) {
    for (const auto& report : data.reports)
        if (report.repaired + report.rejected + report.flagged > 0 || !report.warnings.empty()) return true;
    return false;
}

namespace {

const char* tile_store_name(gis::TileStore store) {
    switch (store) {
        case gis::TileStore::MBTiles: return "MBTiles";
        case gis::TileStore::GeoPackage: return "GeoPackage";
        case gis::TileStore::Folder: return "XYZ folder";
    }
    return "";
}

/// "basemap.mbtiles (MBTiles, png tiles, zoom 11-16)".
std::string basemap_summary(const gis::TileSource& basemap) {
    const gis::TileSetInfo& info = basemap.info();
    return basemap.path().string() + " (" + tile_store_name(info.store) + ", " + info.format + " tiles, zoom " +
           std::to_string(info.min_zoom) + "-" + std::to_string(info.max_zoom) + ")";
}

}  // namespace

void print_layer_reports(std::ostream& out, const planner::Dataset& data, std::size_t max_problems) {
    out << "Project:     " << data.project.name << "  (" << data.project.file.string() << ")\n"
        << "Working CRS: " << data.working_crs << (data.project.crs.empty() ? " (UTM zone from the data's extent)" : "")
        << "\nAs of:       " << data.project.as_of << "\n";
    if (data.basemap) out << "Basemap:     " << basemap_summary(*data.basemap) << "\n";
    out << "\n";
    TextTable table({"layer", "source", "read", "used", "repaired", "rejected", "flagged"},
                    {false, false, true, true, true, true, true});
    for (const auto& r : data.reports)
        table.add({r.role, r.file + (r.layer.empty() ? "" : " : " + r.layer), group_thousands(r.read),
                   group_thousands(r.used), group_thousands(r.repaired), group_thousands(r.rejected),
                   group_thousands(r.flagged)});
    out << table.render();
    for (const auto& r : data.reports) {
        if (!r.assumed_crs.empty()) out << "\n" << r.role << " (" << r.file << "): no CRS given; assumed " << r.assumed_crs << "\n";
        for (const auto& warning : r.warnings) out << "\n" << r.role << " (" << r.file << "): warning: " << one_line(warning) << "\n";
    }
    for (const auto& r : data.reports) {
        if (r.problems.empty()) continue;
        out << "\n" << r.role << " (" << r.file << "): " << r.problems.size() << " problem"
            << (r.problems.size() == 1 ? "" : "s") << "\n";
        std::size_t shown = 0;
        for (const auto& problem : r.problems) {
            if (max_problems > 0 && shown == max_problems) {
                out << "  ... and " << r.problems.size() - shown
                    << " more (--all lists them; `coverplan overlay` writes them all to the rejects layer)\n";
                break;
            }
            Location where = problem.where;
            where.file.clear();
            where.layer.clear();
            out << "  " << gis::to_string(problem.outcome) << ": " << one_line(where.describe()) << ": "
                << one_line(problem.reason) << "\n";
            ++shown;
        }
    }
}

planner::Day date_option(const Arguments& args, const char* name) {
    const auto text = args.value(name);
    if (!text) return planner::kNoDay;
    std::string problem;
    const auto day = planner::parse_date(*text, &problem);
    if (!day) throw UsageError(std::string(name) + " '" + *text + "' " + problem);
    return *day;
}

gis::LatLon lat_lon_option(const std::string& text, const char* name) {
    std::string problem;
    const auto at = gis::parse_lat_lon(text, &problem);
    // "--at expects LAT,LON ..." reads on; the other problems follow a colon.
    if (!at) throw UsageError(std::string(name) + (problem.rfind("expects", 0) == 0 ? " " : ": ") + problem);
    return *at;
}

namespace {

bool has_hemisphere(const std::string& angle) {
    return angle.find_first_of("NSEWnsew") != std::string::npos;
}

}  // namespace

std::optional<gis::LatLon> lon_lat_pair(const std::string& first, const std::string& second, const char* name) {
    const std::string option(name);
    if (has_hemisphere(first) != has_hemisphere(second))
        throw UsageError(option + ": give both angles their hemisphere letter (106.2014E,21.2731N) or neither "
                                  "(longitude first), not '" + first + "," + second + "'");
    if (has_hemisphere(first)) {
        std::string problem;
        const auto point = gis::parse_lat_lon(first + " " + second, &problem);
        // The letters fixed the order: parse_lat_lon's "latitude first" hint does not apply here.
        const std::string hint = " (LAT,LON: latitude first)";
        if (problem.size() > hint.size() && problem.compare(problem.size() - hint.size(), hint.size(), hint) == 0)
            problem.resize(problem.size() - hint.size());
        if (!point) throw UsageError(option + ": " + problem);
        return point;
    }
    const auto lon = gis::parse_degrees(first, gis::Axis::Longitude);
    const auto lat = gis::parse_degrees(second, gis::Axis::Latitude);
    if (!lon || !lat) return std::nullopt;
    if (std::abs(*lon) > 180 || std::abs(*lat) > 90)
        throw UsageError(option + ": " + first + "," + second +
                         " is not a longitude,latitude (longitude first, in degrees; or mark the hemispheres, "
                         "106.2014E,21.2731N, in either order)");
    return gis::LatLon{*lat, *lon};
}

void print_json(std::ostream& out, const nlohmann::json& value) {
    out << value.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
}

nlohmann::json layer_reports_json(const planner::Dataset& data) {
    nlohmann::json layers = nlohmann::json::array();
    for (const auto& r : data.reports) {
        nlohmann::json problems = nlohmann::json::array();
        for (const auto& p : r.problems)
            problems.push_back({{"outcome", gis::to_string(p.outcome)},
                                {"feature", p.where.feature},
                                {"field", p.where.field},
                                {"reason", p.reason}});
        layers.push_back({{"role", r.role},
                          {"source", r.file},
                          {"layer", r.layer},
                          {"read", r.read},
                          {"used", r.used},
                          {"repaired", r.repaired},
                          {"rejected", r.rejected},
                          {"flagged", r.flagged},
                          {"reader", r.reader},
                          {"assumed_crs", r.assumed_crs.empty() ? nlohmann::json() : nlohmann::json(r.assumed_crs)},
                          {"warnings", r.warnings},
                          {"problems", problems}});
    }
    nlohmann::json out = {{"project", data.project.name}, {"working_crs", data.working_crs}, {"as_of", data.project.as_of},
                          {"layers", layers}};
    if (data.basemap) {
        const gis::TileSetInfo& info = data.basemap->info();
        out["basemap"] = {{"source", data.basemap->path().string()}, {"kind", tile_store_name(info.store)},
                          {"format", info.format}, {"min_zoom", info.min_zoom}, {"max_zoom", info.max_zoom}};
    }
    return out;
}

void print_spatial_index_hint(std::ostream& out, const std::string& file, const std::string& layer) {
    out << layer << " has no spatial index (too many points to index quickly); add one with\n"
        << "  ogrinfo " << file << " -sql \"SELECT CreateSpatialIndex('" << layer << "','geom')\"\n";
}

std::string format_seconds(double seconds) {
    char text[32];
    if (seconds < 1)
        std::snprintf(text, sizeof text, "%.0f ms", seconds * 1000);
    else
        std::snprintf(text, sizeof text, "%.2f s", seconds);
    return text;
}

void print_zone_summary(std::ostream& out, const planner::Dataset& data, const planner::NetworkOverlay& overlay,
                        std::size_t max_rows) {
    using planner::Serviceability;
    auto unservable = [&](std::size_t z) {
        const auto& c = overlay.zones[z].counts.leads_by_status;
        return c[std::size_t(Serviceability::Full)] + c[std::size_t(Serviceability::NotCovered)];
    };
    std::vector<std::size_t> order(data.zones.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        if (unservable(a) != unservable(b)) return unservable(a) > unservable(b);
        return data.zones.ids[a] < data.zones.ids[b];
    });
    TextTable table({"zone", "name", "subscribers", "open leads", "available", "full", "planned", "not covered",
                     "covered", "spare"},
                    {false, false, true, true, true, true, true, true, true, true});
    auto add = [&](const std::string& id, const std::string& name, const planner::ZoneCounts& c, const std::string& covered,
                   const std::string& spare) {
        table.add({id, name, group_thousands(c.subscribers), group_thousands(c.leads_open),
                   group_thousands(c.leads_by_status[0]), group_thousands(c.leads_by_status[1]),
                   group_thousands(c.leads_by_status[2]), group_thousands(c.leads_by_status[3]), covered, spare});
    };
    planner::ZoneCounts total = overlay.outside;
    double spare_total = 0;
    for (std::size_t i = 0; i < order.size(); ++i) {
        const std::size_t z = order[i];
        const auto& figures = overlay.zones[z];
        total.add(figures.counts);
        spare_total += figures.spare_capacity;
        if (max_rows == 0 || i < max_rows)
            add(data.zones.ids[z], data.zones.names[z], figures.counts, percent(figures.covered_share),
                group_thousands(static_cast<long long>(figures.spare_capacity)));
    }
    add("", data.zones.name_of(-1), overlay.outside, "", "");
    add("", "total", total, "", "");
    out << table.render();
    if (max_rows > 0 && order.size() > max_rows)
        out << "(" << order.size() - max_rows << " more zones in the zones layer of the output)\n";
    out << "Spare capacity is summed over live nodes whose service area reaches the zone; a node\n"
           "reaching two zones counts in both.\n";
}

std::string input_warning_note() {
    return i18n::tr_utf8("Cli", "Some input features were repaired, rejected or flagged: see `coverplan validate`.");
}

}  // namespace coverplan::cli
