// Complaints tied to the network (planner/complaints.h) on the hand-built
// project of complaints_project.h: ties against a brute-force GEOS test of
// every node, the technology restriction, counts by category, the node a
// zone's complaints concentrate on and the reason that names it.

#include "planner/complaints.h"

#include <gtest/gtest.h>

#include <random>
#include <set>

#include "gis/geos_handle.h"
#include "planner/complaints_project.h"
#include "planner/plan.h"
#include "planner/reason_text.h"

using namespace coverplan;
using namespace coverplan::planner;
using namespace coverplan::test;

namespace {

struct Built {
    Dataset data;
    Plan plan;
};

Built build(const std::vector<Complaint>& complaints, bool map_technology = true) {
    TempDir dir;
    const auto file = write_complaints_project(dir, complaints, map_technology);
    Dataset data = load_dataset(load_project(file, "2026-11-30"));
    Plan plan = build_plan(data, {1, true});
    return {std::move(data), std::move(plan)};
}

std::size_t node_index(const Dataset& data, const std::string& id) {
    for (std::size_t n = 0; n < data.nodes.size(); ++n)
        if (data.nodes.ids[n] == id) return n;
    ADD_FAILURE() << "no node " << id;
    return 0;
}

/// The nodes a complaint is tied to, found without the overlay's index: every
/// node's polygon tested against the point with GEOS, kept when live and of
/// the complaint's technology (a complaint or node without one: any).
std::set<std::string> brute_force_ties(const Dataset& data, std::size_t i) {
    auto ctx = gis::geos_context();
    gis::GeosGeometry point(GEOSGeom_createPointFromXY_r(ctx, data.complaints.x[i], data.complaints.y[i]));
    const std::string tech =
        data.complaints.technology.empty() ? "" : data.technology_name(data.complaints.technology[i]);
    std::set<std::string> ties;
    for (std::size_t n = 0; n < data.nodes.size(); ++n) {
        if (GEOSIntersects_r(ctx, data.nodes.geometries[n].get(), point.get()) != 1) continue;
        if (data.nodes.status[n] != NodeStatus::Live) continue;
        const std::string node_tech = data.technology_name(data.nodes.technology[n]);
        if (!tech.empty() && !node_tech.empty() && tech != node_tech) continue;
        ties.insert(data.nodes.ids[n]);
    }
    return ties;
}

void expect_ties_match_brute_force(const Built& built) {
    const Dataset& data = built.data;
    const ComplaintFigures& f = *built.plan.complaints;
    const PointPlacement& placement = *built.plan.overlay.complaints;
    const Day since = *parse_date("2026-11-30") - 90;
    std::vector<std::int64_t> all(data.nodes.size()), recent(data.nodes.size());
    std::int64_t tied = 0;
    for (std::size_t i = 0; i < data.complaints.size(); ++i) {
        const std::set<std::string> ties = brute_force_ties(data, i);
        tied += !ties.empty();
        for (const std::string& id : ties) {
            const std::size_t n = node_index(data, id);
            ++all[n];
            recent[n] += data.complaints.date[i] > since;
        }
        // The one node shown in points_status is one of them, or none.
        const std::int32_t shown = placement.serving_node[i];
        if (ties.empty())
            EXPECT_EQ(shown, -1) << data.complaints.ids[i];
        else
            EXPECT_TRUE(shown >= 0 && ties.count(data.nodes.ids[std::size_t(shown)])) << data.complaints.ids[i];
    }
    EXPECT_EQ(f.node_complaints, all);
    EXPECT_EQ(f.node_recent, recent);
    EXPECT_EQ(f.tied, tied);
    EXPECT_EQ(f.total, std::int64_t(data.complaints.size()));
}

}  // namespace

