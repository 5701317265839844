#pragma once
// What the themed maps share (ui/maps/map_themes.cpp and the themes kept in
// files of their own): zone styles, the zone layers under and over a theme,
// zone labels and legend counts. Internal to ui/maps.

#include <QColor>
#include <QString>
#include <cstdint>
#include <vector>

#include "planner/dataset.h"
#include "ui/carto/map_description.h"
#include "ui/maps/map_frame.h"
#include "ui/maps/theme_classes.h"

namespace coverplan::maps::detail {

inline const QColor kZoneEdge(0x55, 0x55, 0x55);

/// "1 zone", "1,250 zones" ("1.250 vùng"): the count as the reader writes it, the unit in their language.
QString count_text(long long n, const char* one, const char* many);

/// A figure rounded to a whole number, thousands grouped as the reader writes them.
QString number_text(double value);

/// "350 m", "1.2 km" ("1,2 km" in Vietnamese).
QString distance_text(double metres);

/// Zones as a plain white base (no outline), drawn under a theme's layers.
carto::AreaLayer zones_base(const planner::Dataset& data);
/// Zone outlines, drawn over a theme's layers.
carto::AreaLayer zones_outline(const planner::Dataset& data);
carto::LegendEntry zone_boundary_entry();

/// A point layer whose legend speaks the reader's language when its points are binned.
carto::PointLayer point_layer(const QString& name, const QString& unit);

/// Zone names: ranked zones (rank 1..top) first with their rank in a badge;
/// the rest by size, each only where the zone is large enough on the page.
/// `suffix[z]`, when given, follows the name.
void add_zone_labels(carto::MapDescription& map, const planner::Dataset& data, const std::vector<LabelPoint>& points,
                     int top, const std::vector<std::int32_t>& ranks, const std::vector<QString>& suffix = {});

}  // namespace coverplan::maps::detail
