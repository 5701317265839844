// The installation SLA on hand-built orders whose every figure is worked out
// below. as_of = 2026-11-30, at_risk_days = 3, target 100 %.
//
// Zones: 0 = A (team "Đội A"), 1 = B (team "Đội B"); -1 = outside every zone.
//
//  id   zone team         due         installed   -> outcome
//  o1   A    Kỹ thuật 1   2026-11-10  2026-11-10  on time (installed on the due day)
//  o2   A    Kỹ thuật 1   2026-11-10  2026-11-12  late
//  o3   B    Kỹ thuật 2   2026-11-25  -           overdue, 5 days
//  o4   B    Kỹ thuật 2   2026-12-02  -           at risk, 2 days left
//  o5   A    Kỹ thuật 1   2026-12-20  -           open, not yet due (20 days)
//  o6   B    Kỹ thuật 2   -           2026-11-05  installed, no due date: not assessed
//  o7   out  Kỹ thuật 1   2026-11-29  -           overdue, 1 day (outside every zone)
//  o8   B    (none)       2026-10-15  2026-10-14  on time; team from zone B: Đội B
//  o9   A    (none)       2026-11-30  -           due today: at risk, 0 days left; team Đội A
//  o10  B    Kỹ thuật 2   2026-12-03  -           at risk, 3 days left (the window's edge)
//  o11  out  (none)       2026-12-04  -           open, 4 days: not at risk; team unknown ("")
//  o12  A    Kỹ thuật 2   2026-11-20  2026-11-21  late
//  o13  A    Kỹ thuật 1   2026-11-25  -           overdue, 5 days (ties o3; "o13" < "o3")
//
// Total: 13 orders, installed 5 (o1 o2 o6 o8 o12), on time 2 (o1 o8), late 2
// (o2 o12), open 8, overdue 3 (o3 o7 o13), at risk 3 (o4 o9 o10), no due 1
// (o6); assessed 2 + 2 + 3 = 7, rate 2/7.
// Teams: Kỹ thuật 1 = o1 o2 o5 o7 o13: on time 1, late 1, overdue 2 -> 1/4.
//        Kỹ thuật 2 = o3 o4 o6 o10 o12: late 1, overdue 1, at risk 2, no due 1 -> 0/2.
//        Đội B = o8 -> 1/1; Đội A = o9 (at risk, nothing assessed); "" = o11.
// Zones: A = o1 o2 o5 o9 o12 o13: on time 1, late 2, overdue 1, at risk 1 -> 1/4.
//        B = o3 o4 o6 o8 o10: on time 1, overdue 1, at risk 2, no due 1 -> 1/2.
//        outside = o7 o11: overdue 1 -> 0/1.
// Months of the due date: 2026-10 = o8 (1/1); 2026-11 = o1 o2 o3 o7 o9 o12
// o13: on time 1, late 2, overdue 3 -> 1/6; 2026-12 = o4 o5 o10 o11, none
// assessed. o6 has no due date and no month.

#include "planner/sla.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <map>

#include "gis/error.h"
#include "planner/plan.h"
#include "planner/team_work.h"
#include "test_config.h"

using namespace coverplan;
using namespace coverplan::planner;

