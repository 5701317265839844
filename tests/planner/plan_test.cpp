// The planning model on the hand-built project (tests/planner/hand_built_plan.h
// works out every figure), then properties on generated data.

#include "planner/plan.h"
#include "planner/scenario.h"
#include "planner/service_check.h"
#include "gis/error.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <set>

#include "planner/hand_built_plan.h"
#include "planner/number_text.h"
#include "planner/reason_text.h"
#include "support/decimal_comma_locale.h"
#include "support/temp_dir.h"

using namespace coverplan;
using namespace coverplan::planner;
using namespace coverplan::test;

TEST_F(HandBuiltPlan, ActivationHistoryIsTheTwelveCompleteMonthsBeforeAsOf) {
    EXPECT_EQ(format_month(plan.overlay.months.first), "2025-11");
    EXPECT_EQ(plan.overlay.months.count, 12);
    EXPECT_EQ(plan.overlay.zones[2].activations, (std::vector<std::int32_t>{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12}));
    EXPECT_EQ(plan.overlay.nodes[1].activation_shares, std::vector<std::int64_t>(12, 2 * kShareUnit));
}

TEST_F(HandBuiltPlan, NodeModel) {
    const NodeModel& n1 = plan.nodes[0];
    EXPECT_DOUBLE_EQ(*n1.utilization, 0.4);
    EXPECT_NEAR(n1.forecast_additions, 6.6, 1e-9);
    EXPECT_NEAR(*n1.projected_utilization, 1.06, 1e-9);
    EXPECT_EQ(format_date(n1.exhausts_on), "2027-04-01");
    const NodeModel& n2 = plan.nodes[1];
    EXPECT_DOUBLE_EQ(*n2.utilization, 0.25);
    EXPECT_NEAR(n2.forecast_additions, 12.25, 1e-9);
    EXPECT_NEAR(*n2.projected_utilization, 0.8625, 1e-9);
    EXPECT_EQ(n2.exhausts_on, kNoDay);
}

TEST_F(HandBuiltPlan, ZoneModel) {
    const ZoneModel& a = plan.zones[0];
    EXPECT_DOUBLE_EQ(*a.penetration, 0.12);
    EXPECT_EQ(a.untapped_households, 88);
    EXPECT_EQ(a.complaints_recent, 3);
    EXPECT_DOUBLE_EQ(*a.complaints_per_1000, 250.0);
    EXPECT_NEAR(*a.growth, 0.0, 1e-12);
    EXPECT_NEAR(a.forecast_additions, 6.6, 1e-9);
    EXPECT_EQ(a.exhausting_nodes, 1);
    EXPECT_EQ(a.unserved_leads, 0);
    EXPECT_NEAR(a.unserved_demand, 2.0, 1e-9);

    const ZoneModel& b = plan.zones[1];
    EXPECT_DOUBLE_EQ(*b.penetration, 0.48);
    EXPECT_EQ(b.untapped_households, 26);
    EXPECT_EQ(b.complaints_recent, 0);
    EXPECT_NEAR(b.forecast_additions, 12.25, 1e-9);
    EXPECT_EQ(b.exhausting_nodes, 0);
    EXPECT_NEAR(b.unserved_demand, 0.0, 1e-9);

    const ZoneModel& c = plan.zones[2];
    EXPECT_FALSE(c.penetration.has_value());
    EXPECT_EQ(c.untapped_households, 0);
    EXPECT_EQ(c.complaints_recent, 2);
    EXPECT_NEAR(*c.complaints_per_1000, 2000.0 / 78, 1e-9);
    EXPECT_NEAR(*c.growth, 57.0 / 21 - 1, 1e-12);
    EXPECT_NEAR(c.forecast_additions, 93.4, 1e-9);
    EXPECT_EQ(c.unserved_leads, 4);
    EXPECT_NEAR(c.forecast_beyond_spare, 93.0, 1e-9);
    EXPECT_NEAR(c.unserved_demand, 97.0, 1e-9);
}

TEST_F(HandBuiltPlan, InvestmentRanking) {
    const auto& s = plan.investment;
    const RankingKind s_kind = RankingKind::Investment;
    EXPECT_NEAR(s[0].raw[2], 5.7, 1e-9);
    EXPECT_NEAR(s[2].raw[2], 228.0 / 390, 1e-9);
    EXPECT_NEAR(s[0].score, 0.4 * 2 / 97 + 0.3 + 0.15, 1e-9);
    EXPECT_NEAR(s[1].score, 0.0, 1e-12);
    EXPECT_NEAR(s[2].score, 0.4 + 0.15, 1e-9);
    EXPECT_DOUBLE_EQ(s[2].normalised[2], 0.0);
    EXPECT_EQ(s[2].rank, 1);
    EXPECT_EQ(s[0].rank, 2);
    EXPECT_EQ(s[1].rank, 3);
    EXPECT_EQ(reasons_text(s_kind, s[2]), "4 leads cannot be served, forecast exceeds spare ports by 93; activations +171 % over 6 months");
    EXPECT_EQ(reasons_text(s_kind, s[0]), "1 node above 90 % within 6 months; complaints 5.7× average");
    EXPECT_EQ(reasons_text(s_kind, s[1]), "no pressure on the network");
}

