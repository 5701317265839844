#pragma once
// Shared by the table writer tests (files and PostGIS): the fixture tables,
// with Vietnamese names, every column type, NULLs and EPSG:32648 polygons,
// and reading a written layer back with plain GDAL.

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <memory>
#include <string>
#include <vector>

#include "gis/geos_handle.h"
#include "ui/export/table_writer.h"

namespace coverplan::exporting::test {

extern const std::string kDinhKe;    // "Dĩnh Kế"
extern const std::string kTanMy;     // "Xã Tân Mỹ"
extern const std::string kDongSon;   // "Đồng Sơn"
extern const std::string kLongName;  // 25 characters in 35 bytes

/// zone_id, zone_name ("Xã / phường" in XLSX), subscribers ("Thuê bao"),
/// spare_capacity (Real, 1 decimal), covered_share (Percent), exhausts_on (Date).
extern const std::vector<TableColumn> kColumns;
/// Four rows: full values, negatives, NULLs, and the long name.
extern const std::vector<std::vector<Cell>> kRows;
/// WKT of each row's geometry in EPSG:32648 (null: the row has none).
extern const char* const kPolygons[4];

/// The fixture as table `name` with its polygons (kept alive by `owned`).
Table zones_table(std::vector<gis::GeosGeometry>& owned, const std::string& name = "zones");
/// The fixture as a table without geometry.
Table plain_table(const std::string& name = "zones");

struct ReadField {
    std::string name;
    OGRFieldType type;
};

/// A layer as GDAL reads it.
struct ReadLayer {
    std::string name;
    std::vector<ReadField> fields;
    std::vector<std::vector<Cell>> rows;  // typed by the field type GDAL reports
    std::vector<std::string> wkt;         // "" for no geometry
    int geometry_fields = 0;
    std::string crs;  // AUTHORITY:CODE of the layer's CRS, "" for none
};

/// Field types of the fixture in typed stores (GeoPackage, PostGIS).
extern const std::vector<ReadField> kTypedFields;

struct GdalClose {
    void operator()(GDALDataset* dataset) const { GDALClose(dataset); }
};
using Dataset = std::unique_ptr<GDALDataset, GdalClose>;

/// Opens a file or "PG:" source read-only with the given drivers and open
/// options; fails the test when GDAL cannot.
Dataset open_vector(const std::string& source, const std::vector<const char*>& drivers,
                    const std::vector<const char*>& options = {});
ReadLayer read_layer(OGRLayer& layer);
/// Reads the one layer of a source (failing the test when it has more).
ReadLayer read_only_layer(const std::string& source, const std::vector<const char*>& drivers,
                          const std::vector<const char*>& options = {});

/// "int 3", "real 0.33333333333333331", "text 'x'", "NULL".
std::string describe(const Cell& cell);
/// Same rows, same values, same types. A read real equals the written one
/// exactly, or within `relative` (GDAL 3.6 writes reals to CSV and PostgreSQL
/// with 15 significant digits).
void expect_rows(const ReadLayer& layer, const std::vector<std::vector<Cell>>& rows, double relative = 0);
void expect_fields(const ReadLayer& layer, const std::vector<ReadField>& fields);
/// `got_wkt` is the same geometry as `wrote_wkt` (both empty / null for none).
void expect_same_geometry(const std::string& got_wkt, const char* wrote_wkt, const std::string& label);

}  // namespace coverplan::exporting::test
