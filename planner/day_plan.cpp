#include "planner/day_plan.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <numeric>

#include "gis/error.h"
#include "gis/geos_handle.h"
#include "gis/inner_point.h"

namespace coverplan::planner {

namespace {

/// Ways of placing the first cut that are tried (all of them for fewer
/// chosen leads): enough to find a good split, few enough to stay instant.
constexpr std::size_t kCutsTried = 96;
/// Routes this long or shorter are compared as short_route makes them;
/// longer ones by their nearest-neighbour length (much cheaper).
constexpr std::size_t kFullSearchStops = 40;

/// A chosen lead on its way to a team.
struct Chosen {
    DayStop stop;
    RoutePoint at;
    double angle = 0, distance = 0;  ///< from the start
};

void check_request(const Dataset& data, const DayPlanRequest& request) {
    if (request.zones.empty()) throw Error("a day plan needs at least one zone");
    for (std::uint32_t z : request.zones)
        if (z >= data.zones.size()) throw Error("a day plan's zone index is out of range");
    if (request.teams < 1 || request.teams > kMaxTeams) throw Error("a day plan needs 1 to 50 teams");
    if (request.stops_per_team < 1 || request.stops_per_team > kMaxStopsPerTeam)
        throw Error("a day plan needs 1 to 200 stops per team");
}

/// One port per stop: what each node has left to give, from its spare
/// capacity (whole units; a node is `available` from one spare unit up).
class PortBudget {
public:
    explicit PortBudget(const Nodes& nodes) : nodes_(nodes) {}

    /// The covering node to take a port from: live, serving the lead's
    /// technology, with the most ports left (the smaller index on a tie);
    /// -1 when none has one left.
    std::int32_t take(std::span<const std::uint32_t> covering, TechIndex tech) {
        std::int32_t best = -1;
        double best_left = 0;
        for (std::uint32_t n : covering) {
            if (!serves(nodes_, n, tech) || nodes_.status[n] != NodeStatus::Live) continue;
            const double left = ports_left(n);
            if (left >= 1 && left > best_left) {
                best = std::int32_t(n);
                best_left = left;
            }
        }
        if (best >= 0) left_[std::uint32_t(best)] -= 1;
        return best;
    }

private:
    double ports_left(std::uint32_t n) {
        const auto it = left_.find(n);
        if (it != left_.end()) return it->second;
        return left_[n] = std::floor(nodes_.spare(n).value_or(0));
    }

    const Nodes& nodes_;
    std::map<std::uint32_t, double> left_;
};

/// The addresses near the day's stops in square cells, to find each stop's
/// nearest without looking at every address of the province.
class AddressGrid {
public:
    AddressGrid(const Addresses& addresses, const gis::Envelope& around) : addresses_(addresses) {
        minx_ = around.minx - kAddressReachM;
        miny_ = around.miny - kAddressReachM;
        columns_ = cell_of(around.maxx + kAddressReachM - minx_) + 1;
        rows_ = cell_of(around.maxy + kAddressReachM - miny_) + 1;
        for (std::uint32_t i = 0; i < addresses.size(); ++i) {
            const double dx = addresses.x[i] - minx_, dy = addresses.y[i] - miny_;
            if (dx < 0 || dy < 0) continue;
            const std::int64_t column = cell_of(dx), row = cell_of(dy);
            if (column < columns_ && row < rows_) cells_[row * columns_ + column].push_back(i);
        }
    }