TEST_F(HandBuiltPlan, SalesRanking) {
    const auto& s = plan.sales;
    const RankingKind s_kind = RankingKind::Sales;
    EXPECT_NEAR(s[0].score, 0.66, 1e-9);
    EXPECT_NEAR(s[1].score, 0.4 + 0.3 * 26 / 88 + 0.1, 1e-9);
    EXPECT_NEAR(s[2].score, 0.0, 1e-12);
    EXPECT_EQ(s[0].rank, 1);
    EXPECT_EQ(s[1].rank, 2);
    EXPECT_EQ(s[2].rank, 3);
    EXPECT_EQ(reasons_text(s_kind, s[0]), "88 households not yet subscribed; 2 leads can be served now; 6 spare ports");
    EXPECT_EQ(reasons_text(s_kind, s[1]), "15 spare ports; 1 lead can be served now; 26 households not yet subscribed");
    EXPECT_EQ(reasons_text(s_kind, s[2]), "little to sell here");
}

// A Qt application takes the locale from the environment; reasons and
// percentages must not turn into "87,5 %" under a Vietnamese or German one.
TEST(PlanText, ReasonsAndPercentagesIgnoreADecimalCommaLocale) {
    TempDir dir;
    const auto file = write_hand_built_project(dir);  // before the switch: the fixture's coordinates use std::to_string
    DecimalCommaLocale comma;
    ASSERT_FALSE(comma.name().empty()) << "no decimal-comma locale installed: scripts/install-deps.sh installs locales-all";
    ASSERT_TRUE(comma.writes_decimal_comma()) << comma.name();
    const Dataset data = load_dataset(load_project(file, "2026-11-30"));
    const Plan plan = build_plan(data, {1, true});
    EXPECT_EQ(percent(0.875), "87.5 %");
    EXPECT_EQ(reasons_text(RankingKind::Investment, plan.investment[0]), "1 node above 90 % within 6 months; complaints 5.7× average");
    EXPECT_EQ(reasons_text(RankingKind::Investment, plan.investment[2]),
              "4 leads cannot be served, forecast exceeds spare ports by 93; activations +171 % over 6 months");
    EXPECT_EQ(reasons_text(RankingKind::Sales, plan.sales[0]), "88 households not yet subscribed; 2 leads can be served now; 6 spare ports");
}

TEST_F(HandBuiltPlan, ReasonsAreDataWithTheFiguresOfTheirSentences) {
    const auto& c = plan.investment[2].reasons;
    ASSERT_EQ(c.size(), 2u);
    EXPECT_EQ(c[0].component, 0u);  // unserved_demand
    EXPECT_DOUBLE_EQ(c[0].figure, 4);
    EXPECT_NEAR(c[0].forecast_beyond_spare, 93.0, 1e-9);
    EXPECT_EQ(c[1].component, 3u);  // growth
    EXPECT_NEAR(c[1].figure, 57.0 / 21 - 1, 1e-12);
    EXPECT_EQ(c[1].months, 6);
    const auto& a = plan.investment[0].reasons;
    ASSERT_EQ(a.size(), 2u);
    EXPECT_EQ(a[0].component, 1u);  // exhaustion
    EXPECT_DOUBLE_EQ(a[0].figure, 1);
    EXPECT_DOUBLE_EQ(a[0].threshold, 0.9);
    EXPECT_EQ(a[0].months, 6);
    EXPECT_EQ(a[1].component, 2u);  // complaints
    EXPECT_NEAR(a[1].figure, 5.7, 1e-9);
    EXPECT_TRUE(plan.investment[1].reasons.empty());
    const auto& sales = plan.sales[0].reasons;
    ASSERT_EQ(sales.size(), 3u);
    EXPECT_EQ(sales[0].component, 1u);
    EXPECT_DOUBLE_EQ(sales[0].figure, 88);
    // One reason at a time, as a front end in another language would ask.
    EXPECT_EQ(reason_text(RankingKind::Investment, a[1]), "complaints 5.7× average");
    Reason project_quality;
    project_quality.component = 3;
    project_quality.figure = 0.875;
    project_quality.project_rate = true;
    EXPECT_EQ(reason_text(RankingKind::Sales, project_quality), "installs on time 88 % (project)");
}

