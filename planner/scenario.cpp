#include "planner/scenario.h"

#include <algorithm>
#include <cmath>
#include <set>

#include "gis/error.h"
#include "gis/polygon_index.h"

namespace coverplan::planner {

namespace {

std::uint32_t node_index(const Nodes& nodes, const std::string& id) {
    auto it = std::find(nodes.ids.begin(), nodes.ids.end(), id);
    if (it == nodes.ids.end()) throw InputError("scenario: no node '" + id + "' in the coverage layer");
    return static_cast<std::uint32_t>(it - nodes.ids.begin());
}

TechIndex technology_index(const Dataset& data, const std::string& name) {
    if (name.empty()) return kAnyTechnology;
    std::string lower;
    for (char c : name) lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    auto it = std::find(data.technologies.begin(), data.technologies.end(), lower);
    if (it == data.technologies.end()) {
        std::string known;
        for (const auto& t : data.technologies) known += (known.empty() ? "" : ", ") + t;
        throw InputError("scenario: unknown technology '" + name + "' (the data has: " + known + ")");
    }
    return static_cast<TechIndex>(it - data.technologies.begin());
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

/// Demand inside the new nodes' areas (nodes from `first_new` on): the new
/// nodes take their share of it, and the existing nodes covering the same
/// points give theirs up (1/k becomes 1/(k+1)); those nodes change too.
void cover_new_areas(const Dataset& data, const Nodes& nodes, std::size_t first_new, const gis::PolygonIndex& index,
                     Plan& plan, std::set<std::uint32_t>& changed) {
    gis::Envelope box = gis::geos_envelope(nodes.geometries[first_new].get());
    for (std::size_t n = first_new + 1; n < nodes.size(); ++n) {
        const gis::Envelope e = gis::geos_envelope(nodes.geometries[n].get());
        box = {std::min(box.minx, e.minx), std::min(box.miny, e.miny), std::max(box.maxx, e.maxx), std::max(box.maxy, e.maxy)};
    }
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
    const DemandPoints& leads = data.leads;
    for (std::size_t i = 0; i < leads.size(); ++i) {
        if (!inside_box(leads.x[i], leads.y[i])) continue;
        auto& lead_covering = plan.overlay.leads.covering[i];
        lead_covering = index.covering(leads.x[i], leads.y[i]);
        const TechIndex tech = leads.technology.empty() ? kAnyTechnology : leads.technology[i];
        for (std::uint32_t n : lead_covering)
            if (n >= first_new && leads.open[i] && serves(nodes, n, tech)) ++plan.overlay.nodes[n].leads_inside;
        // Nodes sharing the lead's pipeline with a new node change too.
        if (std::any_of(lead_covering.begin(), lead_covering.end(), [&](std::uint32_t n) { return n >= first_new; }))
            for (std::uint32_t n : lead_covering)
                if (serves(nodes, n, tech)) changed.insert(n);
    }
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
    out.plan.overlay = before.overlay;
    out.plan.nodes = before.nodes;
    out.plan.zones = before.zones;
    out.plan.investment = before.investment;
    out.plan.sales = before.sales;
    out.plan.sla = before.sla;
    out.plan.backtest = before.backtest;
    Nodes& nodes = out.nodes;
    Plan& plan = out.plan;
    std::set<std::uint32_t> changed;
    for (const CapacityChange& change : scenario.added_capacity) {
        const std::uint32_t n = node_index(nodes, change.node_id);
        if (!nodes.capacity[n])
            throw InputError("scenario: node '" + change.node_id + "' has no capacity in the data; ports cannot be added");
        *nodes.capacity[n] += change.ports;
        changed.insert(n);
    }
    const std::size_t first_new = nodes.size();
    for (std::size_t k = 0; k < scenario.new_nodes.size(); ++k) {
        append_new_node(data, scenario.new_nodes[k], k + 1, nodes, plan);
        changed.insert(static_cast<std::uint32_t>(first_new + k));
    }
    std::vector<const GEOSGeometry*> areas;
    for (const auto& g : nodes.geometries) areas.push_back(g.get());
    const gis::PolygonIndex index(areas);
    if (first_new < nodes.size()) cover_new_areas(data, nodes, first_new, index, plan, changed);
    out.changed_nodes.assign(changed.begin(), changed.end());

    // Leads covered by a changed node may change status.
    std::set<std::uint32_t> zones;
    PointPlacement& leads = plan.overlay.leads;
    for (std::size_t i = 0; i < data.leads.size(); ++i) {
        const auto& covering = leads.covering[i];
        if (std::none_of(covering.begin(), covering.end(), [&](std::uint32_t n) { return changed.count(n) > 0; }))
            continue;
        const TechIndex tech = data.leads.technology.empty() ? kAnyTechnology : data.leads.technology[i];
        const Serviceability status = serviceability(nodes, covering, tech);
        leads.serving_node[i] = serving_node(nodes, covering, tech);
        if (status == leads.status[i]) continue;
        const std::int32_t zone = leads.zone[i];
        if (data.leads.open[i]) {
            ZoneCounts& counts = zone < 0 ? plan.overlay.outside : plan.overlay.zones[std::size_t(zone)].counts;
            --counts.leads_by_status[std::size_t(leads.status[i])];
            ++counts.leads_by_status[std::size_t(status)];
        }
        leads.status[i] = status;
        if (zone >= 0) zones.insert(std::uint32_t(zone));
    }

    // Zones the changed nodes reach: before the change, or (new nodes) now.
    for (std::size_t z = 0; z < data.zones.size(); ++z)
        for (std::uint32_t n : before.overlay.zones[z].nodes)
            if (changed.count(n)) zones.insert(std::uint32_t(z));
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
    for (std::uint32_t z : out.affected_zones) measure_zone(data, nodes, index, z, plan.overlay.zones[z]);
    model_network(data, nodes, plan, out.changed_nodes, out.affected_zones);
    rerank(data, data.project.investment, data.project.sales, plan);
    return out;
}

}  // namespace coverplan::planner
