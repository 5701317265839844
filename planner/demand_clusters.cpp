#include "planner/demand_clusters.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <numeric>
#include <tuple>
#include <unordered_map>

#include "gis/error.h"
#include "gis/parallel.h"
#include "gis/point_overlay.h"
#include "gis/polygon_index.h"
#include "gis/progress.h"

namespace coverplan::planner {

namespace {

/// The leads of one technology bucketed in square cells of side
/// radius / √2: any two leads of one cell are neighbours, and a lead's
/// neighbours lie at most two cells away. Leads are stored cell by cell, so
/// a neighbourhood query reads a few short contiguous runs.
class LeadGrid {
public:
    LeadGrid(const DemandPoints& leads, const std::vector<std::uint32_t>& members, double radius)
        : radius2_(radius * radius) {
        const double side = radius / std::sqrt(2.0);
        double minx = INFINITY, miny = INFINITY;
        for (std::uint32_t lead : members) {
            minx = std::min(minx, leads.x[lead]);
            miny = std::min(miny, leads.y[lead]);
        }
        auto key_of = [&](std::uint32_t lead) {
            const auto ix = static_cast<std::uint64_t>(std::floor((leads.x[lead] - minx) / side));
            const auto iy = static_cast<std::uint64_t>(std::floor((leads.y[lead] - miny) / side));
            return (ix << 32) | iy;
        };
        std::vector<std::pair<std::uint64_t, std::uint32_t>> keyed;
        keyed.reserve(members.size());
        for (std::uint32_t lead : members) keyed.emplace_back(key_of(lead), lead);
        std::sort(keyed.begin(), keyed.end());
        x_.reserve(keyed.size());
        y_.reserve(keyed.size());
        lead_.reserve(keyed.size());
        cell_of_.reserve(keyed.size());
        std::vector<std::uint64_t> keys;
        std::unordered_map<std::uint64_t, std::uint32_t> cell_by_key;
        for (std::size_t i = 0; i < keyed.size(); ++i) {
            if (i == 0 || keyed[i].first != keyed[i - 1].first) {
                cell_by_key.emplace(keyed[i].first, std::uint32_t(keys.size()));
                keys.push_back(keyed[i].first);
                cell_begin_.push_back(std::uint32_t(i));
            }
            cell_of_.push_back(std::uint32_t(keys.size() - 1));
            lead_.push_back(keyed[i].second);
            x_.push_back(leads.x[keyed[i].second]);
            y_.push_back(leads.y[keyed[i].second]);
        }
        cell_begin_.push_back(std::uint32_t(keyed.size()));
        // Existing cells within two cells of each cell (itself included),
        // ascending: compressed rows, so sparse data costs little.
        neighbour_begin_.push_back(0);
        for (std::uint64_t key : keys) {
            const std::int64_t ix = std::int64_t(key >> 32), iy = std::int64_t(key & 0xffffffffu);
            const std::size_t row = neighbours_.size();
            for (std::int64_t dx = -2; dx <= 2; ++dx)
                for (std::int64_t dy = -2; dy <= 2; ++dy) {
                    if (ix + dx < 0 || iy + dy < 0) continue;
                    const auto found = cell_by_key.find((std::uint64_t(ix + dx) << 32) | std::uint64_t(iy + dy));
                    if (found != cell_by_key.end()) neighbours_.push_back(found->second);
                }
            std::sort(neighbours_.begin() + std::ptrdiff_t(row), neighbours_.end());
            neighbour_begin_.push_back(std::uint32_t(neighbours_.size()));
        }
    }

