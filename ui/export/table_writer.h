#pragma once
// Tables of results (rankings, batch checks, SLA figures) written by file
// extension to CSV, XLSX, GeoPackage, GeoJSON or a PostGIS database,
// atomically: a file target is written under a temporary name beside it and
// renamed into place when complete, so a failed write leaves the previous
// output untouched; the tables passed in are never modified.
//
// What each format holds (docs/data-model.md, "Output formats"):
//  - .csv: one table, columns by `name`, no geometry (the CSV is for
//    spreadsheets; a zone polygon as WKT would overflow a spreadsheet cell).
//  - .xlsx: one sheet per table, headers by `title`, typed and formatted
//    cells (thousands separators, decimals, percentages, real dates); no geometry.
//  - .gpkg / PG: one layer per table, with its geometry in the table's CRS.
//  - .geojson: one table, geometry reprojected to WGS 84 longitude/latitude (RFC 7946).

#include <string>
#include <vector>

#include "gis/geos_handle.h"
#include "gis/vector_writer.h"
#include "ui/export/output_guard.h"

namespace coverplan::exporting {

enum class ColumnType { Text, Integer, Real, Percent, Date };  // Percent: a 0..1 ratio shown as % in XLSX, written as the ratio elsewhere; Date: ISO 8601 text "2026-11-30"

struct TableColumn {
    std::string name;        // field / header name, e.g. "zone_name"
    ColumnType type = ColumnType::Text;
    int decimals = 2;        // Real: decimals shown in XLSX (values are written at full precision)
    std::string title;       // optional human header for XLSX (e.g. "Zone"); empty = name. CSV/GPKG/GeoJSON always use `name` (the contract's fixed column names)
};

using Cell = gis::FieldValue;  // std::variant<std::monostate, std::int64_t, double, std::string> from gis/vector_writer.h; monostate = empty/NULL

struct Table {
    std::string name;                         // layer name (GPKG) / sheet name (XLSX, max 31 chars - truncate safely on UTF-8 boundary)
    std::vector<TableColumn> columns;
    std::vector<std::vector<Cell>> rows;
    std::vector<const GEOSGeometry*> geometries;  // optional: empty = no geometry; else parallel to rows (null allowed)
    std::string crs;                          // CRS of the geometries ("EPSG:32648")
    std::string description = {};             // what the layer holds, kept by GeoPackage (gpkg_contents.description) and PG (the table's comment)
};

/// What a workbook says of itself (XLSX only): its document properties
/// (title, subject, author "Coverplan") and, on every printed page of every
/// sheet, a header naming the project, what the sheet is and the as-of date,
/// and a footer with the note (the weights a ranking used) and the page.
struct WorkbookInfo {
    std::string title;    ///< "Investment ranking"
    std::string project;  ///< the project's name
    std::string as_of;    ///< "2026-11-30"
    std::string note;     ///< "weights: unserved demand 40 %, ..."; may be empty
};

/// Writes `tables` to `target`, format by extension: .xlsx (one sheet per table), .gpkg (one layer per table), .csv and .geojson (exactly one table; otherwise InputError naming the target). Throws InputError (gis/error.h) for an unknown extension or an unwritable target, naming the target.
///
/// Cells must match their column: Text a string; Integer an integer; Real
/// and Percent a number (non-finite numbers are written empty); Date an
/// ISO 8601 date string ("2026-11-30"); any of them may be empty. Table
/// names must be distinct and not empty, column names distinct, rows as wide
/// as the columns, and tables with geometries (points, or polygons and
/// multipolygons) must name one shared CRS. A table breaking these rules is a
/// programming error: coverplan::Error naming the table, row and column,
/// thrown before anything is written. A cell Excel cannot hold (text over
/// 32,767 characters, more than 1,048,575 rows) is an InputError.
///
/// `styles` (a layer's QGIS/SLD style, named by table) go into a GeoPackage's
/// layer_styles table, or beside a GeoJSON file as "<stem>.qml"; CSV and
/// XLSX have no place for them.
void write_tables(const std::vector<Table>& tables, const std::string& target, const WorkbookInfo& info = {},
                  std::vector<gis::LayerStyle> styles = {});

/// What write_tables() writes, for prepare_output(): .csv, .xlsx, .gpkg,
/// .geojson, or a PG: database receiving `tables` (the tables' names).
OutputFormats table_formats(std::vector<std::string> tables);

/// Adds `table` as one more layer of an open writer (for outputs that mix
/// tables with layers written directly, like the overlay's). The same rules
/// as write_tables(); the writer's CRS must be the table's.
void add_table_layer(gis::VectorWriter& writer, const Table& table);

}  // namespace coverplan::exporting
