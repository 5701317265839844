#pragma once
// What the layer harnesses share (the fuzzer's bytes reach GDAL as a
// gis::MemoryFile): the promises of gis::read_points / read_polygons /
// read_point_rows (gis/layer_reader.h) checked on what they return.

#include <geos_c.h>

#include <cmath>
#include <string>

#include "fuzz/fuzz_support.h"
#include "gis/layer_reader.h"
#include "gis/memory_file.h"

namespace coverplan::fuzz {

/// Working CRS of every harness: UTM 48N, where the seeds lie.
inline const std::string kWorkingCrs = "EPSG:32648";

inline void check_report(const gis::LayerReport& report, std::size_t rows) {
    if (report.read != report.used + report.rejected || report.repaired > report.used || report.used != rows)
        finding("the report does not add up: read " + std::to_string(report.read) + ", used " +
                std::to_string(report.used) + ", rejected " + std::to_string(report.rejected) + ", repaired " +
                std::to_string(report.repaired) + ", rows returned " + std::to_string(rows));
}

inline void check_attributes(const gis::AttributeTable& table, std::size_t rows) {
    if (table.fids.size() != rows) finding("feature ids and rows differ in number");
    for (const auto& [key, column] : table.columns)
        if (column.size() != rows) finding("column '" + key + "' and rows differ in number");
}

inline void check_points(const gis::PointTable& table) {
    const std::size_t rows = table.x.size();
    if (table.y.size() != rows) finding("x and y differ in number");
    check_attributes(table, rows);
    check_report(table.report, rows);
    for (std::size_t i = 0; i < rows; ++i)
        if (!std::isfinite(table.x[i]) || !std::isfinite(table.y[i])) finding("an accepted point is not finite");
}

inline void check_polygons(const gis::PolygonTable& table) {
    const std::size_t rows = table.geometries.size();
    check_attributes(table, rows);
    check_report(table.report, rows);
    const GEOSContextHandle_t ctx = gis::geos_context();
    for (const auto& geometry : table.geometries) {
        const int type = GEOSGeomTypeId_r(ctx, geometry.get());
        if (type != GEOS_POLYGON && type != GEOS_MULTIPOLYGON) finding("an accepted geometry is not polygonal");
        if (GEOSisValid_r(ctx, geometry.get()) != 1) finding("an accepted polygon is not valid");
        if (!(gis::geos_area(geometry.get()) > 0)) finding("an accepted polygon has no area");
    }
}

inline void check_rows(const gis::PointRows& rows) {
    const std::size_t n = rows.size();
    if (rows.y.size() != n || rows.problems.size() != n || rows.columns.size() != rows.fields.size())
        finding("point rows: coordinates, problems and fields differ in number");
    for (const auto& column : rows.columns)
        if (column.size() != n) finding("point rows: a column and the rows differ in number");
    for (std::size_t i = 0; i < n; ++i) {
        const bool usable = std::isfinite(rows.x[i]) && std::isfinite(rows.y[i]);
        if (usable != rows.problems[i].empty()) finding("point rows: row " + std::to_string(i) + " has a point and a problem, or neither");
    }
}

/// Runs one reader: a source it cannot read is an InputError (exit 2, the
/// user's file), never another exception (exit 3, an internal error).
template <class Read>
void expect_read_or_input_error(Read&& read) {
    try {
        read();
    } catch (const InputError&) {
    }
}

}  // namespace coverplan::fuzz
