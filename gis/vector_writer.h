#pragma once
// Writing layers through GDAL, atomically: a file target is written under a
// temporary name beside it and renamed into place on commit()
// (gis::TemporaryFile: synced, and removed on failure or a signal); a
// PostGIS target is written inside one transaction. A writer destroyed
// without commit() leaves the previous output untouched.

#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <variant>
#include <vector>

#include "gis/geos_handle.h"
#include "gis/temporary_file.h"

class GDALDataset;
class OGRLayer;
class OGRGeometry;
class OGRSpatialReference;

namespace coverplan::gis {

/// Boolean: an integer 0/1 that GDAL marks as a boolean (OFSTBoolean), which
/// GeoPackage, QGIS and PostgreSQL show as true/false. DateTime: ISO 8601
/// text ("2026-12-03T15:10:00Z") stored as a date and time.
enum class FieldType { Integer, Real, String, Date, Boolean, DateTime };

struct FieldDef {
    std::string name;
    FieldType type;
};

/// A value for one field; std::monostate writes NULL. Dates are ISO 8601 text.
/// In a CSV, text that would run as a spreadsheet formula gets a leading
/// single quote (gis::spreadsheet_text), and so do field names.
using FieldValue = std::variant<std::monostate, std::int64_t, double, std::string>;

enum class GeometryType { None, Point, Polygon, MultiPolygon };

/// How a layer is drawn, for QGIS (QML) and OGC map servers (SLD): stored in
/// a GeoPackage's layer_styles table (the convention QGIS reads and writes),
/// or as a .qml file beside a one-layer file (QGIS loads "<name>.qml" with
/// "<name>.shp" or "<name>.geojson").
struct LayerStyle {
    std::string layer;  ///< the layer it styles, as passed to create_layer
    std::string name;   ///< styleName: what QGIS lists in its style manager
    std::string qml, sld;
    std::string description;
};

/// Whether CSV files written from now on start with a UTF-8 byte-order mark:
/// Excel opens a CSV without one in the machine's legacy code page and
/// garbles Vietnamese letters; programs reading data mostly want none (the
/// default). A process-wide choice of the user (the CLI's --excel-csv).
void write_csv_byte_order_mark(bool write);

class VectorWriter {
public:
    class Layer {
    public:
        void add_point(double x, double y, std::span<const FieldValue> values);
        /// Writes a GEOS geometry (null writes a feature without geometry).
        void add_geometry(const GEOSGeometry* geometry, std::span<const FieldValue> values);
        void add_row(std::span<const FieldValue> values) { add_geometry(nullptr, values); }
        std::size_t written() const { return written_; }

    private:
        friend class VectorWriter;
        Layer(VectorWriter& owner, OGRLayer* layer, std::string name, std::vector<int> field_indexes)
            : owner_(owner), layer_(layer), name_(std::move(name)), field_indexes_(std::move(field_indexes)) {}
        void write(std::unique_ptr<OGRGeometry> geometry, std::span<const FieldValue> values);
        VectorWriter& owner_;
        OGRLayer* layer_;
        std::string name_;
        std::vector<int> field_indexes_;  // where each FieldDef landed (KML adds its own fields first)
        std::size_t written_ = 0;
    };

    /// `target`: a path whose extension picks the format (.gpkg, .shp,
    /// .geojson, .csv, .fgb, .kml) or a "PG:" connection string.
    /// `crs`: definition of the layers' CRS ("EPSG:32648"); may be empty
    /// when every layer is a table without geometry.
    VectorWriter(std::string target, std::string crs);
    ~VectorWriter();
    VectorWriter(const VectorWriter&) = delete;
    VectorWriter& operator=(const VectorWriter&) = delete;

    /// Creates a layer. `options` are GDAL layer creation options (e.g.
    /// "ENCODING=CP1258" for a Shapefile); "DESCRIPTION=..." is kept only by
    /// a GeoPackage (gpkg_contents.description) or PostgreSQL (the table's comment). The returned reference lives as
    /// long as the writer.
    Layer& create_layer(const std::string& name, GeometryType geometry, const std::vector<FieldDef>& fields,
                        const std::vector<std::string>& options = {});

    /// Styles for layers created with this writer, stored on commit(): in a
    /// GeoPackage as rows of layer_styles (each the layer's default style);
    /// beside a Shapefile, GeoJSON or FlatGeobuf file as "<stem>.qml" (the
    /// style of its one layer). Other targets (CSV, KML, PostgreSQL) get none.
    void add_layer_styles(std::vector<LayerStyle> styles);

    /// Finishes every layer and moves the output into place.
    void commit();

    const std::string& target() const { return target_; }

private:
    /// Records the first failure GDAL reports while the writer lives: some
    /// drivers (PostgreSQL) defer work to flush or close and report its
    /// failure only through CPLError. Pushed first, popped last, even when
    /// the constructor throws.
    class FailureRecorder {
    public:
        FailureRecorder();
        ~FailureRecorder();
        FailureRecorder(const FailureRecorder&) = delete;
        FailureRecorder& operator=(const FailureRecorder&) = delete;
        std::string first_failure;
    };

    void abandon() noexcept;
    void throw_if_gdal_failed(const std::string& stage);
    FailureRecorder failures_;
    std::string target_;
    std::unique_ptr<TemporaryFile> temporary_;  // file targets
    bool is_database_ = false;
    bool committed_ = false;
    std::string driver_;
    std::unique_ptr<OGRSpatialReference> srs_;
    GDALDataset* dataset_ = nullptr;
    std::vector<std::unique_ptr<Layer>> layers_;
    std::vector<LayerStyle> styles_;
    bool in_transaction_ = false;
    void write_styles_table();
};

/// Whether a point layer of `points` features written to `target` should get
/// a spatial index. GDAL 3.6 fills a GeoPackage R-tree one insert at a time
/// (~15 µs per point), which would dominate writing millions of points, so
/// above 10^6 points a GeoPackage layer is written without one (QGIS still
/// opens it; `ogrinfo OUT -sql "SELECT CreateSpatialIndex('layer','geom')"`
/// adds it). When false, pass "SPATIAL_INDEX=NO" to create_layer.
bool indexes_point_layer(const std::string& target, std::size_t points);

/// The file extensions a VectorWriter writes (".gpkg", ".shp", ...), lower case.
std::vector<std::string> vector_extensions();

/// GDAL driver short name for a target ("GPKG", "ESRI Shapefile", ...);
/// throws InputError for an extension we do not write.
std::string driver_for_target(const std::string& target);

}  // namespace coverplan::gis
