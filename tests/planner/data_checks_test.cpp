// Checks across features and layers, on real files: overlapping zones
// reported and cut so no ground or point counts twice (areas checked against
// GDAL/OGR's own geometry), and point layers whose x and y were swapped.

#include <gtest/gtest.h>
#include <ogr_geometry.h>
#include <ogr_spatialref.h>

#include <regex>

#include "gis/polygon_index.h"
#include "planner/dataset.h"
#include "planner/network_overlay.h"
#include "support/cli_project.h"

using namespace coverplan;
using namespace coverplan::planner;
using coverplan::test::TempDir;

namespace {

std::string box(double x0, double y0, double x1, double y1) {
    auto n = [](double v) { return std::to_string(v); };
    return "[[[" + n(x0) + "," + n(y0) + "],[" + n(x1) + "," + n(y0) + "],[" + n(x1) + "," + n(y1) + "],[" + n(x0) +
           "," + n(y1) + "],[" + n(x0) + "," + n(y0) + "]]]";
}

std::string zone(const std::string& id, const std::string& name, const std::string& coordinates) {
    return R"({"type":"Feature","properties":{"ma":")" + id + R"(","ten":")" + name + R"(","don_vi":"Đội"},)" +
           R"("geometry":{"type":"Polygon","coordinates":)" + coordinates + "}}";
}

/// Area in m² in UTM 48N of the intersection of two lon/lat boxes, by OGR.
double ogr_overlap_m2(const std::string& a, const std::string& b) {
    OGRSpatialReference wgs84, utm;
    wgs84.importFromEPSG(4326);
    wgs84.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    utm.importFromEPSG(32648);
    auto polygon = [&](const std::string& coordinates) {
        const std::string json = R"({"type":"Polygon","coordinates":)" + coordinates + "}";
        auto* g = OGRGeometryFactory::createFromGeoJson(json.c_str());
        g->assignSpatialReference(&wgs84);
        g->transformTo(&utm);
        return std::unique_ptr<OGRGeometry>(g);
    };
    const auto pa = polygon(a), pb = polygon(b);
    std::unique_ptr<OGRGeometry> shared(pa->Intersection(pb.get()));
    return shared->toPolygon()->get_Area();
}

const gis::LayerReport& report_of(const Dataset& data, const std::string& role) {
    for (const auto& report : data.reports)
        if (report.role == role) return report;
    throw std::runtime_error("no report for " + role);
}

/// The area figure in "... by 12,345 m² ...".
double figure_m2(const std::string& text, std::size_t nth = 0) {
    static const std::regex area("by ([0-9,]+) m²");
    auto it = std::sregex_iterator(text.begin(), text.end(), area);
    std::advance(it, static_cast<long>(nth));
    std::string digits = (*it)[1];
    digits.erase(std::remove(digits.begin(), digits.end(), ','), digits.end());
    return std::stod(digits);
}

}  // namespace