TEST(CheckText, VerdictsDistancesAndStatuses) {
    EXPECT_EQ(distance_text(349.6), "350 m");
    EXPECT_EQ(distance_text(2440), "2.4 km");
    EXPECT_EQ(distance_text(12345), "12 km");
    EXPECT_EQ(distance_text(123456), "123 km");
    EXPECT_EQ(status_heading(Serviceability::NotCovered), "NOT COVERED");
    EXPECT_EQ(status_heading(Serviceability::Available), "AVAILABLE");
    EXPECT_EQ(score_change_text(0.41249, 0.388), "0.412 → 0.388");
    EXPECT_EQ(score_change_text(0.5, 0.5), "0.500");
    EXPECT_EQ(rank_change_text(12, 9), "12 → 9");
    EXPECT_EQ(rank_change_text(9, 9), "9");
}

TEST_F(HandBuiltPlan, VerdictTextSaysWhatTheAnswerMeans) {
    const ServiceChecker checker(data);
    auto verdict_at = [&](double x, double y) { return checker.check(500000 + x, 2300000 + y, kAnyTechnology).answer.verdict; };
    EXPECT_EQ(verdict_text(data, verdict_at(500, 500)), "node N1 has 6 spare");
    EXPECT_EQ(verdict_text(data, verdict_at(2500, 500)), "nearest node N2, 500 m from its service area");
    EXPECT_EQ(verdict_text(data, verdict_at(4500, 500)), "nearest node N2, 2.5 km from its service area");
    EXPECT_EQ(spare_text(data.nodes, 1), "15");
}

TEST_F(HandBuiltPlan, RerankWithNewWeightsKeepsTheModels) {
    EXPECT_EQ(plan.weights, data.project.weights);
    EXPECT_EQ(plan.horizon_months, 6);
    RankingWeights only_growth = data.project.weights;
    only_growth.investment = {0, 0, 0, 1};
    rerank(data, only_growth, plan);
    EXPECT_EQ(plan.weights, only_growth);
    EXPECT_EQ(data.project.weights, RankingWeights{});  // the project is left as it was read
    EXPECT_EQ(plan.investment[2].rank, 1);
    EXPECT_NEAR(plan.investment[2].score, 1.0, 1e-12);
    // A and B tie at 0: the zone id breaks the tie.
    EXPECT_EQ(plan.investment[0].rank, 2);
    EXPECT_EQ(plan.investment[1].rank, 3);
    EXPECT_NEAR(plan.zones[2].unserved_demand, 97.0, 1e-9);
}

TEST(DampedTrend, ContinuesAStraightLineWithoutDamping) {
    const std::vector<double> line = {3, 5, 7, 9, 11, 13, 15, 17};
    const auto forecast = damped_trend_forecast(line, 3, 1.0);
    ASSERT_EQ(forecast.size(), 3u);
    EXPECT_NEAR(forecast[0], 19, 1e-9);
    EXPECT_NEAR(forecast[2], 23, 1e-9);
}

TEST(DampedTrend, DampingFlattensTheTrend) {
    const std::vector<double> line = {3, 5, 7, 9, 11, 13, 15, 17};
    const auto straight = damped_trend_forecast(line, 6, 1.0);
    const auto damped = damped_trend_forecast(line, 6, 0.5);
    const auto flat = damped_trend_forecast(line, 6, 0.0);
    for (std::size_t h = 0; h < 6; ++h) {
        EXPECT_LT(damped[h], straight[h]);
        EXPECT_GT(damped[h], flat[h]);
    }
    // Each step adds half the one before: the trend fades geometrically.
    for (std::size_t h = 2; h < 6; ++h)
        EXPECT_NEAR(damped[h] - damped[h - 1], 0.5 * (damped[h - 1] - damped[h - 2]), 1e-9);
    EXPECT_NEAR(flat[0], flat[5], 1e-12);
}

TEST(DampedTrend, ShortOrFallingHistories) {
    EXPECT_EQ(damped_trend_forecast(std::vector<double>{}, 2, 0.8), (std::vector<double>{0, 0}));
    EXPECT_EQ(damped_trend_forecast(std::vector<double>{4, 6, 8}, 2, 0.8), (std::vector<double>{6, 6}));
    const auto falling = damped_trend_forecast(std::vector<double>{50, 40, 30, 20, 10, 5, 2, 1}, 12, 1.0);
    for (double value : falling) EXPECT_GE(value, 0.0);
}

