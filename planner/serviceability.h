#pragma once
// Can this location be served? One definition used everywhere the product
// shows serviceability: overlay's leads_* columns, the lead split, checks.

#include <cstdint>
#include <span>
#include <string>

#include "planner/dataset.h"

namespace coverplan::planner {

enum class Serviceability : std::uint8_t {
    Available,   ///< a live node of the technology covers it and has spare capacity
    Full,        ///< covered by live nodes of the technology, none with spare (or spare unknown)
    Planned,     ///< only planned coverage of the technology
    NotCovered,  ///< no coverage of the technology
};

const char* to_string(Serviceability status);

/// Status of a location covered by `covering` nodes (indexes into
/// data.nodes), for technology `tech` (kAnyTechnology: any node counts).
/// A node without technology counts for every technology.
Serviceability serviceability(const Nodes& nodes, std::span<const std::uint32_t> covering, TechIndex tech);

/// Whether node `n` can serve demand of technology `tech`.
inline bool serves(const Nodes& nodes, std::uint32_t n, TechIndex tech) {
    return tech == kAnyTechnology || nodes.technology[n] == kAnyTechnology || nodes.technology[n] == tech;
}

/// The covering node a location of technology `tech` would be served from:
/// the live node with the most spare capacity (unknown spare counts least),
/// else the planned node ready first (unknown dates last); ties go to the
/// smaller index. -1 when no covering node serves the technology.
std::int32_t serving_node(const Nodes& nodes, std::span<const std::uint32_t> covering, TechIndex tech);

}  // namespace coverplan::planner