    /// The nearest address within kAddressReachM, by cells in growing rings.
    void find(double x, double y, DayStop& stop) const {
        const std::int64_t column = cell_of(x - minx_), row = cell_of(y - miny_);
        const std::int64_t rings = cell_of(kAddressReachM) + 1;
        double best = kAddressReachM;
        for (std::int64_t ring = 0; ring <= rings; ++ring) {
            // Every address in a farther ring is at least (ring - 1) cells away.
            if (double(ring - 1) * kCellM > best) break;
            for (std::int64_t r = row - ring; r <= row + ring; ++r)
                for (std::int64_t c = column - ring; c <= column + ring; ++c) {
                    if (std::max(std::abs(r - row), std::abs(c - column)) != ring) continue;
                    const auto it = cells_.find(r * columns_ + c);
                    if (r < 0 || c < 0 || r >= rows_ || c >= columns_ || it == cells_.end()) continue;
                    for (std::uint32_t i : it->second) {
                        const double d = std::hypot(addresses_.x[i] - x, addresses_.y[i] - y);
                        if (d < best || (d == best && stop.address >= 0 && i < std::uint32_t(stop.address))) {
                            best = d;
                            stop.address = i;
                            stop.address_distance_m = d;
                        }
                    }
                }
        }
    }

private:
    static constexpr double kCellM = 100;
    static std::int64_t cell_of(double metres) { return std::int64_t(std::floor(metres / kCellM)); }

