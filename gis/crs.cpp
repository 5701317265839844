#include "gis/crs.h"

#include <cpl_error.h>
#include <ogr_spatialref.h>

#include <algorithm>
#include <cmath>

#include "gis/error.h"

namespace coverplan::gis {

std::string utm_crs_for(double lon, double lat) {
    int zone = static_cast<int>(std::floor((lon + 180.0) / 6.0)) + 1;
    zone = std::clamp(zone, 1, 60);
    const int base = lat >= 0 ? 32600 : 32700;
    return "EPSG:" + std::to_string(base + zone);
}

std::unique_ptr<OGRSpatialReference> make_srs(const std::string& definition) {
    auto srs = std::make_unique<OGRSpatialReference>();
    if (srs->SetFromUserInput(definition.c_str(),
                              OGRSpatialReference::SET_FROM_USER_INPUT_LIMITATIONS_get()) != OGRERR_NONE)
        throw InputError("unknown CRS '" + definition + "' (expected e.g. \"EPSG:32648\" or WKT)");
    srs->SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    return srs;
}

void require_metric(const OGRSpatialReference& srs, const std::string& definition) {
    if (!srs.IsProjected())
        throw InputError("working CRS '" + definition +
                         "' is not projected; areas and distances need a metric CRS such as a UTM zone");
    if (std::abs(srs.GetLinearUnits() - 1.0) > 1e-9)
        throw InputError("working CRS '" + definition + "' is not in metres");
    // Mercator (Web Mercator above all) inflates areas and lengths away from
    // the equator: 1.15x at 21° N, 2x at 60°. Not a CRS to measure in.
    const char* projection = srs.GetAttrValue("PROJECTION");
    if (projection && std::string(projection).find("Mercator") != std::string::npos &&
        std::string(projection).find("Transverse") == std::string::npos)
        throw InputError("working CRS '" + definition +
                         "' is a Mercator projection, which distorts areas and distances; use a UTM zone "
                         "(e.g. EPSG:32648) or leave crs out to choose one from the data");
}

void require_metric_crs(const std::string& definition) { require_metric(*make_srs(definition), definition); }

std::string describe_srs(const OGRSpatialReference& srs) {
    const char* authority = srs.GetAuthorityName(nullptr);
    const char* code = srs.GetAuthorityCode(nullptr);
    if (authority && code) return std::string(authority) + ":" + code;
    const char* name = srs.GetName();
    return name ? name : "unknown CRS";
}

std::string crs_title(const std::string& definition) {
    const auto srs = make_srs(definition);
    const std::string code = describe_srs(*srs);
    const char* name = srs->GetName();
    if (!name || code == name) return code;
    return code + " (" + name + ")";
}

void swap_source_axes(const std::string& working_crs, const std::string& source_crs, std::vector<double>& x,
                      std::vector<double>& y) {
    // Most swapped points are no place at all: PROJ's complaints are expected.
    CPLPushErrorHandler(CPLQuietErrorHandler);
    struct PopHandler {
        ~PopHandler() { CPLPopErrorHandler(); }
    } pop;
    const auto working = make_srs(working_crs);
    const auto source = make_srs(source_crs);
    const auto back = make_transform(*working, *source);
    const auto forth = make_transform(*source, *working);
    std::vector<int> ok(x.size(), 1);
    if (back) back->Transform(x.size(), x.data(), y.data(), nullptr, ok.data());
    std::swap(x, y);
    // A swapped latitude beyond 90 degrees is no place; PROJ may still wrap it.
    if (source->IsGeographic())
        for (std::size_t i = 0; i < x.size(); ++i)
            if (std::abs(y[i]) > 90 || std::abs(x[i]) > 180) ok[i] = 0;
    std::vector<int> ok_forth(x.size(), 1);
    if (forth) forth->Transform(x.size(), x.data(), y.data(), nullptr, ok_forth.data());
    for (std::size_t i = 0; i < x.size(); ++i)
        if (!ok[i] || !ok_forth[i] || !std::isfinite(x[i]) || !std::isfinite(y[i])) x[i] = y[i] = NAN;
}

std::unique_ptr<OGRCoordinateTransformation> make_transform(const OGRSpatialReference& source,
                                                            const OGRSpatialReference& target) {
    if (source.IsSame(&target)) return nullptr;
    std::unique_ptr<OGRCoordinateTransformation> transform(OGRCreateCoordinateTransformation(&source, &target));
    if (!transform)
        throw InputError("no transformation from " + describe_srs(source) + " to " + describe_srs(target));
    return transform;
}

LonLatConverter::LonLatConverter(const std::string& crs)
    : lonlat_(make_srs("EPSG:4326")), crs_(make_srs(crs)), forward_(make_transform(*lonlat_, *crs_)),
      back_(make_transform(*crs_, *lonlat_)) {}

LonLatConverter::~LonLatConverter() = default;

namespace {
std::pair<double, double> apply(OGRCoordinateTransformation* transform, double x, double y, const char* what) {
    if (transform && !(transform->Transform(1, &x, &y) && std::isfinite(x) && std::isfinite(y)))
        throw InputError(std::string("cannot transform ") + what);
    return {x, y};
}
}  // namespace

std::pair<double, double> LonLatConverter::to_crs(double lon, double lat) const {
    return apply(forward_.get(), lon, lat, "this longitude/latitude into the working CRS");
}

std::pair<double, double> LonLatConverter::to_lonlat(double x, double y) const {
    return apply(back_.get(), x, y, "this point to longitude/latitude");
}

GeosGeometry LonLatConverter::to_lonlat(const GEOSGeometry* geometry) const {
    if (!back_) return geos_clone(geometry);
    // A C callback: report failure to GEOS instead of throwing through it.
    auto move = [](double* x, double* y, void* transform) -> int {
        return static_cast<OGRCoordinateTransformation*>(transform)->Transform(1, x, y) && std::isfinite(*x) &&
                       std::isfinite(*y)
                   ? 1
                   : 0;
    };
    return GeosGeometry(GEOSGeom_transformXY_r(geos_context(), geometry, move, back_.get()));
}

namespace {

/// Ground length of a short step between two longitude/latitude points on
/// the WGS84 ellipsoid, from its radii of curvature at the mean latitude
/// (exact to well under a millimetre over the few hundred metres used here).
double short_ground_distance(double lon1, double lat1, double lon2, double lat2) {
    constexpr double a = 6378137.0, f = 1 / 298.257223563, e2 = f * (2 - f);
    constexpr double to_rad = M_PI / 180;
    const double phi = (lat1 + lat2) / 2 * to_rad;
    const double w = 1 - e2 * std::sin(phi) * std::sin(phi);
    const double meridian = a * (1 - e2) / std::pow(w, 1.5);  // M
    const double prime_vertical = a / std::sqrt(w);           // N
    const double north = meridian * (lat2 - lat1) * to_rad;
    const double east = prime_vertical * std::cos(phi) * (lon2 - lon1) * to_rad;
    return std::hypot(north, east);
}

}  // namespace

GridDistortion grid_distortion(const LonLatConverter& converter, double x, double y) {
    constexpr double step = 250;  // metres each side: short enough to be local, long enough for precision
    const auto [west_lon, west_lat] = converter.to_lonlat(x - step, y);
    const auto [east_lon, east_lat] = converter.to_lonlat(x + step, y);
    GridDistortion result;
    result.scale_factor = 2 * step / short_ground_distance(west_lon, west_lat, east_lon, east_lat);
    // True north: the point a little north along the meridian, back in the grid.
    const auto [lon, lat] = converter.to_lonlat(x, y);
    const auto [north_x, north_y] = converter.to_crs(lon, lat + 0.005);
    result.convergence_deg = std::atan2(x - north_x, north_y - y) * 180 / M_PI;
    return result;
}

}  // namespace coverplan::gis
