#pragma once
// What the point and polygon readers share: the open layer with its field
// indexes and CRS, the report being filled, and the attribute rows of
// accepted features. Internal to gis/.

#include <ogr_spatialref.h>
#include <ogrsf_frmts.h>

#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "gis/detail/coordinate_range.h"
#include "gis/detail/misread_cells.h"
#include "gis/detail/opened_layer.h"
#include "gis/layer_reader.h"

namespace coverplan::gis::detail {

/// Whether a GDAL error raised while reading a feature concerns that
/// feature's content alone, GDAL going on with the next: a GeoPackage
/// geometry blob that is not a geometry, GeoJSON coordinates that are not
/// numbers. Anything else (SQLite's "malformed", a truncated .shp) is damage
/// to the file.
bool is_feature_error(const std::string& message);

/// Why a feature is rejected whose geometry GDAL could not decode, from
/// GDAL's message: "geometry cannot be read (GDAL: Unable to read geometry)".
std::string unreadable_geometry(const std::string& gdal_message);

/// Names of coordinate columns we recognise, x first, compared lower-case.
extern const std::vector<std::pair<std::string, std::string>> kCoordinateColumnNames;

/// Coordinate columns whose names say longitude and latitude (not x and y),
/// so degrees on WGS84 can be assumed when no CRS is given.
bool names_geographic_columns(const std::string& x_field, const std::string& y_field);

struct ReadContext {
    OpenedLayer opened;
    std::vector<int> indexes;  ///< parallel to options.fields
    int id_position = -1;      ///< position of id_key in options.fields
    std::unique_ptr<OGRSpatialReference> source_srs;
    std::unique_ptr<OGRSpatialReference> target_srs;
    std::unique_ptr<OGRCoordinateTransformation> transform;
    std::unique_ptr<RangeCheck> range;
    /// Stored text of cells GDAL would misread; filled by the readers that
    /// interpret values (read_point_rows echoes typed values as they are).
    MisreadCells misread;
    LayerReport report;
    std::size_t features_fetched = 0;  ///< by next_feature, to check the cancel flag every few thousand

    /// Opens the layer, resolves the fields and the CRS (throws InputError
    /// when a field is missing or no CRS can be known).
    ReadContext(const LayerSource& source, const ReadOptions& options, bool uses_xy);

    /// Tells GDAL not to decode fields nobody asked for: on wide layers that
    /// is most of the reading time.
    void ignore_unread_fields(const std::vector<int>& also_read);

    /// The requested field at `position` (in options.fields) as text: the
    /// stored text where GDAL would misread the cell, else field_text().
    std::string text(OGRFeature& feature, std::size_t position) const;

    /// "12 (id 'A-7')".
    std::string feature_name(OGRFeature& feature) const;

    void reject(OGRFeature& feature, const std::string& field, const std::string& reason);
    void reject(std::int64_t fid, const std::string& id, const std::string& field, const std::string& reason);

    /// The feature's geometry, or null after rejecting a missing or empty one.
    const OGRGeometry* geometry_or_reject(OGRFeature& feature);

    /// Why a feature has no geometry: "no geometry", or, for a GeoJSON
    /// feature whose geometry member GDAL could not use, "geometry cannot be
    /// read: " and the member as written.
    std::string missing_geometry(OGRFeature& feature);

    /// Rewinds the layer to its first feature, with GDAL's error state cleared.
    void restart();

    /// The next feature, or null at the end of the layer. A feature whose
    /// geometry GDAL could not decode (see is_feature_error) comes back with
    /// `unreadable` set to the reason to reject it by itself; any other error
    /// GDAL raises while reading a feature means the file is damaged, and
    /// throws InputError.
    OGRFeatureUniquePtr next_feature(std::string& unreadable);

    /// Stops a read that GDAL could not finish (damaged file, lost connection).
    void check_read_error(const LayerSource& source) const;

private:
    LayerSource source_;
    bool geojson_ = false;
    GDALDatasetUniquePtr native_;  ///< the source again, keeping each feature's JSON (opened when needed)
    OGRLayer* native_layer_ = nullptr;
};

/// Makes a column for every requested key, so empty layers have them too.
void init_columns(AttributeTable& table, const ReadOptions& options);

/// Appends the feature's FID and requested attributes as a row.
void store_attributes(AttributeTable& table, const ReadOptions& options, const ReadContext& ctx, OGRFeature& feature);

/// Keeps only the rows whose keep[i] is true.
void filter_rows(AttributeTable& table, const std::vector<bool>& keep);

/// Rejects every row whose id repeats an earlier row's id (keep[row] set false).
void reject_duplicate_ids(AttributeTable& table, LayerReport& report, const std::string& id_key,
                          const std::string& id_field, std::vector<bool>& keep);

/// The source field requested for `key` ("" when none).
std::string field_of(const ReadOptions& options, const std::string& key);

}  // namespace coverplan::gis::detail
