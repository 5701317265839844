// Uncovered-demand clusters on hand-built leads. Metres in the working CRS.
//
// Zones: A = [0,1000] x [0,1000] (index 0), B = [1000,2000] x [0,1000] (1).
// Technologies: 0 = 4g, 1 = ftth. Nodes (outside the lead areas):
//   N1 ftth live    [0,3000] x [-600,-500]
//   N2 4g   live    [0,3000] x [-300,-200]   nearer, but not ftth
//   N3 ftth planned [0,3000] x [1100,1200]   nearer to the group at y 700, but planned
//   N4 (no tech) live [5000,5100] x [0,100]  serves every technology, far
// Leads (open, not covered unless said), radius 300, min_leads 5:
//   F1 ftth: 6 leads around (220,230), every one a core, plus (520,200):
//      within 300 of (250,200) and (300,300) only -> 3 neighbours with itself,
//      a border lead. 7 leads, zone A.
//   F2 ftth: 5 leads astride x = 1000: 2 in A, 3 in B -> zone B. Exactly min_leads.
//   G: 5 ftth and 5 4g at the same spots around (600,700): two clusters, one
//      per technology (F3 ftth, M1 4g).
//   S: 4 ftth around (1500,500): one short of min_leads -> noise.
//   noise: (900,100) ftth, alone.
//   excluded: (210,210) ftth available; (230,230) ftth not covered but closed.

#include "planner/demand_clusters.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <random>
#include <set>

#include "gis/error.h"

using namespace coverplan;
using namespace coverplan::planner;

namespace {

gis::GeosGeometry box(double x0, double y0, double x1, double y1) {
    auto p = [](double x, double y) { return std::to_string(x) + " " + std::to_string(y); };
    return gis::geos_from_wkt("POLYGON((" + p(x0, y0) + "," + p(x1, y0) + "," + p(x1, y1) + "," + p(x0, y1) + "," +
                              p(x0, y0) + "))");
}

struct LeadRow {
    double x, y;
    TechIndex tech;
    Serviceability status;
    bool open;
    std::int32_t zone;
};

constexpr TechIndex k4g = 0, kFtth = 1;
constexpr auto kNotCovered = Serviceability::NotCovered;

std::vector<LeadRow> hand_built_leads() {
    std::vector<LeadRow> rows = {
        // F1 (indexes 0-6)
        {200, 200, kFtth, kNotCovered, true, 0}, {250, 200, kFtth, kNotCovered, true, 0},
        {200, 250, kFtth, kNotCovered, true, 0}, {300, 300, kFtth, kNotCovered, true, 0},
        {150, 180, kFtth, kNotCovered, true, 0}, {220, 260, kFtth, kNotCovered, true, 0},
        {520, 200, kFtth, kNotCovered, true, 0},
        // F2 (7-11)
        {950, 500, kFtth, kNotCovered, true, 0}, {980, 520, kFtth, kNotCovered, true, 0},
        {1020, 500, kFtth, kNotCovered, true, 1}, {1050, 480, kFtth, kNotCovered, true, 1},
        {1010, 540, kFtth, kNotCovered, true, 1},
    };
    // G (12-16 ftth, 17-21 4g)
    const std::vector<std::pair<double, double>> g = {{600, 700}, {640, 700}, {600, 740}, {560, 690}, {620, 660}};
    for (TechIndex tech : {kFtth, k4g})
        for (const auto& [x, y] : g) rows.push_back({x, y, tech, kNotCovered, true, 0});
    // S (22-25), noise (26), excluded (27, 28)
    for (const auto& [x, y] : std::vector<std::pair<double, double>>{{1500, 500}, {1540, 500}, {1500, 540}, {1460, 480}})
        rows.push_back({x, y, kFtth, kNotCovered, true, 1});
    rows.push_back({900, 100, kFtth, kNotCovered, true, 0});
    rows.push_back({210, 210, kFtth, Serviceability::Available, true, 0});
    rows.push_back({230, 230, kFtth, kNotCovered, false, 0});
    return rows;
}

Dataset make_dataset(const std::vector<LeadRow>& rows, std::vector<Serviceability>& status,
                     std::vector<std::int32_t>& zones) {
    Dataset data;
    data.technologies = {"4g", "ftth"};
    data.zones.ids = {"A", "B"};
    data.zones.names = {"Phường Trần Phú", "Xã Dĩnh Trì"};
    data.zones.teams = {"", ""};
    data.zones.households = {std::nullopt, std::nullopt};
    data.zones.geometries.push_back(box(0, 0, 1000, 1000));
    data.zones.geometries.push_back(box(1000, 0, 2000, 1000));
    auto add_node = [&](const char* id, TechIndex tech, NodeStatus node_status, gis::GeosGeometry area) {
        data.nodes.ids.push_back(id);
        data.nodes.technology.push_back(tech);
        data.nodes.status.push_back(node_status);
        data.nodes.capacity.push_back(64.0);
        data.nodes.used.push_back(0.0);
        data.nodes.planned_date.push_back(kNoDay);
        data.nodes.geometries.push_back(std::move(area));
    };
    add_node("N1", kFtth, NodeStatus::Live, box(0, -600, 3000, -500));
    add_node("N2", k4g, NodeStatus::Live, box(0, -300, 3000, -200));
    add_node("N3", kFtth, NodeStatus::Planned, box(0, 1100, 3000, 1200));
    add_node("N4", kAnyTechnology, NodeStatus::Live, box(5000, 0, 5100, 100));
    status.clear();
    zones.clear();
    for (std::size_t i = 0; i < rows.size(); ++i) {
        data.leads.x.push_back(rows[i].x);
        data.leads.y.push_back(rows[i].y);
        data.leads.ids.push_back("L" + std::to_string(i));
        data.leads.technology.push_back(rows[i].tech);
        data.leads.date.push_back(kNoDay);
        data.leads.open.push_back(rows[i].open);
        status.push_back(rows[i].status);
        zones.push_back(rows[i].zone);
    }
    return data;
}

std::vector<std::uint32_t> range(std::uint32_t from, std::uint32_t to) {
    std::vector<std::uint32_t> out;
    for (std::uint32_t i = from; i <= to; ++i) out.push_back(i);
    return out;
}

double geos_distance_to(const GEOSGeometry* area, double x, double y) {
    auto ctx = gis::geos_context();
    gis::GeosGeometry point(GEOSGeom_createPointFromXY_r(ctx, x, y));
    double d = -1;
    GEOSDistance_r(ctx, area, point.get(), &d);
    return d;
}

}  // namespace

