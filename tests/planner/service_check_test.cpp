// The serviceability check on a hand-built project whose every answer is
// worked out below.
//
// Coordinates are metres in EPSG:32648, relative to (500000, 2300000).
//   Zone Z1 [0,1000] x [0,1000], team "Tổ kỹ thuật Bắc"; Z2 [1000,2000] x [0,1000], team "South team".
//   F1 ftth live    cap 10, used 4 (spare 6)   [100,600] x [100,600]
//   F2 ftth live    cap 8,  used 8 (full)      [400,900] x [400,900]
//   F3 ftth planned ready 2027-03-01           [1200,1800] x [200,800]
//   F4 ftth planned ready 2027-01-15           [1500,1900] x [500,900]
//   F5 ftth live    capacity unknown           [2100,2400] x [0,300]   (outside every zone)
//   G1 4g   live    cap 100, used 50           [0,2000] x [0,50]
//   X1 (no technology) live cap 5, used 1      [2500,2800] x [0,300]   serves every technology
//   P5 5g   planned ready 2027-06-01           [3000,3200] x [0,200]

#include "planner/service_check.h"

#include <gtest/gtest.h>

#include <cmath>
#include <random>

#include "gis/crs.h"
#include "gis/layer_appender.h"
#include "planner/network_overlay.h"
#include "support/temp_dir.h"

using namespace coverplan;
using namespace coverplan::planner;
using coverplan::test::TempDir;

namespace {

constexpr double kX0 = 500000, kY0 = 2300000;

/// A WKT rectangle in absolute coordinates, from coordinates relative to the origin.
std::string rectangle_wkt(double x0, double y0, double x1, double y1) {
    auto at = [](double x, double y) { return std::to_string(kX0 + x) + " " + std::to_string(kY0 + y); };
    return "\"POLYGON((" + at(x0, y0) + "," + at(x1, y0) + "," + at(x1, y1) + "," + at(x0, y1) + "," + at(x0, y0) +
           "))\"";
}

const char* kProject = R"([project]
name = "check fixture"
crs = "EPSG:32648"
as_of = "2026-11-30"

[layers.zones]
source = "zones.csv"
crs = "EPSG:32648"
id = "id"
name = "name"
team = "team"

[layers.coverage]
source = "coverage.csv"
crs = "EPSG:32648"
id = "id"
technology = "tech"
capacity = "cap"
used = "used"
status = "status"
planned_date = "ready"

[layers.subscribers]
source = "subscribers.csv"
x = "x"
y = "y"
crs = "EPSG:32648"
id = "id"
)";

void write_fixture(const TempDir& dir, bool with_untyped_node = true) {
    dir.write("zones.csv", "WKT,id,name,team\n" + rectangle_wkt(1000, 0, 2000, 1000) + ",Z2,Xã Nam,South team\n" +
                               rectangle_wkt(0, 0, 1000, 1000) + ",Z1,Phường Bắc,Tổ kỹ thuật Bắc\n");
    std::string coverage = "WKT,id,tech,cap,used,status,ready\n";
    coverage += rectangle_wkt(100, 100, 600, 600) + ",F1,ftth,10,4,live,\n";
    coverage += rectangle_wkt(400, 400, 900, 900) + ",F2,FTTH,8,8,live,\n";
    coverage += rectangle_wkt(1200, 200, 1800, 800) + ",F3,ftth,32,,planned,2027-03-01\n";
    coverage += rectangle_wkt(1500, 500, 1900, 900) + ",F4,ftth,16,,planned,2027-01-15\n";
    coverage += rectangle_wkt(2100, 0, 2400, 300) + ",F5,ftth,,,live,\n";
    coverage += rectangle_wkt(0, 0, 2000, 50) + ",G1,4g,100,50,live,\n";
    if (with_untyped_node) coverage += rectangle_wkt(2500, 0, 2800, 300) + ",X1,,5,1,live,\n";
    coverage += rectangle_wkt(3000, 0, 3200, 200) + ",P5,5g,64,,planned,2027-06-01\n";
    dir.write("coverage.csv", coverage);
    dir.write("subscribers.csv", "id,x,y\ns1," + std::to_string(kX0 + 10) + "," + std::to_string(kY0 + 10) + "\n");
    dir.write("project.toml", kProject);
}

class CheckFixture : public ::testing::Test {
protected:
    void SetUp() override {
        write_fixture(dir);
        data = load_dataset(load_project(dir / "project.toml", "2026-11-30"));
        checker = std::make_unique<ServiceChecker>(data);
    }
    TechIndex tech(const char* name) const { return find_technology(data, name).value(); }
    CheckResult at(double x, double y, const char* technology, bool every = false) const {
        return checker->check(kX0 + x, kY0 + y, tech(technology), every);
    }
    std::string node(std::int32_t n) const { return n < 0 ? "-" : data.nodes.ids[n]; }
    std::vector<std::string> nodes(const TechnologyAnswer& answer) const {
        std::vector<std::string> ids;
        for (auto n : answer.nodes) ids.push_back(data.nodes.ids[n]);
        return ids;
    }
    std::string zone(const CheckResult& result) const { return result.zone < 0 ? "-" : data.zones.ids[result.zone]; }

