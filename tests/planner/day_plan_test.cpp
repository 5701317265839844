// The selling day on a hand-built network whose every count is worked out
// below, and on the bundled sample: every stop is an open lead of the zones
// asked that the overlay (points_status, checked independently of the
// planner's own check) finds servable now, no lead twice, teams within one
// stop of each other, each route no longer than the nearest-neighbour route
// and within a few per cent of the best order where every order can be tried.
//
// Hand-built (metres; day 2026-12-05; zones A and B asked, C not):
//   A [0,1000]x[0,1000], B [1000,2000]x[0,1000], C [0,1000]x[1000,2000]
//   N1 ftth live [0,1500]x[0,1000], 60 spare    N2 4g live [1500,2000]x[0,1000], 2 spare
//   N3 ftth live over C, 50 spare               N4 ftth live [1500,2000]x[0,1000], full
//   leads: a1..a8 ftth in A, nd (no date) in A, b1..b4 ftth in B under N1  -> available (13)
//          g1..g4 4g in B under N2 (2 ports)   -> available, only the 2 nearest the start fit
//          f1, f2 ftth under N4 -> full; v1 5g in A -> not covered (no 5g node)
//          late (created 2026-12-06) in A -> not open on the day; x1 closed in A; c1 in C

#include "planner/day_plan.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <numeric>
#include <set>

#include "gis/geos_handle.h"
#include "planner/network_overlay.h"
#include "test_config.h"

using namespace coverplan;
using namespace coverplan::planner;