TEST(DataChecks, OverlappingZonesReportedAndCountedOnce) {
    TempDir dir;
    const std::string z1 = box(106.0, 21.0, 106.1, 21.1), z2 = box(106.08, 21.0, 106.2, 21.1),
                      z3 = box(106.05, 21.05, 106.06, 21.06);
    dir.write("zones.geojson", std::string(R"({"type":"FeatureCollection","features":[)") +
                                   zone("Z1", "Phường Trần Phú", z1) + "," + zone("Z2", "Xã Dĩnh Trì", z2) + "," +
                                   zone("Z3", "KCN Đình Trám", z3) + "," + zone("Z4", "KCN bản sao", z3) + "]}");
    dir.write("coverage.geojson", test::kCliCoverage);
    // S1 in Z1 and Z2's shared strip, S2 in Z3 (inside Z1), S3 in Z2 alone.
    dir.write("subscribers.csv", "id,lon,lat\nS1,106.09,21.05\nS2,106.055,21.055\nS3,106.15,21.05\n");
    dir.write("project.toml", test::kCliProject);
    const Dataset data = load_dataset(load_project(dir / "project.toml", "2026-11-30"));

    const gis::LayerReport& report = report_of(data, "zones");
    ASSERT_EQ(report.problems.size(), 3u);
    EXPECT_EQ(report.read, 4u);
    EXPECT_EQ(report.used, 3u);
    EXPECT_EQ(report.repaired, 2u);
    EXPECT_EQ(report.rejected, 1u);
    const auto& p1 = report.problems[0];
    EXPECT_EQ(p1.where.feature, "0 (id 'Z1')");
    EXPECT_EQ(p1.outcome, gis::Outcome::Repaired);
    EXPECT_TRUE(p1.reason.starts_with("overlaps zone 'Z3' (KCN Đình Trám) by ")) << p1.reason;
    EXPECT_TRUE(p1.reason.ends_with(" m²; the shared ground is counted in the smaller zone only")) << p1.reason;
    EXPECT_NEAR(figure_m2(p1.reason), ogr_overlap_m2(z1, z3), 1.0);
    const auto& p2 = report.problems[1];
    EXPECT_EQ(p2.where.feature, "1 (id 'Z2')");
    EXPECT_TRUE(p2.reason.starts_with("overlaps zone 'Z1' (Phường Trần Phú) by ")) << p2.reason;
    EXPECT_NEAR(figure_m2(p2.reason), ogr_overlap_m2(z1, z2), 1.0);
    const auto& p4 = report.problems[2];
    EXPECT_EQ(p4.where.feature, "3 (id 'Z4')");
    EXPECT_EQ(p4.outcome, gis::Outcome::Rejected);
    EXPECT_TRUE(p4.reason.starts_with("lies wholly inside other zones: overlaps zone 'Z3' (KCN Đình Trám) by "))
        << p4.reason;
    EXPECT_TRUE(p4.reason.ends_with("; rejected, so that no ground counts twice")) << p4.reason;

    ASSERT_EQ(data.zones.ids, (std::vector<std::string>{"Z1", "Z2", "Z3"}));
    // Areas: each zone's ground once, summing to the union of the originals.
    const NetworkOverlay overlay = overlay_network(data);
    const double a1 = overlay.zones[0].area_m2, a2 = overlay.zones[1].area_m2, a3 = overlay.zones[2].area_m2;
    const double full1 = ogr_overlap_m2(z1, z1), full2 = ogr_overlap_m2(z2, z2), full3 = ogr_overlap_m2(z3, z3);
    EXPECT_NEAR(a1, full1 - full3, 1.0);
    EXPECT_NEAR(a2, full2 - ogr_overlap_m2(z1, z2), 1.0);
    EXPECT_NEAR(a3, full3, 1.0);
    EXPECT_NEAR(a1 + a2 + a3, full1 + full2 - ogr_overlap_m2(z1, z2), 2.0);
    // Points: one zone each, the smaller one where they overlapped.
    EXPECT_EQ(overlay.zones[0].counts.subscribers, 1);  // S1
    EXPECT_EQ(overlay.zones[1].counts.subscribers, 1);  // S3
    EXPECT_EQ(overlay.zones[2].counts.subscribers, 1);  // S2
    EXPECT_EQ(overlay.outside.subscribers, 0);
}

TEST(DataChecks, TouchingZonesAreNotOverlaps) {
    TempDir dir;
    const std::string project = test::write_cli_project(dir, "id,lon,lat\nS1,106.05,21.05\n");
    const Dataset data = load_dataset(load_project(project, "2026-11-30"));
    EXPECT_TRUE(report_of(data, "zones").problems.empty());
    EXPECT_TRUE(report_of(data, "subscribers").warnings.empty());
}

