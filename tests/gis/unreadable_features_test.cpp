// A feature whose geometry GDAL cannot decode is rejected by itself, named,
// and the read goes on: a GeoPackage blob that is not a geometry (through
// the Arrow stream and feature by feature alike), GeoJSON coordinates
// written as text. A damaged file still fails as a whole (see
// layer_reader_errors_test.cpp).

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

std::vector<std::string> problems(const LayerReport& report) {
    std::vector<std::string> lines;
    for (const auto& p : report.problems)
        lines.push_back(p.where.feature + " | " + to_string(p.outcome) + " | " + p.reason);
    return lines;
}

const std::string kUnreadableBlob = "geometry cannot be read (GDAL: Unable to read geometry)";

TEST(UnreadableFeatures, GeoPackageBlobThatIsNotAGeometry) {
    TempDir dir;
    std::vector<test::FixtureFeature> points;
    for (int i = 1; i <= 5; ++i)
        points.push_back({"POINT (" + std::to_string(500000 + 10 * i) + " 2350000)", {"P" + std::to_string(i)}});
    points.push_back({"", {"P6"}});  // no geometry at all
    test::write_layer(dir / "pts.gpkg", "GPKG", "pts", "EPSG:32648", wkbPoint, {{"ma", OFTString}}, points);
    coverplan::test::run_gpkg_sql(dir / "pts.gpkg", "UPDATE pts SET geom = X'00' WHERE ma = 'P2'");
    coverplan::test::run_gpkg_sql(dir / "pts.gpkg", "UPDATE pts SET geom = X'4750000300000000DEADBEEF' WHERE ma = 'P4'");
    for (const char* arrow : {"yes", "no"}) {
        if (std::string(arrow) == "no") ::setenv("COVERPLAN_NO_ARROW", "1", 1);
        const PointTable table = read_points(file_source(dir / "pts.gpkg"), read_options("leads", {{"id", "ma"}}, "id"));
        ::unsetenv("COVERPLAN_NO_ARROW");
        EXPECT_EQ(table.report.reader, std::string(arrow) == "yes" ? "arrow stream" : "feature by feature");
        EXPECT_EQ(table.report.read, 6u) << arrow;
        EXPECT_EQ(table.report.used, 3u) << arrow;
        EXPECT_EQ(problems(table.report), (std::vector<std::string>{"2 (id 'P2') | rejected | " + kUnreadableBlob,
                                                                    "4 (id 'P4') | rejected | " + kUnreadableBlob,
                                                                    "6 (id 'P6') | rejected | no geometry"}))
            << arrow;
        EXPECT_EQ(table.fids, (std::vector<std::int64_t>{1, 3, 5})) << arrow;
    }
    // The batch check's reader says so in the row, and keeps the row.
    const PointRows rows = read_point_rows(file_source(dir / "pts.gpkg"), "EPSG:32648");
    ASSERT_EQ(rows.size(), 6u);
    EXPECT_EQ(rows.problems[1], kUnreadableBlob);
    EXPECT_EQ(rows.problems[2], "");
}

TEST(UnreadableFeatures, GeoPackagePolygonBlob) {
    TempDir dir;
    test::write_layer(dir / "z.gpkg", "GPKG", "z", "EPSG:32648", wkbPolygon, {{"ma", OFTString}},
                      {{"POLYGON ((500000 2350000, 500100 2350000, 500100 2350100, 500000 2350000))", {"Z1"}},
                       {"POLYGON ((500200 2350000, 500300 2350000, 500300 2350100, 500200 2350000))", {"Z2"}}});
    coverplan::test::run_gpkg_sql(dir / "z.gpkg", "UPDATE z SET geom = X'0102' WHERE ma = 'Z1'");
    const PolygonTable table = read_polygons(file_source(dir / "z.gpkg"), read_options("zones", {{"id", "ma"}}, "id"));
    EXPECT_EQ(table.report.used, 1u);
    EXPECT_EQ(problems(table.report), (std::vector<std::string>{"1 (id 'Z1') | rejected | " + kUnreadableBlob}));
}

TEST(UnreadableFeatures, GeoJsonCoordinatesWrittenAsText) {
    // As an export from a spreadsheet leaves them; GDAL reports them for
    // the whole file at once, so each feature's own JSON says which.
    TempDir dir;
    test::write_text(dir / "khieu_nai.geojson", R"({"type":"FeatureCollection","features":[
{"type":"Feature","properties":{"ma_kn":"KN-1"},"geometry":{"type":"Point","coordinates":[106.05,21.05]}},
{"type":"Feature","properties":{"ma_kn":"KN-2"},"geometry":{"type":"Point","coordinates":["106.05","21.05"]}},
{"type":"Feature","properties":{"ma_kn":"KN-3"},"geometry":{"type":"Point","coordinates":[106.06,21.06]}},
{"type":"Feature","properties":{"ma_kn":"KN-4"},"geometry":null},
{"type":"Feature","properties":{"ma_kn":"KN-5"},"geometry":{"type":"Point"}},
{"type":"Feature","properties":{"ma_kn":"KN-6"},"geometry":{"type":"Điểm","coordinates":[106.07,21.07]}}
]})");
    const PointTable table =
        read_points(file_source(dir / "khieu_nai.geojson"), read_options("complaints", {{"id", "ma_kn"}}, "id"));
    EXPECT_EQ(table.report.read, 6u);
    EXPECT_EQ(table.report.used, 2u);
    EXPECT_EQ(problems(table.report),
              (std::vector<std::string>{
                  R"(1 (id 'KN-2') | rejected | geometry cannot be read: {"type":"Point","coordinates":["106.05","21.05"]})",
                  "3 (id 'KN-4') | rejected | no geometry",
                  R"(4 (id 'KN-5') | rejected | geometry cannot be read: {"type":"Point"})",
                  R"(5 (id 'KN-6') | rejected | geometry cannot be read: {"type":"Điểm","coordinates":[106.07,21.07]})"}));

    test::write_text(dir / "xa.geojson", R"({"type":"FeatureCollection","features":[
{"type":"Feature","properties":{"ma":"Z1"},"geometry":{"type":"Polygon","coordinates":[[[106.0,21.0],[106.1,21.0],[106.1,21.1],[106.0,21.0]]]}},
{"type":"Feature","properties":{"ma":"Z2"},"geometry":{"type":"Polygon","coordinates":[[["106.1","21.0"],[106.2,21.0],[106.2,21.1],[106.1,21.0]]]}}
]})");
    const PolygonTable zones = read_polygons(file_source(dir / "xa.geojson"), read_options("zones", {{"id", "ma"}}, "id"));
    EXPECT_EQ(zones.report.used, 1u);
    EXPECT_EQ(problems(zones.report),
              (std::vector<std::string>{R"(1 (id 'Z2') | rejected | geometry cannot be read: {"type":"Polygon","coordinates":[[["106.1","21.0"],[106.2,21.0],[106.2,21.1],[106.1,21.0]]]})"}));
}

}  // namespace
}  // namespace coverplan::gis
