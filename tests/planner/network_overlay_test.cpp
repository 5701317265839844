// The overlay on a hand-built project whose every figure is worked out below.
//
// Coordinates are metres in EPSG:32648, relative to (500000, 2300000).
//   Zone A: [0,1000] x [0,1000]; zone B: [1000,2000] x [0,1000].
//   N1 ftth live,    cap 10, used 4  (spare 6): [500,1500] x [0,500]
//   N2 ftth live,    cap 8,  used 8  (full):    [0,500]    x [500,1000]
//   N3 4g   live,    cap 100, used 50:          [0,1000]   x [0,250]
//   N4 ftth planned, 2027-03-01:                [1500,2000] x [500,1000]
// Covered share of A: N1∩A = 250,000 m², N2 = 250,000, N3 = 250,000, N1∩N3 =
// [500,1000]x[0,250] = 125,000 -> union 625,000 -> 0.625; ftth 0.5; 4g 0.25.
// B: N1∩B = 250,000 -> 0.25 (ftth 0.25); N4 is planned and does not count.
// Spare reaching A: N1 6 + N2 0 + N3 50 = 56 (ftth 6); B: N1 6.

#include "planner/network_overlay.h"

#include <gtest/gtest.h>

#include <random>

#include "planner/hand_built.h"
#include "support/temp_dir.h"

using namespace coverplan;
using namespace coverplan::planner;
using coverplan::test::TempDir;
using namespace coverplan::test;

namespace {

const char* kProject = R"([project]
name = "hand-built"
crs = "EPSG:32648"
as_of = "2026-11-30"

[layers.zones]
source = "zones.geojson"
id = "id"
name = "name"

[layers.coverage]
source = "coverage.geojson"
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
technology = "tech"

[layers.leads]
source = "leads.csv"
x = "x"
y = "y"
crs = "EPSG:32648"
id = "id"
technology = "tech"
status = "status"
)";

/// Writes the hand-built project; returns its path.
std::filesystem::path write_hand_built(const TempDir& dir) {
    dir.write("zones.geojson",
              collection(feature(R"("id":"B","name":"Xã Dĩnh Trì")", square(1000, 0, 2000, 1000)) + "," +
                         feature(R"("id":"A","name":"Phường Trần Phú")", square(0, 0, 1000, 1000))));
    dir.write("coverage.geojson",
              collection(feature(R"("id":"N1","tech":"ftth","cap":"10","used":"4","status":"live","ready":null)",
                                 square(500, 0, 1500, 500)) +
                         "," +
                         feature(R"("id":"N2","tech":"FTTH","cap":"8","used":"8","status":"live","ready":null)",
                                 square(0, 500, 500, 1000)) +
                         "," +
                         feature(R"("id":"N3","tech":"4g","cap":"100","used":"50","status":"live","ready":null)",
                                 square(0, 0, 1000, 250)) +
                         "," +
                         feature(R"("id":"N4","tech":"ftth","cap":"32","used":"","status":"planned","ready":"2027-03-01")",
                                 square(1500, 500, 2000, 1000))));
    dir.write("subscribers.csv", points_csv("id,x,y,tech", {"s1," + at(100, 100) + ",ftth",   // A, only 4g covers
                                                             "s2," + at(700, 300) + ",ftth",   // A, N1
                                                             "s3," + at(1000, 300) + ",ftth",  // A|B boundary -> A, N1
                                                             "s4," + at(1200, 200) + ",ftth",  // B, N1
                                                             "s5," + at(2500, 500) + ",ftth",  // outside
                                                             "s6," + at(300, 100) + ",4g"}));  // A, N3
    dir.write("leads.csv", points_csv("id,x,y,tech,status", {"l1," + at(700, 200) + ",ftth,new",   // available (N1)
                                                             "l2," + at(200, 700) + ",ftth,new",   // full (N2)
                                                             "l3," + at(1700, 700) + ",ftth,new",  // planned (N4)
                                                             "l4," + at(1200, 800) + ",ftth,new",  // not covered
                                                             "l5," + at(100, 100) + ",4g,new",     // available (N3)
                                                             "l6," + at(200, 100) + ",ftth,won",   // closed
                                                             "l7," + at(500, 500) + ",ftth,new"}));  // N1/N2 corner
    return dir.write("project.toml", kProject);
}