namespace {

Day day(const char* text) { return *parse_date(text); }

std::string box(double x0, double y0, double x1, double y1) {
    auto p = [](double x, double y) { return std::to_string(x) + " " + std::to_string(y); };
    return "POLYGON((" + p(x0, y0) + "," + p(x1, y0) + "," + p(x1, y1) + "," + p(x0, y1) + "," + p(x0, y0) + "))";
}

struct LeadRow {
    const char* id;
    double x, y;
    TechIndex tech;
    const char* created;
    bool open;
};

constexpr TechIndex k4g = 0, k5g = 1, kFtth = 2;

Dataset hand_built() {
    Dataset data;
    data.working_crs = "EPSG:32648";
    data.technologies = {"4g", "5g", "ftth"};
    data.zones.ids = {"A", "B", "C"};
    data.zones.names = {"Phường Trần Phú", "Xã Dĩnh Trì", "Xã Song Mai"};
    data.zones.teams = {"Đội A", "Đội B", "Đội C"};
    data.zones.households = {std::nullopt, std::nullopt, std::nullopt};
    for (const auto& wkt : {box(0, 0, 1000, 1000), box(1000, 0, 2000, 1000), box(0, 1000, 1000, 2000)})
        data.zones.geometries.push_back(gis::geos_from_wkt(wkt));
    auto node = [&](const char* id, TechIndex tech, double capacity, double used, const std::string& wkt) {
        data.nodes.ids.push_back(id);
        data.nodes.technology.push_back(tech);
        data.nodes.status.push_back(NodeStatus::Live);
        data.nodes.capacity.push_back(capacity);
        data.nodes.used.push_back(used);
        data.nodes.planned_date.push_back(kNoDay);
        data.nodes.geometries.push_back(gis::geos_from_wkt(wkt));
    };
    node("N1", kFtth, 100, 40, box(0, 0, 1500, 1000));
    node("N2", k4g, 10, 8, box(1500, 0, 2000, 1000));
    node("N3", kFtth, 50, 0, box(0, 1000, 1000, 2000));
    node("N4", kFtth, 5, 5, box(1500, 0, 2000, 1000));
    const std::vector<LeadRow> rows = {
        {"a1", 120, 150, kFtth, "2026-11-01", true}, {"a2", 300, 800, kFtth, "2026-11-02", true},
        {"a3", 450, 420, kFtth, "2026-11-03", true}, {"a4", 700, 120, kFtth, "2026-11-04", true},
        {"a5", 880, 760, kFtth, "2026-11-05", true}, {"a6", 610, 590, kFtth, "2026-11-06", true},
        {"a7", 200, 500, kFtth, "2026-11-07", true}, {"a8", 940, 330, kFtth, "2026-11-08", true},
        {"nd", 520, 950, kFtth, "", true},           {"b1", 1100, 200, kFtth, "2026-11-09", true},
        {"b2", 1250, 700, kFtth, "2026-11-10", true}, {"b3", 1400, 450, kFtth, "2026-11-11", true},
        {"b4", 1180, 900, kFtth, "2026-11-12", true}, {"g1", 1600, 300, k4g, "2026-11-13", true},
        {"g2", 1700, 800, k4g, "2026-11-14", true},  {"g3", 1850, 150, k4g, "2026-11-15", true},
        {"g4", 1950, 900, k4g, "2026-11-16", true},  {"f1", 1650, 500, kFtth, "2026-11-17", true},
        {"f2", 1900, 600, kFtth, "2026-11-18", true}, {"v1", 350, 250, k5g, "2026-11-19", true},
        {"late", 400, 300, kFtth, "2026-12-06", true}, {"x1", 500, 500, kFtth, "2026-11-20", false},
        {"c1", 500, 1500, kFtth, "2026-11-21", true},
    };
    for (const LeadRow& row : rows) {
        data.leads.x.push_back(row.x);
        data.leads.y.push_back(row.y);
        data.leads.ids.push_back(row.id);
        data.leads.technology.push_back(row.tech);
        data.leads.date.push_back(*row.created ? day(row.created) : kNoDay);
        data.leads.open.push_back(row.open);
    }
    return data;
}

/// The stop's lead ids of a plan, all teams.
std::vector<std::string> stop_ids(const Dataset& data, const DayPlan& plan) {
    std::vector<std::string> ids;
    for (const TeamDay& team : plan.teams)
        for (const DayStop& stop : team.stops) ids.emplace_back(data.leads.ids[stop.lead]);
    return ids;
}

std::vector<RoutePoint> team_points(const Dataset& data, const TeamDay& team) {
    std::vector<RoutePoint> points;
    for (const DayStop& stop : team.stops) points.push_back({data.leads.x[stop.lead], data.leads.y[stop.lead]});
    return points;
}

/// Nearest neighbour from the start, written out independently.
double nearest_neighbour_length(RoutePoint at, std::vector<RoutePoint> left) {
    double length = 0;
    while (!left.empty()) {
        auto nearest = std::min_element(left.begin(), left.end(), [&](const RoutePoint& a, const RoutePoint& b) {
            return std::hypot(a.x - at.x, a.y - at.y) < std::hypot(b.x - at.x, b.y - at.y);
        });
        length += std::hypot(nearest->x - at.x, nearest->y - at.y);
        at = *nearest;
        left.erase(nearest);
    }
    return length;
}

double optimum_length(RoutePoint start, const std::vector<RoutePoint>& points) {
    std::vector<std::size_t> order(points.size());
    std::iota(order.begin(), order.end(), 0);
    double best = INFINITY;
    do {
        best = std::min(best, route_length(start, points, order));
    } while (std::next_permutation(order.begin(), order.end()));
    return best;
}

/// What every plan must satisfy, checked against the overlay's placement of
/// the leads (the points_status layer's), not the planner's own check.
void expect_sound_plan(const Dataset& data, const DayPlan& plan, const DayPlanRequest& request) {
    const NetworkOverlay overlay = overlay_network(data, {1, false});
    const PointPlacement& placed = *overlay.leads;
    const std::set<std::uint32_t> asked(request.zones.begin(), request.zones.end());
    std::set<std::uint32_t> seen;
    std::map<std::int32_t, int> ports_taken;
    std::size_t smallest = SIZE_MAX, largest = 0;
    ASSERT_EQ(plan.teams.size(), std::size_t(request.teams));
    for (const TeamDay& team : plan.teams) {
        smallest = std::min(smallest, team.stops.size());
        largest = std::max(largest, team.stops.size());
        EXPECT_LE(team.stops.size(), std::size_t(request.stops_per_team));
        double sum = 0;
        RoutePoint at = plan.start;
        for (const DayStop& stop : team.stops) {
            const std::uint32_t i = stop.lead;
            const std::string id(data.leads.ids[i]);
            EXPECT_TRUE(seen.insert(i).second) << id << " visited twice";
            EXPECT_EQ(placed.status[i], Serviceability::Available) << id;
            EXPECT_TRUE(placed.zone[i] >= 0 && asked.count(std::uint32_t(placed.zone[i]))) << id;
            EXPECT_EQ(placed.zone[i], stop.zone) << id;
            EXPECT_TRUE(data.leads.open[i]) << id;
            EXPECT_TRUE(data.leads.date[i] == kNoDay || data.leads.date[i] <= request.date) << id;
            // The node it takes a port from covers it and serves its technology.
            const auto& covering = placed.covering[i];
            EXPECT_TRUE(std::find(covering.begin(), covering.end(), std::uint32_t(stop.node)) != covering.end()) << id;
            ++ports_taken[stop.node];
            const double step = std::hypot(data.leads.x[i] - at.x, data.leads.y[i] - at.y);
            EXPECT_NEAR(stop.distance_from_previous_m, step, 1e-6) << id;
            sum += step;
            at = {data.leads.x[i], data.leads.y[i]};
        }
        EXPECT_NEAR(team.length_m, sum, 1e-6);
        EXPECT_LE(team.length_m, nearest_neighbour_length(plan.start, team_points(data, team)) + 1e-6);
        if (team.stops.size() <= 8) {
            EXPECT_LE(team.length_m, optimum_length(plan.start, team_points(data, team)) * 1.03);
        }
    }
    EXPECT_LE(largest - smallest, 1u) << "teams balanced within one stop";
    for (const auto& [node, taken] : ports_taken)
        EXPECT_LE(taken, *data.nodes.spare(std::size_t(node))) << data.nodes.ids[std::size_t(node)];
    // Every servable lead is a stop or counted as left out.
    EXPECT_EQ(plan.stops() + plan.left_for_room + plan.left_for_ports, plan.servable());
}

DayPlanRequest request_for(std::vector<std::uint32_t> zones, int teams, int stops, const char* date) {
    DayPlanRequest request;
    request.zones = std::move(zones);
    request.teams = teams;
    request.stops_per_team = stops;
    request.date = day(date);
    return request;
}

}  // namespace