// Scenarios on the hand-built project.
//   +10 ports on N1: capacity 20, projected 10.6/20 = 0.53 -> A has no exhausting
//   node; headroom 16 - 2 = 14 covers the trend 6: unserved 0. A's investment
//   score is left with complaints only: 0.15. Only A is affected (N1 touches B
//   only along the boundary).
TEST_F(HandBuiltPlan, ScenarioAddingPortsRecomputesTheZoneItReaches) {
    const ScenarioOutcome outcome = apply_scenario(data, plan, {{{"N1", 10}}, {}});
    EXPECT_EQ(outcome.changed_nodes, (std::vector<std::uint32_t>{0}));
    EXPECT_EQ(outcome.affected_zones, (std::vector<std::uint32_t>{0}));
    EXPECT_NEAR(*outcome.plan.nodes[0].projected_utilization, 0.53, 1e-9);
    EXPECT_EQ(outcome.plan.nodes[0].exhausts_on, kNoDay);
    EXPECT_EQ(outcome.plan.zones[0].exhausting_nodes, 0);
    EXPECT_NEAR(outcome.plan.zones[0].unserved_demand, 0.0, 1e-9);
    EXPECT_NEAR(outcome.plan.investment[0].score, 0.15, 1e-9);
    EXPECT_NEAR(outcome.plan.overlay.zones[0].spare_capacity, 16.0, 1e-9);
    // The base plan and dataset are untouched.
    EXPECT_NEAR(plan.investment[0].score, 0.4 * 2 / 97 + 0.3 + 0.15, 1e-9);
    EXPECT_EQ(*data.nodes.capacity[0], 10.0);
}

//   A new ftth node of 100 ports, radius 800 m, centred at (2500, 500) in C:
//   it covers C's four open leads (at most 500 m away) -> available; C's spare
//   becomes 100, headroom 96 > trend 93: unserved 0. It covers C's 78
//   subscribers (x = 2500), so its own forecast is 93 + 0.4 and its projected
//   utilisation 0.934: above 90 %, in C and in B, which it also reaches.
TEST_F(HandBuiltPlan, ScenarioNewNodeServesTheUncoveredLeads) {
    NewNode node{500000 + 2500, 2300000 + 500, 800, 100, "FTTH"};
    const ScenarioOutcome outcome = apply_scenario(data, plan, {{}, {node}});
    ASSERT_EQ(outcome.nodes.size(), 3u);
    EXPECT_EQ(outcome.nodes.ids[2], "new-1");
    EXPECT_EQ(outcome.affected_zones, (std::vector<std::uint32_t>{1, 2}));
    const auto& c = outcome.plan.overlay.zones[2];
    EXPECT_EQ(c.counts.leads_by_status[std::size_t(Serviceability::Available)], 4);
    EXPECT_EQ(c.counts.leads_by_status[std::size_t(Serviceability::NotCovered)], 0);
    EXPECT_NEAR(c.spare_capacity, 100.0, 1e-9);
    EXPECT_GT(c.covered_share, 0.5);
    EXPECT_NEAR(outcome.plan.zones[2].unserved_demand, 0.0, 1e-9);
    EXPECT_EQ(outcome.plan.overlay.nodes[2].subscribers_inside, 78);
    EXPECT_NEAR(*outcome.plan.nodes[2].projected_utilization, 0.934, 1e-9);
    EXPECT_EQ(outcome.plan.zones[2].exhausting_nodes, 1);
    EXPECT_EQ(outcome.plan.zones[1].exhausting_nodes, 1);
    EXPECT_LT(outcome.plan.investment[2].score, plan.investment[2].score);
}

TEST_F(HandBuiltPlan, ScenarioComparisonListsTheRecomputedZonesThenTheOthersWhoseRankMoved) {
    // A new node over C serves its four leads: C is recomputed; A and B move
    // only if their ranks change.
    const ScenarioOutcome outcome = apply_scenario(data, plan, {{}, {NewNode{502500, 2300500, 600, 100, "ftth"}}});
    const ScenarioComparison comparison = compare_scenario(plan, outcome);
    EXPECT_EQ(comparison.recomputed, outcome.affected_zones);
    for (std::uint32_t z = 0; z < data.zones.size(); ++z) {
        const bool recomputed = std::count(comparison.recomputed.begin(), comparison.recomputed.end(), z) > 0;
        const bool moved = plan.investment[z].rank != outcome.plan.investment[z].rank ||
                           plan.sales[z].rank != outcome.plan.sales[z].rank;
        EXPECT_EQ(std::count(comparison.rank_moved.begin(), comparison.rank_moved.end(), z) > 0, !recomputed && moved) << z;
    }
}

