// Values are checked, never guessed: numbers and dates from real files in
// each format (GeoPackage, Shapefile, GeoJSON, CSV), under Vietnamese field
// names, each bad one reported with its feature, field and value, and then
// left out (the feature kept) as docs/data-model.md says.

#include <gtest/gtest.h>

#include <map>

#include "gis/test_support.h"
#include "planner/dataset.h"
#include "planner/hand_built.h"
#include "support/raw_edits.h"

using namespace coverplan;
using namespace coverplan::planner;
using coverplan::gis::test::FixtureFeature;
using coverplan::gis::test::TempDir;
using coverplan::gis::test::write_layer;
using coverplan::gis::test::write_text;

namespace {

/// "feature | field | outcome | reason" of every problem of a layer.
std::vector<std::string> problems_of(const Dataset& data, const std::string& role) {
    std::vector<std::string> lines;
    for (const auto& report : data.reports)
        if (report.role == role)
            for (const auto& p : report.problems)
                lines.push_back(p.where.feature + " | " + p.where.field + " | " + gis::to_string(p.outcome) + " | " +
                                p.reason);
    return lines;
}

const gis::LayerReport& report_of(const Dataset& data, const std::string& role) {
    for (const auto& report : data.reports)
        if (report.role == role) return report;
    throw std::runtime_error("no report for " + role);
}

std::string square_wkt(int i) {
    const std::string x0 = std::to_string(500000 + 1000 * i), x1 = std::to_string(500000 + 1000 * i + 1000);
    return "POLYGON ((" + x0 + " 2300000, " + x1 + " 2300000, " + x1 + " 2301000, " + x0 + " 2301000, " + x0 +
           " 2300000))";
}

/// Zones (GeoPackage: ma_xa, ten_xa, so_ho INTEGER), coverage `coverage`
/// (written by the test), subscribers and orders as CSV; as of 2026-11-30.
std::string project(const std::string& coverage_source, const std::string& coverage_fields) {
    return R"([project]
name = "giá trị"
crs = "EPSG:32648"
as_of = "2026-11-30"

[layers.zones]
source = "xa.gpkg"
id = "ma_xa"
name = "ten_xa"
households = "so_ho"

[layers.coverage]
source = ")" + coverage_source + "\"\n" + coverage_fields + R"(
[layers.subscribers]
source = "thue_bao.csv"
x = "kinh_do"
y = "vi_do"
id = "ma_tb"
activated = "ngay_kich_hoat"

[layers.orders]
source = "don_hang.csv"
x = "kinh_do"
y = "vi_do"
id = "ma_dh"
created = "ngay_tao"
due = "han"
installed = "ngay_lap"
)";
}

const char* const kCoverageMapping = R"(id = "ma_tram"
technology_value = "ftth"
capacity = "so_cong"
used = "da_dung"
)";

/// Five zones; so_ho of Z2..Z5 edited to what a hand or a spreadsheet leaves.
void write_zones(const TempDir& dir) {
    std::vector<FixtureFeature> zones;
    for (int i = 0; i < 5; ++i)
        zones.push_back({square_wkt(i), {"Z" + std::to_string(i + 1), "Xã " + std::to_string(i + 1), "1200"}});
    write_layer(dir / "xa.gpkg", "GPKG", "xa", "EPSG:32648", wkbPolygon,
                {{"ma_xa", OFTString}, {"ten_xa", OFTString}, {"so_ho", OFTInteger64}}, zones);
    coverplan::test::run_gpkg_sql(dir / "xa.gpkg", "UPDATE xa SET so_ho = 'nhiều' WHERE ma_xa = 'Z2'");
    coverplan::test::run_gpkg_sql(dir / "xa.gpkg", "UPDATE xa SET so_ho = 12.5 WHERE ma_xa = 'Z3'");
    coverplan::test::run_gpkg_sql(dir / "xa.gpkg", "UPDATE xa SET so_ho = -3 WHERE ma_xa = 'Z4'");
    coverplan::test::run_gpkg_sql(dir / "xa.gpkg", "UPDATE xa SET so_ho = 1e400 WHERE ma_xa = 'Z5'");
}

