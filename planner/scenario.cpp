#include "planner/scenario.h"

#include <algorithm>
#include <cmath>
#include <memory>
#include <set>

#include "gis/error.h"
#include "gis/polygon_index.h"
#include "planner/number_text.h"
#include "planner/service_check.h"

namespace coverplan::planner {

namespace {

std::uint32_t node_index(const Nodes& nodes, const std::string& id) {
    auto it = std::find(nodes.ids.begin(), nodes.ids.end(), id);
    if (it == nodes.ids.end()) throw InputError("scenario: no node '" + id + "' in the coverage layer");
    return static_cast<std::uint32_t>(it - nodes.ids.begin());
}

TechIndex technology_index(const Dataset& data, const std::string& name) {
    if (const auto tech = find_technology(data, name)) return *tech;
    throw InputError("scenario: unknown technology '" + name + "' (the data has: " + technology_list(data) + ")");
}

gis::Envelope united(const gis::Envelope& a, const gis::Envelope& b) {
    return {std::min(a.minx, b.minx), std::min(a.miny, b.miny), std::max(a.maxx, b.maxx), std::max(a.maxy, b.maxy)};
}

/// Appends a new node to the network (its figures come from cover_new_areas).
void append_new_node(const Dataset& data, const NewNode& spec, std::size_t number, Nodes& nodes, Plan& plan) {
    if (!(spec.radius_m > 0) || !(spec.capacity > 0) || !std::isfinite(spec.x) || !std::isfinite(spec.y))
        throw InputError("scenario: a new node needs a radius and a capacity above 0");
    auto ctx = gis::geos_context();
    gis::GeosGeometry centre(GEOSGeom_createPointFromXY_r(ctx, spec.x, spec.y));
    nodes.ids.push_back("new-" + std::to_string(number));
    nodes.technology.push_back(technology_index(data, spec.technology));
    nodes.status.push_back(NodeStatus::Live);
    nodes.capacity.push_back(spec.capacity);
    nodes.used.push_back(0.0);
    nodes.planned_date.push_back(kNoDay);
    nodes.geometries.emplace_back(GEOSBuffer_r(ctx, centre.get(), spec.radius_m, 16));
    NodeFigures figures;
    figures.activation_shares.assign(std::size_t(plan.overlay.months.count), 0);
    plan.overlay.nodes.push_back(std::move(figures));
    plan.nodes.emplace_back();
}

/// Calls visit(points, placement) for the dataset's leads and for those the
/// field service added since (Plan::added_leads), placements made writable:
/// a scenario treats both alike.
template <class Visit>
void each_lead_layer(const Dataset& data, Plan& plan, const Visit& visit) {
    visit(data.leads, plan.overlay.leads.edit());
    visit(plan.added_leads.points, plan.added_leads.placement);
}

/// Demand inside the new nodes' areas (nodes from `first_new` on): the new
/// nodes take their share of it, and the existing nodes covering the same
/// points give theirs up (1/k becomes 1/(k+1)); those nodes change too.
void cover_new_areas(const Dataset& data, const Nodes& nodes, std::size_t first_new, const gis::PolygonIndex& index,
                     Plan& plan, std::set<std::uint32_t>& changed) {
    gis::Envelope box = gis::geos_envelope(nodes.geometries[first_new].get());
    for (std::size_t n = first_new + 1; n < nodes.size(); ++n) box = united(box, gis::geos_envelope(nodes.geometries[n].get()));
    auto inside_box = [&](double x, double y) { return x >= box.minx && x <= box.maxx && y >= box.miny && y <= box.maxy; };
    const MonthRange months = plan.overlay.months;
    std::vector<std::uint32_t> covering;
    const DemandPoints& subscribers = data.subscribers;
    for (std::size_t i = 0; i < subscribers.size(); ++i) {
        if (!inside_box(subscribers.x[i], subscribers.y[i])) continue;
        covering = index.covering(subscribers.x[i], subscribers.y[i]);
        const TechIndex tech = subscribers.technology.empty() ? kAnyTechnology : subscribers.technology[i];
        std::int64_t serving_before = 0, serving_after = 0;
        for (std::uint32_t n : covering)
            if (serves(nodes, n, tech)) {
                ++serving_after;
                if (n < first_new) ++serving_before;
            }
        if (serving_after == serving_before) continue;  // no new node serves this point
        const Day day = subscribers.date[i];
        const int month = day == kNoDay ? -1 : month_of(day) - months.first;
        const bool dated = month >= 0 && month < months.count;
        for (std::uint32_t n : covering) {
            if (!serves(nodes, n, tech)) continue;
            NodeFigures& figures = plan.overlay.nodes[n];
            if (n >= first_new) ++figures.subscribers_inside;
            if (!dated) continue;
            const std::int64_t before = n < first_new ? kShareUnit / serving_before : 0;
            figures.activation_shares[std::size_t(month)] += kShareUnit / serving_after - before;
            changed.insert(n);
        }
    }
    each_lead_layer(data, plan, [&](const DemandPoints& leads, PointPlacement& placement) {
        for (std::size_t i = 0; i < leads.size(); ++i) {
            if (!inside_box(leads.x[i], leads.y[i])) continue;
            auto& lead_covering = placement.covering[i];
            lead_covering = index.covering(leads.x[i], leads.y[i]);
            const TechIndex tech = leads.technology.empty() ? kAnyTechnology : leads.technology[i];
            for (std::uint32_t n : lead_covering)
                if (n >= first_new && leads.open[i] && serves(nodes, n, tech)) ++plan.overlay.nodes[n].leads_inside;
            // Nodes sharing the lead's pipeline with a new node change too.
            if (std::any_of(lead_covering.begin(), lead_covering.end(), [&](std::uint32_t n) { return n >= first_new; }))
                for (std::uint32_t n : lead_covering)
                    if (serves(nodes, n, tech)) changed.insert(n);
        }
    });
}

/// An index of the nodes whose envelope meets `area`, keeping the network's
/// node numbers (the others are left out): preparing every node of a national
/// network for one scenario would cost more than the scenario.
std::unique_ptr<gis::PolygonIndex> local_index(const Nodes& nodes, const std::vector<gis::Envelope>& envelopes,
                                               const gis::Envelope& area) {
    std::vector<const GEOSGeometry*> near(nodes.size(), nullptr);
    for (std::size_t n = 0; n < nodes.size(); ++n) {
        const gis::Envelope& e = envelopes[n];
        if (e.minx <= area.maxx && e.maxx >= area.minx && e.miny <= area.maxy && e.maxy >= area.miny)
            near[n] = nodes.geometries[n].get();
    }
    return std::make_unique<gis::PolygonIndex>(std::move(near));
}

}  // namespace

Nodes copy_nodes(const Nodes& nodes) {
    Nodes copy;
    copy.ids = nodes.ids;
    copy.technology = nodes.technology;
    copy.status = nodes.status;
    copy.capacity = nodes.capacity;
    copy.used = nodes.used;
    copy.planned_date = nodes.planned_date;
    copy.geometries.reserve(nodes.geometries.size());
    for (const auto& g : nodes.geometries) copy.geometries.push_back(gis::geos_clone(g.get()));
    return copy;
}

ScenarioOutcome apply_scenario(const Dataset& data, const Plan& before, const Scenario& scenario) {
    ScenarioOutcome out;
    out.nodes = copy_nodes(data.nodes);
    // Everything but the clusters, which a scenario does not recompute.
    out.plan = before;
    out.plan.clusters = {};
    Nodes& nodes = out.nodes;
    Plan& plan = out.plan;
    std::set<std::uint32_t> changed;
    using Kind = ScenarioChangeError::Kind;
    for (std::size_t k = 0; k < scenario.added_capacity.size(); ++k) {
        const CapacityChange& change = scenario.added_capacity[k];
        try {
            const std::uint32_t n = node_index(nodes, change.node_id);
            if (!nodes.capacity[n])
                throw InputError("scenario: node '" + change.node_id + "' has no capacity in the data; ports cannot be added");
            if (*nodes.capacity[n] + change.ports < 0)
                throw InputError("scenario: node '" + change.node_id + "' has " +
                                 group_thousands(std::llround(*nodes.capacity[n])) + " ports; removing " +
                                 group_thousands(std::llround(-change.ports)) + " would leave fewer than none");
            *nodes.capacity[n] += change.ports;
            changed.insert(n);
        } catch (const InputError& error) {
            throw ScenarioChangeError(Kind::AddedCapacity, k, error.what());
        }
    }
    const std::size_t first_new = nodes.size();
    for (std::size_t k = 0; k < scenario.new_nodes.size(); ++k) {
        try {
            append_new_node(data, scenario.new_nodes[k], k + 1, nodes, plan);
        } catch (const InputError& error) {
            throw ScenarioChangeError(Kind::NewNode, k, error.what());
        }
        changed.insert(static_cast<std::uint32_t>(first_new + k));
    }
    const bool new_nodes = first_new < nodes.size();
    std::vector<gis::Envelope> envelopes;
    for (const auto& g : nodes.geometries) envelopes.push_back(gis::geos_envelope(g.get()));
    if (new_nodes) {
        gis::Envelope area = envelopes[first_new];
        for (std::size_t n = first_new; n < nodes.size(); ++n) area = united(area, envelopes[n]);
        cover_new_areas(data, nodes, first_new, *local_index(nodes, envelopes, area), plan, changed);
    }
    out.changed_nodes.assign(changed.begin(), changed.end());
    std::vector<bool> is_changed(nodes.size(), false);
    for (std::uint32_t n : changed) is_changed[n] = true;

    // Leads covered by a changed node may change status.
    std::set<std::uint32_t> zones;
    each_lead_layer(data, plan, [&](const DemandPoints& points, PointPlacement& leads) {
        for (std::size_t i = 0; i < points.size(); ++i) {
            const auto& covering = leads.covering[i];
            if (std::none_of(covering.begin(), covering.end(), [&](std::uint32_t n) { return is_changed[n]; }))
                continue;
            const TechIndex tech = points.technology.empty() ? kAnyTechnology : points.technology[i];
            const Serviceability status = serviceability(nodes, covering, tech);
            leads.serving_node[i] = serving_node(nodes, covering, tech);
            if (status == leads.status[i]) continue;
            const std::int32_t zone = leads.zone[i];
            if (points.open[i]) {
                ZoneCounts& counts = zone < 0 ? plan.overlay.outside : plan.overlay.zones[std::size_t(zone)].counts;
                --counts.leads_by_status[std::size_t(leads.status[i])];
                ++counts.leads_by_status[std::size_t(status)];
            }
            leads.status[i] = status;
            if (zone >= 0) zones.insert(std::uint32_t(zone));
        }
    });

    // Zones the changed nodes reach: before the change, or (new nodes) now.
    for (std::size_t z = 0; z < data.zones.size(); ++z)
        for (std::uint32_t n : before.overlay.zones[z].nodes)
            if (is_changed[n]) zones.insert(std::uint32_t(z));
    auto ctx = gis::geos_context();
    for (std::size_t n = first_new; n < nodes.size(); ++n) {
        gis::GeosPrepared prepared(GEOSPrepare_r(ctx, nodes.geometries[n].get()));
        const gis::Envelope box = gis::geos_envelope(nodes.geometries[n].get());
        for (std::size_t z = 0; z < data.zones.size(); ++z) {
            const gis::Envelope zone_box = gis::geos_envelope(data.zones.geometries[z].get());
            if (zone_box.minx > box.maxx || zone_box.maxx < box.minx || zone_box.miny > box.maxy || zone_box.maxy < box.miny)
                continue;
            if (GEOSPreparedIntersects_r(ctx, prepared.get(), data.zones.geometries[z].get()) == 1) zones.insert(std::uint32_t(z));
        }
    }
    out.affected_zones.assign(zones.begin(), zones.end());
    if (new_nodes) {
        // Coverage changed: measure the zones again against the nodes near them.
        gis::Envelope area = gis::geos_envelope(data.zones.geometries[out.affected_zones.front()].get());
        for (std::uint32_t z : out.affected_zones) area = united(area, gis::geos_envelope(data.zones.geometries[z].get()));
        const auto index = local_index(nodes, envelopes, area);
        for (std::uint32_t z : out.affected_zones) measure_zone(data, nodes, *index, z, plan.overlay.zones[z]);
    } else {
        // Only capacity changed: the zones' spare ports move by the nodes' change.
        for (std::uint32_t z : out.affected_zones) {
            ZoneFigures& figures = plan.overlay.zones[z];
            for (std::uint32_t n : figures.nodes) {
                if (!is_changed[n] || nodes.status[n] != NodeStatus::Live) continue;
                auto counted = [](std::optional<double> spare) { return spare && *spare > 0 ? *spare : 0.0; };
                const double delta = counted(nodes.spare(n)) - counted(data.nodes.spare(n));
                figures.spare_capacity += delta;
                if (nodes.technology[n] != kAnyTechnology) figures.spare_by_tech[nodes.technology[n]] += delta;
            }
        }
    }
    model_network(data, nodes, plan, out.changed_nodes, out.affected_zones);
    rerank(data, scenario.weights.value_or(before.weights), plan);
    return out;
}

ScenarioComparison compare_scenario(const Plan& before, const ScenarioOutcome& outcome) {
    ScenarioComparison comparison;
    comparison.recomputed = outcome.affected_zones;
    const Plan& after = outcome.plan;
    std::vector<bool> recomputed(after.investment.size());
    for (std::uint32_t z : outcome.affected_zones) recomputed[z] = true;
    for (std::uint32_t z = 0; z < after.investment.size(); ++z)
        if (!recomputed[z] && (before.investment[z].rank != after.investment[z].rank || before.sales[z].rank != after.sales[z].rank))
            comparison.rank_moved.push_back(z);
    return comparison;
}

}  // namespace coverplan::planner