namespace {

Day day(const char* text) { return *parse_date(text); }

struct OrderRow {
    const char* id;
    std::int32_t zone;
    const char* team;
    const char* due;
    const char* installed;
};

const std::vector<OrderRow> kOrders = {
    {"o1", 0, "Kỹ thuật 1", "2026-11-10", "2026-11-10"}, {"o2", 0, "Kỹ thuật 1", "2026-11-10", "2026-11-12"},
    {"o3", 1, "Kỹ thuật 2", "2026-11-25", ""},           {"o4", 1, "Kỹ thuật 2", "2026-12-02", ""},
    {"o5", 0, "Kỹ thuật 1", "2026-12-20", ""},           {"o6", 1, "Kỹ thuật 2", "", "2026-11-05"},
    {"o7", -1, "Kỹ thuật 1", "2026-11-29", ""},          {"o8", 1, "", "2026-10-15", "2026-10-14"},
    {"o9", 0, "", "2026-11-30", ""},                     {"o10", 1, "Kỹ thuật 2", "2026-12-03", ""},
    {"o11", -1, "", "2026-12-04", ""},                   {"o12", 0, "Kỹ thuật 2", "2026-11-20", "2026-11-21"},
    {"o13", 0, "Kỹ thuật 1", "2026-11-25", ""},
};

/// Zones and orders in memory: the SLA needs no geometry, only each order's zone.
Dataset hand_built(std::vector<std::int32_t>& zones_of_orders, bool with_teams = true) {
    Dataset data;
    data.zones.ids = {"A", "B"};
    data.zones.names = {"Phường Trần Phú", "Xã Dĩnh Trì"};
    data.zones.teams = {"Đội A", "Đội B"};
    data.zones.households = {std::nullopt, std::nullopt};
    data.zones.geometries.resize(2);
    auto& orders = data.orders;
    zones_of_orders.clear();
    for (const auto& row : kOrders) {
        orders.x.push_back(0);
        orders.y.push_back(0);
        orders.ids.push_back(row.id);
        orders.date.push_back(kNoDay);
        orders.due.push_back(*row.due ? day(row.due) : kNoDay);
        orders.installed.push_back(*row.installed ? day(row.installed) : kNoDay);
        orders.open.push_back(orders.installed.back() == kNoDay);
        if (with_teams) orders.category.emplace_back(row.team);
        zones_of_orders.push_back(row.zone);
    }
    return data;
}

void expect_counts(const SlaCounts& c, std::int64_t orders, std::int64_t installed, std::int64_t on_time,
                   std::int64_t late, std::int64_t open, std::int64_t overdue, std::int64_t at_risk,
                   std::int64_t no_due_date) {
    EXPECT_EQ(c.orders, orders);
    EXPECT_EQ(c.installed, installed);
    EXPECT_EQ(c.on_time, on_time);
    EXPECT_EQ(c.late, late);
    EXPECT_EQ(c.open, open);
    EXPECT_EQ(c.overdue, overdue);
    EXPECT_EQ(c.at_risk, at_risk);
    EXPECT_EQ(c.no_due_date, no_due_date);
}

}  // namespace

TEST(Sla, TotalsCountEveryCase) {
    std::vector<std::int32_t> zones;
    const Dataset data = hand_built(zones);
    const SlaReport report = compute_sla(data, zones, SlaSettings{1.0, 3}, day("2026-11-30"));
    EXPECT_EQ(report.as_of, day("2026-11-30"));
    EXPECT_DOUBLE_EQ(report.target, 1.0);
    expect_counts(report.total, 13, 5, 2, 2, 8, 3, 3, 1);
    EXPECT_EQ(report.total.assessed(), 7);
    ASSERT_TRUE(report.total.on_time_rate());
    EXPECT_DOUBLE_EQ(*report.total.on_time_rate(), 2.0 / 7.0);
}

TEST(Sla, ByTeamFallsBackToTheZonesTeam) {
    std::vector<std::int32_t> zones;
    const Dataset data = hand_built(zones);
    const SlaReport report = compute_sla(data, zones, SlaSettings{1.0, 3}, day("2026-11-30"));
    ASSERT_EQ(report.by_team.size(), 5u);
    expect_counts(report.by_team.at("Kỹ thuật 1"), 5, 2, 1, 1, 3, 2, 0, 0);
    EXPECT_DOUBLE_EQ(*report.by_team.at("Kỹ thuật 1").on_time_rate(), 0.25);
    expect_counts(report.by_team.at("Kỹ thuật 2"), 5, 2, 0, 1, 3, 1, 2, 1);
    EXPECT_DOUBLE_EQ(*report.by_team.at("Kỹ thuật 2").on_time_rate(), 0.0);
    expect_counts(report.by_team.at("Đội B"), 1, 1, 1, 0, 0, 0, 0, 0);
    EXPECT_DOUBLE_EQ(*report.by_team.at("Đội B").on_time_rate(), 1.0);
    expect_counts(report.by_team.at("Đội A"), 1, 0, 0, 0, 1, 0, 1, 0);
    EXPECT_FALSE(report.by_team.at("Đội A").on_time_rate());  // nothing assessed yet
    expect_counts(report.by_team.at(""), 1, 0, 0, 0, 1, 0, 0, 0);
}

