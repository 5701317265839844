#include "ui/maps/map_frame.h"

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <map>

#include "gis/error.h"
#include "gis/geos_handle.h"
#include "gis/inner_point.h"
#include "gis/number_format.h"
#include "planner/calendar.h"
#include "ui/carto/geometry_path.h"
#include "ui/i18n/language.h"
#include "ui/i18n/locale_text.h"
#include "ui/maps/basemap_backdrop.h"

namespace coverplan::maps {

namespace {

carto::WorldBox merge(carto::WorldBox a, const carto::WorldBox& b) {
    if (!b.valid() && b.minx == 0 && b.maxx == 0) return a;
    if (!a.valid() && a.minx == 0 && a.maxx == 0) return b;
    return {std::min(a.minx, b.minx), std::min(a.miny, b.miny), std::max(a.maxx, b.maxx), std::max(a.maxy, b.maxy)};
}

const gis::LayerReport* report_of(const planner::Dataset& data, const std::string& role) {
    for (const auto& report : data.reports)
        if (report.role == role) return &report;
    return nullptr;
}

Location zones_location(const planner::Dataset& data) {
    const gis::LayerReport* report = report_of(data, "zones");
    return report ? Location{report->file, report->layer, "", "", 0} : Location{};
}

}  // namespace

carto::WorldBox frame_extent(const planner::Dataset& data, const Framing& framing) {
    if (framing.zone_id) {
        const auto& ids = data.zones.ids;
        const auto it = std::find(ids.begin(), ids.end(), *framing.zone_id);
        if (it == ids.end()) {
            Location where = zones_location(data);
            where.feature = *framing.zone_id;
            throw InputError(where, "no zone with this id" +
                                        (ids.empty() ? std::string() : " (ids look like '" + ids.front() + "')"));
        }
        const carto::WorldBox zone = carto::envelope_of(data.zones.geometries[std::size_t(it - ids.begin())].get());
        // Some of the neighbours around it, and never less than a kilometre.
        const double pad = std::max({zone.width(), zone.height()}) * 0.2 + 200;
        return {zone.minx - pad, zone.miny - pad, zone.maxx + pad, zone.maxy + pad};
    }
    carto::WorldBox data_box;
    for (const auto& geometry : data.zones.geometries) data_box = merge(data_box, carto::envelope_of(geometry.get()));
    for (const auto& geometry : data.nodes.geometries) data_box = merge(data_box, carto::envelope_of(geometry.get()));
    if (!framing.lonlat) return data_box.grown(0.02);

    const gis::LonLatBox& box = *framing.lonlat;
    if (!(box.west < box.east && box.south < box.north))
        throw InputError("--bbox must read WEST,SOUTH,EAST,NORTH in degrees with WEST < EAST and SOUTH < NORTH");
    // The box's edges, not just its corners, bound it in a projected CRS.
    const gis::LonLatConverter converter(data.working_crs);
    carto::WorldBox world{HUGE_VAL, HUGE_VAL, -HUGE_VAL, -HUGE_VAL};
    for (int i = 0; i <= 8; ++i)
        for (int j = 0; j <= 8; ++j) {
            if (i != 0 && i != 8 && j != 0 && j != 8) continue;
            const auto [x, y] = converter.to_crs(box.west + (box.east - box.west) * i / 8,
                                                 box.south + (box.north - box.south) * j / 8);
            world = {std::min(world.minx, x), std::min(world.miny, y), std::max(world.maxx, x), std::max(world.maxy, y)};
        }
    if (!world.intersects(data_box)) {
        const auto [west, south] = converter.to_lonlat(data_box.minx, data_box.miny);
        const auto [east, north] = converter.to_lonlat(data_box.maxx, data_box.maxy);
        using gis::format_fixed;
        using gis::format_general;
        throw InputError("--bbox " + format_general(box.west) + "," + format_general(box.south) + "," +
                         format_general(box.east) + "," + format_general(box.north) +
                         " does not meet the project's zones or coverage (they lie within " + format_fixed(west, 4) +
                         "," + format_fixed(south, 4) + "," + format_fixed(east, 4) + "," + format_fixed(north, 4) + ")");
    }
    return world;
}

void frame_map(carto::MapDescription& map, const planner::Dataset& data, const Framing& framing) {
    map.extent = frame_extent(data, framing);
    map.figures = i18n::language() == i18n::Language::Vietnamese ? QLocale(QLocale::Vietnamese) : QLocale(QLocale::English);
    const gis::LonLatConverter converter(data.working_crs);
    const double cx = (map.extent.minx + map.extent.maxx) / 2, cy = (map.extent.miny + map.extent.maxy) / 2;
    const gis::GridDistortion distortion = gis::grid_distortion(converter, cx, cy);
    map.scale_factor = distortion.scale_factor;
    map.convergence_deg = distortion.convergence_deg;
    const QString scale = qs(i18n::decimal_text(distortion.scale_factor, 5));
    const QString convergence = qs(i18n::decimal_text(std::abs(distortion.convergence_deg), 2));
    map.notes = {
        (distortion.convergence_deg >= 0
             ? i18n::tr_text("Map", "Coordinates: %1. Scale bar in ground distance (scale factor %2 at the map centre); "
                                    "north arrow to true north (%3° west of grid north).")
             : i18n::tr_text("Map", "Coordinates: %1. Scale bar in ground distance (scale factor %2 at the map centre); "
                                    "north arrow to true north (%3° east of grid north)."))
            .arg(qs(gis::crs_title(data.working_crs)), scale, convergence),
        i18n::tr_text("Map", "Data: %1, as of %2.")
            .arg(data_sources(data), human_date(planner::parse_date(data.project.as_of).value_or(planner::kNoDay))),
        i18n::tr_text("Map", "Made with Coverplan from the operator's own data."),
    };
    if (framing.basemap) add_basemap(map, data);
}

QString human_date(planner::Day day) {
    if (day == planner::kNoDay) return {};
    if (i18n::language() == i18n::Language::Vietnamese) return qs(i18n::date_text(planner::format_date(day)));
    static const char* months[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    const std::string iso = planner::format_date(day);  // YYYY-MM-DD
    const int month = std::stoi(iso.substr(5, 2));
    return QString::number(std::stoi(iso.substr(8, 2))) + " " + months[month - 1] + " " + qs(iso.substr(0, 4));
}

QString human_month(planner::Day day) {
    const QString date = human_date(day);
    if (i18n::language() == i18n::Language::Vietnamese) return date.isEmpty() ? date : date.section('/', 1);  // 11/2026
    return date.isEmpty() ? date : date.section(' ', 1);
}

QString data_sources(const planner::Dataset& data) {
    // One entry per source, its layers in reading order; a PostGIS
    // connection string may hold a password and is never printed.
    std::vector<std::string> order;
    std::map<std::string, std::vector<std::string>> layers;
    for (const auto& report : data.reports) {
        const bool database = report.file.rfind("PG:", 0) == 0;
        const std::string name = database ? "PostGIS" : std::filesystem::path(report.file).filename().string();
        if (!layers.count(name)) order.push_back(name);
        auto& list = layers[name];
        if (!report.layer.empty() && std::find(list.begin(), list.end(), report.layer) == list.end())
            list.push_back(report.layer);
    }
    QStringList parts;
    for (const auto& name : order) {
        const auto& list = layers[name];
        QString part = qs(name);
        const bool single = list.size() == 1 && std::filesystem::path(name).stem().string() == list[0];
        if (!list.empty() && !single) {
            QStringList names;
            for (const auto& layer : list) names << qs(layer);
            part += " (" + names.join(", ") + ")";
        }
        parts << part;
    }
    return parts.join(", ");
}

namespace {

std::vector<LabelPoint> label_points(const planner::Dataset& data, const carto::WorldBox* extent) {
    std::vector<LabelPoint> points(data.zones.size());
    for (std::size_t z = 0; z < data.zones.size(); ++z) {
        const GEOSGeometry* zone = data.zones.geometries[z].get();
        if (extent && !carto::envelope_of(zone).intersects(*extent)) continue;
        const gis::InnerPoint inside = gis::inner_point(zone);
        points[z] = {inside.x, inside.y, inside.diameter};
    }
    return points;
}

}  // namespace

std::vector<LabelPoint> zone_label_points(const planner::Dataset& data, const carto::WorldBox& extent) {
    return label_points(data, &extent);
}

std::vector<LabelPoint> zone_label_points(const planner::Dataset& data) { return label_points(data, nullptr); }

}  // namespace coverplan::maps
