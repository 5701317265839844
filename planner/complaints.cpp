#include "planner/complaints.h"

#include <algorithm>
#include <map>
#include <utility>

#include "planner/number_text.h"

namespace coverplan::planner {

namespace {

/// Counts by category, most first, then alphabetical: the same order
/// whatever order the complaints came in.
std::vector<CategoryCount> sorted_counts(const std::map<std::string, std::int64_t>& counts) {
    std::vector<CategoryCount> out;
    for (const auto& [category, n] : counts) out.push_back({category, n});
    std::stable_sort(out.begin(), out.end(), [](const CategoryCount& a, const CategoryCount& b) { return a.complaints > b.complaints; });
    return out;
}

}  // namespace

std::int32_t complaint_node(const Nodes& nodes, std::span<const std::uint32_t> covering, TechIndex tech) {
    std::vector<std::uint32_t> live;
    for (std::uint32_t n : covering)
        if (ties_complaint(nodes, n, tech)) live.push_back(n);
    return serving_node(nodes, live, tech);
}

std::optional<double> complaints_per_100(std::int64_t recent, std::int64_t subscribers) {
    if (subscribers <= 0) return std::nullopt;
    return 100.0 * double(recent) / double(subscribers);
}

std::int32_t ComplaintFigures::concentrated_node(std::size_t z) const {
    if (!by_technology || z >= zone_node.size() || zone_node[z] < 0) return -1;
    const std::int64_t on_node = zone_node_recent[z];
    if (on_node < kConcentratedMinimum || double(on_node) < kConcentratedShare * double(zone_recent[z])) return -1;
    return zone_node[z];
}

ComplaintFigures tie_complaints(const Dataset& data, const NetworkOverlay& overlay, Day as_of) {
    const DemandPoints& complaints = data.complaints;
    const PointPlacement& placement = *overlay.complaints;
    const std::size_t zones = data.zones.size();
    ComplaintFigures out;
    out.by_technology = !complaints.technology.empty();
    out.dated = std::any_of(complaints.date.begin(), complaints.date.end(), [](Day d) { return d != kNoDay; });
    if (out.dated) out.since = as_of - data.project.scoring.complaint_window_days;
    out.node_complaints.assign(data.nodes.size(), 0);
    out.node_recent.assign(data.nodes.size(), 0);
    out.zone_recent.assign(zones, 0);
    out.zone_node.assign(zones, -1);
    out.zone_node_recent.assign(zones, 0);

    std::vector<std::map<std::string, std::int64_t>> zone_categories(zones + 1);
    std::map<std::string, std::int64_t> categories;
    // (zone, node) of every recent complaint in a zone and node tied to it:
    // sorted, runs give each zone's count per node.
    std::vector<std::pair<std::uint32_t, std::uint32_t>> zone_nodes;
    static const std::string kNone;
    for (std::size_t i = 0; i < complaints.size() && i < placement.zone.size(); ++i) {
        const std::int32_t zone = placement.zone[i];
        const bool recent = !out.dated || (complaints.date[i] > out.since && complaints.date[i] <= as_of);
        const TechIndex tech = complaints.technology.empty() ? kAnyTechnology : complaints.technology[i];
        bool tied = false;
        for (std::uint32_t n : placement.covering[i]) {
            if (!ties_complaint(data.nodes, n, tech)) continue;
            tied = true;
            ++out.node_complaints[n];
            if (!recent) continue;
            ++out.node_recent[n];
            if (zone >= 0) zone_nodes.emplace_back(std::uint32_t(zone), n);
        }
        const std::string& category = complaints.category.empty() ? kNone : complaints.category[i];
        ++zone_categories[zone < 0 ? zones : std::size_t(zone)][category];
        ++categories[category];
        ++out.total;
        out.tied += tied;
        if (!recent) continue;
        ++out.recent;
        out.recent_tied += tied;
        if (zone >= 0) ++out.zone_recent[std::size_t(zone)];
    }
    std::sort(zone_nodes.begin(), zone_nodes.end());
    for (std::size_t begin = 0; begin < zone_nodes.size();) {
        std::size_t end = begin;
        while (end < zone_nodes.size() && zone_nodes[end] == zone_nodes[begin]) ++end;
        const auto [zone, node] = zone_nodes[begin];
        // Nodes come in ascending order: a tie keeps the smaller index.
        if (std::int64_t(end - begin) > out.zone_node_recent[zone]) {
            out.zone_node_recent[zone] = std::int64_t(end - begin);
            out.zone_node[zone] = std::int32_t(node);
        }
        begin = end;
    }
    out.zone_categories.reserve(zones + 1);
    for (const auto& counts : zone_categories) out.zone_categories.push_back(sorted_counts(counts));
    out.categories = sorted_counts(categories);
    return out;
}

std::string categories_text(const std::vector<CategoryCount>& counts) {
    std::string text;
    for (const CategoryCount& count : counts)
        text += (text.empty() ? "" : ", ") + (count.category.empty() ? std::string("(none)") : count.category) + " " +
                group_thousands(count.complaints);
    return text;
}

}  // namespace coverplan::planner
