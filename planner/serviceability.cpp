#include "planner/serviceability.h"

#include <limits>

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
    std::int32_t live = -1, planned = -1;
    double best_spare = -std::numeric_limits<double>::infinity();
    Day first_ready = kNoDay;
    // Unknown dates sort after every known one.
    auto ready_key = [](Day day) { return day == kNoDay ? std::numeric_limits<Day>::max() : day; };
    for (std::uint32_t n : covering) {
        if (!serves(nodes, n, tech)) continue;
        if (nodes.status[n] == NodeStatus::Planned) {
            if (planned < 0 || ready_key(nodes.planned_date[n]) < ready_key(first_ready)) {
                planned = static_cast<std::int32_t>(n);
                first_ready = nodes.planned_date[n];
            }
            continue;
        }
        const double spare = nodes.spare(n).value_or(-std::numeric_limits<double>::max());
        if (live < 0 || spare > best_spare) {
            best_spare = spare;
            live = static_cast<std::int32_t>(n);
        }
    }
    return live >= 0 ? live : planned;
}

}  // namespace coverplan::planner
