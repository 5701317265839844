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

std::int32_t serving_node(const Nodes& nodes, std::span<const std::uint32_t> covering, TechIndex tech) {
    std::int32_t best = -1, planned = -1;
    double best_spare = -1e300;
    for (std::uint32_t n : covering) {
        if (!serves(nodes, n, tech)) continue;
        if (nodes.status[n] == NodeStatus::Planned) {
            if (planned < 0) planned = static_cast<std::int32_t>(n);
            continue;
        }
        const double spare = nodes.spare(n).value_or(-1e299);
        if (spare > best_spare) {
            best_spare = spare;
            best = static_cast<std::int32_t>(n);
        }
    }
    return best >= 0 ? best : planned;
}

}  // namespace coverplan::planner
