// crs.h, error.h (Location, InputError), layer_report.h, string_column.h
// and geos_handle.h: the small pieces every other part relies on.

#include <gmock/gmock.h>
#include <ogr_spatialref.h>

#include <cmath>
#include <thread>

#include "gis/crs.h"
#include "gis/error.h"
#include "gis/geos_handle.h"
#include "gis/layer_report.h"
#include "gis/string_column.h"
#include "test_support.h"

namespace coverplan::gis {
namespace {

using test::input_error_message;

TEST(Crs, UtmZoneForLongitudeAndLatitude) {
    EXPECT_EQ(utm_crs_for(106.2, 21.3), "EPSG:32648");     // Bắc Giang
    EXPECT_EQ(utm_crs_for(105.85, 21.03), "EPSG:32648");   // Hà Nội
    EXPECT_EQ(utm_crs_for(106.7, 10.78), "EPSG:32648");    // Hồ Chí Minh City
    EXPECT_EQ(utm_crs_for(108.2, 16.05), "EPSG:32649");    // Đà Nẵng, east of 108°E
    EXPECT_EQ(utm_crs_for(102.0, 10), "EPSG:32648");       // zone 48 starts at 102°E
    EXPECT_EQ(utm_crs_for(101.999, 10), "EPSG:32647");
    EXPECT_EQ(utm_crs_for(-74.0, 40.7), "EPSG:32618");     // New York
    EXPECT_EQ(utm_crs_for(-47.9, -15.8), "EPSG:32723");    // Brasília, south
    EXPECT_EQ(utm_crs_for(0.5, 0.0), "EPSG:32631");        // the equator counts as north
    EXPECT_EQ(utm_crs_for(-180.0, 10), "EPSG:32601");
    EXPECT_EQ(utm_crs_for(180.0, 10), "EPSG:32660");       // clamped, not zone 61
    EXPECT_EQ(utm_crs_for(179.99, -10), "EPSG:32760");
}

TEST(Crs, MakeSrsAcceptsEpsgWktAndProj) {
    auto epsg = make_srs("EPSG:32648");
    EXPECT_TRUE(epsg->IsProjected());
    char* wkt = nullptr;
    epsg->exportToWkt(&wkt);
    auto from_wkt = make_srs(wkt);
    CPLFree(wkt);
    EXPECT_TRUE(from_wkt->IsSame(epsg.get()));
    auto from_proj = make_srs("+proj=utm +zone=48 +datum=WGS84 +units=m +no_defs");
    EXPECT_TRUE(from_proj->IsProjected());
    EXPECT_EQ(input_error_message([] { make_srs("EPSG:999999"); }),
              "unknown CRS 'EPSG:999999' (expected e.g. \"EPSG:32648\" or WKT)");
    EXPECT_EQ(input_error_message([] { make_srs(""); }), "unknown CRS '' (expected e.g. \"EPSG:32648\" or WKT)");
    EXPECT_EQ(input_error_message([] { make_srs("not a crs"); }),
              "unknown CRS 'not a crs' (expected e.g. \"EPSG:32648\" or WKT)");
}

TEST(Crs, TraditionalAxisOrderForGeographicCrs) {
    // EPSG:4326 is latitude-first by definition; make_srs must still take x
    // as the longitude.
    auto wgs84 = make_srs("EPSG:4326");
    auto utm = make_srs("EPSG:32648");
    auto transform = make_transform(*wgs84, *utm);
    ASSERT_TRUE(transform);
    double x = 106.2, y = 21.3;
    ASSERT_TRUE(transform->Transform(1, &x, &y));
    const auto [ex, ey] = test::transform_epsg(4326, 32648, 106.2, 21.3);
    EXPECT_NEAR(x, ex, 1e-6);
    EXPECT_NEAR(y, ey, 1e-6);
    EXPECT_NEAR(x, 624470.4, 1.0);
    EXPECT_NEAR(y, 2355823.6, 1.0);
    // And back.
    auto back = make_transform(*utm, *wgs84);
    ASSERT_TRUE(back->Transform(1, &x, &y));
    EXPECT_NEAR(x, 106.2, 1e-9);
    EXPECT_NEAR(y, 21.3, 1e-9);
}

TEST(Crs, MakeTransformIsNullForTheSameCrs) {
    auto a = make_srs("EPSG:32648");
    auto b = make_srs("EPSG:32648");
    EXPECT_EQ(make_transform(*a, *b), nullptr);
    auto c = make_srs("EPSG:3857");
    EXPECT_NE(make_transform(*a, *c), nullptr);
}

TEST(Crs, RequireMetric) {
    EXPECT_NO_THROW(require_metric(*make_srs("EPSG:32648"), "EPSG:32648"));
    EXPECT_NO_THROW(require_metric(*make_srs("EPSG:3405"), "EPSG:3405"));  // VN-2000 / UTM 48N
    EXPECT_EQ(input_error_message([] { require_metric(*make_srs("EPSG:4326"), "EPSG:4326"); }),
              "working CRS 'EPSG:4326' is not projected; areas and distances need a metric CRS such as a UTM zone");
    EXPECT_EQ(input_error_message([] { require_metric(*make_srs("EPSG:2263"), "EPSG:2263"); }),
              "working CRS 'EPSG:2263' is not in metres");  // New York State Plane, US feet
    EXPECT_NO_THROW(require_metric_crs("EPSG:32648"));
    EXPECT_EQ(input_error_message([] { require_metric_crs("EPSG:4326"); }),
              "working CRS 'EPSG:4326' is not projected; areas and distances need a metric CRS such as a UTM zone");
    EXPECT_EQ(input_error_message([] { require_metric_crs("EPSG:0"); }),
              "unknown CRS 'EPSG:0' (expected e.g. \"EPSG:32648\" or WKT)");
}

TEST(Crs, DescribeSrs) {
    EXPECT_EQ(describe_srs(*make_srs("EPSG:32648")), "EPSG:32648");
    EXPECT_EQ(describe_srs(*make_srs("EPSG:3405")), "EPSG:3405");
    EXPECT_EQ(describe_srs(*make_srs("WGS84")), "EPSG:4326");
    EXPECT_FALSE(describe_srs(*make_srs("+proj=utm +zone=48 +datum=WGS84 +units=m +no_defs")).empty());
}

// --- error.h -----------------------------------------------------------------------

TEST(Errors, LocationDescribesOnlyTheKnownParts) {
    EXPECT_EQ(Location{}.describe(), "");
    EXPECT_EQ((Location{"zones.gpkg", "wards", "7 (id 'X')", "ma_xa", 0}.describe()),
              "zones.gpkg: layer 'wards': feature 7 (id 'X'): field 'ma_xa'");
    EXPECT_EQ((Location{"project.toml", "", "", "", 12}.describe()), "project.toml:12");
    EXPECT_EQ((Location{"", "wards", "", "", 12}.describe()), "layer 'wards'");  // no file: no line
    EXPECT_EQ((Location{"", "", "", "id", 0}.describe()), "field 'id'");
    EXPECT_EQ((Location{"a.csv", "", "3", "", 0}.describe()), "a.csv: feature 3");
}

TEST(Errors, InputErrorComposesItsMessage) {
    const InputError located(Location{"zones.gpkg", "wards", "", "ma_xa", 0}, "is missing");
    EXPECT_STREQ(located.what(), "zones.gpkg: layer 'wards': field 'ma_xa': is missing");
    EXPECT_EQ(located.where().file, "zones.gpkg");
    EXPECT_EQ(located.where().field, "ma_xa");
    const InputError bare(Location{}, "nothing known");
    EXPECT_STREQ(bare.what(), "nothing known");
    const InputError plain("plain message");
    EXPECT_STREQ(plain.what(), "plain message");
    EXPECT_EQ(plain.where().describe(), "");
    // The hierarchy callers catch by.
    try {
        throw InputError("x");
    } catch (const Error& error) {
        EXPECT_STREQ(error.what(), "x");
    }
    try {
        throw Error("y");
    } catch (const std::runtime_error& error) {
        EXPECT_STREQ(error.what(), "y");
    }
}

// --- layer_report.h ----------------------------------------------------------------

TEST(LayerReport, CountersFollowTheProblems) {
    LayerReport report;
    report.file = "leads.csv";
    report.layer = "leads";
    report.read = 5;
    report.used = 4;  // the reader counts accepted features
    report.add(Outcome::Rejected, "2 (id 'B')", "lon", "x coordinate 'abc' is not a number");
    report.add(Outcome::Repaired, "3", "", "fixed");
    report.add(Outcome::Flagged, "4", "created", "no date");
    EXPECT_EQ(report.rejected, 1u);
    EXPECT_EQ(report.repaired, 1u);
    EXPECT_EQ(report.flagged, 1u);
    EXPECT_EQ(report.used, 4u);  // add() does not touch `used`
    report.reject_after_use("5 (id 'A')", "id", "duplicate id 'A' (first used by feature 1)");
    EXPECT_EQ(report.used, 3u);
    EXPECT_EQ(report.rejected, 2u);
    EXPECT_EQ(report.used + report.rejected, report.read);
    ASSERT_EQ(report.problems.size(), 4u);
    EXPECT_EQ(report.problems[0].where.file, "leads.csv");
    EXPECT_EQ(report.problems[0].where.layer, "leads");
    EXPECT_EQ(report.problems[0].where.feature, "2 (id 'B')");
    EXPECT_EQ(report.problems[0].where.field, "lon");
    EXPECT_EQ(report.problems[3].outcome, Outcome::Rejected);
    EXPECT_EQ(report.problems[3].where.describe(), "leads.csv: layer 'leads': feature 5 (id 'A'): field 'id'");
    EXPECT_STREQ(to_string(Outcome::Repaired), "repaired");
    EXPECT_STREQ(to_string(Outcome::Rejected), "rejected");
    EXPECT_STREQ(to_string(Outcome::Flagged), "flagged");
}

// --- string_column.h ---------------------------------------------------------------

TEST(StringColumn, PushIndexAndFilter) {
    StringColumn column;
    EXPECT_TRUE(column.empty());
    EXPECT_EQ(column.size(), 0u);
    const std::vector<std::string> values = {"Dĩnh Kế", "", "BG-03", "", "Đa Mai", std::string("a\0b", 3)};
    for (const auto& v : values) column.push_back(v);
    ASSERT_EQ(column.size(), values.size());
    for (std::size_t i = 0; i < values.size(); ++i) EXPECT_EQ(column[i], values[i]) << i;
    column.filter({true, false, true, true, false, true});
    ASSERT_EQ(column.size(), 4u);
    EXPECT_EQ(column[0], "Dĩnh Kế");
    EXPECT_EQ(column[1], "BG-03");
    EXPECT_EQ(column[2], "");
    EXPECT_EQ(column[3], std::string_view("a\0b", 3));
    column.filter({false, false, false, false});
    EXPECT_TRUE(column.empty());
    column.push_back("again");
    EXPECT_EQ(column[0], "again");
}

// --- geos_handle.h ----------------------------------------------------------------

TEST(GeosHandle, WktAreaCloneAndErrors) {
    GeosGeometry square = geos_from_wkt("POLYGON ((0 0, 4 0, 4 4, 0 4, 0 0), (1 1, 2 1, 2 2, 1 2, 1 1))");
    EXPECT_DOUBLE_EQ(geos_area(square.get()), 15.0);
    GeosGeometry copy = geos_clone(square.get());
    square.reset();
    EXPECT_DOUBLE_EQ(geos_area(copy.get()), 15.0);
    EXPECT_EQ(geos_to_wkt(geos_from_wkt("POINT (1.23456789 2)").get(), 3), "POINT (1.235 2)");
    try {
        geos_from_wkt("POLYGON ((0 0, 1 1");
        ADD_FAILURE() << "no exception";
    } catch (const InputError&) {
        ADD_FAILURE() << "bad WKT in code is not bad user input";
    } catch (const Error& error) {
        EXPECT_THAT(std::string(error.what()), ::testing::StartsWith("cannot parse WKT 'POLYGON ((0 0, 1 1': "));
    }
}

TEST(GeosHandle, OneContextPerThread) {
    const GEOSContextHandle_t here = geos_context();
    EXPECT_EQ(geos_context(), here);
    GEOSContextHandle_t there = nullptr;
    std::thread([&] { there = geos_context(); }).join();
    EXPECT_NE(there, nullptr);
    EXPECT_NE(there, here);
}

}  // namespace
TEST(Crs, MercatorIsRefusedAsWorkingCrs) {
    // Web Mercator inflates areas by about 1.15x at 21° N: never measure in it.
    EXPECT_EQ(input_error_message([] { require_metric_crs("EPSG:3857"); }),
              "working CRS 'EPSG:3857' is a Mercator projection, which distorts areas and distances; use a UTM zone "
              "(e.g. EPSG:32648) or leave crs out to choose one from the data");
    EXPECT_NO_THROW(require_metric_crs("EPSG:3405"));  // VN-2000 / UTM (Transverse Mercator) is fine
}

TEST(LonLatConverter, GeometriesGoToLongitudeLatitudeVertexByVertex) {
    const LonLatConverter converter("EPSG:32648");
    const auto [x0, y0] = test::transform_epsg(4326, 32648, 106.0, 21.0);
    const auto [x1, y1] = test::transform_epsg(4326, 32648, 106.01, 21.01);
    const GeosGeometry square = geos_from_wkt("POLYGON((" + std::to_string(x0) + " " + std::to_string(y0) + "," +
                                              std::to_string(x1) + " " + std::to_string(y0) + "," +
                                              std::to_string(x1) + " " + std::to_string(y1) + "," +
                                              std::to_string(x0) + " " + std::to_string(y1) + "," +
                                              std::to_string(x0) + " " + std::to_string(y0) + "))");
    const GeosGeometry lonlat = converter.to_lonlat(square.get());
    ASSERT_TRUE(lonlat);
    const Envelope box = geos_envelope(lonlat.get());
    EXPECT_NEAR(box.minx, 106.0, 1e-3);  // the UTM square is slightly rotated against the meridians
    EXPECT_NEAR(box.miny, 21.0, 1e-3);
    EXPECT_NEAR(box.maxx, 106.01, 1e-3);
    EXPECT_NEAR(box.maxy, 21.01, 1e-3);
    const auto [lon, lat] = converter.to_lonlat(x0, y0);
    EXPECT_NEAR(lon, 106.0, 1e-9);
    EXPECT_NEAR(lat, 21.0, 1e-9);
}

}  // namespace coverplan::gis