TEST_F(HandBuiltPlan, ScenarioKeepsTheWeightsThePlanWasRankedWith) {
    RankingWeights only_growth = data.project.weights;
    only_growth.investment = {0, 0, 0, 1};
    rerank(data, only_growth, plan);
    const ScenarioOutcome outcome = apply_scenario(data, plan, {{{"N1", 10}}, {}});
    EXPECT_EQ(outcome.plan.weights, only_growth);
    EXPECT_EQ(outcome.plan.horizon_months, plan.horizon_months);
    EXPECT_EQ(outcome.plan.investment[2].rank, 1);  // growth leads: C
    EXPECT_NEAR(outcome.plan.investment[2].score, 1.0, 1e-12);
}

TEST(RankingComponents, EachKeyNamedOnceAndFoundInItsRanking) {
    std::set<std::string> keys;
    for (RankingKind kind : kRankingKinds)
        for (std::size_t c = 0; c < kComponents; ++c) {
            const RankingComponent& component = ranking_components(kind)[c];
            EXPECT_TRUE(keys.insert(component.key).second) << component.key;
            const auto found = find_component(component.key);
            ASSERT_TRUE(found) << component.key;
            EXPECT_EQ(found->kind, kind);
            EXPECT_EQ(found->index, c);
            EXPECT_NE(std::string(component.label), "");
            EXPECT_NE(std::string(component.unit), "");
            EXPECT_EQ(component.direction, +1);
        }
    EXPECT_FALSE(find_component("speed"));
    EXPECT_EQ(ranking_components(RankingKind::Investment)[2].scaling, Scaling::AboveOneByLargest);
    EXPECT_EQ(ranking_components(RankingKind::Sales)[3].scaling, Scaling::Rate);
}

TEST_F(HandBuiltPlan, ScenarioRejectsUnknownNodesAndTechnologies) {
    EXPECT_THROW(apply_scenario(data, plan, {{{"N9", 5}}, {}}), InputError);
    EXPECT_THROW(apply_scenario(data, plan, {{}, {NewNode{500000, 2300000, 100, 10, "6g"}}}), InputError);
    EXPECT_THROW(apply_scenario(data, plan, {{}, {NewNode{500000, 2300000, 0, 10, "ftth"}}}), InputError);
    // N1 has 10 ports: removing 10 leaves none (allowed), removing 11 fewer than none.
    EXPECT_EQ(*apply_scenario(data, plan, {{{"N1", -10}}, {}}).nodes.capacity[0], 0.0);
    try {
        apply_scenario(data, plan, {{{"N1", -11}}, {}});
        ADD_FAILURE() << "removing 11 of 10 ports was accepted";
    } catch (const InputError& error) {
        EXPECT_STREQ(error.what(), "scenario: node 'N1' has 10 ports; removing 11 would leave fewer than none");
    }
}

//   A new ftth node of 50 ports, radius 450 m, centred at (500, 500) in A,
//   overlapping N1: A's 12 subscribers (all at (500, 100), 400 m away) and
//   leads l1, l2 (424 m and 361 m away) are now covered by two ftth nodes, so
//   each node takes half: N1's forecast becomes 0.5 x 6 + (0.1 + 0.5) / 2 =
//   3.3, projected (4 + 3.3) / 10 = 0.73 (no longer exhausting); the new
//   node's is 3.3 / 50 = 0.066.
TEST_F(HandBuiltPlan, ScenarioNewNodeSharesTheDemandWithTheNodesItOverlaps) {
    NewNode node{500000 + 500, 2300000 + 500, 450, 50, "ftth"};
    const ScenarioOutcome outcome = apply_scenario(data, plan, {{}, {node}});
    EXPECT_EQ(outcome.changed_nodes, (std::vector<std::uint32_t>{0, 2}));
    EXPECT_EQ(outcome.plan.overlay.nodes[0].activation_shares, std::vector<std::int64_t>(12, kShareUnit / 2));
    EXPECT_NEAR(outcome.plan.nodes[0].forecast_additions, 3.3, 1e-9);
    EXPECT_NEAR(*outcome.plan.nodes[0].projected_utilization, 0.73, 1e-9);
    EXPECT_NEAR(*outcome.plan.nodes[2].projected_utilization, 0.066, 1e-9);
    EXPECT_EQ(outcome.plan.overlay.nodes[2].subscribers_inside, 12);
    EXPECT_EQ(outcome.plan.zones[0].exhausting_nodes, 0);
    EXPECT_EQ(outcome.affected_zones, (std::vector<std::uint32_t>{0}));
}
