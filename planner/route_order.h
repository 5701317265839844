#pragma once
// The order in which one team visits its stops: an open path from a start
// point (the team does not have to come back), on straight-line distances
// in the working CRS's metres. Nearest neighbour builds a first route; 2-opt
// (reversing a stretch) and Or-opt (moving a run of one to three stops
// elsewhere, either way round) then shorten it until neither finds a
// shorter route. Neither move ever lengthens the route, so the result is
// never longer than the nearest-neighbour route from the same start. Several
// first stops are tried and the shortest result kept.
// Pure functions; deterministic (ties go to the smaller index).

#include <cstddef>
#include <span>
#include <vector>

namespace coverplan::planner {

struct RoutePoint {
    double x = 0, y = 0;  ///< working CRS metres
};

/// Metres from the start through the stops in `order` (indexes into
/// `stops`) to the last one; 0 without stops.
double route_length(RoutePoint start, std::span<const RoutePoint> stops, std::span<const std::size_t> order);

/// From the start, always to the nearest stop not yet visited (the smaller
/// index on a tie). Indexes into `stops`, each once.
std::vector<std::size_t> nearest_neighbour_order(RoutePoint start, std::span<const RoutePoint> stops);

/// How many first stops short_route tries by default.
inline constexpr std::size_t kRouteStarts = 8;

/// The shortest of `tries` routes, each begun at one of the stops nearest
/// the start (the first is the nearest-neighbour order itself), continued
/// by nearest neighbour and shortened by 2-opt and Or-opt until no move
/// gains more than a millimetre. Trying several first stops gets out of
/// most dead ends one local search alone stays in. Never longer than the
/// nearest-neighbour route. Quadratic per pass in the stops: meant for a
/// day's visits (tens to a few hundred), not for thousands.
std::vector<std::size_t> short_route(RoutePoint start, std::span<const RoutePoint> stops,
                                     std::size_t tries = kRouteStarts);

}  // namespace coverplan::planner
