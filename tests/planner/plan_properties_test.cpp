// Properties of the rankings on the bundled sample province (generated data
// with history, leads, complaints and orders), and the forecast's backtest.

#include <gtest/gtest.h>

#include <algorithm>
#include <numeric>
#include <random>

#include "planner/reason_text.h"
#include "planner/plan.h"
#include "planner/scenario.h"
#include "test_config.h"

using namespace coverplan;
using namespace coverplan::planner;

namespace {

const Dataset& sample() {
    static const Dataset data = load_dataset(load_project(test::kSampleProject, "2026-11-30"));
    return data;
}

const Plan& sample_plan() {
    static const Plan plan = build_plan(sample(), {2, true});
    return plan;
}

/// Zones ordered by how much a component drives them, for picking test cases.
std::vector<std::uint32_t> zones_by(const std::vector<ZoneScore>& scores, std::size_t component) {
    std::vector<std::uint32_t> order(scores.size());
    std::iota(order.begin(), order.end(), 0u);
    std::stable_sort(order.begin(), order.end(), [&](auto a, auto b) { return scores[a].raw[component] > scores[b].raw[component]; });
    return order;
}

}  // namespace

TEST(SamplePlan, ScoresDoNotDependOnThreadsOrPointOrder) {
    const Dataset& data = sample();
    const Plan one = build_plan(data, {1, true});
    const Plan& two = sample_plan();

    // The same points in another order.
    Dataset shuffled = load_dataset(data.project);
    std::mt19937 random(7);
    for (DemandPoints* points : {&shuffled.subscribers, &shuffled.leads, &shuffled.complaints}) {
        std::vector<std::size_t> order(points->size());
        std::iota(order.begin(), order.end(), 0);
        std::shuffle(order.begin(), order.end(), random);
        auto permute = [&](auto& column) {
            if (column.empty()) return;
            auto copy = column;
            for (std::size_t i = 0; i < order.size(); ++i) column[i] = copy[order[i]];
        };
        permute(points->x);
        permute(points->y);
        permute(points->technology);
        permute(points->date);
        permute(points->open);
        permute(points->category);
    }
    const Plan reordered = build_plan(shuffled, {2, true});

    for (std::size_t z = 0; z < data.zones.size(); ++z) {
        for (const Plan* other : {&two, &reordered}) {
            EXPECT_EQ(one.investment[z].score, other->investment[z].score) << data.zones.ids[z];
            EXPECT_EQ(one.investment[z].rank, other->investment[z].rank);
            EXPECT_EQ(one.sales[z].score, other->sales[z].score);
            EXPECT_EQ(one.sales[z].rank, other->sales[z].rank);
            EXPECT_EQ(one.investment[z].reasons, other->investment[z].reasons);
        }
    }
}

TEST(SamplePlan, RanksArePermutationsWithTiesBrokenByZoneId) {
    const Plan& plan = sample_plan();
    for (RankingKind kind : kRankingKinds) {
        const auto order = plan.ranked(kind);
        const auto& scores = plan.scores(kind);
        for (std::size_t r = 0; r < order.size(); ++r) {
            EXPECT_EQ(scores[order[r]].rank, std::int32_t(r + 1));
            if (r > 0) {
                EXPECT_GE(scores[order[r - 1]].score, scores[order[r]].score);
                if (scores[order[r - 1]].score == scores[order[r]].score) {
                    EXPECT_LT(order[r - 1], order[r]);
                }
            }
            EXPECT_LE(scores[order[r]].reasons.size(), 3u);
            for (const Reason& reason : scores[order[r]].reasons) EXPECT_FALSE(reason_text(kind, reason).empty());
            EXPECT_FALSE(reasons_text(kind, scores[order[r]]).empty());
        }
    }
}

