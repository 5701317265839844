// Values GDAL would change while reading them as their column's type reach
// the caller as the text stored in the file: text in a GeoPackage INTEGER
// column (GDAL: 0), "12abc" (12), an infinity (-1 or the largest integer),
// 31 February (3 March through Arrow), "0000-00-00" (NULL), and a .dbf
// numeric cell "abc" (0) or "1e3" (1).

#include <gtest/gtest.h>

#include <cstdlib>

#include "gis/layer_reader.h"
#include "support/raw_edits.h"
#include "test_support.h"

namespace coverplan::gis {
namespace {

using test::file_source;
using test::read_options;
using test::TempDir;
using test::write_layer;

/// Four squares side by side, id N1..N4, cap 64, ready 2026-01-05.
std::vector<test::FixtureFeature> four_nodes() {
    std::vector<test::FixtureFeature> features;
    for (int i = 0; i < 4; ++i) {
        const std::string x0 = std::to_string(500000 + 100 * i), x1 = std::to_string(500000 + 100 * i + 90);
        features.push_back({"POLYGON ((" + x0 + " 2350000, " + x1 + " 2350000, " + x1 + " 2350090, " + x0 + " 2350090, " +
                                x0 + " 2350000))",
                            {"N" + std::to_string(i + 1), "64", "2026-01-05"}});
    }
    return features;
}

std::vector<std::string> column(const AttributeTable& table, const std::string& key) {
    std::vector<std::string> values;
    for (std::size_t i = 0; i < table.column(key).size(); ++i) values.emplace_back(table.column(key)[i]);
    return values;
}

TEST(MisreadCells, GeoPackageIntegerAndDateColumnsGiveTheirStoredText) {
    TempDir dir;
    write_layer(dir / "cov.gpkg", "GPKG", "cov", "EPSG:32648", wkbPolygon,
                {{"id", OFTString}, {"cap", OFTInteger64}, {"ready", OFTDate}}, four_nodes());
    coverplan::test::run_gpkg_sql(dir / "cov.gpkg", "UPDATE cov SET cap = 'abc', ready = '2026-02-31' WHERE id = 'N1'");
    coverplan::test::run_gpkg_sql(dir / "cov.gpkg", "UPDATE cov SET cap = 1e400, ready = '0000-00-00' WHERE id = 'N2'");
    coverplan::test::run_gpkg_sql(dir / "cov.gpkg", "UPDATE cov SET cap = '12abc', ready = 'soon' WHERE id = 'N3'");
    coverplan::test::run_gpkg_sql(dir / "cov.gpkg", "UPDATE cov SET cap = -5 WHERE id = 'N4'");
    const PolygonTable table = read_polygons(file_source(dir / "cov.gpkg"),
                                             read_options("coverage", {{"id", ""}, {"cap", ""}, {"ready", ""}}, "id"));
    EXPECT_EQ(table.report.used, 4u);
    EXPECT_EQ(column(table, "cap"), (std::vector<std::string>{"abc", "Inf", "12abc", "-5"}));
    EXPECT_EQ(column(table, "ready"), (std::vector<std::string>{"2026-02-31", "0000-00-00", "soon", "2026-01-05"}));
}

TEST(MisreadCells, GeoPackageTextInAnIntegerIdColumn) {
    // Two ids GDAL would both read as 0 (a duplicate): each keeps its text.
    TempDir dir;
    write_layer(dir / "pts.gpkg", "GPKG", "pts", "EPSG:32648", wkbPoint, {{"ma", OFTInteger64}},
                {{"POINT (500000 2350000)", {"1"}}, {"POINT (500010 2350000)", {"2"}}, {"POINT (500020 2350000)", {"3"}}});
    coverplan::test::run_gpkg_sql(dir / "pts.gpkg", "UPDATE pts SET ma = 'KH-1' WHERE fid = 1");
    coverplan::test::run_gpkg_sql(dir / "pts.gpkg", "UPDATE pts SET ma = 'KH-2' WHERE fid = 2");
    for (const char* arrow : {"yes", "no"}) {
        if (std::string(arrow) == "no") ::setenv("COVERPLAN_NO_ARROW", "1", 1);
        const PointTable table = read_points(file_source(dir / "pts.gpkg"), read_options("leads", {{"id", "ma"}}, "id"));
        ::unsetenv("COVERPLAN_NO_ARROW");
        EXPECT_EQ(table.report.reader, std::string(arrow) == "yes" ? "arrow stream" : "feature by feature");
        EXPECT_EQ(table.report.rejected, 0u) << arrow;
        EXPECT_EQ(column(table, "id"), (std::vector<std::string>{"KH-1", "KH-2", "3"})) << arrow;
    }
}

TEST(MisreadCells, GeoPackageDatesThroughArrowAndFeatureByFeature) {
    TempDir dir;
    write_layer(dir / "subs.gpkg", "GPKG", "subs", "EPSG:32648", wkbPoint, {{"id", OFTString}, {"activated", OFTDate}},
                {{"POINT (500000 2350000)", {"S1", "2026-01-05"}},
                 {"POINT (500010 2350000)", {"S2", "2026-01-06"}},
                 {"POINT (500020 2350000)", {"S3", "2026-01-07"}}});
    coverplan::test::run_gpkg_sql(dir / "subs.gpkg", "UPDATE subs SET activated = '2026-02-31' WHERE id = 'S1'");
    coverplan::test::run_gpkg_sql(dir / "subs.gpkg", "UPDATE subs SET activated = '0000-00-00' WHERE id = 'S2'");
    for (const char* arrow : {"yes", "no"}) {
        if (std::string(arrow) == "no") ::setenv("COVERPLAN_NO_ARROW", "1", 1);
        const PointTable table =
            read_points(file_source(dir / "subs.gpkg"), read_options("subscribers", {{"id", ""}, {"activated", ""}}, "id"));
        ::unsetenv("COVERPLAN_NO_ARROW");
        EXPECT_EQ(table.report.reader, std::string(arrow) == "yes" ? "arrow stream" : "feature by feature");
        EXPECT_EQ(column(table, "activated"), (std::vector<std::string>{"2026-02-31", "0000-00-00", "2026-01-07"}))
            << arrow;
    }
}

TEST(MisreadCells, ShapefileNumericCellsGiveTheirStoredText) {
    TempDir dir;
    write_layer(dir / "cov.shp", "ESRI Shapefile", "cov", "EPSG:32648", wkbPolygon,
                {{"id", OFTString}, {"cap", OFTInteger}, {"ready", OFTDate}}, four_nodes());
    coverplan::test::set_dbf_cell(dir / "cov.dbf", 0, "cap", "abc");
    coverplan::test::set_dbf_cell(dir / "cov.dbf", 1, "cap", "1e3");
    coverplan::test::set_dbf_cell(dir / "cov.dbf", 2, "cap", "12abc");
    coverplan::test::set_dbf_cell(dir / "cov.dbf", 0, "ready", "20260231");
    coverplan::test::set_dbf_cell(dir / "cov.dbf", 1, "ready", "2026-1-5");
    coverplan::test::set_dbf_cell(dir / "cov.dbf", 3, "cap", "");  // NULL as a .dbf writes it
    const PolygonTable table = read_polygons(file_source(dir / "cov.shp"),
                                             read_options("coverage", {{"id", ""}, {"cap", ""}, {"ready", ""}}, "id"));
    EXPECT_EQ(table.report.used, 4u);
    EXPECT_EQ(column(table, "cap"), (std::vector<std::string>{"abc", "1e3", "12abc", ""}));
    EXPECT_EQ(column(table, "ready"), (std::vector<std::string>{"2026-02-31", "2026-1-5", "2026-01-05", "2026-01-05"}));
}

TEST(MisreadCells, CoordinateColumnsOfAGeoPackageTable) {
    // A REAL x column holding text: GDAL reads 0, a place on the map.
    TempDir dir;
    write_layer(dir / "t.gpkg", "GPKG", "t", "", wkbNone, {{"id", OFTString}, {"lon", OFTReal}, {"lat", OFTReal}},
                {{"", {"A", "106.2", "21.3"}}, {"", {"B", "106.3", "21.4"}}});
    coverplan::test::run_gpkg_sql(dir / "t.gpkg", "UPDATE t SET lon = 'không rõ' WHERE id = 'B'");
    LayerSource source = file_source(dir / "t.gpkg");
    source.x_field = "lon";
    source.y_field = "lat";
    source.crs = "EPSG:4326";
    const PointTable table = read_points(source, read_options("leads", {{"id", ""}}, "id"));
    EXPECT_EQ(table.report.used, 1u);
    ASSERT_EQ(table.report.problems.size(), 1u);
    EXPECT_EQ(table.report.problems[0].where.feature, "2 (id 'B')");
    EXPECT_EQ(table.report.problems[0].reason, "x coordinate 'không rõ' is not a number");
}

}  // namespace
}  // namespace coverplan::gis