TEST(Sla, ByZoneWithTheOutsideRowLast) {
    std::vector<std::int32_t> zones;
    const Dataset data = hand_built(zones);
    const SlaReport report = compute_sla(data, zones, SlaSettings{1.0, 3}, day("2026-11-30"));
    ASSERT_EQ(report.by_zone.size(), 3u);
    expect_counts(report.by_zone[0], 6, 3, 1, 2, 3, 1, 1, 0);
    EXPECT_DOUBLE_EQ(*report.by_zone[0].on_time_rate(), 0.25);
    expect_counts(report.by_zone[1], 5, 2, 1, 0, 3, 1, 2, 1);
    EXPECT_DOUBLE_EQ(*report.by_zone[1].on_time_rate(), 0.5);
    expect_counts(report.by_zone[2], 2, 0, 0, 0, 2, 1, 0, 0);
    EXPECT_DOUBLE_EQ(*report.by_zone[2].on_time_rate(), 0.0);
}

TEST(Sla, ByMonthOfTheDueDate) {
    std::vector<std::int32_t> zones;
    const Dataset data = hand_built(zones);
    const SlaReport report = compute_sla(data, zones, SlaSettings{1.0, 3}, day("2026-11-30"));
    ASSERT_EQ(report.by_month.size(), 3u);
    const int october = 2026 * 12 + 9;
    expect_counts(report.by_month.at(october), 1, 1, 1, 0, 0, 0, 0, 0);
    expect_counts(report.by_month.at(october + 1), 7, 3, 1, 2, 4, 3, 1, 0);
    EXPECT_DOUBLE_EQ(*report.by_month.at(october + 1).on_time_rate(), 1.0 / 6.0);
    expect_counts(report.by_month.at(october + 2), 4, 0, 0, 0, 4, 0, 2, 0);
    EXPECT_FALSE(report.by_month.at(october + 2).on_time_rate());
}

TEST(Sla, OverdueAndAtRiskListsNameTheTeamToAct) {
    std::vector<std::int32_t> zones;
    const Dataset data = hand_built(zones);
    const SlaReport report = compute_sla(data, zones, SlaSettings{1.0, 3}, day("2026-11-30"));
    auto id = [&](const SlaOrder& o) { return std::string(data.orders.ids[o.order]); };

    ASSERT_EQ(report.overdue.size(), 3u);
    EXPECT_EQ(id(report.overdue[0]), "o13");  // 5 days, ties o3 and sorts first by id
    EXPECT_EQ(report.overdue[0].days, 5);
    EXPECT_EQ(report.overdue[0].team, "Kỹ thuật 1");
    EXPECT_EQ(report.overdue[0].zone, 0);
    EXPECT_EQ(id(report.overdue[1]), "o3");
    EXPECT_EQ(report.overdue[1].team, "Kỹ thuật 2");
    EXPECT_EQ(report.overdue[1].due, day("2026-11-25"));
    EXPECT_EQ(id(report.overdue[2]), "o7");
    EXPECT_EQ(report.overdue[2].days, 1);
    EXPECT_EQ(report.overdue[2].zone, -1);

    ASSERT_EQ(report.at_risk.size(), 3u);
    EXPECT_EQ(id(report.at_risk[0]), "o9");
    EXPECT_EQ(report.at_risk[0].days, 0);
    EXPECT_EQ(report.at_risk[0].team, "Đội A");  // no team on the order: the zone's
    EXPECT_EQ(id(report.at_risk[1]), "o4");
    EXPECT_EQ(report.at_risk[1].days, 2);
    EXPECT_EQ(id(report.at_risk[2]), "o10");
    EXPECT_EQ(report.at_risk[2].days, 3);
}

TEST(Sla, AtRiskWindowComesFromTheSettings) {
    std::vector<std::int32_t> zones;
    const Dataset data = hand_built(zones);
    // Window 0: only o9 (due today); window 4 adds o11 (4 days).
    EXPECT_EQ(compute_sla(data, zones, SlaSettings{0.98, 0}, day("2026-11-30")).total.at_risk, 1);
    const SlaReport wide = compute_sla(data, zones, SlaSettings{0.98, 4}, day("2026-11-30"));
    EXPECT_EQ(wide.total.at_risk, 4);
    EXPECT_DOUBLE_EQ(wide.target, 0.98);
}