TEST(DataChecks, SwappedLonLatWithinRangeIsWarnedWithTheHint) {
    // Zones near 21 N 106 E hold points whose lon/lat swapped would be 106 N:
    // out of range, rejected by the reader. Zones at 20 E 40 N are the case
    // that stays in range: swapped, the points land at 40 E 20 N.
    TempDir dir;
    const std::string z = box(19.9, 39.9, 20.2, 40.2);
    dir.write("zones.geojson", std::string(R"({"type":"FeatureCollection","features":[)") +
                                   zone("Z1", "Vùng", z) + "]}");
    dir.write("coverage.geojson", R"({"type":"FeatureCollection","features":[{"type":"Feature","properties":{"id":"N1","tech":"ftth","cap":64,"used":10},"geometry":{"type":"Polygon","coordinates":)" +
                                      z + "}}]}");
    std::string swapped = "id,lon,lat\n", right = "id,lon,lat\n";
    for (int i = 0; i < 40; ++i) {
        const double lon = 19.95 + 0.005 * i, lat = 39.95 + 0.004 * i;
        swapped += "S" + std::to_string(i) + "," + std::to_string(lat) + "," + std::to_string(lon) + "\n";
        right += "S" + std::to_string(i) + "," + std::to_string(lon) + "," + std::to_string(lat) + "\n";
    }
    std::string project = test::kCliProject;
    project.replace(project.find("[project]\n"), 10, "[project]\ncrs = \"EPSG:32634\"\n");
    dir.write("project.toml", project);

    dir.write("subscribers.csv", swapped);
    Dataset data = load_dataset(load_project(dir / "project.toml", "2026-11-30"));
    const auto& warnings = report_of(data, "subscribers").warnings;
    ASSERT_EQ(warnings.size(), 1u);
    EXPECT_EQ(warnings[0],
              "100.0 % of the points lie outside every zone; with x and y swapped 100.0 % would lie inside: the "
              "coordinates may be in the wrong order (check the layer's x_field and y_field, or the source's axis "
              "order)");

    dir.write("subscribers.csv", right);
    data = load_dataset(load_project(dir / "project.toml", "2026-11-30"));
    EXPECT_TRUE(report_of(data, "subscribers").warnings.empty());
}

TEST(DataChecks, ProjectedXySwappedIsRejectedWithTheHint) {
    TempDir dir;
    const std::string project = test::write_cli_project(dir, "");
    // The same points in UTM 48N metres, with the columns' values swapped.
    std::string csv = "id,x,y\n";
    OGRSpatialReference wgs84, utm;
    wgs84.importFromEPSG(4326);
    wgs84.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    utm.importFromEPSG(32648);
    std::unique_ptr<OGRCoordinateTransformation> t(OGRCreateCoordinateTransformation(&wgs84, &utm));
    for (int i = 0; i < 30; ++i) {
        double x = 106.01 + 0.006 * i, y = 21.01 + 0.002 * i;
        t->Transform(1, &x, &y);
        csv += "P" + std::to_string(i) + "," + std::to_string(y) + "," + std::to_string(x) + "\n";
    }
    dir.write("subscribers.csv", csv);
    std::string text = test::kCliProject;
    const std::string lonlat = "x = \"lon\"\ny = \"lat\"\ncrs = \"EPSG:4326\"";
    text.replace(text.find(lonlat), lonlat.size(), "x = \"x\"\ny = \"y\"\ncrs = \"EPSG:32648\"");
    dir.write("project.toml", text);
    const Dataset data = load_dataset(load_project(project, "2026-11-30"));
    const auto& report = report_of(data, "subscribers");
    // Metres swapped land far outside the CRS's area of use: no place to keep.
    EXPECT_EQ(report.used, 0u);
    ASSERT_EQ(report.problems.size(), 30u);
    EXPECT_TRUE(report.problems[0].reason.ends_with(" far outside the area of use of EPSG:32648 (are x and y swapped?)"))
        << report.problems[0].reason;
}

TEST(DataChecks, MostlyOutsideWithoutSwapHint) {
    TempDir dir;
    // 3 of 4 points 50 km east of the zones: no swap brings them in.
    const std::string project = test::write_cli_project(
        dir, "id,lon,lat\nS1,106.05,21.05\nS2,106.6,21.05\nS3,106.6,21.06\nS4,106.6,21.07\n");
    const Dataset data = load_dataset(load_project(project, "2026-11-30"));
    const auto& warnings = report_of(data, "subscribers").warnings;
    ASSERT_EQ(warnings.size(), 1u);
    EXPECT_EQ(warnings[0], "75.0 % of the points lie outside every zone");
}
