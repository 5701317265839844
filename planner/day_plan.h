#pragma once
// The selling day ("Ngày Internet vàng"): joint sales + technical teams go
// door to door on a Saturday to sign and install on the spot. The day's
// plan takes the open leads of the zones asked that the network can serve
// now, gives each team a balanced share and puts each share in a short
// visiting order from a common start.
//
// The rules, in the order they apply (docs/user-guide.md, "The selling day"):
//  1. Open on the day: a lead whose status is not closed and that was
//     created on or before the day (a lead without a creation date counts).
//  2. Servable now: the check's answer for the lead's point and technology
//     is `available` (planner::ServiceChecker, the same definition as
//     `coverplan check` and the overlay's points_status).
//  3. Nearest to the start first: when there are more servable leads than
//     teams × stops, the nearest ones (straight line) are visited; the rest
//     are counted as left out for room.
//  4. One port per stop: each stop takes one unit of spare capacity from
//     the covering node it would be served from (the one with the most spare
//     left, as in planner::serving_node); a lead whose every covering node
//     has given its spare to nearer stops is left out for ports, so a team
//     never signs a customer it cannot connect.
//  5. Teams: the chosen leads sorted by their direction from the start are
//     cut into as many contiguous sectors as there are teams, of sizes that
//     differ by at most one; of the ways to place the first cut, the one
//     whose routes are shortest in total is kept.
//  6. Each team's order: planner::short_route (nearest neighbour improved by
//     2-opt and Or-opt, from the eight first stops nearest the start, the
//     shortest kept) from the start, an open path (no return leg), on
//     straight-line distances in the working CRS's metres.

#include <array>
#include <cstdint>
#include <optional>
#include <vector>

#include "planner/dataset.h"
#include "planner/route_order.h"
#include "planner/service_check.h"

namespace coverplan::planner {

/// Stops per team when nobody says: about what a joint team can visit,
/// talk to and sign in a day.
inline constexpr int kDefaultStopsPerTeam = 20;
/// The most stops a team may be given: beyond it the route search (and a
/// team's day) would not make sense.
inline constexpr int kMaxStopsPerTeam = 200;
/// The most teams one plan splits into.
inline constexpr int kMaxTeams = 50;
/// A stop's address is the nearest one within this distance: farther, it
/// would mislead more than help (a lead in the fields, an address layer
/// that does not reach the zone).
inline constexpr double kAddressReachM = 500;

struct DayPlanRequest {
    std::vector<std::uint32_t> zones;  ///< indexes into Dataset::zones, at least one
    int teams = 1;                     ///< 1..kMaxTeams
    int stops_per_team = kDefaultStopsPerTeam;  ///< 1..kMaxStopsPerTeam
    Day date = kNoDay;                 ///< the day planned; kNoDay: every open lead counts
    /// Where the teams set off, in the working CRS; nothing: a point inside
    /// the zones asked (day_plan_default_start).
    std::optional<RoutePoint> start;
};

struct DayStop {
    std::uint32_t lead = 0;     ///< index into Dataset::leads
    std::int32_t zone = -1;     ///< index into Dataset::zones (one of those asked)
    std::int32_t node = -1;     ///< the covering node whose port it takes
    double distance_from_previous_m = 0;  ///< from the start for the first stop
    /// The nearest address of [layers.addresses] within kAddressReachM
    /// (index into Dataset::addresses), -1 when there is none.
    std::int64_t address = -1;
    double address_distance_m = 0;
};

struct TeamDay {
    std::vector<DayStop> stops;      ///< in visiting order
    double length_m = 0;             ///< start to the last stop
    double nearest_neighbour_m = 0;  ///< the nearest-neighbour route's length over the same stops
};

struct DayPlan {
    Day date = kNoDay;
    RoutePoint start;
    bool start_given = false;     ///< false: the default start inside the zones
    std::int32_t start_zone = -1;  ///< the zone holding the start, -1 outside every zone
    double start_to_zones_m = 0;   ///< from the start to the nearest zone asked (0 inside one)
    std::vector<TeamDay> teams;    ///< as many as asked, some possibly empty

    // How the leads of the zones asked were sorted out (for the summary).
    std::size_t open_leads = 0;                 ///< open on the day
    std::array<std::size_t, 4> by_status{};     ///< of those, by Serviceability
    std::size_t created_after = 0;              ///< otherwise open, created after the day
    std::size_t left_for_room = 0;              ///< servable, beyond teams × stops
    std::size_t left_for_ports = 0;             ///< servable, their nodes' spare taken by nearer stops

    std::size_t servable() const { return by_status[std::size_t(Serviceability::Available)]; }
    std::size_t stops() const;
    double length_m() const;
};

/// A point inside the zones asked: the centre of the largest circle inside
/// their union. Throws coverplan::Error when `zones` is empty.
RoutePoint day_plan_default_start(const Dataset& data, const std::vector<std::uint32_t>& zones);

/// Plans the day. `checker` must be built on `data`. Throws coverplan::Error
/// for a request outside the limits above (the front ends check them first,
/// with their own words); a day with no servable lead is a plan without
/// stops, its counts saying why.
DayPlan plan_day(const Dataset& data, const ServiceChecker& checker, const DayPlanRequest& request);

/// Reads what a day plan needs: zones, coverage, leads (and the prospects
/// recorded in the field) and addresses, without subscribers, complaints and
/// orders (every layer when the zones are a generated grid, whose cells
/// depend on them).
Dataset load_day_plan_data(const Project& project, const Progress& progress = {});

}  // namespace coverplan::planner
