#include "planner/side_by_side.h"

#include <algorithm>

namespace coverplan::planner {

namespace {

ZoneStanding zone_standing(const Plan& plan, std::uint32_t z) {
    return {plan.investment[z].score, plan.investment[z].rank, plan.sales[z].score, plan.sales[z].rank};
}

NodeStanding node_standing(const Nodes& nodes, const Plan& plan, std::size_t n) {
    NodeStanding standing;
    standing.exists = true;
    standing.capacity = nodes.capacity[n];
    standing.used = nodes.used[n];
    standing.utilization = plan.nodes[n].utilization;
    standing.projected_utilization = plan.nodes[n].projected_utilization;
    standing.exhausts_on = plan.nodes[n].exhausts_on;
    return standing;
}

/// The new nodes of one scenario, each on its side only.
void add_new_nodes(const Dataset& data, const ScenarioOutcome& outcome, Side side, std::vector<ComparedNode>& nodes) {
    for (std::size_t n = data.nodes.size(); n < outcome.nodes.size(); ++n) {
        ComparedNode node;
        node.node_id = std::string(side_name(side)) + ":" + outcome.nodes.ids[n];
        node.technology = outcome.nodes.technology[n];
        node.changed[std::size_t(side) - 1] = true;
        node.standing[std::size_t(side)] = node_standing(outcome.nodes, outcome.plan, n);
        nodes.push_back(std::move(node));
    }
}

}  // namespace

const char* side_name(Side side) {
    switch (side) {
        case Side::A: return "A";
        case Side::B: return "B";
        case Side::Baseline: break;
    }
    return "baseline";
}

SideBySide side_by_side(const Dataset& data, const Plan& baseline, const ScenarioOutcome& a, const ScenarioOutcome& b) {
    SideBySide out;
    out.weights = {baseline.weights, a.plan.weights, b.plan.weights};
    const std::array<const ScenarioOutcome*, 2> outcomes = {&a, &b};
    const std::size_t zones = data.zones.size();
    std::vector<std::array<bool, 2>> recomputed(zones, {false, false});
    for (std::size_t s = 0; s < 2; ++s)
        for (std::uint32_t z : outcomes[s]->affected_zones) recomputed[z][s] = true;
    for (std::uint32_t z = 0; z < zones; ++z) {
        ComparedZone row;
        row.zone = z;
        row.standing = {zone_standing(baseline, z), zone_standing(a.plan, z), zone_standing(b.plan, z)};
        row.recomputed = recomputed[z];
        bool moved = false;
        for (Side side : {Side::A, Side::B})
            for (RankingKind kind : kRankingKinds) moved |= row.on(side).rank(kind) != row.on(Side::Baseline).rank(kind);
        if (moved || row.recomputed[0] || row.recomputed[1]) out.zones.push_back(row);
    }
    std::sort(out.zones.begin(), out.zones.end(), [](const ComparedZone& x, const ComparedZone& y) {
        return x.on(Side::Baseline).investment_rank < y.on(Side::Baseline).investment_rank;
    });

    std::vector<std::array<bool, 2>> changed(data.nodes.size(), {false, false});
    for (std::size_t s = 0; s < 2; ++s)
        for (std::uint32_t n : outcomes[s]->changed_nodes)
            if (n < data.nodes.size()) changed[n][s] = true;
    for (std::size_t n = 0; n < data.nodes.size(); ++n) {
        if (!changed[n][0] && !changed[n][1]) continue;
        ComparedNode node;
        node.node_id = data.nodes.ids[n];
        node.technology = data.nodes.technology[n];
        node.changed = changed[n];
        node.standing = {node_standing(data.nodes, baseline, n), node_standing(a.nodes, a.plan, n),
                         node_standing(b.nodes, b.plan, n)};
        out.nodes.push_back(std::move(node));
    }
    add_new_nodes(data, a, Side::A, out.nodes);
    add_new_nodes(data, b, Side::B, out.nodes);
    return out;
}

}  // namespace coverplan::planner