    TempDir dir;
    Dataset data;
    std::unique_ptr<ServiceChecker> checker;
};

TEST_F(CheckFixture, AvailableWhereALiveNodeHasSpare) {
    const CheckResult r = at(200, 200, "ftth");
    EXPECT_EQ(r.answer.verdict.status, Serviceability::Available);
    EXPECT_EQ(node(r.answer.verdict.node), "F1");
    EXPECT_EQ(r.answer.verdict.distance_m, 0);
    EXPECT_EQ(zone(r), "Z1");
    EXPECT_EQ(data.zones.teams[r.zone], "Tổ kỹ thuật Bắc");
    EXPECT_EQ(nodes(r.answer), (std::vector<std::string>{"F1"}));
}

TEST_F(CheckFixture, FullWhereLiveNodesHaveNoSpare) {
    const CheckResult r = at(800, 800, "ftth");
    EXPECT_EQ(r.answer.verdict.status, Serviceability::Full);
    EXPECT_EQ(node(r.answer.verdict.node), "F2");
    // Unknown capacity is never taken as spare.
    EXPECT_EQ(at(2200, 100, "ftth").answer.verdict.status, Serviceability::Full);
    EXPECT_EQ(zone(at(2200, 100, "ftth")), "-");
}

TEST_F(CheckFixture, OverlappingNodesServeFromTheOneWithSpare) {
    const CheckResult r = at(500, 500, "ftth");
    EXPECT_EQ(r.answer.verdict.status, Serviceability::Available);
    EXPECT_EQ(node(r.answer.verdict.node), "F1");
    EXPECT_EQ(nodes(r.answer), (std::vector<std::string>{"F1", "F2"}));
}

TEST_F(CheckFixture, PlannedOnlyCoverageGivesTheEarliestDate) {
    const CheckResult both = at(1600, 700, "ftth");
    EXPECT_EQ(both.answer.verdict.status, Serviceability::Planned);
    EXPECT_EQ(node(both.answer.verdict.node), "F4");
    EXPECT_EQ(format_date(both.answer.verdict.planned_date), "2027-01-15");
    EXPECT_EQ(zone(both), "Z2");
    const CheckResult one = at(1300, 400, "ftth");
    EXPECT_EQ(one.answer.verdict.status, Serviceability::Planned);
    EXPECT_EQ(format_date(one.answer.verdict.planned_date), "2027-03-01");
}

TEST_F(CheckFixture, BoundariesBelongToTheZoneWithTheSmallerIdAndToTheNode) {
    EXPECT_EQ(zone(at(1000, 500, "ftth")), "Z1");        // shared edge of Z1 and Z2
    EXPECT_EQ(zone(at(2000, 500, "ftth")), "Z2");        // Z2's outer edge
    EXPECT_EQ(zone(at(2000.001, 500, "ftth")), "-");
    const CheckResult edge = at(600, 200, "ftth");       // F1's right edge
    EXPECT_EQ(edge.answer.verdict.status, Serviceability::Available);
    const CheckResult corner = at(900, 900, "ftth");     // F2's corner
    EXPECT_EQ(corner.answer.verdict.status, Serviceability::Full);
    EXPECT_EQ(at(900.01, 900, "ftth").answer.verdict.status, Serviceability::NotCovered);
}

TEST_F(CheckFixture, EachTechnologyIsAnsweredOnItsOwn) {
    const CheckResult r = at(300, 20, "", true);  // F1 does not reach y = 20; G1 (4g) does
    EXPECT_EQ(r.answer.verdict.status, Serviceability::Available);  // any technology
    ASSERT_EQ(data.technologies, (std::vector<std::string>{"4g", "5g", "ftth"}));
    ASSERT_EQ(r.by_technology.size(), 3u);
    EXPECT_EQ(r.by_technology[0].verdict.status, Serviceability::Available);   // 4g: G1
    EXPECT_EQ(r.by_technology[1].verdict.status, Serviceability::NotCovered);  // 5g
    EXPECT_EQ(r.by_technology[2].verdict.status, Serviceability::NotCovered);  // ftth: F1 starts at y = 100
    EXPECT_EQ(node(r.by_technology[2].verdict.node), "F1");
    EXPECT_NEAR(r.by_technology[2].verdict.distance_m, 80, 1e-9);
    EXPECT_EQ(node(r.by_technology[0].verdict.node), "G1");
}

