#include "planner/network_overlay.h"

#include <chrono>
#include <algorithm>
#include <functional>

#include "gis/error.h"
#include "gis/parallel.h"
#include "gis/point_overlay.h"
#include "gis/polygon_index.h"
#include "planner/complaints.h"

namespace coverplan::planner {

namespace {

using Clock = std::chrono::steady_clock;
double seconds_since(Clock::time_point start) {
    return std::chrono::duration<double>(Clock::now() - start).count();
}

std::vector<const GEOSGeometry*> pointers(const std::vector<gis::GeosGeometry>& geometries) {
    std::vector<const GEOSGeometry*> out;
    out.reserve(geometries.size());
    for (const auto& g : geometries) out.push_back(g.get());
    return out;
}

/// Per-worker tallies, summed at the end: integer sums do not depend on how
/// points were split between workers.
struct Tally {
    std::vector<ZoneCounts> zones;  // last entry: outside every zone
    std::vector<NodeFigures> nodes;
    std::vector<std::int32_t> zone_months;  // [zone][month], flat
    std::vector<std::int64_t> node_months;  // [node][month], flat, in shares
    Tally(std::size_t zone_count, std::size_t node_count, int months)
        : zones(zone_count + 1),
          nodes(node_count),
          zone_months((zone_count + 1) * std::size_t(months)),
          node_months(node_count * std::size_t(months)) {}
};

/// Complete months before the as_of month that hold activations, at most
/// kHistoryMonths; the partial as_of month would read as a drop.
MonthRange activation_months(const Dataset& data) {
    const auto as_of = parse_date(data.project.as_of);
    if (!as_of) return {};
    const int end = month_of(*as_of);  // exclusive
    int first = end;
    for (Day day : data.subscribers.date)
        if (day != kNoDay) first = std::min(first, month_of(day));
    first = std::max(first, end - kHistoryMonths);
    return {first, end - first};
}

enum class Layer { Subscribers, Leads, Complaints, Orders };

void place_points(const Dataset& data, const gis::PolygonIndex& zone_index, const gis::PolygonIndex& node_index,
                  const DemandPoints& points, Layer layer, MonthRange months, unsigned threads, bool keep,
                  std::vector<Tally>& tallies, PointPlacement& placement) {
    const std::size_t n = points.size();
    if (keep) {
        placement.zone.assign(n, -1);
        placement.status.assign(n, Serviceability::NotCovered);
        placement.serving_node.assign(n, -1);
        if (layer == Layer::Leads || layer == Layer::Complaints) placement.covering.assign(n, {});
    }
    const std::size_t outside = data.zones.size();
    // Orders count per zone only: skip their coverage lookups. Complaints are
    // tied to the nodes over them (planner/complaints.h).
    const bool needs_coverage = layer != Layer::Orders;
    gis::overlay_points(zone_index, needs_coverage ? &node_index : nullptr, points.x, points.y, threads,
                        [&](unsigned worker, std::size_t i, std::int64_t zone, std::span<const std::uint32_t> covering) {
                            Tally& tally = tallies[worker];
                            ZoneCounts& counts = tally.zones[zone < 0 ? outside : std::size_t(zone)];
                            const TechIndex tech = points.technology.empty() ? kAnyTechnology : points.technology[i];
                            // Leads are counted by status; subscribers and complaints need it only
                            // for points_status.
                            const bool has_status = layer == Layer::Leads || (keep && layer != Layer::Orders);
                            const Serviceability status =
                                has_status ? serviceability(data.nodes, covering, tech) : Serviceability::NotCovered;
                            switch (layer) {
                                case Layer::Subscribers: {
                                    ++counts.subscribers;
                                    const int month = points.date[i] == kNoDay ? -1 : month_of(points.date[i]) - months.first;
                                    const bool dated = month >= 0 && month < months.count;
                                    if (dated) ++tally.zone_months[(zone < 0 ? outside : std::size_t(zone)) * months.count + month];
                                    const auto serving = std::count_if(covering.begin(), covering.end(), [&](std::uint32_t node) {
                                        return serves(data.nodes, node, tech);
                                    });
                                    for (std::uint32_t node : covering) {
                                        if (!serves(data.nodes, node, tech)) continue;
                                        ++tally.nodes[node].subscribers_inside;
                                        if (dated) tally.node_months[std::size_t(node) * months.count + month] += kShareUnit / serving;
                                    }
                                    break;
                                }
                                case Layer::Leads:
                                    if (!points.open[i]) break;
                                    ++counts.leads_open;
                                    ++counts.leads_by_status[static_cast<std::size_t>(status)];
                                    for (std::uint32_t node : covering)
                                        if (serves(data.nodes, node, tech)) ++tally.nodes[node].leads_inside;
                                    break;
                                case Layer::Complaints: ++counts.complaints; break;
                                case Layer::Orders: ++counts.orders; break;
                            }
                            if (keep) {
                                placement.zone[i] = static_cast<std::int32_t>(zone);
                                placement.status[i] = status;
                                // A complaint is about the network that serves the place today: a
                                // planned node serves nobody yet.
                                placement.serving_node[i] = layer == Layer::Complaints
                                                                ? complaint_node(data.nodes, covering, tech)
                                                                : serving_node(data.nodes, covering, tech);
                                if (layer == Layer::Leads || layer == Layer::Complaints) {
                                    placement.covering[i].assign(covering.begin(), covering.end());
                                    std::sort(placement.covering[i].begin(), placement.covering[i].end());
                                }
                            }
                        });
}

}  // namespace

void measure_zone(const Dataset& data, const Nodes& nodes, const gis::PolygonIndex& node_index, std::size_t z,
                  ZoneFigures& figures) {
    auto ctx = gis::geos_context();
    const GEOSGeometry* zone = data.zones.geometries[z].get();
    const std::size_t tech_count = data.technologies.size();
    figures.nodes.clear();
    figures.spare_capacity = 0;
    figures.covered_share = 0;
    figures.area_m2 = gis::geos_area(zone);
    figures.covered_share_by_tech.assign(tech_count, 0.0);
    figures.spare_by_tech.assign(tech_count, 0.0);
    const gis::Envelope box = gis::geos_envelope(zone);
    gis::GeosPrepared prepared(GEOSPrepare_r(ctx, zone));

    // Live service areas overlapping the zone, by technology (the last bucket
    // holds nodes whose technology the data does not give).
    std::vector<std::vector<const GEOSGeometry*>> live_by_tech(tech_count + 1);
    for (std::uint32_t n : node_index.envelope_candidates(box.minx, box.miny, box.maxx, box.maxy)) {
        const GEOSGeometry* area = nodes.geometries[n].get();
        if (GEOSPreparedIntersects_r(ctx, prepared.get(), area) != 1) continue;
        if (GEOSPreparedTouches_r(ctx, prepared.get(), area) == 1) continue;  // shares only a boundary
        figures.nodes.push_back(n);
        if (nodes.status[n] != NodeStatus::Live) continue;
        const TechIndex tech = nodes.technology[n];
        live_by_tech[tech == kAnyTechnology ? tech_count : tech].push_back(area);
        if (auto spare = nodes.spare(n); spare && *spare > 0) {
            figures.spare_capacity += *spare;
            if (tech != kAnyTechnology) figures.spare_by_tech[tech] += *spare;
        }
    }
    if (figures.area_m2 <= 0) return;
    std::vector<gis::GeosGeometry> parts;
    for (std::size_t t = 0; t <= tech_count; ++t) {
        gis::GeosGeometry part = gis::covered_part(zone, live_by_tech[t]);
        if (!part) continue;
        if (t < tech_count) figures.covered_share_by_tech[t] = std::min(1.0, gis::geos_area(part.get()) / figures.area_m2);
        parts.push_back(std::move(part));
    }
    if (parts.size() == 1) {
        figures.covered_share = std::min(1.0, gis::geos_area(parts.front().get()) / figures.area_m2);
    } else if (parts.size() > 1) {
        std::vector<GEOSGeometry*> owned;
        for (auto& part : parts) owned.push_back(part.release());
        gis::GeosGeometry collection(GEOSGeom_createCollection_r(ctx, GEOS_GEOMETRYCOLLECTION, owned.data(),
                                                                 static_cast<unsigned>(owned.size())));
        gis::GeosGeometry merged(GEOSUnaryUnion_r(ctx, collection.get()));
        if (!merged) throw Error("GEOS cannot union coverage in zone " + data.zones.ids[z] + ": " + gis::geos_last_message());
        figures.covered_share = std::min(1.0, gis::geos_area(merged.get()) / figures.area_m2);
    }
}

void ZoneCounts::add(const ZoneCounts& other) {
    subscribers += other.subscribers;
    leads_open += other.leads_open;
    for (std::size_t i = 0; i < leads_by_status.size(); ++i) leads_by_status[i] += other.leads_by_status[i];
    complaints += other.complaints;
    orders += other.orders;
}

NetworkOverlay overlay_network(const Dataset& data, const OverlayOptions& options) {
    const unsigned threads = gis::resolve_threads(options.threads);
    NetworkOverlay result;
    auto start = Clock::now();
    gis::PolygonIndex zone_index(pointers(data.zones.geometries));
    gis::PolygonIndex node_index(pointers(data.nodes.geometries));
    result.timings.index_s = seconds_since(start);

    start = Clock::now();
    const MonthRange months = activation_months(data);
    result.months = months;
    std::vector<Tally> tallies(threads, Tally(data.zones.size(), data.nodes.size(), months.count));
    place_points(data, zone_index, node_index, data.subscribers, Layer::Subscribers, months, threads,
                 options.keep_placements, tallies, result.subscribers.edit());
    place_points(data, zone_index, node_index, data.leads, Layer::Leads, months, threads, true, tallies, result.leads.edit());
    place_points(data, zone_index, node_index, data.complaints, Layer::Complaints, months, threads, true, tallies,
                 result.complaints.edit());
    place_points(data, zone_index, node_index, data.orders, Layer::Orders, months, threads, true, tallies,
                 result.orders.edit());
    result.zones.resize(data.zones.size());
    result.nodes.resize(data.nodes.size());
    const std::size_t month_count = std::size_t(months.count);
    auto add_months = [&](auto& series, const auto& flat, std::size_t row) {
        series.resize(month_count);
        for (std::size_t m = 0; m < month_count; ++m) series[m] += flat[row * month_count + m];
    };
    for (const Tally& tally : tallies) {
        for (std::size_t z = 0; z < data.zones.size(); ++z) {
            result.zones[z].counts.add(tally.zones[z]);
            add_months(result.zones[z].activations, tally.zone_months, z);
        }
        result.outside.add(tally.zones.back());
        for (std::size_t n = 0; n < data.nodes.size(); ++n) {
            result.nodes[n].subscribers_inside += tally.nodes[n].subscribers_inside;
            result.nodes[n].leads_inside += tally.nodes[n].leads_inside;
            add_months(result.nodes[n].activation_shares, tally.node_months, n);
        }
    }
    result.timings.join_s = seconds_since(start);

    start = Clock::now();
    gis::parallel_for(data.zones.size(), threads, 1, [&](unsigned, std::size_t begin, std::size_t end) {
        for (std::size_t z = begin; z < end; ++z) measure_zone(data, data.nodes, node_index, z, result.zones[z]);
    });
    result.timings.areas_s = seconds_since(start);
    return result;
}

}  // namespace coverplan::planner
