#include "ui/maps/theme_parts.h"

#include <algorithm>

#include "planner/number_text.h"

namespace coverplan::maps::detail {

QString count_text(long long n, const char* one, const char* many) {
    return qs(planner::group_thousands(n)) + " " + (n == 1 ? one : many);
}

carto::AreaStyle zone_fill(const QColor& colour) { return {colour, QColor(255, 255, 255), 0.25, Qt::SolidLine}; }

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
    entry.text = "Zone boundary";
    return entry;
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