TEST(DemandClusters, ClustersPerTechnologyWithNoiseLeftOut) {
    std::vector<Serviceability> status;
    std::vector<std::int32_t> zones;
    const Dataset data = make_dataset(hand_built_leads(), status, zones);
    const auto clusters = cluster_uncovered_leads(data, status, ClusterSettings{}, zones);
    ASSERT_EQ(clusters.size(), 4u);
    // Largest first, then by smallest lead index.
    EXPECT_EQ(clusters[0].leads, range(0, 6));  // F1 with its border lead 6
    EXPECT_EQ(clusters[0].technology, kFtth);
    EXPECT_EQ(clusters[1].leads, range(7, 11));  // F2: exactly min_leads
    EXPECT_EQ(clusters[2].leads, range(12, 16));  // G, ftth
    EXPECT_EQ(clusters[2].technology, kFtth);
    EXPECT_EQ(clusters[3].leads, range(17, 21));  // G, 4g: same spots, own cluster
    EXPECT_EQ(clusters[3].technology, k4g);
}

TEST(DemandClusters, MinLeadsIsInclusive) {
    std::vector<Serviceability> status;
    std::vector<std::int32_t> zones;
    const Dataset data = make_dataset(hand_built_leads(), status, zones);
    ClusterSettings settings;
    settings.min_leads = 4;  // S (4 leads) now clusters; so does anything of 4
    const auto clusters = cluster_uncovered_leads(data, status, settings, zones);
    ASSERT_EQ(clusters.size(), 5u);
    EXPECT_EQ(clusters[4].leads, range(22, 25));
    settings.min_leads = 6;  // only F1's six cores remain; its border lead still joins
    const auto fewer = cluster_uncovered_leads(data, status, settings, zones);
    ASSERT_EQ(fewer.size(), 1u);
    EXPECT_EQ(fewer[0].leads, range(0, 6));
}

