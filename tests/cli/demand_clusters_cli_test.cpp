// The demand_clusters layer of `coverplan overlay` and `coverplan demo`:
// written with the contract's other layers, read back with plain GDAL.

#include <gdal_priv.h>
#include <gtest/gtest.h>
#include <ogr_spatialref.h>
#include <ogrsf_frmts.h>

#include <nlohmann/json.hpp>

#include "support/cli_project.h"
#include "support/run_coverplan.h"

using coverplan::test::CommandRun;
using coverplan::test::open_vector;
using coverplan::test::run_coverplan;
using coverplan::test::TempDir;

namespace {

// N1 (ftth, the shared fixture's) covers [106.02, 106.15] x [21.02, 21.08];
// N2 (4g) lies just east of the cluster below, nearer than N1 but of another technology.
const char* kCoverage = R"({"type":"FeatureCollection","features":[
{"type":"Feature","properties":{"id":"N1","tech":"ftth","cap":64,"used":10},"geometry":{"type":"Polygon","coordinates":[[[106.02,21.02],[106.15,21.02],[106.15,21.08],[106.02,21.08],[106.02,21.02]]]}},
{"type":"Feature","properties":{"id":"N2","tech":"4g","cap":64,"used":10},"geometry":{"type":"Polygon","coordinates":[[[106.185,21.085],[106.19,21.085],[106.19,21.095],[106.185,21.095],[106.185,21.085]]]}}]})";

// Six open ftth leads within about 100 m of each other around (106.18, 21.09)
// in Z2, outside N1 and N2: one cluster (min_leads 5). L7 is covered by N1,
// L8 is closed, L9 is 4g and alone: none of them clusters.
const std::string kLeads =
    "id,lon,lat,tech,status\n"
    "L1,106.1800,21.0900,ftth,new\n"
    "L2,106.1805,21.0900,ftth,new\n"
    "L3,106.1800,21.0905,ftth,contacted\n"
    "L4,106.1795,21.0900,ftth,new\n"
    "L5,106.1800,21.0895,ftth,new\n"
    "L6,106.1806,21.0906,ftth,new\n"
    "L7,106.0500,21.0500,ftth,new\n"
    "L8,106.1801,21.0901,ftth,won\n"
    "L9,106.1802,21.0902,4g,new\n";

const std::string kProject =
    coverplan::test::kCliProject +
    coverplan::test::csv_point_layer("leads", "technology = \"tech\"\nstatus = \"status\"\n") +
    "\n[clusters]\nradius_m = 300\nmin_leads = 5\nbuffer_m = 150\n";

std::string write_project(const TempDir& dir) {
    const std::string project = coverplan::test::write_cli_project(dir, "id,lon,lat\nS1,106.05,21.05\n", kProject);
    dir.write("coverage.geojson", kCoverage);
    dir.write("leads.csv", kLeads);
    return project;
}

}  // namespace