TEST(SamplePlan, AddingPortsToAZonesNodesNeverRaisesItsInvestmentScore) {
    const Dataset& data = sample();
    const Plan& plan = sample_plan();
    const auto candidates = zones_by(plan.investment, 1);  // most exhausting nodes first
    for (std::size_t k = 0; k < 8; ++k) {
        const std::uint32_t z = candidates[k];
        Scenario scenario;
        for (std::uint32_t n : plan.overlay.zones[z].nodes)
            if (data.nodes.status[n] == NodeStatus::Live && data.nodes.capacity[n])
                scenario.added_capacity.push_back({data.nodes.ids[n], 64});
        if (scenario.added_capacity.empty()) continue;
        const ScenarioOutcome outcome = apply_scenario(data, plan, scenario);
        EXPECT_LE(outcome.plan.investment[z].score, plan.investment[z].score) << data.zones.ids[z];
        EXPECT_LE(outcome.plan.zones[z].unserved_demand, plan.zones[z].unserved_demand);
        EXPECT_LE(outcome.plan.zones[z].exhausting_nodes, plan.zones[z].exhausting_nodes);
    }
}

TEST(SamplePlan, AddingUnservedLeadsToAZoneNeverLowersItsInvestmentScore) {
    const Dataset& data = sample();
    const Plan& plan = sample_plan();
    // Zones with uncovered area: a point of a zone outside every live node.
    for (std::size_t z = 0; z < data.zones.size(); z += 5) {
        if (plan.overlay.zones[z].covered_share > 0.95) continue;
        Dataset more = load_dataset(data.project);
        // New open leads at the zone's interior points that no coverage serves.
        auto ctx = gis::geos_context();
        gis::GeosGeometry inside(GEOSPointOnSurface_r(ctx, data.zones.geometries[z].get()));
        double x = 0, y = 0;
        GEOSGeomGetX_r(ctx, inside.get(), &x);
        GEOSGeomGetY_r(ctx, inside.get(), &y);
        const Plan base = build_plan(more, {2, true});
        for (int k = 0; k < 25; ++k) {
            more.leads.x.push_back(x);
            more.leads.y.push_back(y);
            more.leads.ids.push_back("extra-" + std::to_string(k));
            more.leads.technology.push_back(0);
            more.leads.date.push_back(kNoDay);
            more.leads.open.push_back(true);
            more.leads.category.push_back("new");
        }
        const Plan after = build_plan(more, {2, true});
        EXPECT_GE(after.investment[z].score, base.investment[z].score) << data.zones.ids[z];
        EXPECT_GE(after.zones[z].unserved_demand, base.zones[z].unserved_demand);
    }
}

TEST(SamplePlan, RaisingAWeightNeverLowersTheRankOfTheZoneLeadingThatComponent) {
    const Dataset& data = sample();
    Plan plan = build_plan(data, {2, false});
    const RankingWeights base = data.project.weights;
    for (std::size_t c = 0; c < kComponents; ++c) {
        rerank(data, base, plan);
        const std::uint32_t leader = zones_by(plan.investment, c).front();
        const std::int32_t rank_before = plan.investment[leader].rank;
        for (double raise : {0.1, 0.5, 2.0}) {
            RankingWeights raised = base;
            raised.investment[c] += raise;
            rerank(data, raised, plan);
            EXPECT_EQ(plan.weights, raised);
            EXPECT_LE(plan.investment[leader].rank, rank_before) << ranking_components(RankingKind::Investment)[c].key;
        }
    }
}

// The forecast's accuracy on the sample's own history, hiding its last six
// months: docs/scoring.md quotes these bounds.
TEST(SamplePlan, ForecastBacktestStaysWithinTheDocumentedBound) {
    const Backtest& backtest = sample_plan().backtest;
    ASSERT_TRUE(backtest.assessed());
    EXPECT_EQ(backtest.hidden_months, 6);
    std::cout << "backtest: project MAPE " << backtest.project_mape << ", zone WAPE " << backtest.zone_wape
              << ", naive zone WAPE " << backtest.naive_zone_wape << "\n";
    EXPECT_LT(backtest.project_mape, 0.08);
    EXPECT_LT(backtest.zone_wape, 0.15);
    EXPECT_LT(backtest.zone_wape, backtest.naive_zone_wape);
}