TEST(DemandClusters, ZonePortsAndNearestNode) {
    std::vector<Serviceability> status;
    std::vector<std::int32_t> zones;
    const Dataset data = make_dataset(hand_built_leads(), status, zones);
    ClusterSettings settings;
    settings.ports_per_lead = 10;  // 5 leads * 10 * 1.1 is 55.00000000000001 in doubles: 55 ports, not 56
    settings.port_headroom = 0.1;
    const auto clusters = cluster_uncovered_leads(data, status, settings, zones);
    ASSERT_EQ(clusters.size(), 4u);

    EXPECT_EQ(clusters[0].zone, 0);
    EXPECT_EQ(clusters[1].zone, 1);  // 3 of F2's 5 leads lie in B
    EXPECT_EQ(clusters[0].ports_needed, 77);  // 7 * 10 * 1.1
    EXPECT_EQ(clusters[1].ports_needed, 55);
    EXPECT_EQ(cluster_uncovered_leads(data, status, ClusterSettings{}, zones)[0].ports_needed, 10);  // ceil(7 * 1.3)

    // F1's centre: the mean of its 7 leads.
    EXPECT_NEAR(clusters[0].centre_x, (200 + 250 + 200 + 300 + 150 + 220 + 520) / 7.0, 1e-9);
    EXPECT_NEAR(clusters[0].centre_y, (200 + 200 + 250 + 300 + 180 + 260 + 200) / 7.0, 1e-9);

    // ftth clusters: N1 (N2 is 4g, N3 planned); the 4g cluster: N2. Distances
    // against GEOS directly: from the centre to the node's service area.
    for (const auto& cluster : clusters) {
        const std::int32_t expected = cluster.technology == kFtth ? 0 : 1;
        EXPECT_EQ(cluster.nearest_node, expected);
        EXPECT_NEAR(cluster.distance_m,
                    geos_distance_to(data.nodes.geometries[std::size_t(expected)].get(), cluster.centre_x,
                                     cluster.centre_y),
                    1e-9);
    }
    EXPECT_NEAR(clusters[0].distance_m, clusters[0].centre_y + 500, 1e-9);  // straight down to y = -500
}

TEST(DemandClusters, AnyTechnologyNodeServesWhenNoneOfTheTechnologyIsLive) {
    std::vector<Serviceability> status;
    std::vector<std::int32_t> zones;
    Dataset data = make_dataset(hand_built_leads(), status, zones);
    data.nodes.status[0] = NodeStatus::Planned;  // N1 planned: no live ftth node left
    const auto clusters = cluster_uncovered_leads(data, status, ClusterSettings{}, zones);
    ASSERT_EQ(clusters.size(), 4u);
    EXPECT_EQ(clusters[0].nearest_node, 3);  // N4, without technology
    EXPECT_EQ(clusters[3].nearest_node, 1);  // the 4g cluster keeps N2
    data.nodes.status[3] = NodeStatus::Planned;
    const auto none = cluster_uncovered_leads(data, status, ClusterSettings{}, zones);
    EXPECT_EQ(none[0].nearest_node, -1);
}

TEST(DemandClusters, ProposedAreaIsTheBufferedHull) {
    std::vector<Serviceability> status;
    std::vector<std::int32_t> zones;
    const Dataset data = make_dataset(hand_built_leads(), status, zones);
    const auto clusters = cluster_uncovered_leads(data, status, ClusterSettings{}, zones);
    auto ctx = gis::geos_context();
    for (const auto& cluster : clusters) {
        ASSERT_TRUE(cluster.area);
        EXPECT_EQ(GEOSGeomTypeId_r(ctx, cluster.area.get()), GEOS_POLYGON);
        for (std::uint32_t lead : cluster.leads) {
            gis::GeosGeometry point(GEOSGeom_createPointFromXY_r(ctx, data.leads.x[lead], data.leads.y[lead]));
            EXPECT_EQ(GEOSContains_r(ctx, cluster.area.get(), point.get()), 1);
        }
    }
    // F1's leftmost lead (150,180) is a hull vertex: the area reaches about
    // 150 m (buffer_m) to its left (the arc is drawn with 8 segments a quarter).
    EXPECT_EQ(geos_distance_to(clusters[0].area.get(), 10, 180), 0);
    EXPECT_GT(geos_distance_to(clusters[0].area.get(), -1, 180), 0);
    EXPECT_NEAR(gis::geos_envelope(clusters[0].area.get()).minx, 0, 3);
}

TEST(DemandClusters, LeadsOnALineStillGetAnArea) {
    std::vector<LeadRow> rows;
    for (int i = 0; i < 5; ++i) rows.push_back({100.0 + 50 * i, 500, kFtth, kNotCovered, true, 0});
    std::vector<Serviceability> status;
    std::vector<std::int32_t> zones;
    const Dataset data = make_dataset(rows, status, zones);
    ClusterSettings settings;
    settings.buffer_m = 0;
    const auto clusters = cluster_uncovered_leads(data, status, settings, zones);
    ASSERT_EQ(clusters.size(), 1u);
    EXPECT_GT(gis::geos_area(clusters[0].area.get()), 0);
}

