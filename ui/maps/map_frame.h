#pragma once
// What every map of a project shares, whatever its theme: the part of the
// world it frames (the whole project, one zone, or a longitude/latitude
// box), the projection's scale factor and convergence there, the small
// print (CRS, sources, as-of date), dates as people read them, and where
// each zone's label goes.

#include <QString>
#include <optional>
#include <string>
#include <vector>

#include "gis/crs.h"
#include "planner/dataset.h"
#include "ui/carto/map_description.h"

namespace coverplan::maps {

/// What part of the project a map shows.
struct Framing {
    std::optional<std::string> zone_id;    ///< one zone and its surroundings
    std::optional<gis::LonLatBox> lonlat;  ///< a WGS84 box (west, south, east, north)
    /// Draw the project's basemap ([basemap]) under the layers, with the
    /// zone fills see-through. Off for the management maps, whose colours
    /// are the message; on for the selling day, where streets are.
    bool basemap = false;
};

/// The extent in the working CRS: the zone's envelope with a margin, the
/// box moved into the working CRS, or every zone and node. Throws
/// InputError for an unknown zone id or a box that misses the data.
carto::WorldBox frame_extent(const planner::Dataset& data, const Framing& framing);

/// Sets the extent, the scale factor and convergence at its centre, and
/// the notes (CRS, how the scale bar and arrow are measured, data sources,
/// as-of date).
void frame_map(carto::MapDescription& map, const planner::Dataset& data, const Framing& framing);

/// "30 Nov 2026"; "Mar 2027" for months. Empty for kNoDay.
QString human_date(planner::Day day);
QString human_month(planner::Day day);

/// "province.gpkg (wards, coverage, orders), subscribers.csv, leads.shp".
QString data_sources(const planner::Dataset& data);

/// A point well inside each zone for its label (the centre of its largest
/// inscribed circle) and that circle's diameter, in the working CRS; only
/// for zones meeting `extent` (others get diameter 0).
struct LabelPoint {
    double x = 0, y = 0, diameter = 0;
};
std::vector<LabelPoint> zone_label_points(const planner::Dataset& data, const carto::WorldBox& extent);

/// The label points of every zone. The inscribed circles are the slowest
/// part of describing a map: a front end drawing many maps of one dataset
/// computes them once (MapSource::label_points).
std::vector<LabelPoint> zone_label_points(const planner::Dataset& data);

inline QString qs(const std::string& text) { return QString::fromStdString(text); }

}  // namespace coverplan::maps
