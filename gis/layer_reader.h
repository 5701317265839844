#pragma once
// Reading one layer of any GDAL source (GeoPackage, Shapefile, GeoJSON, KML,
// FlatGeobuf, CSV with coordinate columns, PostGIS) into the working CRS,
// with every feature accounted for in a LayerReport.

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "gis/crs.h"
#include "gis/geos_handle.h"
#include "gis/layer_report.h"
#include "gis/parse_number.h"  // the readers' numbers, for their callers
#include "gis/string_column.h"
#include "gis/vector_writer.h"

namespace coverplan::gis {

/// Where a layer's features come from.
struct LayerSource {
    std::string source;        ///< path or "PG:..." string, ready for GDAL
    std::string display_name;  ///< the source as the user wrote it, any password masked (for messages)
    std::string layer;         ///< layer name; empty when the source has one layer
    std::string x_field;       ///< coordinate columns for tables without geometry
    std::string y_field;
    std::string crs;           ///< CRS to assume when the source carries none
    /// GDAL drivers allowed to open the source; empty allows every driver.
    /// Bytes from a stranger (an uploaded body) are opened by the one driver
    /// they claim to be, never probed by all of GDAL's parsers.
    std::vector<std::string> drivers;
};

/// "$fid" asks for the feature id (for CSV: the data row number).
inline constexpr const char* kFeatureIdField = "$fid";

/// One attribute to read: `key` is the caller's name, `field` the source's.
struct FieldRequest {
    std::string key;
    std::string field;
};

struct ReadOptions {
    std::string role;                  ///< for the report ("zones", "leads", ...)
    std::vector<FieldRequest> fields;  ///< attributes to read, as strings
    std::string id_key;                ///< key whose value must be unique; "" for none
    std::string working_crs;           ///< target CRS definition (metric)
    /// read_polygons only: point features become circles of this radius in
    /// metres of the working CRS, taken from the field read for `radius_key`
    /// or, when that is empty, `radius_value`. Both unset: points are rejected.
    std::string radius_key;
    double radius_value = 0;
};

/// Attributes of accepted features, column by key, rows parallel to the
/// geometries. Dates arrive as ISO 8601 text, nulls as "".
struct AttributeTable {
    std::vector<std::int64_t> fids;
    std::map<std::string, StringColumn> columns;

    /// The column read for `key`; throws Error if it was not requested.
    const StringColumn& column(const std::string& key) const;
    bool has(const std::string& key) const { return columns.count(key) > 0; }
    /// How to name row i in messages: "12 (id 'A-7')" when an id key exists.
    std::string feature_name(std::size_t row, const std::string& id_key) const;
};

struct PointTable : AttributeTable {
    LayerReport report;
    std::vector<double> x, y;  ///< working CRS
    std::string source_crs;    ///< the CRS the coordinates were read in (WKT)
};

struct PolygonTable : AttributeTable {
    LayerReport report;
    std::vector<GeosGeometry> geometries;  ///< working CRS, valid, polygonal
};

/// Reads point features (or x/y columns). Rejects: null/empty geometry,
/// non-point types, non-numeric or out-of-range coordinates, duplicate ids.
/// Throws InputError when the source cannot be opened or read, or a mapped
/// field is missing (the message lists the fields that exist).
PointTable read_points(const LayerSource& source, const ReadOptions& options);

/// Reads polygon and multipolygon features. Invalid polygons are repaired with
/// GEOS make-valid (reported); curves are linearised; polygonal parts are
/// taken from collections; points are buffered when a radius is configured;
/// other types, empty and zero-area results are rejected.
PolygonTable read_polygons(const LayerSource& source, const ReadOptions& options);

/// Every feature of a point layer with all its attributes, typed, for tools
/// that give each input row back with something added (the batch check).
/// Unlike read_points nothing is left out: a row whose point cannot be used
/// keeps its attributes and says why.
struct PointRows {
    std::string layer;                             ///< GDAL layer name
    std::string coordinates;                       ///< where points came from: "geometry" or "columns lon, lat"
    std::vector<FieldDef> fields;                  ///< every attribute field, in the source's order
    std::vector<std::vector<FieldValue>> columns;  ///< parallel to fields; each parallel to x
    std::vector<double> x, y;                      ///< working CRS; NaN where problems[i] is set
    std::vector<std::string> problems;             ///< "" for a usable point, else why it is not
    std::size_t size() const { return x.size(); }
};

/// Reads every row of a layer. Points come from the geometry, from the
/// source's x/y columns, or, for a table without geometry, from columns
/// named like lon/lat, longitude/latitude, x/y or kinh_do/vi_do (then in
/// EPSG:4326 unless `source.crs` says otherwise). Integer, real and date
/// fields keep their type; everything else is text. Throws InputError when
/// the source cannot be opened or read, or no coordinates can be found.
PointRows read_point_rows(const LayerSource& source, const std::string& working_crs);

/// Extent of the layer's geometries in longitude/latitude, or nothing when it
/// cannot be known without reading every feature (tables with x/y columns).
std::optional<LonLatBox> layer_extent_lonlat(const LayerSource& source);

/// The field names of the layer, in order.
std::vector<std::string> layer_field_names(const LayerSource& source);

}  // namespace coverplan::gis