TEST(Complaints, TiedToTheNodesADirectGeosTestFinds) {
    // Random places over and around both zones, some exactly on node edges
    // (x = 600, y = 400: a boundary holds the point), every technology.
    std::mt19937 random(20261203);
    std::uniform_real_distribution<double> x(-100, 2100), y(-100, 1100);
    const char* techs[] = {"ftth", "4g", "5g", ""};
    std::vector<Complaint> complaints;
    for (int i = 0; i < 300; ++i) {
        Complaint c{"R" + std::to_string(i), x(random), y(random), techs[i % 4], i % 3 ? "outage" : "billing",
                    i % 2 ? "2026-11-10" : "2026-03-10"};
        if (i % 25 == 0) c.x = 600;
        if (i % 25 == 1) c.y = 400;
        complaints.push_back(c);
    }
    const Built built = build(complaints);
    ASSERT_EQ(built.data.complaints.size(), 300u);
    expect_ties_match_brute_force(built);
    EXPECT_GT(built.plan.complaints->tied, 100);
    EXPECT_LT(built.plan.complaints->tied, 300);
    // Without a technology on the complaints every live node over a place counts it.
    const Built any = build(complaints, false);
    EXPECT_FALSE(any.plan.complaints->by_technology);
    expect_ties_match_brute_force(any);
    EXPECT_GT(any.plan.complaints->tied, built.plan.complaints->tied);
}

TEST(Complaints, OnlyNodesOfTheComplaintsTechnologyAndLive) {
    const Built built = build({{"T1", 500, 200, "4g", "weak_signal", "2026-11-01"},
                               {"T2", 500, 200, "ftth", "outage", "2026-11-01"},
                               {"T3", 500, 200, "", "billing", "2026-11-01"},
                               {"T4", 1700, 700, "ftth", "outage", "2026-11-01"},
                               {"T5", 1700, 200, "4g", "weak_signal", "2026-11-01"},
                               {"T6", 1700, 200, "5g", "weak_signal", "2026-11-01"}});
    const Dataset& data = built.data;
    const PointPlacement& placement = *built.plan.overlay.complaints;
    auto node_of = [&](std::size_t i) {
        const std::int32_t n = placement.serving_node[i];
        return n < 0 ? std::string() : data.nodes.ids[std::size_t(n)];
    };
    auto tied = [&](std::size_t i) {
        std::set<std::string> ids;
        for (std::uint32_t n : placement.covering[i])
            if (ties_complaint(data.nodes, n, data.complaints.technology[i])) ids.insert(data.nodes.ids[n]);
        return ids;
    };
    EXPECT_EQ(tied(0), (std::set<std::string>{"M1"}));
    EXPECT_EQ(node_of(0), "M1");
    EXPECT_EQ(tied(1), (std::set<std::string>{"F1", "F2"}));
    EXPECT_EQ(node_of(1), "F1");  // 6 spare ports against F2's 5
    EXPECT_EQ(tied(2), (std::set<std::string>{"F1", "F2", "M1"}));
    EXPECT_EQ(node_of(2), "M1");  // 50 spare
    EXPECT_TRUE(tied(3).empty());  // only the planned P1 covers it
    EXPECT_EQ(node_of(3), "");
    EXPECT_EQ(placement.status[3], Serviceability::Planned);
    EXPECT_EQ(node_of(4), "M1");
    EXPECT_EQ(node_of(5), "");
    EXPECT_EQ(placement.status[5], Serviceability::NotCovered);
    const ComplaintFigures& f = *built.plan.complaints;
    EXPECT_EQ(f.of_node(node_index(data, "M1")), 3);  // T1, T3, T5
    EXPECT_EQ(f.of_node(node_index(data, "F1")), 2);  // T2, T3
    EXPECT_EQ(f.of_node(node_index(data, "P1")), 0);
    EXPECT_EQ(f.tied, 4);
    expect_ties_match_brute_force(built);
}