TEST_F(CheckFixture, ANodeWithoutTechnologyServesEveryTechnology) {
    for (const char* t : {"ftth", "4g", "5g", ""}) {
        const CheckResult r = at(2600, 100, t);
        EXPECT_EQ(r.answer.verdict.status, Serviceability::Available) << t;
        EXPECT_EQ(node(r.answer.verdict.node), "X1") << t;
    }
}

TEST_F(CheckFixture, NotCoveredNamesTheNearestLiveNodeOfTheTechnology) {
    // From (300, 1500): F1's area is 900 m away, F2's (full, but live) sqrt(100² + 600²).
    const CheckResult r = at(300, 1500, "ftth");
    EXPECT_EQ(r.answer.verdict.status, Serviceability::NotCovered);
    EXPECT_EQ(node(r.answer.verdict.node), "F2");
    EXPECT_NEAR(r.answer.verdict.distance_m, std::sqrt(100.0 * 100 + 600.0 * 600), 1e-9);
    EXPECT_TRUE(r.answer.nodes.empty());
    EXPECT_EQ(zone(r), "-");
    // A planned node closer by does not count while a live one exists: 5g at
    // (3300, 100) is 100 m from P5 (planned) and 500 m from X1 (live, any technology).
    const CheckResult five_g = at(3300, 100, "5g");
    EXPECT_EQ(five_g.answer.verdict.status, Serviceability::NotCovered);
    EXPECT_EQ(node(five_g.answer.verdict.node), "X1");
    EXPECT_NEAR(five_g.answer.verdict.distance_m, 500, 1e-9);
}

TEST(ServiceCheck, NotCoveredFallsBackToAPlannedNodeWhenTheTechnologyHasNoLiveOne) {
    TempDir dir;
    write_fixture(dir, false);
    const Dataset data = load_dataset(load_project(dir / "project.toml", "2026-11-30"));
    const ServiceChecker checker(data);
    const CheckResult r = checker.check(kX0 + 3300, kY0 + 100, find_technology(data, "5g").value());
    EXPECT_EQ(r.answer.verdict.status, Serviceability::NotCovered);
    EXPECT_EQ(data.nodes.ids[r.answer.verdict.node], "P5");
    EXPECT_NEAR(r.answer.verdict.distance_m, 100, 1e-9);
}

TEST_F(CheckFixture, UnknownTechnologiesAreNotGuessed) {
    EXPECT_FALSE(find_technology(data, "adsl"));
    EXPECT_EQ(find_technology(data, " FTTH "), tech("ftth"));
    EXPECT_EQ(find_technology(data, "any"), kAnyTechnology);
}

TEST_F(CheckFixture, NearestDistanceEqualsADirectGeosDistance) {
    std::mt19937_64 random(7);
    std::uniform_real_distribution<double> x(-500, 3700), y(-500, 1500);
    auto ctx = gis::geos_context();
    int not_covered = 0;
    for (int i = 0; i < 2000; ++i) {
        const double px = kX0 + x(random), py = kY0 + y(random);
        const TechIndex t = static_cast<TechIndex>(i % 3);
        const CheckResult r = checker->check(px, py, t);
        if (r.answer.verdict.status != Serviceability::NotCovered) continue;
        ++not_covered;
        // Independently: the smallest GEOS distance to a live node serving the technology.
        gis::GeosGeometry point(GEOSGeom_createPointFromXY_r(ctx, px, py));
        double best = INFINITY;
        for (std::uint32_t n = 0; n < data.nodes.size(); ++n) {
            if (!serves(data.nodes, n, t) || data.nodes.status[n] != NodeStatus::Live) continue;
            double d = 0;
            ASSERT_EQ(GEOSDistance_r(ctx, data.nodes.geometries[n].get(), point.get(), &d), 1);
            best = std::min(best, d);
        }
        EXPECT_NEAR(r.answer.verdict.distance_m, best, 1e-9) << "point " << i;
        EXPECT_GT(r.answer.verdict.distance_m, 0);
    }
    EXPECT_GT(not_covered, 500);
}

