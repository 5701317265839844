#pragma once
// Complaints as a network signal. Customer care collects complaints by
// place; weak-network complaints say which part of the network to look at.
// Each complaint is tied to its zone (the overlay) and to the live nodes
// whose service area holds it — of its technology when the project maps one
// ([layers.complaints] technology or technology_value), of any otherwise —
// then counted per node, per zone by category, and per zone on the node
// most of its recent complaints lie on ("60 % on TC-00131").

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "planner/dataset.h"
#include "planner/network_overlay.h"
#include "planner/serviceability.h"

namespace coverplan::planner {

/// Whether a complaint of technology `tech` at a place node `n` covers is
/// tied to that node: the node is live (a planned node serves nobody yet)
/// and serves the technology (kAnyTechnology on either side: any).
inline bool ties_complaint(const Nodes& nodes, std::uint32_t n, TechIndex tech) {
    return nodes.status[n] == NodeStatus::Live && serves(nodes, n, tech);
}

/// The one node a complaint is shown against (points_status node_id): of
/// the nodes tied to it, the one serving_node() picks (most spare, then the
/// smaller index); -1 when no live node of its technology covers it.
std::int32_t complaint_node(const Nodes& nodes, std::span<const std::uint32_t> covering, TechIndex tech);

/// A zone's recent complaints are said to concentrate on a node when at
/// least this share of them, and at least kConcentratedMinimum, lie in its
/// service area. Only when complaints carry a technology: without one, a 4G
/// sector spanning the whole zone would hold every FTTH complaint too.
inline constexpr double kConcentratedShare = 0.5;
inline constexpr std::int64_t kConcentratedMinimum = 3;

struct CategoryCount {
    std::string category;  ///< as the data writes it; "" when a complaint has none
    std::int64_t complaints = 0;
    bool operator==(const CategoryCount&) const = default;
};

/// Complaints per node, per zone and per category. Node counts are of the
/// data's network: a scenario's new node has none (the complaints were made
/// before it existed).
struct ComplaintFigures {
    bool by_technology = false;  ///< the complaints carry a technology (the project maps one)
    bool dated = false;          ///< some complaint has a date: "recent" is the scoring window, else every complaint
    Day since = kNoDay;          ///< recent: after this day, up to as_of (kNoDay when not dated)
    std::vector<std::int64_t> node_complaints;  ///< parallel to Dataset::nodes: complaints tied to each
    std::vector<std::int64_t> node_recent;      ///< the recent ones among them
    std::vector<std::int64_t> zone_recent;      ///< recent complaints in each zone
    /// Complaints of each zone by category, most first (then by name); one
    /// more entry at the end for the complaints outside every zone.
    std::vector<std::vector<CategoryCount>> zone_categories;
    std::vector<std::int32_t> zone_node;         ///< the node holding most of the zone's recent complaints, -1 none
    std::vector<std::int64_t> zone_node_recent;  ///< how many of them lie in its service area
    std::vector<CategoryCount> categories;       ///< every complaint, by category, most first
    std::int64_t total = 0, recent = 0;          ///< complaints, and the recent ones
    std::int64_t tied = 0, recent_tied = 0;      ///< of those, tied to at least one live node

    /// The node zone z's recent complaints concentrate on (kConcentratedShare),
    /// or -1.
    std::int32_t concentrated_node(std::size_t z) const;
    /// Complaints tied to node n, zero for a node the data does not hold (a scenario's).
    std::int64_t of_node(std::size_t n) const { return n < node_complaints.size() ? node_complaints[n] : 0; }
    std::int64_t recent_of_node(std::size_t n) const { return n < node_recent.size() ? node_recent[n] : 0; }
};

/// Recent complaints per 100 subscribers; empty without subscribers.
std::optional<double> complaints_per_100(std::int64_t recent, std::int64_t subscribers);

/// Ties every complaint placed by the overlay. "Recent": within
/// scoring.complaint_window_days before `as_of` (every complaint when the
/// layer has no dates at all, as the zones' complaint figures count them).
ComplaintFigures tie_complaints(const Dataset& data, const NetworkOverlay& overlay, Day as_of);

/// "weak_signal 12, outage 5, (none) 1": counts for a table cell.
std::string categories_text(const std::vector<CategoryCount>& counts);

}  // namespace coverplan::planner