/// Subscribers S1..S6 in zone Z1 with activation dates; orders D1..D3.
void write_points(const TempDir& dir) {
    using coverplan::test::points_csv;
    write_text(dir / "thue_bao.csv",
               points_csv("ma_tb,kinh_do,vi_do,ngay_kich_hoat",
                          {"S1,105.0,20.78,2026-02-31", "S2,105.0,20.78,0000-00-00", "S3,105.0,20.78,2099-01-01",
                           "S4,105.0,20.78,31/11/2026", "S5,105.0,20.78,30/11/2026", "S6,105.0,20.78,1899-12-31",
                           "S7,105.0,20.78,2026-00-10", "S8,105.0,20.78,2026-11-30T08:00"}));
    write_text(dir / "don_hang.csv",
               points_csv("ma_dh,kinh_do,vi_do,ngay_tao,han,ngay_lap",
                          {"D1,105.0,20.78,2026-11-01,2026-12-15,2026-12-01",  // installed after as_of
                           "D2,105.0,20.78,2026-12-01,2027-01-10,",            // created after as_of
                           "D3,105.0,20.78,2026-10-01,2026-10-20,2026-10-18"}));
}

Dataset load(const TempDir& dir, const std::string& coverage_source, const std::string& mapping = kCoverageMapping) {
    write_text(dir / "project.toml", project(coverage_source, mapping));
    return load_dataset(load_project(dir / "project.toml", "2026-11-30"));
}

TEST(DatasetValues, GeoPackageQuantitiesAndHouseholds) {
    TempDir dir;
    write_zones(dir);
    write_points(dir);
    std::vector<FixtureFeature> nodes;
    for (int i = 0; i < 6; ++i) nodes.push_back({square_wkt(i % 5), {"T" + std::to_string(i + 1), "64", "10"}});
    write_layer(dir / "tram.gpkg", "GPKG", "tram", "EPSG:32648", wkbPolygon,
                {{"ma_tram", OFTString}, {"so_cong", OFTInteger64}, {"da_dung", OFTInteger64}}, nodes);
    coverplan::test::run_gpkg_sql(dir / "tram.gpkg", "UPDATE tram SET so_cong = 'abc' WHERE ma_tram = 'T1'");
    coverplan::test::run_gpkg_sql(dir / "tram.gpkg", "UPDATE tram SET so_cong = 1e400 WHERE ma_tram = 'T2'");
    coverplan::test::run_gpkg_sql(dir / "tram.gpkg", "UPDATE tram SET so_cong = '12abc' WHERE ma_tram = 'T3'");
    coverplan::test::run_gpkg_sql(dir / "tram.gpkg", "UPDATE tram SET da_dung = -5 WHERE ma_tram = 'T4'");
    coverplan::test::run_gpkg_sql(dir / "tram.gpkg", "UPDATE tram SET so_cong = 9223372036854775807 WHERE ma_tram = 'T5'");
    const Dataset data = load(dir, "tram.gpkg");

    const std::string unknown = "; the node's spare capacity is unknown (not guessed)";
    EXPECT_EQ(problems_of(data, "coverage"),
              (std::vector<std::string>{
                  "1 (id 'T1') | so_cong | flagged | capacity 'abc' is not a number" + unknown,
                  "2 (id 'T2') | so_cong | flagged | capacity 'Inf' is infinite" + unknown,
                  "3 (id 'T3') | so_cong | flagged | capacity '12abc' is not a number" + unknown,
                  "4 (id 'T4') | da_dung | flagged | used '-5' is negative" + unknown,
                  "5 (id 'T5') | so_cong | flagged | capacity '9223372036854775807' is beyond 9,007,199,254,740,992, "
                  "the largest count held exactly" + unknown,
              }));
    // Every node stays (its coverage is real); none has a spare count.
    ASSERT_EQ(data.nodes.size(), 6u);
    for (std::size_t n = 0; n < 5; ++n) EXPECT_FALSE(data.nodes.spare(n)) << data.nodes.ids[n];
    EXPECT_EQ(data.nodes.spare(5), 54.0);
    EXPECT_EQ(report_of(data, "coverage").used, 6u);

    EXPECT_EQ(problems_of(data, "zones"),
              (std::vector<std::string>{
                  "2 (id 'Z2') | so_ho | flagged | households 'nhiều' is not a number; penetration left empty",
                  "3 (id 'Z3') | so_ho | flagged | households '12.5' is not a whole number; penetration left empty",
                  "4 (id 'Z4') | so_ho | flagged | households '-3' is negative; penetration left empty",
                  "5 (id 'Z5') | so_ho | flagged | households 'Inf' is infinite; penetration left empty",
              }));
    EXPECT_EQ(data.zones.households[0], 1200);
    for (std::size_t z = 1; z < 5; ++z) EXPECT_FALSE(data.zones.households[z]) << z;
}