TEST_F(CheckFixture, StatusesAgreeWithTheOverlay) {
    // The same points as leads through the overlay: one definition of serviceability.
    std::mt19937_64 random(11);
    std::uniform_real_distribution<double> x(-200, 3400), y(-200, 1200);
    std::string leads = "id,x,y,tech\n";
    std::vector<std::pair<double, double>> points;
    for (int i = 0; i < 3000; ++i) {
        points.emplace_back(kX0 + x(random), kY0 + y(random));
        leads += "l" + std::to_string(i) + "," + std::to_string(points.back().first) + "," +
                 std::to_string(points.back().second) + "," + (i % 2 ? "ftth" : "4g") + "\n";
    }
    dir.write("leads.csv", leads);
    std::string project = kProject;
    project += "\n[layers.leads]\nsource = \"leads.csv\"\nx = \"x\"\ny = \"y\"\ncrs = \"EPSG:32648\"\nid = \"id\"\n"
               "technology = \"tech\"\n";
    dir.write("project.toml", project);
    const Dataset with_leads = load_dataset(load_project(dir / "project.toml", "2026-11-30"));
    const NetworkOverlay overlay = overlay_network(with_leads, {2, true});
    const ServiceChecker lead_checker(with_leads);
    for (std::size_t i = 0; i < with_leads.leads.size(); ++i) {
        const CheckResult r =
            lead_checker.check(with_leads.leads.x[i], with_leads.leads.y[i], with_leads.leads.technology[i]);
        EXPECT_EQ(r.answer.verdict.status, overlay.leads->status[i]) << i;
        EXPECT_EQ(r.zone, overlay.leads->zone[i]) << i;
        if (r.answer.verdict.status != Serviceability::NotCovered) {
            EXPECT_EQ(r.answer.verdict.node, overlay.leads->serving_node[i]) << i;
        }
    }
}

TEST_F(CheckFixture, BatchEqualsSingleChecksForAnyThreadCount) {
    std::mt19937_64 random(3);
    std::uniform_real_distribution<double> x(-300, 3500), y(-300, 1300);
    std::vector<double> xs, ys;
    std::vector<TechIndex> techs;
    for (int i = 0; i < 30000; ++i) {
        // every tenth point on a zone or node edge
        xs.push_back(kX0 + (i % 10 ? x(random) : 100.0 * std::round(x(random) / 100)));
        ys.push_back(kY0 + y(random));
        techs.push_back(i % 4 == 3 ? kAnyTechnology : static_cast<TechIndex>(i % 3));
    }
    std::size_t last_progress = 0;
    for (unsigned threads : {1u, 2u, 3u}) {
        std::vector<std::int32_t> zones;
        const auto verdicts = checker->check_points(xs, ys, techs, threads, zones,
                                                    [&](std::size_t done) { last_progress = done; });
        EXPECT_EQ(last_progress, xs.size());
        for (std::size_t i = 0; i < xs.size(); ++i) {
            const CheckResult single = checker->check(xs[i], ys[i], techs[i]);
            ASSERT_EQ(verdicts[i].status, single.answer.verdict.status) << i;
            ASSERT_EQ(verdicts[i].node, single.answer.verdict.node) << i;
            ASSERT_EQ(verdicts[i].distance_m, single.answer.verdict.distance_m) << i;
            ASSERT_EQ(verdicts[i].planned_date, single.answer.verdict.planned_date) << i;
            ASSERT_EQ(zones[i], single.zone) << i;
        }
    }
}

TEST(FieldLeads, RecordedProspectsAreReadBackAsLeads) {
    // What `coverplan serve` stores (POST /api/leads) beside the project file:
    // the next load counts the prospects among the leads, like the project's own.
    TempDir dir;
    write_fixture(dir);
    const Project project = load_project(dir / "project.toml", "2026-11-30");
    EXPECT_EQ(project.serve.leads_store.source, (dir / "field-leads.gpkg").string());
    EXPECT_EQ(project.serve.leads_store.layer, "field_leads");
    EXPECT_EQ(load_dataset(project).leads.size(), 0u);
    {
        gis::LayerAppender store(project.serve.leads_store,
                                 {{"id", gis::FieldType::String},
                                  {"technology", gis::FieldType::String},
                                  {"status", gis::FieldType::String},
                                  {"created", gis::FieldType::Date}},
                                 "EPSG:4326");
        gis::LonLatConverter converter("EPSG:32648");
        for (const auto& [x, y] : {std::pair{800.0, 800.0}, std::pair{300.0, 1500.0}}) {
            const auto [lon, lat] = converter.to_lonlat(kX0 + x, kY0 + y);
            const std::vector<gis::FieldValue> row = {gis::FieldValue(), std::string("ftth"), std::string("new"),
                                                      std::string("2026-11-30")};
            store.append(lon, lat, row, "id", "FL-");
        }
    }
    const Dataset data = load_dataset(project);
    ASSERT_EQ(data.leads.size(), 2u);
    EXPECT_EQ(std::string(data.leads.ids[0]).rfind("FL-", 0), 0u);
    EXPECT_EQ(data.reports.back().role, "leads");
    EXPECT_EQ(data.reports.back().file, (dir / "field-leads.gpkg").string());
    const NetworkOverlay overlay = overlay_network(data, {1, true});
    EXPECT_EQ(overlay.leads->status, (std::vector<Serviceability>{Serviceability::Full, Serviceability::NotCovered}));
    EXPECT_EQ(overlay.zones[0].counts.leads_open, 1);  // Z1: the full one
    EXPECT_EQ(overlay.outside.leads_open, 1);
}

}  // namespace
