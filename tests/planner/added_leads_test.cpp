// A lead added to a built plan (planner/added_leads.h) counts exactly as a
// rebuild that reads it with the data: checked on the sample province by
// taking leads out of the data, building, adding them back one by one, and
// comparing every figure, score and rank with the plan of the whole data.

#include "planner/added_leads.h"

#include <gtest/gtest.h>

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

TEST(AddedLeads, CountExactlyAsARebuildWithThem) {
    const Dataset whole_data = sample();
    const Plan whole = build_plan(whole_data, {2, false});

    // Every 25th open lead, of every status, inside and outside the zones.
    Dataset data = sample();
    std::vector<bool> keep(data.leads.size(), true);
    std::vector<NewLead> taken;
    std::size_t open = 0;
    for (std::size_t i = 0; i < data.leads.size(); ++i) {
        if (!data.leads.open[i] || open++ % 25 != 0) continue;
        keep[i] = false;
        taken.push_back({std::string(data.leads.ids[i]), data.leads.x[i], data.leads.y[i],
                         data.leads.technology.empty() ? kAnyTechnology : data.leads.technology[i], data.leads.date[i],
                         data.leads.category.empty() ? "" : data.leads.category[i]});
    }
    ASSERT_GT(taken.size(), 20u);
    keep_leads(data.leads, keep);
    Plan plan = build_plan(data, {2, false});
    const ServiceChecker checker(data);

    // Taken out, the plan differs: the comparison below can fail.
    std::int64_t before = 0, after = 0;
    for (std::size_t z = 0; z < data.zones.size(); ++z) before += plan.overlay.zones[z].counts.leads_open;
    for (const NewLead& lead : taken) add_lead(data, checker, lead, plan);
    for (std::size_t z = 0; z < data.zones.size(); ++z) after += plan.overlay.zones[z].counts.leads_open;
    EXPECT_GT(after, before);
    EXPECT_EQ(plan.added_leads.points.size(), taken.size());
    expect_same_plans(plan, whole, whole_data);
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
