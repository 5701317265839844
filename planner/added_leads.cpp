#include "planner/added_leads.h"

#include <algorithm>

#include "planner/serviceability.h"

namespace coverplan::planner {

void add_lead(const Dataset& data, const ServiceChecker& checker, const NewLead& lead, Plan& plan) {
    const std::vector<std::uint32_t> covering = checker.node_index().covering(lead.x, lead.y);
    // Zones are sorted by id: on a shared boundary the smallest id wins, as in the overlay.
    const std::vector<std::uint32_t> zones = checker.zone_index().covering(lead.x, lead.y);
    const std::int32_t zone = zones.empty() ? -1 : std::int32_t(zones.front());
    const Serviceability status = serviceability(data.nodes, covering, lead.technology);

    DemandPoints& points = plan.added_leads.points;
    points.x.push_back(lead.x);
    points.y.push_back(lead.y);
    points.ids.push_back(lead.id);
    points.technology.push_back(lead.technology);
    points.date.push_back(lead.created);
    points.open.push_back(true);
    points.category.push_back(lead.status);
    PointPlacement& placement = plan.added_leads.placement;
    placement.zone.push_back(zone);
    placement.status.push_back(status);
    placement.serving_node.push_back(serving_node(data.nodes, covering, lead.technology));
    placement.covering.push_back(covering);

    ZoneCounts& counts = zone < 0 ? plan.overlay.outside : plan.overlay.zones[std::size_t(zone)].counts;
    ++counts.leads_open;
    ++counts.leads_by_status[static_cast<std::size_t>(status)];
    std::vector<std::uint32_t> nodes;
    for (std::uint32_t n : covering)
        if (serves(data.nodes, n, lead.technology)) {
            ++plan.overlay.nodes[n].leads_inside;
            nodes.push_back(n);
        }
    // The zone's own model, and every zone a changed node reaches (its
    // count of exhausting nodes may move).
    std::vector<std::uint32_t> touched;
    if (zone >= 0) touched.push_back(std::uint32_t(zone));
    if (!nodes.empty())
        for (std::size_t z = 0; z < data.zones.size(); ++z)
            for (std::uint32_t n : plan.overlay.zones[z].nodes)
                if (std::binary_search(nodes.begin(), nodes.end(), n)) {
                    touched.push_back(std::uint32_t(z));
                    break;
                }
    std::sort(touched.begin(), touched.end());
    touched.erase(std::unique(touched.begin(), touched.end()), touched.end());
    remodel(data, data.nodes, plan, nodes, touched);
    rerank(data, plan.weights, plan);
}

}  // namespace coverplan::planner
