#include "gis/crs.h"

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

}  // namespace coverplan::gis
