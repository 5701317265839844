#include "planner/serviceability.h"

namespace coverplan::planner {

const char* to_string(Serviceability status) {
    switch (status) {
        case Serviceability::Available: return "available";
        case Serviceability::Full: return "full";
        case Serviceability::Planned: return "planned";
        case Serviceability::NotCovered: return "not_covered";
    }
    return "?";
}

Serviceability serviceability(const Nodes& nodes, std::span<const std::uint32_t> covering, TechIndex tech) {
    bool live = false, planned = false;
    for (std::uint32_t n : covering) {
        if (!serves(nodes, n, tech)) continue;
        if (nodes.status[n] == NodeStatus::Planned) {
            planned = true;
            continue;
        }
        live = true;
        const auto spare = nodes.spare(n);
        if (spare && *spare >= 1) return Serviceability::Available;
    }
    if (live) return Serviceability::Full;
    if (planned) return Serviceability::Planned;
    return Serviceability::NotCovered;
}

}  // namespace coverplan::planner