TEST(Sla, WithoutATeamMappingEveryOrderGoesToItsZonesTeam) {
    std::vector<std::int32_t> zones;
    const Dataset data = hand_built(zones, false);
    const SlaReport report = compute_sla(data, zones, SlaSettings{1.0, 3}, day("2026-11-30"));
    ASSERT_EQ(report.by_team.size(), 3u);
    EXPECT_EQ(report.by_team.at("Đội A").orders, 6);
    EXPECT_EQ(report.by_team.at("Đội B").orders, 5);
    EXPECT_EQ(report.by_team.at("").orders, 2);  // outside every zone: nobody known
}

TEST(Sla, MissingOrderZonesIsAnError) {
    std::vector<std::int32_t> zones;
    const Dataset data = hand_built(zones);
    zones.pop_back();
    EXPECT_THROW(compute_sla(data, zones, SlaSettings{}, day("2026-11-30")), Error);
}

// The plan carries the SLA, and its zone models take their installation
// figures from it (the sales ranking's quality component).
TEST(SlaInPlan, ZoneModelsTakeTheirOnTimeRateFromTheSla) {
    const Dataset data = load_dataset(load_project(coverplan::test::kSampleProject, "2026-11-30"));
    const Plan plan = build_plan(data);
    EXPECT_EQ(plan.sla.total.orders, std::int64_t(data.orders.size()));
    EXPECT_EQ(plan.sla.as_of, day("2026-11-30"));
    std::size_t rated = 0;
    for (std::size_t z = 0; z < data.zones.size(); ++z) {
        EXPECT_EQ(plan.zones[z].on_time_rate, plan.sla.by_zone[z].on_time_rate()) << z;
        EXPECT_EQ(plan.zones[z].installations_assessed, plan.sla.by_zone[z].assessed()) << z;
        rated += plan.zones[z].on_time_rate.has_value();
    }
    EXPECT_GT(rated, data.zones.size() / 2);
    EXPECT_EQ(plan.clusters->size(), cluster_uncovered_leads(data, plan.overlay.leads->status, data.project.clusters,
                                                            plan.overlay.leads->zone)
                                        .size());
    EXPECT_FALSE(plan.clusters->empty());
}

// --- work lists per team (planner/team_work.h) --------------------------------

TEST(TeamWork, EachTeamGetsExactlyTheOrdersItMustActOn) {
    std::vector<std::int32_t> zones;
    Dataset data = hand_built(zones);
    const SlaReport report = compute_sla(data, zones, SlaSettings{1.0, 3}, day("2026-11-30"));
    NetworkOverlay overlay;  // no leads: only the orders' lists
    const std::vector<TeamWork> lists = team_work(data, overlay, report, {}, kNoDay);
    // Every team of the zones and the orders, "" (o11's) included, in byte order.
    std::vector<std::string> teams;
    for (const auto& list : lists) teams.push_back(list.team);
    EXPECT_EQ(teams, (std::vector<std::string>{"", "Kỹ thuật 1", "Kỹ thuật 2", "Đội A", "Đội B"}));
    // Brute force: an open order past due (or due within 3 days) belongs to its
    // own team, else to its zone's.
    for (const TeamWork& list : lists) {
        SCOPED_TRACE("team '" + list.team + "'");
        std::vector<std::string> overdue, soon, expected_overdue, expected_soon;
        for (const auto& o : list.overdue) overdue.emplace_back(data.orders.ids[o.order]);
        for (const auto& o : list.due_soon) soon.emplace_back(data.orders.ids[o.order]);
        for (const auto& row : kOrders) {
            std::string team = row.team;
            if (team.empty() && row.zone >= 0) team = data.zones.teams[std::size_t(row.zone)];
            if (team != list.team || *row.installed || !*row.due) continue;
            if (day(row.due) < day("2026-11-30")) expected_overdue.push_back(row.id);
            else if (day(row.due) - day("2026-11-30") <= 3) expected_soon.push_back(row.id);
        }
        std::sort(overdue.begin(), overdue.end());
        std::sort(soon.begin(), soon.end());
        std::sort(expected_overdue.begin(), expected_overdue.end());
        std::sort(expected_soon.begin(), expected_soon.end());
        EXPECT_EQ(overdue, expected_overdue);
        EXPECT_EQ(soon, expected_soon);
        EXPECT_EQ(list.counts.orders, report.by_team.count(list.team) ? report.by_team.at(list.team).orders : 0);
    }
    // Most days late first, then soonest due.
    EXPECT_EQ(std::string(data.orders.ids[lists[1].overdue[0].order]), "o13");
    EXPECT_EQ(std::string(data.orders.ids[lists[1].overdue[1].order]), "o7");
    EXPECT_EQ(std::string(data.orders.ids[lists[2].due_soon[0].order]), "o4");

    // Asked for, in the order asked; an unknown name gets an empty list.
    const std::vector<std::string> asked = {"Đội A", "Kỹ thuật 2"};
    const auto two = team_work(data, overlay, report, asked, kNoDay);
    ASSERT_EQ(two.size(), 2u);
    EXPECT_EQ(two[0].team, "Đội A");
    EXPECT_EQ(two[0].due_soon.size(), 1u);  // o9, due today
    EXPECT_EQ(two[1].overdue.size(), 1u);   // o3
}

