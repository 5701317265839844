#include "ui/maps/theme_parts.h"

#include <algorithm>
#include <cmath>

#include "ui/i18n/language.h"
#include "ui/i18n/locale_text.h"

namespace coverplan::maps::detail {

namespace {
// The units count_text is called with, for the catalogue (context "Unit").
[[maybe_unused]] const char* const kUnits[] = {
    QT_TRANSLATE_NOOP("Unit", "zone"),         QT_TRANSLATE_NOOP("Unit", "zones"),
    QT_TRANSLATE_NOOP("Unit", "node"),         QT_TRANSLATE_NOOP("Unit", "nodes"),
    QT_TRANSLATE_NOOP("Unit", "cluster"),      QT_TRANSLATE_NOOP("Unit", "clusters"),
    QT_TRANSLATE_NOOP("Unit", "installation"), QT_TRANSLATE_NOOP("Unit", "installations"),
    QT_TRANSLATE_NOOP("Unit", "recent complaint"), QT_TRANSLATE_NOOP("Unit", "recent complaints"),
    QT_TRANSLATE_NOOP("Unit", "team"),         QT_TRANSLATE_NOOP("Unit", "teams"),
    QT_TRANSLATE_NOOP("Unit", "stop"),         QT_TRANSLATE_NOOP("Unit", "stops"),
};
}  // namespace

QString count_text(long long n, const char* one, const char* many) {
    return qs(i18n::count_text(n)) + " " + qs(i18n::tr_known("Unit", n == 1 ? one : many));
}

QString number_text(double value) { return qs(i18n::count_text(std::llround(value))); }

QString distance_text(double metres) {
    return metres >= 1000 ? qs(i18n::decimal_text(metres / 1000, 1)) + " km" : number_text(metres) + " m";
}

carto::AreaLayer zones_base(const planner::Dataset& data) {
    carto::AreaLayer layer{"Zones", {{QColor(255, 255, 255), Qt::transparent, 0, Qt::SolidLine}}, {}};
    for (const auto& g : data.zones.geometries) layer.features.push_back({g.get(), 0});
    return layer;
}

carto::AreaLayer zones_outline(const planner::Dataset& data) {
    carto::AreaLayer layer{"Zone boundaries", {{Qt::transparent, kZoneEdge, 0.3, Qt::SolidLine}}, {}};
    for (const auto& g : data.zones.geometries) layer.features.push_back({g.get(), 0});
    return layer;
}

carto::LegendEntry zone_boundary_entry() {
    carto::LegendEntry entry;
    entry.swatch = carto::LegendEntry::Swatch::Line;
    entry.style = {Qt::transparent, kZoneEdge, 0.3, Qt::SolidLine};
    entry.text = i18n::tr_text("Map", "Zone boundary");
    return entry;
}

carto::PointLayer point_layer(const QString& name, const QString& unit) {
    carto::PointLayer layer;
    layer.name = name;
    layer.unit = unit;
    layer.binned_note = i18n::tr_text("Map", "%1 %2 in view, too many to draw one by one: counted per hexagon of %3 across.");
    return layer;
}

void add_zone_labels(carto::MapDescription& map, const planner::Dataset& data, const std::vector<LabelPoint>& points,
                     int top, const std::vector<std::int32_t>& ranks, const std::vector<QString>& suffix) {
    for (std::size_t z = 0; z < data.zones.size() && z < points.size(); ++z) {
        const LabelPoint& point = points[z];
        if (point.diameter <= 0) continue;
        carto::Label label;
        label.x = point.x;
        label.y = point.y;
        label.text = qs(data.zones.names[z].empty() ? data.zones.ids[z] : data.zones.names[z]);
        if (z < suffix.size() && !suffix[z].isEmpty()) label.text += "  " + suffix[z];
        const std::int32_t rank = z < ranks.size() ? ranks[z] : 0;
        if (rank > 0 && rank <= top) {
            label.badge = QString::number(rank);
            label.priority = 1'000'000 - rank;
            label.required = true;
        } else {
            label.priority = int(std::min(point.diameter, 900'000.0));
            label.min_extent_mm = 7;
            label.extent_world = point.diameter;
        }
        map.labels.push_back(label);
    }
}

}  // namespace coverplan::maps::detail
