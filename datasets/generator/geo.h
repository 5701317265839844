#pragma once
// Small geometry helpers for the generator: GEOS construction and
// coordinate rewriting, and the UTM 48N <-> lon/lat conversion.

#include <functional>
#include <memory>
#include <vector>

#include "gis/geos_handle.h"

class OGRCoordinateTransformation;

namespace coverplan::datasets {

struct Pt;

/// Polygon from an open ring (closed here).
gis::GeosGeometry make_polygon(const std::vector<Pt>& ring);
gis::GeosGeometry make_point(double x, double y);

/// Rebuilds a (Multi)Polygon with every coordinate passed through `fn`
/// (arrays of x and y, rewritten in place), dropping repeated consecutive
/// points. Deterministic per vertex, so shared boundaries stay shared.
using CoordFn = std::function<void(std::vector<double>& x, std::vector<double>& y)>;
gis::GeosGeometry rewrite(const GEOSGeometry* g, const CoordFn& fn);

/// Rounds to a grid step (0.01 m, 1e-7 degree).
double round_to(double v, double step);
CoordFn rounding(double step);

/// Exterior ring of a polygon as points (open).
std::vector<Pt> exterior(const GEOSGeometry* polygon);

/// Largest polygon of a (multi)polygon result (clone).
gis::GeosGeometry largest_polygon(const GEOSGeometry* g);

/// The rounding step of metric output coordinates: 1 cm.
inline constexpr double kCm = 0.01;

struct Envelope {
    double minx = 0, miny = 0, maxx = 0, maxy = 0;
    bool overlaps(const Envelope& o) const {
        return minx <= o.maxx && o.minx <= maxx && miny <= o.maxy && o.miny <= maxy;
    }
};
Envelope envelope_of(const GEOSGeometry* g);
double area_of(const GEOSGeometry* g);
/// True when a and b share a boundary line and no interior.
bool share_edge(const GEOSGeometry* a, const GEOSGeometry* b);
/// Union of clones of the given geometries (throws when GEOS fails).
gis::GeosGeometry union_of_all(const std::vector<const GEOSGeometry*>& parts);

/// EPSG:32648 <-> EPSG:4326 (lon, lat order).
class Utm48 {
public:
    Utm48();
    ~Utm48();
    void to_lonlat(std::vector<double>& x, std::vector<double>& y) const;
    void to_utm(std::vector<double>& x, std::vector<double>& y) const;
    Pt to_utm(double lon, double lat) const;
    Pt to_lonlat(double x, double y) const;

private:
    std::unique_ptr<OGRCoordinateTransformation> inverse_, forward_;
};

}  // namespace coverplan::datasets