    std::size_t size() const { return lead_.size(); }
    std::size_t cells() const { return cell_begin_.size() - 1; }
    std::uint32_t lead(std::size_t i) const { return lead_[i]; }
    double x(std::size_t i) const { return x_[i]; }
    double y(std::size_t i) const { return y_[i]; }
    std::uint32_t cell_of(std::size_t i) const { return cell_of_[i]; }
    std::uint32_t cell_begin(std::size_t c) const { return cell_begin_[c]; }
    std::uint32_t cell_end(std::size_t c) const { return cell_begin_[c + 1]; }
    std::span<const std::uint32_t> neighbour_cells(std::size_t c) const {
        return {neighbours_.data() + neighbour_begin_[c], neighbours_.data() + neighbour_begin_[c + 1]};
    }
    double distance2(std::size_t a, std::size_t b) const {
        const double dx = x_[a] - x_[b], dy = y_[a] - y_[b];
        return dx * dx + dy * dy;
    }
    bool near(std::size_t a, std::size_t b) const { return distance2(a, b) <= radius2_; }

private:
    double radius2_;
    std::vector<double> x_, y_;
    std::vector<std::uint32_t> lead_, cell_of_, cell_begin_, neighbour_begin_, neighbours_;
};

/// Union-find over cells; the smaller index becomes the root, so the
/// result does not depend on the order of the unions.
class CellSets {
public:
    explicit CellSets(std::size_t n) : parent_(n) { std::iota(parent_.begin(), parent_.end(), 0u); }
    std::uint32_t find(std::uint32_t a) {
        while (parent_[a] != a) a = parent_[a] = parent_[parent_[a]];
        return a;
    }
    void unite(std::uint32_t a, std::uint32_t b) {
        a = find(a);
        b = find(b);
        if (a != b) parent_[std::max(a, b)] = std::min(a, b);
    }

private:
    std::vector<std::uint32_t> parent_;
};

/// DBSCAN over the leads of one technology; returns the clusters' leads
/// (indexes into Dataset::leads, ascending).
std::vector<std::vector<std::uint32_t>> dbscan(const DemandPoints& leads, const std::vector<std::uint32_t>& members,
                                               const ClusterSettings& settings, unsigned threads) {
    const LeadGrid grid(leads, members, settings.radius_m);
    const std::size_t min_leads = std::size_t(settings.min_leads);

    // 1. Cores: a cell holding min_leads leads makes them all cores; else
    //    count neighbours until min_leads is reached.
    std::vector<std::uint8_t> core(grid.size(), 0);
    std::vector<std::uint8_t> cell_has_core(grid.cells(), 0);
    gis::parallel_for(grid.cells(), threads, 256, [&](unsigned, std::size_t begin, std::size_t end) {
        for (std::size_t c = begin; c < end; ++c) {
            if (grid.cell_end(c) - grid.cell_begin(c) >= min_leads) {
                std::fill(core.begin() + grid.cell_begin(c), core.begin() + grid.cell_end(c), 1);
                cell_has_core[c] = 1;
                continue;
            }
            for (std::size_t p = grid.cell_begin(c); p < grid.cell_end(c); ++p) {
                std::size_t count = 0;
                for (std::uint32_t n : grid.neighbour_cells(c)) {
                    for (std::size_t q = grid.cell_begin(n); q < grid.cell_end(n) && count < min_leads; ++q)
                        if (grid.near(p, q)) ++count;
                    if (count >= min_leads) break;
                }
                if (count >= min_leads) core[p] = cell_has_core[c] = 1;
            }
        }
    });

    // 2. Cores within the radius of each other join: all cores of a cell are
    //    within it, so cells are joined when any pair of their cores is.
    CellSets sets(grid.cells());
    for (std::uint32_t c = 0; c < grid.cells(); ++c) {
        if ((c & 4095) == 4095) gis::check_cancelled();
        if (!cell_has_core[c]) continue;
        for (std::uint32_t n : grid.neighbour_cells(c)) {
            if (n <= c || !cell_has_core[n] || sets.find(c) == sets.find(n)) continue;
            bool joined = false;
            for (std::size_t p = grid.cell_begin(c); p < grid.cell_end(c) && !joined; ++p) {
                if (!core[p]) continue;
                for (std::size_t q = grid.cell_begin(n); q < grid.cell_end(n); ++q)
                    if (core[q] && grid.near(p, q)) {
                        joined = true;
                        break;
                    }
            }
            if (joined) sets.unite(c, n);
        }
    }
    std::vector<std::uint32_t> root(grid.cells());
    for (std::uint32_t c = 0; c < grid.cells(); ++c) root[c] = sets.find(c);

    // 3. Every lead's cluster (a root cell), or none: cores take their cell's;
    //    border leads the one of their nearest core (ties: smaller x, then y).
    constexpr std::uint32_t kNoise = UINT32_MAX;
    std::vector<std::uint32_t> cluster_of(grid.size(), kNoise);
    gis::parallel_for(grid.cells(), threads, 256, [&](unsigned, std::size_t begin, std::size_t end) {
        for (std::size_t c = begin; c < end; ++c)
            for (std::size_t p = grid.cell_begin(c); p < grid.cell_end(c); ++p) {
                if (core[p]) {
                    cluster_of[p] = root[c];
                    continue;
                }
                std::tuple<double, double, double> best{INFINITY, 0, 0};
                std::size_t best_core = SIZE_MAX;
                for (std::uint32_t n : grid.neighbour_cells(c)) {
                    if (!cell_has_core[n]) continue;
                    for (std::size_t q = grid.cell_begin(n); q < grid.cell_end(n); ++q) {
                        if (!core[q] || !grid.near(p, q)) continue;
                        const std::tuple<double, double, double> candidate{grid.distance2(p, q), grid.x(q), grid.y(q)};
                        if (candidate < best) {
                            best = candidate;
                            best_core = q;
                        }
                    }
                }
                if (best_core != SIZE_MAX) cluster_of[p] = root[grid.cell_of(best_core)];
            }
    });

    std::map<std::uint32_t, std::vector<std::uint32_t>> by_root;
    for (std::size_t p = 0; p < grid.size(); ++p)
        if (cluster_of[p] != kNoise) by_root[cluster_of[p]].push_back(grid.lead(p));
    std::vector<std::vector<std::uint32_t>> clusters;
    clusters.reserve(by_root.size());
    for (auto& [cell, members_of] : by_root) {
        std::sort(members_of.begin(), members_of.end());
        clusters.push_back(std::move(members_of));
    }
    return clusters;
}

/// Zone of each clustered lead, by the overlay's rule, for callers that did
/// not keep the overlay's placements.
std::vector<std::int32_t> locate_in_zones(const Dataset& data, std::span<const std::uint32_t> leads, unsigned threads) {
    std::vector<const GEOSGeometry*> zones;
    for (const auto& g : data.zones.geometries) zones.push_back(g.get());
    const gis::PolygonIndex zone_index(std::move(zones));
    std::vector<double> xs, ys;
    for (std::uint32_t lead : leads) {
        xs.push_back(data.leads.x[lead]);
        ys.push_back(data.leads.y[lead]);
    }
    std::vector<std::int32_t> located(leads.size(), -1);
    gis::overlay_points(zone_index, nullptr, xs, ys, threads,
                        [&](unsigned, std::size_t i, std::int64_t zone, std::span<const std::uint32_t>) {
                            located[i] = static_cast<std::int32_t>(zone);
                        });
    return located;
}

/// Convex hull of the leads (in a canonical order, so the geometry does not
/// depend on the input order) buffered by buffer_m, and the leads' mean.
void propose_area(const DemandPoints& leads, double buffer_m, DemandCluster& cluster) {
    auto ctx = gis::geos_context();
    std::vector<std::pair<double, double>> points;
    points.reserve(cluster.leads.size());
    for (std::uint32_t lead : cluster.leads) points.emplace_back(leads.x[lead], leads.y[lead]);
    std::sort(points.begin(), points.end());
    double sx = 0, sy = 0;
    std::vector<GEOSGeometry*> parts;
    parts.reserve(points.size());
    for (const auto& [x, y] : points) {
        sx += x;
        sy += y;
        parts.push_back(GEOSGeom_createPointFromXY_r(ctx, x, y));
    }
    cluster.centre_x = sx / double(points.size());
    cluster.centre_y = sy / double(points.size());
    const gis::GeosGeometry multipoint(
        GEOSGeom_createCollection_r(ctx, GEOS_MULTIPOINT, parts.data(), static_cast<unsigned>(parts.size())));
    if (!multipoint) throw Error("GEOS cannot collect a cluster's leads: " + gis::geos_last_message());
    gis::GeosGeometry hull(GEOSConvexHull_r(ctx, multipoint.get()));
    if (!hull) throw Error("GEOS cannot compute a cluster's hull: " + gis::geos_last_message());
    const bool flat = GEOSGeomTypeId_r(ctx, hull.get()) != GEOS_POLYGON;
    if (buffer_m <= 0 && !flat) {
        cluster.area = std::move(hull);
        return;
    }
    cluster.area.reset(GEOSBuffer_r(ctx, hull.get(), buffer_m > 0 ? buffer_m : 1.0, 8));
    if (!cluster.area) throw Error("GEOS cannot buffer a cluster's hull: " + gis::geos_last_message());
}

}  // namespace

std::vector<DemandCluster> cluster_uncovered_leads(const Dataset& data, std::span<const Serviceability> lead_status,
                                                   const ClusterSettings& settings,
                                                   std::span<const std::int32_t> lead_zones) {
    const DemandPoints& leads = data.leads;
    if (lead_status.size() != leads.size())
        throw Error("cluster_uncovered_leads: " + std::to_string(lead_status.size()) + " lead statuses for " +
                    std::to_string(leads.size()) + " leads (run the overlay with keep_placements)");
    if (!lead_zones.empty() && lead_zones.size() != leads.size())
        throw Error("cluster_uncovered_leads: " + std::to_string(lead_zones.size()) + " lead zones for " +
                    std::to_string(leads.size()) + " leads");
    const unsigned threads = gis::resolve_threads(0);

    // Uncovered open leads by technology (kAnyTechnology last, as its own group).
    std::map<TechIndex, std::vector<std::uint32_t>> by_tech;
    for (std::uint32_t i = 0; i < leads.size(); ++i)
        if (leads.open[i] && lead_status[i] == Serviceability::NotCovered) {
            const TechIndex tech = leads.technology.empty() ? kAnyTechnology : leads.technology[i];
            by_tech[tech].push_back(i);
        }

    std::vector<DemandCluster> clusters;
    for (const auto& [tech, members] : by_tech)
        for (auto& cluster_leads : dbscan(leads, members, settings, threads)) {
            DemandCluster cluster;
            cluster.leads = std::move(cluster_leads);
            cluster.technology = tech;
            clusters.push_back(std::move(cluster));
        }
    std::sort(clusters.begin(), clusters.end(), [](const DemandCluster& a, const DemandCluster& b) {
        if (a.leads.size() != b.leads.size()) return a.leads.size() > b.leads.size();
        return a.leads.front() < b.leads.front();
    });
    if (clusters.empty()) return clusters;

    // Zones of the clustered leads: the overlay's, else located here.
    std::vector<std::int32_t> located;
    std::vector<std::size_t> first_located(clusters.size());
    if (lead_zones.empty()) {
        std::vector<std::uint32_t> clustered;
        for (std::size_t c = 0; c < clusters.size(); ++c) {
            first_located[c] = clustered.size();
            clustered.insert(clustered.end(), clusters[c].leads.begin(), clusters[c].leads.end());
        }
        located = locate_in_zones(data, clustered, threads);
    }

    std::vector<const GEOSGeometry*> areas;
    for (const auto& g : data.nodes.geometries) areas.push_back(g.get());
    const gis::PolygonIndex node_index(std::move(areas));

    gis::parallel_for(clusters.size(), threads, 16, [&](unsigned, std::size_t begin, std::size_t end) {
        for (std::size_t c = begin; c < end; ++c) {
            DemandCluster& cluster = clusters[c];
            const double ports = double(cluster.leads.size()) * settings.ports_per_lead * (1 + settings.port_headroom);
            // 10 leads * 1.3 is 13.000000000000002 in binary: do not let that become 14.
            cluster.ports_needed = static_cast<std::int64_t>(std::ceil(ports - 1e-9));
            propose_area(leads, settings.buffer_m, cluster);

            // The zone holding most of the leads; ties go to the smaller zone
            // index (zones are sorted by id), outside every zone last.
            std::map<std::int32_t, std::int64_t> per_zone;
            for (std::size_t k = 0; k < cluster.leads.size(); ++k)
                ++per_zone[lead_zones.empty() ? located[first_located[c] + k] : lead_zones[cluster.leads[k]]];
            std::int64_t most = 0;
            for (const auto& [zone, count] : per_zone)
                if (count > most || (count == most && cluster.zone < 0 && zone >= 0)) {
                    most = count;
                    cluster.zone = zone;
                }

            std::uint32_t node = 0;
            double distance = 0;
            const bool found = node_index.nearest(
                cluster.centre_x, cluster.centre_y,
                [&](std::uint32_t n) {
                    return data.nodes.status[n] == NodeStatus::Live && serves(data.nodes, n, cluster.technology);
                },
                node, distance);
            cluster.nearest_node = found ? static_cast<std::int32_t>(node) : -1;
            cluster.distance_m = found ? distance : 0;
        }
    });
    return clusters;
}

}  // namespace coverplan::planner
