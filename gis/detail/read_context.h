#pragma once
// What the point and polygon readers share: the open layer with its field
// indexes and CRS, the report being filled, and the attribute rows of
// accepted features. Internal to gis/.

#include <ogr_spatialref.h>

#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "gis/detail/coordinate_range.h"
#include "gis/detail/misread_cells.h"
#include "gis/detail/opened_layer.h"
#include "gis/layer_reader.h"

namespace coverplan::gis::detail {

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

    /// Stops a read that GDAL could not finish (damaged file, lost connection).
    void check_read_error(const LayerSource& source) const;
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