TEST(DayPlan, HandBuiltCountsAndStops) {
    const Dataset data = hand_built();
    const ServiceChecker checker(data);
    DayPlanRequest request = request_for({0, 1}, 3, 20, "2026-12-05");
    request.start = RoutePoint{100, 100};
    const DayPlan plan = plan_day(data, checker, request);
    expect_sound_plan(data, plan, request);

    EXPECT_EQ(plan.open_leads, 20u);
    EXPECT_EQ(plan.servable(), 17u);
    EXPECT_EQ(plan.by_status[std::size_t(Serviceability::Full)], 2u);
    EXPECT_EQ(plan.by_status[std::size_t(Serviceability::NotCovered)], 1u);
    EXPECT_EQ(plan.by_status[std::size_t(Serviceability::Planned)], 0u);
    EXPECT_EQ(plan.created_after, 1u);
    EXPECT_EQ(plan.left_for_room, 0u);
    EXPECT_EQ(plan.left_for_ports, 2u);
    EXPECT_EQ(plan.start_zone, 0);
    EXPECT_EQ(plan.start_to_zones_m, 0);

    std::vector<std::string> ids = stop_ids(data, plan);
    std::sort(ids.begin(), ids.end());
    // g1 and g2 are nearer the start than g3 and g4: they get N2's two ports.
    EXPECT_EQ(ids, (std::vector<std::string>{"a1", "a2", "a3", "a4", "a5", "a6", "a7", "a8", "b1", "b2", "b3", "b4",
                                             "g1", "g2", "nd"}));
    for (const TeamDay& team : plan.teams) EXPECT_EQ(team.stops.size(), 5u);
}

TEST(DayPlan, MoreLeadsThanRoomTakesTheNearestToTheStart) {
    const Dataset data = hand_built();
    const ServiceChecker checker(data);
    DayPlanRequest request = request_for({0, 1}, 2, 3, "2026-12-05");
    request.start = RoutePoint{100, 100};
    const DayPlan plan = plan_day(data, checker, request);
    expect_sound_plan(data, plan, request);
    std::vector<std::string> ids = stop_ids(data, plan);
    std::sort(ids.begin(), ids.end());
    // By distance from (100, 100): a1 54 m, v1 (not covered), late (not
    // open), a7 412 m, a3 474 m, x1 (closed), a4 600 m, a6 707 m, a2 728 m,
    // a8 871 m, ...: the six nearest servable.
    EXPECT_EQ(ids, (std::vector<std::string>{"a1", "a2", "a3", "a4", "a6", "a7"}));
    EXPECT_EQ(plan.left_for_room, 11u);
    EXPECT_EQ(plan.left_for_ports, 0u);
}

TEST(DayPlan, TheDayDecidesWhichLeadsAreOpen) {
    const Dataset data = hand_built();
    const ServiceChecker checker(data);
    // On 2026-11-10 a1..a8 (created 1-8 Nov), nd, b1, b2 are open; the rest later.
    const DayPlan plan = plan_day(data, checker, request_for({0, 1}, 1, 50, "2026-11-10"));
    std::vector<std::string> ids = stop_ids(data, plan);
    std::sort(ids.begin(), ids.end());
    EXPECT_EQ(ids, (std::vector<std::string>{"a1", "a2", "a3", "a4", "a5", "a6", "a7", "a8", "b1", "b2", "nd"}));
    EXPECT_EQ(plan.created_after, 10u);
}

