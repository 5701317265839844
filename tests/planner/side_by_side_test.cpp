// Two scenarios side by side on the hand-built project: every figure is the
// one each scenario gives alone, the zones listed are exactly those either
// recomputed or re-ranked, and each scenario's new nodes stay its own.

#include "planner/side_by_side.h"

#include <gtest/gtest.h>

#include <algorithm>

#include "planner/calendar.h"
#include "planner/hand_built_plan.h"

using namespace coverplan;
using namespace coverplan::planner;
using namespace coverplan::test;

namespace {

ZoneStanding standing_in(const Plan& plan, std::uint32_t z) {
    return {plan.investment[z].score, plan.investment[z].rank, plan.sales[z].score, plan.sales[z].rank};
}

bool same(const ZoneStanding& x, const ZoneStanding& y) {
    return x.investment_score == y.investment_score && x.investment_rank == y.investment_rank &&
           x.sales_score == y.sales_score && x.sales_rank == y.sales_rank;
}

}  // namespace

// A: +10 ports on N1 (A's only node). B: a new ftth node of 100 ports, 800 m
// around (2500, 500) in C, ranked with growth alone for investment.
class SideBySideOnHandBuilt : public HandBuiltPlan {
protected:
    void SetUp() override {
        HandBuiltPlan::SetUp();
        a = apply_scenario(data, plan, {{{"N1", 10}}, {}, std::nullopt});
        RankingWeights growth = data.project.weights;
        growth.investment = {0, 0, 0, 1};
        b = apply_scenario(data, plan, {{}, {NewNode{502500, 2300500, 800, 100, "ftth"}}, growth});
        compared = side_by_side(data, plan, a, b);
    }
    ScenarioOutcome a, b;
    SideBySide compared;
};

TEST_F(SideBySideOnHandBuilt, ZonesAreThoseEitherScenarioRecomputedOrReRanked) {
    // Brute force: every zone, against each outcome on its own.
    std::vector<std::uint32_t> expected;
    for (std::uint32_t z = 0; z < data.zones.size(); ++z) {
        const bool recomputed = std::count(a.affected_zones.begin(), a.affected_zones.end(), z) ||
                                std::count(b.affected_zones.begin(), b.affected_zones.end(), z);
        bool moved = false;
        for (const Plan* after : {&a.plan, &b.plan})
            moved |= after->investment[z].rank != plan.investment[z].rank || after->sales[z].rank != plan.sales[z].rank;
        if (recomputed || moved) expected.push_back(z);
    }
    std::sort(expected.begin(), expected.end(),
              [&](std::uint32_t x, std::uint32_t y) { return plan.investment[x].rank < plan.investment[y].rank; });
    std::vector<std::uint32_t> listed;
    for (const ComparedZone& row : compared.zones) {
        listed.push_back(row.zone);
        EXPECT_TRUE(same(row.on(Side::Baseline), standing_in(plan, row.zone)));
        EXPECT_TRUE(same(row.on(Side::A), standing_in(a.plan, row.zone)));
        EXPECT_TRUE(same(row.on(Side::B), standing_in(b.plan, row.zone)));
        EXPECT_EQ(row.recomputed[0], std::count(a.affected_zones.begin(), a.affected_zones.end(), row.zone) > 0);
        EXPECT_EQ(row.recomputed[1], std::count(b.affected_zones.begin(), b.affected_zones.end(), row.zone) > 0);
    }
    EXPECT_EQ(listed, expected);
    // Every zone here: A recomputes zone A, B zones B and C; baseline order C, A, B.
    EXPECT_EQ(listed, (std::vector<std::uint32_t>{2, 0, 1}));
    // The worked figures: A's zone A keeps complaints only (0.15); B ranks C first on growth (1.0).
    EXPECT_NEAR(compared.zones[1].on(Side::A).investment_score, 0.15, 1e-9);
    EXPECT_NEAR(compared.zones[1].on(Side::Baseline).investment_score, 0.4 * 2 / 97 + 0.3 + 0.15, 1e-9);
    EXPECT_EQ(compared.zones[0].on(Side::B).investment_rank, 1);
    EXPECT_NEAR(compared.zones[0].on(Side::B).investment_score, 1.0, 1e-12);
}

TEST_F(SideBySideOnHandBuilt, NodesChangedByEitherThenEachScenariosNewNodes) {
    ASSERT_GE(compared.nodes.size(), 2u);
    const ComparedNode& n1 = compared.nodes.front();
    EXPECT_EQ(n1.node_id, "N1");
    EXPECT_EQ(n1.changed, (std::array<bool, 2>{true, false}));
    EXPECT_EQ(*n1.on(Side::Baseline).capacity, 10.0);
    EXPECT_EQ(*n1.on(Side::A).capacity, 20.0);
    EXPECT_EQ(*n1.on(Side::B).capacity, 10.0);
    EXPECT_DOUBLE_EQ(*n1.on(Side::Baseline).utilization, 0.4);
    EXPECT_DOUBLE_EQ(*n1.on(Side::A).utilization, 0.2);
    EXPECT_NEAR(*n1.on(Side::Baseline).projected_utilization, 1.06, 1e-9);
    EXPECT_NEAR(*n1.on(Side::A).projected_utilization, 0.53, 1e-9);
    EXPECT_EQ(format_date(n1.on(Side::Baseline).exhausts_on), "2027-04-01");
    EXPECT_EQ(n1.on(Side::A).exhausts_on, kNoDay);
    EXPECT_EQ(format_date(n1.on(Side::B).exhausts_on), "2027-04-01");

    const ComparedNode& built = compared.nodes.back();
    EXPECT_EQ(built.node_id, "B:new-1");
    EXPECT_EQ(built.changed, (std::array<bool, 2>{false, true}));
    EXPECT_FALSE(built.on(Side::Baseline).exists);
    EXPECT_FALSE(built.on(Side::A).exists);
    ASSERT_TRUE(built.on(Side::B).exists);
    EXPECT_EQ(*built.on(Side::B).capacity, 100.0);
    EXPECT_EQ(*built.on(Side::B).used, 0.0);
    EXPECT_NEAR(*built.on(Side::B).projected_utilization, 0.934, 1e-9);  // C's 78 subscribers' trend + 0.4

    // Between them: the data's nodes B changed (sharing demand with the new node), each once.
    for (std::size_t k = 1; k + 1 < compared.nodes.size(); ++k) {
        const ComparedNode& node = compared.nodes[k];
        const auto it = std::find(data.nodes.ids.begin(), data.nodes.ids.end(), node.node_id);
        ASSERT_NE(it, data.nodes.ids.end()) << node.node_id;
        const auto n = std::uint32_t(it - data.nodes.ids.begin());
        EXPECT_EQ(node.changed[1], std::count(b.changed_nodes.begin(), b.changed_nodes.end(), n) > 0);
        EXPECT_EQ(node.on(Side::B).projected_utilization, b.plan.nodes[n].projected_utilization);
    }
}

TEST_F(SideBySideOnHandBuilt, TheSameScenarioOnBothSidesGivesTheSameColumns) {
    const SideBySide twice = side_by_side(data, plan, a, a);
    for (const ComparedZone& row : twice.zones) EXPECT_TRUE(same(row.on(Side::A), row.on(Side::B)));
    ASSERT_EQ(twice.nodes.size(), 1u);
    EXPECT_EQ(twice.nodes[0].changed, (std::array<bool, 2>{true, true}));
    EXPECT_EQ(side_name(Side::Baseline), std::string("baseline"));
}