TEST(LonLatConverter, CentralMeridianOfTheUtmZoneIsEasting500km) {
    coverplan::gis::LonLatConverter converter("EPSG:32648");  // UTM 48N: central meridian 105°E
    const auto [x, y] = converter.to_crs(105.0, 0.0);
    EXPECT_NEAR(x, 500000.0, 1e-6);
    EXPECT_NEAR(y, 0.0, 1e-6);
    const auto [lon, lat] = converter.to_lonlat(converter.to_crs(106.2, 21.27).first, converter.to_crs(106.2, 21.27).second);
    EXPECT_NEAR(lon, 106.2, 1e-9);
    EXPECT_NEAR(lat, 21.27, 1e-9);
}

TEST(GridDistortion, UtmScaleFactorAndConvergenceMatchTheSeriesFormulas) {
    // Independent reference: the transverse Mercator series (Snyder, Map
    // Projections — A Working Manual, eq. 8-18 and 8-20, first terms):
    // k = k0 (1 + (1 + η²) (Δλ cos φ)² / 2), γ = Δλ sin φ.
    coverplan::gis::LonLatConverter converter("EPSG:32648");  // central meridian 105°E, k0 = 0.9996
    const double lon = 106.2, lat = 21.27;
    const auto [x, y] = converter.to_crs(lon, lat);
    const auto distortion = coverplan::gis::grid_distortion(converter, x, y);
    const double phi = lat * M_PI / 180, dlambda = (lon - 105.0) * M_PI / 180;
    const double eta2 = 0.00673949674 * std::cos(phi) * std::cos(phi);
    const double k = 0.9996 * (1 + (1 + eta2) * std::pow(dlambda * std::cos(phi), 2) / 2);
    EXPECT_NEAR(distortion.scale_factor, k, 2e-6);
    EXPECT_NEAR(distortion.convergence_deg, dlambda * std::sin(phi) * 180 / M_PI, 2e-3);
    // On the central meridian: k0, no convergence.
    const auto [cx, cy] = converter.to_crs(105.0, lat);
    const auto central = coverplan::gis::grid_distortion(converter, cx, cy);
    EXPECT_NEAR(central.scale_factor, 0.9996, 1e-7);
    EXPECT_NEAR(central.convergence_deg, 0.0, 1e-6);
}

TEST(Crs, TitleForMapNotes) {
    EXPECT_EQ(coverplan::gis::crs_title("EPSG:32648"), "EPSG:32648 (WGS 84 / UTM zone 48N)");
    EXPECT_THROW(coverplan::gis::crs_title("EPSG:0"), coverplan::InputError);
}