    const Addresses& addresses_;
    double minx_ = 0, miny_ = 0;
    std::int64_t columns_ = 0, rows_ = 0;
    std::map<std::int64_t, std::vector<std::uint32_t>> cells_;
};

void add_addresses(const Dataset& data, std::vector<TeamDay>& teams) {
    if (data.addresses.size() == 0) return;
    gis::Envelope around{INFINITY, INFINITY, -INFINITY, -INFINITY};
    for (const TeamDay& team : teams)
        for (const DayStop& stop : team.stops) {
            const double x = data.leads.x[stop.lead], y = data.leads.y[stop.lead];
            around = {std::min(around.minx, x), std::min(around.miny, y), std::max(around.maxx, x), std::max(around.maxy, y)};
        }
    if (!(around.maxx >= around.minx)) return;
    const AddressGrid grid(data.addresses, around);
    for (TeamDay& team : teams)
        for (DayStop& stop : team.stops) grid.find(data.leads.x[stop.lead], data.leads.y[stop.lead], stop);
}

/// The teams' shares for one placement of the first cut: the sorted leads
/// from `cut` on, wrapping round, in slices of the given sizes.
std::vector<std::vector<const Chosen*>> shares(const std::vector<Chosen>& sorted, std::size_t cut,
                                               const std::vector<std::size_t>& sizes) {
    std::vector<std::vector<const Chosen*>> out(sizes.size());
    std::size_t k = cut;
    for (std::size_t t = 0; t < sizes.size(); ++t)
        for (std::size_t s = 0; s < sizes[t]; ++s, ++k) out[t].push_back(&sorted[k % sorted.size()]);
    return out;
}

std::vector<RoutePoint> points_of(const std::vector<const Chosen*>& share) {
    std::vector<RoutePoint> points;
    for (const Chosen* c : share) points.push_back(c->at);
    return points;
}

/// How long the teams' routes would be, to compare placements of the cut.
double total_length(RoutePoint start, const std::vector<std::vector<const Chosen*>>& teams, bool full_search) {
    double total = 0;
    for (const auto& share : teams) {
        const std::vector<RoutePoint> points = points_of(share);
        const std::vector<std::size_t> order =
            full_search ? short_route(start, points, 1) : nearest_neighbour_order(start, points);
        total += route_length(start, points, order);
    }
    return total;
}

TeamDay route_team(RoutePoint start, const std::vector<const Chosen*>& share) {
    TeamDay team;
    const std::vector<RoutePoint> points = points_of(share);
    const std::vector<std::size_t> order = short_route(start, points);
    team.length_m = route_length(start, points, order);
    team.nearest_neighbour_m = route_length(start, points, nearest_neighbour_order(start, points));
    RoutePoint at = start;
    for (std::size_t i : order) {
        DayStop stop = share[i]->stop;
        stop.distance_from_previous_m = std::hypot(points[i].x - at.x, points[i].y - at.y);
        at = points[i];
        team.stops.push_back(stop);
    }
    return team;
}

/// Rule 5: contiguous sectors by direction from the start, balanced within
/// one stop, the first cut where the routes come out shortest.
std::vector<TeamDay> split_and_route(RoutePoint start, std::vector<Chosen> chosen, const DayPlanRequest& request,
                                     const Dataset& data) {
    const std::size_t teams = std::size_t(request.teams), n = chosen.size();
    if (n == 0) return std::vector<TeamDay>(teams);
    std::sort(chosen.begin(), chosen.end(), [&](const Chosen& a, const Chosen& b) {
        if (a.angle != b.angle) return a.angle < b.angle;
        if (a.distance != b.distance) return a.distance < b.distance;
        return std::string_view(data.leads.ids[a.stop.lead]) < std::string_view(data.leads.ids[b.stop.lead]);
    });
    std::vector<std::size_t> sizes(teams, n / teams);
    for (std::size_t t = 0; t < n % teams; ++t) ++sizes[t];
    const bool full_search = sizes.front() <= kFullSearchStops;
    std::size_t best_cut = 0;
    if (teams > 1) {
        double best = INFINITY;
        const std::size_t tries = std::min(n, kCutsTried);
        for (std::size_t k = 0; k < tries; ++k) {
            const std::size_t cut = k * n / tries;
            const double length = total_length(start, shares(chosen, cut, sizes), full_search);
            if (length < best - 1e-6) {
                best = length;
                best_cut = cut;
            }
        }
    }
    std::vector<TeamDay> out;
    for (const auto& share : shares(chosen, best_cut, sizes)) out.push_back(route_team(start, share));
    return out;
}

}  // namespace

std::size_t DayPlan::stops() const {
    std::size_t n = 0;
    for (const TeamDay& team : teams) n += team.stops.size();
    return n;
}

double DayPlan::length_m() const {
    double total = 0;
    for (const TeamDay& team : teams) total += team.length_m;
    return total;
}

RoutePoint day_plan_default_start(const Dataset& data, const std::vector<std::uint32_t>& zones) {
    if (zones.empty()) throw Error("a day plan needs at least one zone");
    auto ctx = gis::geos_context();
    if (zones.size() == 1) {
        const gis::InnerPoint p = gis::inner_point(data.zones.geometries[zones[0]].get());
        return {p.x, p.y};
    }
    // Neighbouring zones merge into one area whose middle is the start;
    // apart, the largest one's middle.
    std::vector<GEOSGeometry*> parts;
    for (std::uint32_t z : zones) parts.push_back(GEOSGeom_clone_r(ctx, data.zones.geometries[z].get()));
    gis::GeosGeometry all(
        GEOSGeom_createCollection_r(ctx, GEOS_GEOMETRYCOLLECTION, parts.data(), unsigned(parts.size())));
    gis::GeosGeometry merged(all ? GEOSUnaryUnion_r(ctx, all.get()) : nullptr);
    const gis::InnerPoint p = gis::inner_point(merged ? merged.get() : data.zones.geometries[zones[0]].get());
    return {p.x, p.y};
}

DayPlan plan_day(const Dataset& data, const ServiceChecker& checker, const DayPlanRequest& request) {
    check_request(data, request);
    DayPlan plan;
    plan.date = request.date;
    plan.start_given = request.start.has_value();
    plan.start = request.start.value_or(day_plan_default_start(data, request.zones));
    std::vector<bool> asked(data.zones.size(), false);
    for (std::uint32_t z : request.zones) asked[z] = true;

    plan.start_zone = checker.check(plan.start.x, plan.start.y, kAnyTechnology).zone;
    if (plan.start_zone < 0 || !asked[std::size_t(plan.start_zone)]) {
        std::uint32_t nearest = 0;
        double distance = 0;
        if (checker.zone_index().nearest(plan.start.x, plan.start.y, [&](std::uint32_t z) { return asked[z]; }, nearest,
                                         distance))
            plan.start_to_zones_m = distance;
    }

    // The open leads within the zones' bounding box, checked as `check` would.
    gis::Envelope box{INFINITY, INFINITY, -INFINITY, -INFINITY};
    for (std::uint32_t z : request.zones) {
        if (!data.zones.geometries[z] || GEOSisEmpty_r(gis::geos_context(), data.zones.geometries[z].get())) continue;
        const gis::Envelope e = gis::geos_envelope(data.zones.geometries[z].get());
        box = {std::min(box.minx, e.minx), std::min(box.miny, e.miny), std::max(box.maxx, e.maxx),
               std::max(box.maxy, e.maxy)};
    }
    const DemandPoints& leads = data.leads;
    std::vector<std::uint32_t> candidates;
    std::vector<double> xs, ys;
    std::vector<TechIndex> techs;
    for (std::uint32_t i = 0; i < leads.size(); ++i) {
        if (!leads.open[i] || leads.x[i] < box.minx || leads.x[i] > box.maxx || leads.y[i] < box.miny ||
            leads.y[i] > box.maxy)
            continue;
        candidates.push_back(i);
        xs.push_back(leads.x[i]);
        ys.push_back(leads.y[i]);
        if (!leads.technology.empty()) techs.push_back(leads.technology[i]);
    }
    std::vector<std::int32_t> zones;
    const std::vector<CheckVerdict> verdicts = checker.check_points(xs, ys, techs, 0, zones);

    std::vector<std::size_t> servable;  // positions in candidates
    for (std::size_t c = 0; c < candidates.size(); ++c) {
        if (zones[c] < 0 || !asked[std::size_t(zones[c])]) continue;
        const Day created = leads.date[candidates[c]];
        if (request.date != kNoDay && created != kNoDay && created > request.date) {
            ++plan.created_after;
            continue;
        }
        ++plan.open_leads;
        ++plan.by_status[std::size_t(verdicts[c].status)];
        if (verdicts[c].status == Serviceability::Available) servable.push_back(c);
    }

    // Rules 3 and 4: nearest first, each taking a port.
    auto distance_of = [&](std::size_t c) { return std::hypot(xs[c] - plan.start.x, ys[c] - plan.start.y); };
    std::sort(servable.begin(), servable.end(), [&](std::size_t a, std::size_t b) {
        const double da = distance_of(a), db = distance_of(b);
        if (da != db) return da < db;
        return std::string_view(leads.ids[candidates[a]]) < std::string_view(leads.ids[candidates[b]]);
    });
    const std::size_t room = std::size_t(request.teams) * std::size_t(request.stops_per_team);
    PortBudget ports(data.nodes);
    std::vector<Chosen> chosen;
    for (std::size_t c : servable) {
        if (chosen.size() == room) {
            ++plan.left_for_room;
            continue;
        }
        const TechIndex tech = techs.empty() ? kAnyTechnology : techs[c];
        const CheckResult covering = checker.check(xs[c], ys[c], tech);
        const std::int32_t node = ports.take(covering.answer.nodes, tech);
        if (node < 0) {
            ++plan.left_for_ports;
            continue;
        }
        Chosen pick;
        pick.stop = {candidates[c], zones[c], node, 0};
        pick.at = {xs[c], ys[c]};
        pick.angle = std::atan2(ys[c] - plan.start.y, xs[c] - plan.start.x);
        pick.distance = distance_of(c);
        chosen.push_back(pick);
    }
    plan.teams = split_and_route(plan.start, std::move(chosen), request, data);
    add_addresses(data, plan.teams);
    return plan;
}

Dataset load_day_plan_data(const Project& project, const Progress& progress) {
    if (project.hex_cell_m) return load_dataset(project, progress);
    Project needed = project;
    for (const char* other : {"subscribers", "complaints", "orders"}) needed.layers.erase(other);
    return load_dataset(needed, progress);
}

}  // namespace coverplan::planner