TEST(DemandClustersCli, OverlayWritesTheClusterWithItsProposedArea) {
    TempDir dir;
    const auto out = dir / "results.gpkg";
    const CommandRun run = run_coverplan("overlay " + write_project(dir) + " -o " + out.string(), dir);
    ASSERT_EQ(run.exit_code, 0) << run.out << run.err;
    EXPECT_NE(run.out.find("demand_clusters (1)"), std::string::npos) << run.out;
    auto results = open_vector(out);
    ASSERT_TRUE(results);
    OGRLayer* clusters = results->GetLayerByName("demand_clusters");
    ASSERT_NE(clusters, nullptr);
    EXPECT_EQ(wkbFlatten(clusters->GetGeomType()), wkbPolygon);
    ASSERT_EQ(clusters->GetFeatureCount(), 1);
    OGRFeatureUniquePtr cluster(clusters->GetNextFeature());
    EXPECT_EQ(cluster->GetFieldAsInteger64("cluster_id"), 1);
    EXPECT_STREQ(cluster->GetFieldAsString("technology"), "ftth");
    EXPECT_EQ(cluster->GetFieldAsInteger64("leads"), 6);
    EXPECT_EQ(cluster->GetFieldAsInteger64("ports_needed"), 8);  // ceil(6 * 1 * 1.3)
    EXPECT_STREQ(cluster->GetFieldAsString("zone_id"), "Z2");
    EXPECT_STREQ(cluster->GetFieldAsString("zone_name"), "Xã Dĩnh Trì");
    EXPECT_STREQ(cluster->GetFieldAsString("nearest_node"), "N1");  // N2 is nearer, but 4g

    // The area holds every clustered lead, and the distance is measured in
    // metres from the leads' mean to N1: about 0.03° of longitude east of
    // N1's edge at 106.15, i.e. roughly 3.1 km, and at least the 0.01° of
    // latitude (1.1 km) north of its edge at 21.08.
    OGRSpatialReference wgs84, utm;
    wgs84.importFromEPSG(4326);
    wgs84.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    utm.importFromEPSG(32648);
    std::unique_ptr<OGRCoordinateTransformation> to_utm(OGRCreateCoordinateTransformation(&wgs84, &utm));
    const OGRGeometry* area = cluster->GetGeometryRef();
    ASSERT_NE(area, nullptr);
    for (const auto& [lon, lat] : std::vector<std::pair<double, double>>{
             {106.18, 21.09}, {106.1805, 21.09}, {106.18, 21.0905}, {106.1795, 21.09}, {106.18, 21.0895}, {106.1806, 21.0906}}) {
        double x = lon, y = lat;
        ASSERT_TRUE(to_utm->Transform(1, &x, &y));
        OGRPoint point(x, y);
        EXPECT_TRUE(area->Contains(&point)) << lon << " " << lat;
    }
    const double distance = cluster->GetFieldAsDouble("distance_m");
    EXPECT_GT(distance, 3000);
    EXPECT_LT(distance, 3400);
    // The same distance straight from the written layers: the nodes layer's
    // N1 polygon and the mean of the six leads in the working CRS.
    double sx = 0, sy = 0;
    for (const auto& [lon, lat] : std::vector<std::pair<double, double>>{
             {106.18, 21.09}, {106.1805, 21.09}, {106.18, 21.0905}, {106.1795, 21.09}, {106.18, 21.0895}, {106.1806, 21.0906}}) {
        double x = lon, y = lat;
        to_utm->Transform(1, &x, &y);
        sx += x;
        sy += y;
    }
    OGRPoint centre(sx / 6, sy / 6);
    OGRLayer* nodes = results->GetLayerByName("nodes");
    nodes->SetAttributeFilter("node_id = 'N1'");
    OGRFeatureUniquePtr n1(nodes->GetNextFeature());
    ASSERT_TRUE(n1);
    EXPECT_NEAR(distance, n1->GetGeometryRef()->Distance(&centre), 0.5);
}

TEST(DemandClustersCli, WrittenWithoutPointsToo) {
    TempDir dir;
    const auto out = dir / "results.gpkg";
    const CommandRun run =
        run_coverplan("overlay --json --no-points " + write_project(dir) + " -o " + out.string(), dir);
    ASSERT_EQ(run.exit_code, 0) << run.err;
    EXPECT_EQ(nlohmann::json::parse(run.out)["demand_clusters"], 1);
    auto results = open_vector(out);
    ASSERT_TRUE(results);
    EXPECT_EQ(results->GetLayerByName("points_status"), nullptr);
    ASSERT_NE(results->GetLayerByName("demand_clusters"), nullptr);
    EXPECT_EQ(results->GetLayerByName("demand_clusters")->GetFeatureCount(), 1);
}

TEST(DemandClustersCli, DemoResultsHoldTheLayer) {
    TempDir dir;
    const CommandRun run = run_coverplan("demo --out " + (dir / "demo").string(), dir);
    ASSERT_EQ(run.exit_code, 0) << run.err;
    auto results = open_vector(dir / "demo" / "results.gpkg");
    ASSERT_TRUE(results);
    OGRLayer* clusters = results->GetLayerByName("demand_clusters");
    ASSERT_NE(clusters, nullptr);
    EXPECT_GT(clusters->GetFeatureCount(), 0);
    // Every cluster is uncovered demand: its leads add up to at most the
    // sample's open leads that are not covered.
    OGRLayer* zones = results->GetLayerByName("zones");
    long long not_covered = 0;
    for (auto& zone : *zones) not_covered += zone->GetFieldAsInteger64("leads_not_covered");
    long long clustered = 0;
    for (auto& cluster : *clusters) clustered += cluster->GetFieldAsInteger64("leads");
    EXPECT_GT(clustered, 0);
    EXPECT_LE(clustered, not_covered);
}