TEST(Complaints, NodeCountsCategoriesAndTheNodeTheyConcentrateOn) {
    const Built built = build(concentrated_on_f2());
    const Dataset& data = built.data;
    const ComplaintFigures& f = *built.plan.complaints;
    const std::size_t f2 = node_index(data, "F2");
    EXPECT_EQ(f.of_node(f2), 5);  // K1-K4 and the old K7
    EXPECT_EQ(f.recent_of_node(f2), 4);
    EXPECT_EQ(f.of_node(node_index(data, "F1")), 1);
    EXPECT_EQ(f.of_node(node_index(data, "F3")), 1);
    EXPECT_EQ(f.of_node(node_index(data, "M1")), 0);
    EXPECT_EQ(built.plan.overlay.nodes[f2].subscribers_inside, 10);
    EXPECT_DOUBLE_EQ(*complaints_per_100(f.recent_of_node(f2), 10), 40.0);
    EXPECT_FALSE(complaints_per_100(3, 0).has_value());
    EXPECT_EQ(f.zone_categories[0],
              (std::vector<CategoryCount>{{"slow_speed", 3}, {"billing", 2}, {"outage", 1}}));
    EXPECT_EQ(categories_text(f.zone_categories[0]), "slow_speed 3, billing 2, outage 1");
    EXPECT_EQ(f.zone_categories[1], (std::vector<CategoryCount>{{"outage", 1}}));
    EXPECT_TRUE(f.zone_categories[2].empty());  // nothing outside the zones

    const ZoneModel& a = built.plan.zones[0];
    EXPECT_EQ(a.complaints_recent, 5);
    EXPECT_DOUBLE_EQ(*a.complaints_per_1000, 250.0);
    EXPECT_EQ(a.complaint_node, std::int32_t(f2));
    EXPECT_EQ(a.complaint_node_recent, 4);
    EXPECT_DOUBLE_EQ(average_complaints_per_1000(built.plan), 60.0);
    EXPECT_EQ(built.plan.zones[1].complaint_node, -1);  // one complaint: below the minimum of 3
    EXPECT_EQ(reasons_text(RankingKind::Investment, built.plan.investment[0]), "complaints 4.2× average, 80 % on F2");
}

TEST(Complaints, ReasonKeepsItsSentenceWhenNoNodeHoldsMost) {
    // Without a technology on the complaints no node is named.
    const Built untyped = build(concentrated_on_f2(), false);
    EXPECT_EQ(untyped.plan.zones[0].complaint_node, -1);
    EXPECT_EQ(reasons_text(RankingKind::Investment, untyped.plan.investment[0]), "complaints 4.2× average");

    // Spread: 2 on F1 only, 2 on F2 only, one 4G complaint on M1 alone: 40 % at most.
    const Built spread = build({{"K1", 100, 600, "ftth", "outage", "2026-11-01"},
                                {"K2", 150, 600, "ftth", "outage", "2026-11-01"},
                                {"K3", 800, 600, "ftth", "outage", "2026-11-01"},
                                {"K4", 850, 600, "ftth", "outage", "2026-11-01"},
                                {"K5", 100, 100, "4g", "weak_signal", "2026-11-01"},
                                {"K6", 1200, 600, "ftth", "outage", "2026-11-02"}});
    EXPECT_EQ(spread.plan.zones[0].complaint_node, -1);
    EXPECT_EQ(spread.plan.complaints->zone_node_recent[0], 2);
    EXPECT_EQ(reasons_text(RankingKind::Investment, spread.plan.investment[0]), "complaints 4.2× average");

    // 3 of 5 in the overlap of F1 and F2, one on each alone: both hold 80 %; the
    // first in the data is named.
    const Built tie = build({{"K1", 450, 600, "ftth", "outage", "2026-11-01"},
                             {"K2", 500, 600, "ftth", "outage", "2026-11-01"},
                             {"K3", 550, 600, "ftth", "outage", "2026-11-01"},
                             {"K4", 100, 600, "ftth", "outage", "2026-11-01"},
                             {"K5", 800, 600, "ftth", "outage", "2026-11-01"},
                             {"K6", 1200, 600, "ftth", "outage", "2026-11-02"}});
    EXPECT_EQ(reasons_text(RankingKind::Investment, tie.plan.investment[0]), "complaints 4.2× average, 80 % on F1");
    const auto& reason = tie.plan.investment[0].reasons.at(0);
    EXPECT_EQ(reason.node, "F1");
    EXPECT_DOUBLE_EQ(reason.node_share, 0.8);
}

TEST(Complaints, ATechnologyValueTiesAComplaintsLayerOfOneTechnology) {
    TempDir dir;
    const auto file = write_complaints_project(dir, {{"K1", 500, 200, "", "outage", "2026-11-01"}}, false);
    std::string text = complaints_project_text(false) + "technology_value = \"4g\"\n";
    dir.write("project.toml", text);
    const Dataset data = load_dataset(load_project(file, "2026-11-30"));
    const Plan plan = build_plan(data, {1, true});
    EXPECT_TRUE(plan.complaints->by_technology);
    EXPECT_EQ(plan.complaints->of_node(node_index(data, "M1")), 1);
    EXPECT_EQ(plan.complaints->of_node(node_index(data, "F1")), 0);
}
