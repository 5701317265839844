// A lead added to a built plan (planner/added_leads.h) counts exactly as a
// rebuild that reads it with the data: checked on the sample province by
// taking leads out of the data, building, adding them back one by one, and
// comparing every figure, score and rank with the plan of the whole data.

#include "planner/added_leads.h"

#include <algorithm>

#include <gtest/gtest.h>

#include "planner/scenario.h"

#include "test_config.h"

using namespace coverplan;
using namespace coverplan::planner;

namespace {

Dataset sample() { return load_dataset(load_project(test::kSampleProject, "2026-11-30")); }

/// Keeps the leads `keep` says, in every column the layer has.
void keep_leads(DemandPoints& leads, const std::vector<bool>& keep) {
    auto filter = [&](auto& column) {
        if (column.empty()) return;
        std::size_t out = 0;
        for (std::size_t i = 0; i < keep.size(); ++i)
            if (keep[i]) column[out++] = column[i];
        column.resize(out);
    };
    filter(leads.x);
    filter(leads.y);
    filter(leads.technology);
    filter(leads.date);
    filter(leads.due);
    filter(leads.installed);
    filter(leads.category);
    std::vector<bool> open = leads.open;  // vector<bool>: no assignment through references
    filter(open);
    leads.open = open;
    leads.ids.filter(keep);
}

void expect_same_plans(const Plan& added, const Plan& whole, const Dataset& data) {
    const auto& a = added.overlay;
    const auto& w = whole.overlay;
    for (std::size_t z = 0; z < data.zones.size(); ++z) {
        SCOPED_TRACE("zone " + data.zones.ids[z]);
        EXPECT_EQ(a.zones[z].counts.leads_open, w.zones[z].counts.leads_open);
        EXPECT_EQ(a.zones[z].counts.leads_by_status, w.zones[z].counts.leads_by_status);
        EXPECT_EQ(added.zones[z].unserved_leads, whole.zones[z].unserved_leads);
        EXPECT_EQ(added.zones[z].unserved_demand, whole.zones[z].unserved_demand);
        EXPECT_EQ(added.zones[z].forecast_additions, whole.zones[z].forecast_additions);
        EXPECT_EQ(added.zones[z].exhausting_nodes, whole.zones[z].exhausting_nodes);
        for (auto kind : {RankingKind::Investment, RankingKind::Sales}) {
            EXPECT_EQ(added.scores(kind)[z].score, whole.scores(kind)[z].score);
            EXPECT_EQ(added.scores(kind)[z].rank, whole.scores(kind)[z].rank);
            EXPECT_EQ(added.scores(kind)[z].reasons, whole.scores(kind)[z].reasons);
        }
    }
    EXPECT_EQ(a.outside.leads_open, w.outside.leads_open);
    EXPECT_EQ(a.outside.leads_by_status, w.outside.leads_by_status);
    for (std::size_t n = 0; n < data.nodes.size(); ++n) {
        SCOPED_TRACE("node " + data.nodes.ids[n]);
        EXPECT_EQ(a.nodes[n].leads_inside, w.nodes[n].leads_inside);
        EXPECT_EQ(added.nodes[n].forecast_additions, whole.nodes[n].forecast_additions);
        EXPECT_EQ(added.nodes[n].projected_utilization, whole.nodes[n].projected_utilization);
        EXPECT_EQ(added.nodes[n].exhausts_on, whole.nodes[n].exhausts_on);
    }
}

/// The sample without every 25th open lead (of every status, inside and
/// outside the zones), and those leads, to be added back.
struct TakenOut {
    Dataset data = sample();
    std::vector<NewLead> leads;
};

TakenOut take_out_leads() {
    TakenOut out;
    DemandPoints& leads = out.data.leads;
    std::vector<bool> keep(leads.size(), true);
    std::size_t open = 0;
    for (std::size_t i = 0; i < leads.size(); ++i) {
        if (!leads.open[i] || open++ % 25 != 0) continue;
        keep[i] = false;
        out.leads.push_back({std::string(leads.ids[i]), leads.x[i], leads.y[i],
                             leads.technology.empty() ? kAnyTechnology : leads.technology[i], leads.date[i],
                             leads.category.empty() ? "" : leads.category[i]});
    }
    keep_leads(leads, keep);
    return out;
}

TEST(AddedLeads, CountExactlyAsARebuildWithThem) {
    const Dataset whole_data = sample();
    const Plan whole = build_plan(whole_data, {2, false});

    const TakenOut taken = take_out_leads();
    ASSERT_GT(taken.leads.size(), 20u);
    const Dataset& data = taken.data;
    Plan plan = build_plan(data, {2, false});
    const ServiceChecker checker(data);

    // Taken out, the plan differs: the comparison below can fail.
    std::int64_t before = 0, after = 0;
    for (std::size_t z = 0; z < data.zones.size(); ++z) before += plan.overlay.zones[z].counts.leads_open;
    for (const NewLead& lead : taken.leads) add_lead(data, checker, lead, plan);
    for (std::size_t z = 0; z < data.zones.size(); ++z) after += plan.overlay.zones[z].counts.leads_open;
    EXPECT_GT(after, before);
    EXPECT_EQ(plan.added_leads.points.size(), taken.leads.size());
    expect_same_plans(plan, whole, whole_data);
}

TEST(AddedLeads, AScenarioCountsThemAsTheDatasLeads) {
    // A new node placed on an added lead that no node served: the scenario
    // must serve it as it serves the same lead read with the data.
    const Dataset whole_data = sample();
    const Plan whole = build_plan(whole_data, {2, false});
    const TakenOut taken = take_out_leads();
    const Dataset& data = taken.data;
    Plan plan = build_plan(data, {2, false});
    const ServiceChecker checker(data);
    for (const NewLead& lead : taken.leads) add_lead(data, checker, lead, plan);

    const auto& placed = plan.added_leads.placement;
    const auto uncovered = std::find(placed.status.begin(), placed.status.end(), Serviceability::NotCovered);
    ASSERT_NE(uncovered, placed.status.end()) << "no added lead outside coverage";
    const NewLead& lead = taken.leads[std::size_t(uncovered - placed.status.begin())];
    Scenario scenario;
    scenario.new_nodes.push_back({lead.x, lead.y, 400, 64, ""});

    const ScenarioOutcome on_added = apply_scenario(data, plan, scenario);
    const ScenarioOutcome on_whole = apply_scenario(whole_data, whole, scenario);
    EXPECT_NE(on_added.plan.added_leads.placement.status[std::size_t(uncovered - placed.status.begin())],
              Serviceability::NotCovered);
    expect_same_plans(on_added.plan, on_whole.plan, whole_data);
    const std::size_t new_node = whole_data.nodes.size();
    EXPECT_EQ(on_added.plan.overlay.nodes[new_node].leads_inside, on_whole.plan.overlay.nodes[new_node].leads_inside);
    EXPECT_GT(on_added.plan.overlay.nodes[new_node].leads_inside, 0);
    EXPECT_EQ(on_added.affected_zones, on_whole.affected_zones);
}

TEST(AddedLeads, CopiesOfAPlanShareThePlacementsUntilAScenarioChangesThem) {
    // What makes recording a prospect cheap at 10^6 leads: the live service
    // copies the plan for each one, and the copy must not copy the points.
    const Dataset data = sample();
    const Plan plan = build_plan(data, {2, true});
    Plan copy = plan;
    EXPECT_EQ(&*copy.overlay.leads, &*plan.overlay.leads);
    EXPECT_EQ(&*copy.overlay.subscribers, &*plan.overlay.subscribers);
    EXPECT_EQ(&*copy.clusters, &*plan.clusters);
    ASSERT_FALSE(plan.clusters->empty());
    const ServiceChecker checker(data);
    add_lead(data, checker, {"FL-1", data.leads.x[0], data.leads.y[0], kAnyTechnology, kNoDay, "new"}, copy);
    EXPECT_EQ(&*copy.overlay.leads, &*plan.overlay.leads);
    EXPECT_EQ(plan.added_leads.points.size(), 0u);

    // A scenario changes the leads' placements: in its own copy only.
    const std::vector<std::uint32_t> covering_before = plan.overlay.leads->covering[0];
    Scenario scenario;
    scenario.new_nodes.push_back({data.leads.x[0], data.leads.y[0], 300, 64, ""});
    const ScenarioOutcome outcome = apply_scenario(data, plan, scenario);
    EXPECT_NE(&*outcome.plan.overlay.leads, &*plan.overlay.leads);
    EXPECT_EQ(outcome.plan.overlay.leads->covering[0].back(), data.nodes.size());
    EXPECT_EQ(plan.overlay.leads->covering[0], covering_before);
    EXPECT_TRUE(outcome.plan.clusters->empty());
    EXPECT_FALSE(plan.clusters->empty());
}

TEST(AddedLeads, AnUnservableLeadMovesTheInvestmentScoreOfItsZone) {
    const Dataset data = sample();
    Plan plan = build_plan(data, {2, false});
    const ServiceChecker checker(data);
    // A point inside the investment leader's zone where no node serves.
    const auto leader = plan.ranked(RankingKind::Investment).front();
    const auto envelope = gis::geos_envelope(data.zones.geometries[leader].get());
    std::optional<NewLead> lead;
    for (int i = 1; i < 40 && !lead; ++i)
        for (int j = 1; j < 40 && !lead; ++j) {
            const double x = envelope.minx + (envelope.maxx - envelope.minx) * i / 40;
            const double y = envelope.miny + (envelope.maxy - envelope.miny) * j / 40;
            const CheckResult result = checker.check(x, y, 0);
            if (result.zone == std::int32_t(leader) && result.answer.verdict.status == Serviceability::NotCovered)
                lead = NewLead{"FL-1", x, y, 0, kNoDay, "new"};
        }
    ASSERT_TRUE(lead) << "no uncovered place in zone " << data.zones.ids[leader];
    const auto unserved = plan.zones[leader].unserved_leads;
    add_lead(data, checker, *lead, plan);
    EXPECT_EQ(plan.zones[leader].unserved_leads, unserved + 1);
    EXPECT_EQ(plan.overlay.zones[leader].counts.leads_by_status[std::size_t(Serviceability::NotCovered)],
              build_plan(data, {2, false}).overlay.zones[leader].counts.leads_by_status[std::size_t(Serviceability::NotCovered)] + 1);
}

}  // namespace