std::size_t index_of(const std::vector<std::string>& ids, const std::string& id) {
    return std::find(ids.begin(), ids.end(), id) - ids.begin();
}

}  // namespace

class HandBuiltOverlay : public ::testing::Test {
protected:
    void SetUp() override {
        data = load_dataset(load_project(write_hand_built(dir), "2026-11-30"));
        overlay = overlay_network(data, {1, true});
    }
    TempDir dir;
    Dataset data;
    NetworkOverlay overlay;
};

TEST(HandBuiltStatuses, VietnameseStatusesInAnyCaseAndTheProjectsOwnClosedList) {
    TempDir dir;
    const auto project_file = write_hand_built(dir);
    auto replace = [&](const char* file, const std::string& from, const std::string& to) {
        std::string text = dir.read(file);
        text.replace(text.find(from), from.size(), to);
        dir.write(file, text);
    };
    replace("coverage.geojson", R"("id":"N1","tech":"ftth","cap":"10","used":"4","status":"live")",
            R"("id":"N1","tech":"ftth","cap":"10","used":"4","status":"Đang chạy")");
    replace("coverage.geojson", R"("status":"planned")", R"("status":"QUY HOẠCH")");
    replace("leads.csv", "ftth,won", "ftth,ĐÃ HỦY");
    replace("leads.csv", "l1," + at(700, 200) + ",ftth,new", "l1," + at(700, 200) + ",ftth,Chờ ký");

    const Dataset data = load_dataset(load_project(project_file, "2026-11-30"));
    EXPECT_EQ(data.nodes.status[index_of(data.nodes.ids, "N1")], NodeStatus::Live);
    EXPECT_EQ(data.nodes.status[index_of(data.nodes.ids, "N4")], NodeStatus::Planned);
    EXPECT_EQ(data.reports[1].flagged, 0u) << "coverage statuses were all understood";
    EXPECT_FALSE(data.leads.open[5]) << "l6 'ĐÃ HỦY' is cancelled";
    EXPECT_TRUE(data.leads.open[0]) << "l1 'Chờ ký' is open";
    EXPECT_EQ(data.leads.category[5], "đã hủy");

    // The project's own list replaces the defaults.
    dir.write("project.toml", dir.read("project.toml") + "closed_status_values = [\"CHỜ KÝ\"]\n");
    const Dataset own = load_dataset(load_project(project_file, "2026-11-30"));
    EXPECT_FALSE(own.leads.open[0]);
    EXPECT_TRUE(own.leads.open[5]);
}

TEST_F(HandBuiltOverlay, ZonesAreSortedByIdAndTechnologiesNormalised) {
    EXPECT_EQ(data.zones.ids, (std::vector<std::string>{"A", "B"}));
    EXPECT_EQ(data.technologies, (std::vector<std::string>{"4g", "ftth"}));
    EXPECT_EQ(data.nodes.technology[index_of(data.nodes.ids, "N2")], 1);  // "FTTH" -> ftth
}

TEST_F(HandBuiltOverlay, ZoneCountsMatchTheHandCount) {
    const auto& a = overlay.zones[0].counts;
    const auto& b = overlay.zones[1].counts;
    EXPECT_EQ(a.subscribers, 4);  // s1, s2, s3 (boundary goes to the smaller id), s6
    EXPECT_EQ(b.subscribers, 1);  // s4
    EXPECT_EQ(overlay.outside.subscribers, 1);  // s5, kept
    EXPECT_EQ(a.leads_open, 4);  // l1, l2, l5, l7; l6 is won
    EXPECT_EQ(a.leads_by_status, (std::array<std::int64_t, 4>{3, 1, 0, 0}));
    EXPECT_EQ(b.leads_open, 2);
    EXPECT_EQ(b.leads_by_status, (std::array<std::int64_t, 4>{0, 0, 1, 1}));
}