TEST(TeamWork, NewProspectsAndFailedChecksGoToTheirZonesTeam) {
    std::vector<std::int32_t> zones;
    Dataset data = hand_built(zones);
    data.nodes.ids = {"N1", "N2"};
    const SlaReport report = compute_sla(data, zones, SlaSettings{1.0, 3}, day("2026-11-30"));
    // Leads: zone, status, serving node, created, open.
    struct LeadRow {
        const char* id;
        std::int32_t zone;
        Serviceability status;
        std::int32_t node;
        const char* created;
        bool open;
    };
    const std::vector<LeadRow> rows = {
        {"l1", 0, Serviceability::Available, 0, "2026-11-29", true},   // new, servable: Đội A
        {"l2", 1, Serviceability::Full, 1, "2026-11-28", true},        // new, full: a failed check of Đội B
        {"l3", 0, Serviceability::Available, 0, "2026-11-01", true},   // too old
        {"l4", 1, Serviceability::Available, 1, "2026-11-30", false},  // closed
        {"l5", -1, Serviceability::NotCovered, -1, "2026-11-30", true},  // outside: team ""
        {"l6", 0, Serviceability::Available, 0, "2026-11-30", true},   // newest first
    };
    NetworkOverlay overlay;
    PointPlacement& placed = overlay.leads.edit();
    for (const auto& row : rows) {
        data.leads.x.push_back(0);
        data.leads.y.push_back(0);
        data.leads.ids.push_back(row.id);
        data.leads.date.push_back(day(row.created));
        data.leads.open.push_back(row.open);
        placed.zone.push_back(row.zone);
        placed.status.push_back(row.status);
        placed.serving_node.push_back(row.node);
    }
    const auto lists = team_work(data, overlay, report, {}, day("2026-11-24"));
    auto lead_ids = [&](const std::vector<TeamProspect>& list) {
        std::vector<std::string> out;
        for (const auto& p : list) out.emplace_back(data.leads.ids[p.lead]);
        return out;
    };
    std::map<std::string, const TeamWork*> by_team;
    for (const auto& list : lists) by_team[list.team] = &list;
    EXPECT_EQ(lead_ids(by_team.at("Đội A")->prospects), (std::vector<std::string>{"l6", "l1"}));
    EXPECT_TRUE(by_team.at("Đội A")->failed_checks.empty());
    EXPECT_EQ(lead_ids(by_team.at("Đội B")->failed_checks), (std::vector<std::string>{"l2"}));
    EXPECT_EQ(by_team.at("Đội B")->failed_checks[0].node, 1);
    EXPECT_EQ(lead_ids(by_team.at("")->failed_checks), (std::vector<std::string>{"l5"}));
    EXPECT_TRUE(by_team.at("Kỹ thuật 1")->prospects.empty());
}
