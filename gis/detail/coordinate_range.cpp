#include "gis/detail/coordinate_range.h"

#include <ogr_spatialref.h>

#include <algorithm>
#include <cmath>
#include <memory>
#include <vector>

#include "gis/crs.h"
#include "gis/number_format.h"

namespace coverplan::gis::detail {

RangeCheck::RangeCheck(const OGRSpatialReference& srs) {
    geographic_ = srs.IsGeographic();
    name_ = describe_srs(srs);
    if (geographic_) {
        active_ = true;
        return;
    }
    double west, south, east, north;
    const char* area_name = nullptr;
    if (!srs.GetAreaOfUse(&west, &south, &east, &north, &area_name)) return;
    if (west > east) return;  // crosses the antimeridian: skip the check
    OGRSpatialReference wgs84;
    wgs84.SetWellKnownGeogCS("WGS84");
    wgs84.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    std::unique_ptr<OGRCoordinateTransformation> to_source(OGRCreateCoordinateTransformation(&wgs84, &srs));
    if (!to_source) return;
    std::vector<double> xs, ys;
    for (int i = 0; i <= 20; ++i)
        for (int j = 0; j <= 20; ++j) {
            xs.push_back(west + (east - west) * i / 20.0);
            ys.push_back(south + (north - south) * j / 20.0);
        }
    std::vector<int> ok(xs.size());
    to_source->Transform(xs.size(), xs.data(), ys.data(), nullptr, ok.data());
    minx_ = miny_ = INFINITY;
    maxx_ = maxy_ = -INFINITY;
    for (std::size_t k = 0; k < xs.size(); ++k) {
        if (!ok[k] || !std::isfinite(xs[k]) || !std::isfinite(ys[k])) continue;
        minx_ = std::min(minx_, xs[k]);
        maxx_ = std::max(maxx_, xs[k]);
        miny_ = std::min(miny_, ys[k]);
        maxy_ = std::max(maxy_, ys[k]);
    }
    if (!(maxx_ > minx_ && maxy_ > miny_)) return;
    const double margin_x = (maxx_ - minx_) * 0.5, margin_y = (maxy_ - miny_) * 0.5;
    minx_ -= margin_x;
    maxx_ += margin_x;
    miny_ -= margin_y;
    maxy_ += margin_y;
    active_ = true;
}

std::string RangeCheck::check(double x, double y) const {
    if (!std::isfinite(x) || !std::isfinite(y)) return "coordinate is not a finite number";
    if (!active_) return "";
    if (geographic_) {
        if (y < -90 || y > 90)
            return "latitude " + format_general(y) + " outside -90..90" +
                   ((x >= -90 && x <= 90) ? " (are longitude and latitude swapped?)" : "");
        if (x < -180 || x > 180) return "longitude " + format_general(x) + " outside -180..180";
        return "";
    }
    auto inside = [&](double a, double b) { return a >= minx_ && a <= maxx_ && b >= miny_ && b <= maxy_; };
    if (!inside(x, y))
        return "coordinate (" + format_fixed(x, 3) + ", " + format_fixed(y, 3) + ") far outside the area of use of " +
               name_ + (inside(y, x) ? " (are x and y swapped?)" : "");
    return "";
}

}  // namespace coverplan::gis::detail