TEST(DatasetValues, ShapefileQuantities) {
    TempDir dir;
    write_zones(dir);
    write_points(dir);
    std::vector<FixtureFeature> nodes;
    for (int i = 0; i < 4; ++i) nodes.push_back({square_wkt(i), {"T" + std::to_string(i + 1), "64", "10"}});
    write_layer(dir / "tram.shp", "ESRI Shapefile", "tram", "EPSG:32648", wkbPolygon,
                {{"ma_tram", OFTString}, {"so_cong", OFTInteger}, {"da_dung", OFTInteger}}, nodes);
    coverplan::test::set_dbf_cell(dir / "tram.dbf", 0, "so_cong", "abc");   // GDAL: 0
    coverplan::test::set_dbf_cell(dir / "tram.dbf", 1, "so_cong", "1e3");   // GDAL: 1
    coverplan::test::set_dbf_cell(dir / "tram.dbf", 2, "da_dung", "-4");
    const Dataset data = load(dir, "tram.shp");
    const std::string unknown = "; the node's spare capacity is unknown (not guessed)";
    EXPECT_EQ(problems_of(data, "coverage"),
              (std::vector<std::string>{"0 (id 'T1') | so_cong | flagged | capacity 'abc' is not a number" + unknown,
                                        "2 (id 'T3') | da_dung | flagged | used '-4' is negative" + unknown}));
    ASSERT_EQ(data.nodes.size(), 4u);
    EXPECT_EQ(data.nodes.capacity[1], 1000.0);  // "1e3" is a thousand, as written
    EXPECT_EQ(data.nodes.spare(3), 54.0);
}

TEST(DatasetValues, GeoJsonQuantities) {
    // GeoJSON keeps its own types: a number too large for 64 bits arrives
    // clamped (GDAL warns once), 1e400 as infinity, text as text.
    TempDir dir;
    write_zones(dir);
    write_points(dir);
    using coverplan::test::collection;
    using coverplan::test::feature;
    using coverplan::test::square;
    write_text(dir / "tram.geojson",
               collection(feature(R"("ma_tram":"T1","so_cong":99999999999999999999,"da_dung":1)", square(0, 0, 900, 900)) +
                          "," + feature(R"("ma_tram":"T2","so_cong":1e400,"da_dung":1)", square(0, 0, 900, 900)) + "," +
                          feature(R"("ma_tram":"T3","so_cong":"12abc","da_dung":1)", square(0, 0, 900, 900)) + "," +
                          feature(R"("ma_tram":"T4","so_cong":"1,5","da_dung":1)", square(0, 0, 900, 900)) + "," +
                          feature(R"("ma_tram":"T5","so_cong":64,"da_dung":10)", square(0, 0, 900, 900))));
    const Dataset data = load(dir, "tram.geojson");
    const std::string unknown = "; the node's spare capacity is unknown (not guessed)";
    EXPECT_EQ(problems_of(data, "coverage"),
              (std::vector<std::string>{
                  "0 (id 'T1') | so_cong | flagged | capacity '9223372036854775807' is beyond 9,007,199,254,740,992, "
                  "the largest count held exactly" + unknown,
                  "1 (id 'T2') | so_cong | flagged | capacity 'Infinity' is infinite" + unknown,
                  "2 (id 'T3') | so_cong | flagged | capacity '12abc' is not a number" + unknown,
                  "3 (id 'T4') | so_cong | flagged | capacity '1,5' is not a number (decimals take a point: 1.5, not "
                  "1,5)" + unknown}));
    EXPECT_EQ(data.nodes.spare(4), 54.0);
}

