#pragma once
// Coordinate reference systems: choosing the metric working CRS and moving
// coordinates into it. Every SRS here uses the traditional GIS axis order
// (x = easting / longitude), whatever the CRS definition says, so EPSG:4326
// data is never read as latitude-longitude by accident.

#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "gis/geos_handle.h"

class OGRSpatialReference;
class OGRCoordinateTransformation;

namespace coverplan::gis {

struct LonLatBox {
    double west = 0, south = 0, east = 0, north = 0;
};

/// "EPSG:326zz" or "EPSG:327zz": the UTM zone holding the given longitude and latitude.
std::string utm_crs_for(double lon, double lat);

/// Parses any definition GDAL understands ("EPSG:32648", WKT, PROJ string).
/// Throws InputError naming the definition when GDAL cannot.
std::unique_ptr<OGRSpatialReference> make_srs(const std::string& definition);

/// Throws InputError when the CRS is not projected in metres: areas and
/// distances are computed in the working CRS, never in degrees.
void require_metric(const OGRSpatialReference& srs, const std::string& definition);

/// Parses the definition and checks it is projected in metres (both
/// functions above), for callers that do not handle SRS objects themselves.
void require_metric_crs(const std::string& definition);

/// Short name of a CRS for messages and map notes ("EPSG:32648" or its name).
std::string describe_srs(const OGRSpatialReference& srs);

/// Where points of the working CRS land when their coordinates are swapped
/// in the CRS they were read in (x for y): to tell whether a layer's axes
/// were given in the wrong order. NaN where the swapped point cannot exist.
void swap_source_axes(const std::string& working_crs, const std::string& source_crs, std::vector<double>& x,
                      std::vector<double>& y);

/// A CRS for map notes: "EPSG:32648 (WGS 84 / UTM zone 48N)", or its name.
/// Throws InputError when GDAL cannot parse the definition.
std::string crs_title(const std::string& definition);

/// A transformation between two SRS (both in traditional GIS order).
/// Returns null when source and target are the same CRS.
std::unique_ptr<OGRCoordinateTransformation> make_transform(const OGRSpatialReference& source,
                                                            const OGRSpatialReference& target);

/// Moves WGS84 longitude/latitude (what people type and phones report) into
/// a CRS and back. Not thread-safe: one per thread.
class LonLatConverter {
public:
    explicit LonLatConverter(const std::string& crs);
    ~LonLatConverter();
    LonLatConverter(const LonLatConverter&) = delete;
    LonLatConverter& operator=(const LonLatConverter&) = delete;

    /// Throws InputError when the point cannot be transformed.
    std::pair<double, double> to_crs(double lon, double lat) const;
    std::pair<double, double> to_lonlat(double x, double y) const;
    /// A copy of a geometry in the CRS, in longitude/latitude (GeoJSON,
    /// web maps); null when a coordinate cannot be transformed.
    GeosGeometry to_lonlat(const GEOSGeometry* geometry) const;

private:
    std::unique_ptr<OGRSpatialReference> lonlat_, crs_;
    std::unique_ptr<OGRCoordinateTransformation> forward_, back_;
};

/// How a projected CRS distorts lengths and directions around one point: the
/// point scale factor (grid metres per ground metre on the WGS84 ellipsoid;
/// 0.9996 on a UTM zone's central meridian, up to ~1.001 at its edges) and
/// the meridian convergence (the angle from grid north to true north,
/// positive when true north points left of grid north, i.e. east of the
/// central meridian in the northern hemisphere). Measured from the CRS
/// itself over a few hundred metres, so any projection PROJ knows works.
struct GridDistortion {
    double scale_factor = 1.0;
    double convergence_deg = 0.0;
};
/// Throws InputError when the point cannot be transformed.
GridDistortion grid_distortion(const LonLatConverter& converter, double x, double y);

}  // namespace coverplan::gis