TEST_F(HandBuiltOverlay, CoveredSharesAndSpareMatchTheHandFigures) {
    const std::size_t ftth = 1, g4 = 0;
    EXPECT_NEAR(overlay.zones[0].covered_share, 0.625, 1e-12);
    EXPECT_NEAR(overlay.zones[0].covered_share_by_tech[ftth], 0.5, 1e-12);
    EXPECT_NEAR(overlay.zones[0].covered_share_by_tech[g4], 0.25, 1e-12);
    EXPECT_NEAR(overlay.zones[1].covered_share, 0.25, 1e-12);
    EXPECT_NEAR(overlay.zones[1].covered_share_by_tech[ftth], 0.25, 1e-12);
    EXPECT_DOUBLE_EQ(overlay.zones[0].spare_capacity, 56);
    EXPECT_DOUBLE_EQ(overlay.zones[0].spare_by_tech[ftth], 6);
    EXPECT_DOUBLE_EQ(overlay.zones[1].spare_capacity, 6);
    EXPECT_NEAR(overlay.zones[0].area_m2, 1e6, 1e-6);
}

TEST_F(HandBuiltOverlay, NodeCountsMatchTheHandCount) {
    auto node = [&](const char* id) { return overlay.nodes[index_of(data.nodes.ids, id)]; };
    EXPECT_EQ(node("N1").subscribers_inside, 3);  // s2, s3, s4
    EXPECT_EQ(node("N1").leads_inside, 2);        // l1, l7
    EXPECT_EQ(node("N2").subscribers_inside, 0);
    EXPECT_EQ(node("N2").leads_inside, 2);        // l2, l7 (corner shared with N1)
    EXPECT_EQ(node("N3").subscribers_inside, 1);  // s6 only: s1 is ftth
    EXPECT_EQ(node("N3").leads_inside, 1);        // l5
    EXPECT_EQ(node("N4").leads_inside, 1);        // l3
    const std::size_t n4 = index_of(data.nodes.ids, "N4");
    EXPECT_EQ(data.nodes.status[n4], NodeStatus::Planned);
    EXPECT_EQ(format_date(data.nodes.planned_date[n4]), "2027-03-01");
}

TEST_F(HandBuiltOverlay, EachLeadGetsItsStatusAndServingNode) {
    const std::vector<Serviceability> expected = {Serviceability::Available, Serviceability::Full,
                                                  Serviceability::Planned,   Serviceability::NotCovered,
                                                  Serviceability::Available, Serviceability::NotCovered,
                                                  Serviceability::Available};
    // l6 (won) still gets a status: only the 4g node N3 covers it, so ftth is not covered.
    EXPECT_EQ(overlay.leads->status, expected);
    auto node_id = [&](std::int32_t n) { return n < 0 ? std::string("-") : data.nodes.ids[n]; };
    EXPECT_EQ(node_id(overlay.leads->serving_node[0]), "N1");
    EXPECT_EQ(node_id(overlay.leads->serving_node[6]), "N1");  // N1 has spare, N2 none
    EXPECT_EQ(node_id(overlay.leads->serving_node[2]), "N4");  // planned
    EXPECT_EQ(node_id(overlay.leads->serving_node[3]), "-");
    EXPECT_EQ(overlay.subscribers->zone, (std::vector<std::int32_t>{0, 0, 0, 1, -1, 0}));
}