TEST(DemandClusters, ZonesLocatedHereWhenTheOverlayDidNotKeepThem) {
    std::vector<Serviceability> status;
    std::vector<std::int32_t> zones;
    const Dataset data = make_dataset(hand_built_leads(), status, zones);
    const auto given = cluster_uncovered_leads(data, status, ClusterSettings{}, zones);
    const auto located = cluster_uncovered_leads(data, status, ClusterSettings{});
    ASSERT_EQ(given.size(), located.size());
    for (std::size_t c = 0; c < given.size(); ++c) EXPECT_EQ(given[c].zone, located[c].zone) << c;
}

TEST(DemandClusters, StatusesMustCoverEveryLead) {
    std::vector<Serviceability> status;
    std::vector<std::int32_t> zones;
    const Dataset data = make_dataset(hand_built_leads(), status, zones);
    status.pop_back();
    EXPECT_THROW(cluster_uncovered_leads(data, status, ClusterSettings{}), Error);
}

// Property: the clusters (as sets of lead ids, with every figure) do not
// depend on the order of the input leads.
TEST(DemandClusters, ShufflingTheInputGivesTheSameClusters) {
    std::mt19937 random(20261130);
    std::vector<LeadRow> rows;
    std::uniform_real_distribution<double> anywhere(0, 20000), spread(-150, 150);
    for (int clump = 0; clump < 40; ++clump) {
        const double cx = anywhere(random), cy = anywhere(random) * 0.5;
        const int size = 5 + int(random() % 25);
        for (int i = 0; i < size; ++i)
            rows.push_back({cx + spread(random), cy + spread(random), TechIndex(random() % 2), kNotCovered, true,
                            cx < 1000 ? 0 : -1});
    }
    for (int i = 0; i < 300; ++i)
        rows.push_back({anywhere(random), anywhere(random) * 0.5, TechIndex(random() % 2), kNotCovered, true, 0});

    struct Summary {
        std::set<std::string> ids;
        TechIndex technology;
        std::int64_t ports;
        std::int32_t zone, node;
        double distance, centre_x, centre_y;
        std::string area;
        bool operator<(const Summary& o) const { return ids < o.ids; }
        bool operator==(const Summary& o) const {
            return ids == o.ids && technology == o.technology && ports == o.ports && zone == o.zone &&
                   node == o.node && distance == o.distance && centre_x == o.centre_x && centre_y == o.centre_y &&
                   area == o.area;
        }
    };
    auto summarise = [](const Dataset& data, const std::vector<DemandCluster>& clusters) {
        std::vector<Summary> out;
        for (const auto& c : clusters) {
            Summary s{{}, c.technology, c.ports_needed, c.zone, c.nearest_node, c.distance_m, c.centre_x, c.centre_y,
                      gis::geos_to_wkt(c.area.get(), 9)};
            for (std::uint32_t lead : c.leads) s.ids.emplace(data.leads.ids[lead]);
            out.push_back(std::move(s));
        }
        std::sort(out.begin(), out.end());
        return out;
    };

    std::vector<Serviceability> status;
    std::vector<std::int32_t> zones;
    const Dataset data = make_dataset(rows, status, zones);
    const auto reference = summarise(data, cluster_uncovered_leads(data, status, ClusterSettings{}, zones));
    ASSERT_GE(reference.size(), 10u);

    // Shuffle the rows, keeping each lead's id with it.
    std::vector<std::size_t> order(rows.size());
    std::iota(order.begin(), order.end(), 0);
    for (int round = 0; round < 3; ++round) {
        std::shuffle(order.begin(), order.end(), random);
        Dataset shuffled = make_dataset({}, status, zones);
        for (std::size_t i : order) {
            shuffled.leads.x.push_back(rows[i].x);
            shuffled.leads.y.push_back(rows[i].y);
            shuffled.leads.ids.push_back("L" + std::to_string(i));
            shuffled.leads.technology.push_back(rows[i].tech);
            shuffled.leads.date.push_back(kNoDay);
            shuffled.leads.open.push_back(true);
            status.push_back(rows[i].status);
            zones.push_back(rows[i].zone);
        }
        const auto again = summarise(shuffled, cluster_uncovered_leads(shuffled, status, ClusterSettings{}, zones));
        EXPECT_TRUE(again == reference) << "round " << round;
    }
}