TEST(DayPlan, DefaultStartIsInsideTheZonesAsked) {
    const Dataset data = hand_built();
    const ServiceChecker checker(data);
    const DayPlan both = plan_day(data, checker, request_for({0, 1}, 2, 20, "2026-12-05"));
    EXPECT_FALSE(both.start_given);
    EXPECT_TRUE(both.start_zone == 0 || both.start_zone == 1);
    EXPECT_EQ(both.start_to_zones_m, 0);
    // A and B merge into one 2 km x 1 km rectangle: every point of its
    // middle line from x = 500 to 1500 is 500 m from the edge.
    EXPECT_NEAR(both.start.y, 500, 25);
    EXPECT_GE(both.start.x, 475);
    EXPECT_LE(both.start.x, 1525);
    const DayPlan b = plan_day(data, checker, request_for({1}, 1, 20, "2026-12-05"));
    EXPECT_EQ(b.start_zone, 1);
    EXPECT_NEAR(b.start.x, 1500, 25);
}

TEST(DayPlan, StartFarAwayIsMeasured) {
    const Dataset data = hand_built();
    const ServiceChecker checker(data);
    DayPlanRequest request = request_for({1}, 2, 20, "2026-12-05");
    request.start = RoutePoint{2000 + 3000, 500};  // 3 km east of B
    const DayPlan plan = plan_day(data, checker, request);
    EXPECT_EQ(plan.start_zone, -1);
    EXPECT_NEAR(plan.start_to_zones_m, 3000, 1e-6);
    expect_sound_plan(data, plan, request);
}

TEST(DayPlan, NoServableLeadGivesAnEmptyPlan) {
    const Dataset data = hand_built();
    const ServiceChecker checker(data);
    // Zone C on 2026-11-01: c1 was created on 21 Nov.
    const DayPlan plan = plan_day(data, checker, request_for({2}, 3, 20, "2026-11-01"));
    EXPECT_EQ(plan.stops(), 0u);
    EXPECT_EQ(plan.open_leads, 0u);
    EXPECT_EQ(plan.created_after, 1u);
    EXPECT_EQ(plan.teams.size(), 3u);
}

TEST(DayPlan, MoreTeamsThanLeads) {
    const Dataset data = hand_built();
    const ServiceChecker checker(data);
    const DayPlan plan = plan_day(data, checker, request_for({2}, 3, 20, "2026-12-05"));
    ASSERT_EQ(plan.stops(), 1u);
    std::size_t busy = 0;
    for (const TeamDay& team : plan.teams) busy += !team.stops.empty();
    EXPECT_EQ(busy, 1u);
}

TEST(DayPlan, SmallTeamsAreRoutedOptimallyOnTheHandBuiltData) {
    const Dataset data = hand_built();
    const ServiceChecker checker(data);
    for (int teams = 1; teams <= 4; ++teams) {
        DayPlanRequest request = request_for({0, 1}, teams, 4, "2026-12-05");
        request.start = RoutePoint{1000, 500};
        expect_sound_plan(data, plan_day(data, checker, request), request);
    }
}

TEST(DayPlan, SampleProject) {
    const Dataset data = load_day_plan_data(load_project(test::kSampleProject, "2026-11-30"));
    const ServiceChecker checker(data);
    // The three zones with the most servable open leads, as the overlay counts them.
    const NetworkOverlay overlay = overlay_network(data, {2, false});
    std::vector<std::uint32_t> zones(data.zones.size());
    std::iota(zones.begin(), zones.end(), 0u);
    auto available = [&](std::uint32_t z) {
        return overlay.zones[z].counts.leads_by_status[std::size_t(Serviceability::Available)];
    };
    std::stable_sort(zones.begin(), zones.end(), [&](auto a, auto b) { return available(a) > available(b); });
    zones.resize(3);
    ASSERT_GT(available(zones[2]), 0);

    for (const auto& [teams, stops] : {std::pair{3, 20}, std::pair{2, 4}, std::pair{5, 100}}) {
        const DayPlanRequest request = request_for(zones, teams, stops, "2026-11-30");
        const DayPlan plan = plan_day(data, checker, request);
        expect_sound_plan(data, plan, request);
        std::int64_t servable = 0;
        for (std::uint32_t z : zones) servable += available(z);
        EXPECT_EQ(std::int64_t(plan.servable()), servable);
        EXPECT_EQ(plan.stops(), std::min(plan.servable() - plan.left_for_ports, std::size_t(teams * stops)));
        EXPECT_GT(plan.stops(), 0u);
        // The sample names its addresses: a stop's is within reach.
        for (const TeamDay& team : plan.teams)
            for (const DayStop& stop : team.stops)
                if (stop.address >= 0) {
                    EXPECT_LE(stop.address_distance_m, kAddressReachM);
                }
    }
}