TEST(DatasetValues, ImpossibleAndFutureDates) {
    TempDir dir;
    write_zones(dir);
    write_points(dir);
    std::vector<FixtureFeature> nodes = {{square_wkt(0), {"T1", "64", "10"}}};
    write_layer(dir / "tram.gpkg", "GPKG", "tram", "EPSG:32648", wkbPolygon,
                {{"ma_tram", OFTString}, {"so_cong", OFTInteger64}, {"da_dung", OFTInteger64}}, nodes);
    const Dataset data = load(dir, "tram.gpkg");
    const std::string trend = "; left out of the growth trend";
    EXPECT_EQ(problems_of(data, "subscribers"),
              (std::vector<std::string>{
                  "1 (id 'S1') | ngay_kich_hoat | flagged | activated '2026-02-31' has no day 31: February 2026 has 28 "
                  "days" + trend,
                  "2 (id 'S2') | ngay_kich_hoat | flagged | activated '0000-00-00' has year 0, which does not exist" + trend,
                  "3 (id 'S3') | ngay_kich_hoat | flagged | activated '2099-01-01' lies after the as-of date 2026-11-30: "
                  "it cannot have happened yet" + trend,
                  "4 (id 'S4') | ngay_kich_hoat | flagged | activated '31/11/2026' has no day 31: November 2026 has 30 "
                  "days" + trend,
                  "6 (id 'S6') | ngay_kich_hoat | flagged | activated '1899-12-31' is before 1900: a placeholder, not a "
                  "date" + trend,
                  "7 (id 'S7') | ngay_kich_hoat | flagged | activated '2026-00-10' has no month 0" + trend,
              }));
    ASSERT_EQ(data.subscribers.size(), 8u);  // every subscriber is still counted
    const std::vector<Day>& days = data.subscribers.date;
    for (std::size_t i : {0, 1, 2, 3, 5, 6}) EXPECT_EQ(days[i], kNoDay) << i;
    EXPECT_EQ(days[4], parse_date("2026-11-30"));
    EXPECT_EQ(days[7], parse_date("2026-11-30"));

    // A due date may lie ahead; a creation or an installation cannot.
    EXPECT_EQ(problems_of(data, "orders"),
              (std::vector<std::string>{
                  "2 (id 'D2') | ngay_tao | flagged | created '2026-12-01' lies after the as-of date 2026-11-30: it "
                  "cannot have happened yet; left out of date-based figures",
                  "1 (id 'D1') | ngay_lap | flagged | installed '2026-12-01' lies after the as-of date 2026-11-30: it "
                  "cannot have happened yet; taken as not installed",
              }));
    EXPECT_EQ(data.orders.installed[0], kNoDay);
    EXPECT_TRUE(data.orders.open[0]);
    EXPECT_EQ(data.orders.due[1], parse_date("2027-01-10"));
    EXPECT_FALSE(data.orders.open[2]);
}

}  // namespace