TEST(NetworkOverlay, IdenticalForAnyThreadCount) {
    TempDir dir;
    std::mt19937_64 random(42);
    auto coordinate = [&](double span) { return double(random() % 1000000) / 1000000.0 * span; };
    std::string nodes;
    for (int i = 0; i < 60; ++i) {
        const double x = coordinate(1800), y = coordinate(800), w = 50 + coordinate(400);
        nodes += (i ? "," : "") + feature(R"("id":"N)" + std::to_string(i) + R"(","tech":")" + (i % 3 ? "ftth" : "4g") +
                                              R"(","cap":"16","used":")" + std::to_string(i % 17) +
                                              R"(","status":")" + (i % 7 ? "live" : "planned") + R"(","ready":null)",
                                          square(x, y, x + w, y + w));
    }
    write_hand_built(dir);
    dir.write("coverage.geojson", collection(nodes));
    std::vector<std::string> subscribers, leads;
    for (int i = 0; i < 20000; ++i) {
        // a third of the points on the grid of zone and node edges
        const double x = i % 3 ? coordinate(2200) : double(int(coordinate(2)) * 1000);
        const double y = coordinate(1000);
        const std::string at = std::to_string(500000 + x) + "," + std::to_string(2300000 + y);
        subscribers.push_back("s" + std::to_string(i) + "," + at + (i % 4 ? ",ftth" : ",4g"));
        if (i % 5 == 0) leads.push_back("l" + std::to_string(i) + "," + at + ",ftth,new");
    }
    dir.write("subscribers.csv", points_csv("id,x,y,tech", subscribers));
    dir.write("leads.csv", points_csv("id,x,y,tech,status", leads));
    const Dataset data = load_dataset(load_project(dir / "project.toml", "2026-11-30"));
    const NetworkOverlay one = overlay_network(data, {1, true});
    const NetworkOverlay two = overlay_network(data, {2, true});
    const NetworkOverlay five = overlay_network(data, {5, true});
    for (const NetworkOverlay* other : {&two, &five}) {
        ASSERT_EQ(one.zones.size(), other->zones.size());
        for (std::size_t z = 0; z < one.zones.size(); ++z) {
            EXPECT_EQ(one.zones[z].counts.subscribers, other->zones[z].counts.subscribers);
            EXPECT_EQ(one.zones[z].counts.leads_by_status, other->zones[z].counts.leads_by_status);
            EXPECT_EQ(one.zones[z].covered_share, other->zones[z].covered_share);
            EXPECT_EQ(one.zones[z].spare_capacity, other->zones[z].spare_capacity);
        }
        for (std::size_t n = 0; n < one.nodes.size(); ++n) {
            EXPECT_EQ(one.nodes[n].subscribers_inside, other->nodes[n].subscribers_inside);
            EXPECT_EQ(one.nodes[n].leads_inside, other->nodes[n].leads_inside);
        }
        EXPECT_EQ(one.subscribers->zone, other->subscribers->zone);
        EXPECT_EQ(one.subscribers->serving_node, other->subscribers->serving_node);
        EXPECT_EQ(one.leads->status, other->leads->status);
        EXPECT_EQ(one.outside.subscribers, other->outside.subscribers);
    }
    std::int64_t total = one.outside.subscribers;
    for (const auto& zone : one.zones) total += zone.counts.subscribers;
    EXPECT_EQ(total, 20000);  // every point counted exactly once
}

TEST(NetworkOverlay, CoverageGivenAsPointsAndReachIsBuffered) {
    TempDir dir;
    write_hand_built(dir);
    // Two ftth nodes as points: one with its own reach, one falling back to
    // radius_m_value; a third with a bad reach is rejected.
    auto point = [](double x, double y) {
        return R"({"type":"Point","coordinates":[)" + std::to_string(500000 + x) + "," + std::to_string(2300000 + y) + "]}";
    };
    dir.write("coverage.geojson",
              collection(feature(R"("id":"P1","tech":"ftth","cap":"10","used":"1","status":"live","ready":null,"reach":"200")",
                                 point(500, 500)) +
                         "," +
                         feature(R"("id":"P2","tech":"ftth","cap":"10","used":"1","status":"live","ready":null,"reach":null)",
                                 point(1500, 500)) +
                         "," +
                         feature(R"("id":"P3","tech":"ftth","cap":"10","used":"1","status":"live","ready":null,"reach":"far")",
                                 point(1500, 500))));
    std::string project = kProject;
    project.replace(project.find("planned_date = \"ready\""), 22, "planned_date = \"ready\"\nradius_m = \"reach\"\nradius_m_value = 100");
    dir.write("project.toml", project);
    const Dataset data = load_dataset(load_project(dir / "project.toml", "2026-11-30"));
    ASSERT_EQ(data.nodes.size(), 2u);
    const auto& report = data.reports[1];
    EXPECT_EQ(report.read, 3u);
    EXPECT_EQ(report.rejected, 1u);
    ASSERT_EQ(report.problems.size(), 1u);
    EXPECT_EQ(report.problems[0].reason, "reach radius 'far' is not a number of metres");
    // 64-sided circles: area = 32 r² sin(π/32).
    const double circle_200 = 32 * 200.0 * 200.0 * std::sin(M_PI / 32);
    const double circle_100 = 32 * 100.0 * 100.0 * std::sin(M_PI / 32);
    const NetworkOverlay overlay = overlay_network(data, {1, false});
    EXPECT_NEAR(overlay.zones[0].covered_share, circle_200 / 1e6, 1e-9);
    EXPECT_NEAR(overlay.zones[1].covered_share, circle_100 / 1e6, 1e-9);
}
