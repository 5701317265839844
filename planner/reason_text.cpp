#include "planner/reason_text.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <numeric>

#include "gis/number_format.h"
#include "planner/calendar.h"
#include "planner/number_text.h"

namespace coverplan::planner {

namespace {

std::string count_of(double value, const char* one, const char* many) {
    const long long n = std::llround(value);
    return group_thousands(n) + " " + (n == 1 ? one : many);
}

}  // namespace

std::string reason_text(RankingKind kind, const Reason& reason) {
    const double figure = reason.figure;
    if (kind == RankingKind::Investment) {
        switch (reason.component) {
            case 0: {
                std::string text;
                if (figure > 0) text = count_of(figure, "lead", "leads") + " cannot be served";
                if (reason.forecast_beyond_spare >= 0.5)
                    text += std::string(text.empty() ? "" : ", ") + "forecast exceeds spare ports by " +
                            group_thousands(std::llround(reason.forecast_beyond_spare));
                return text;
            }
            case 1:
                return count_of(figure, "node", "nodes") + " above " + percent(reason.threshold, 0) + " within " +
                       std::to_string(reason.months) + " months";
            case 2:
                return "complaints " + gis::format_fixed(figure, 1) + "× average" +
                       (reason.node.empty() ? "" : ", " + percent(reason.node_share, 0) + " on " + reason.node);
            default:
                return "activations " + gis::format_signed(figure * 100.0, 0) + " % over " + std::to_string(reason.months) +
                       " months";
        }
    }
    switch (reason.component) {
        case 0: return count_of(figure, "spare port", "spare ports");
        case 1: return count_of(figure, "household", "households") + " not yet subscribed";
        case 2: return count_of(figure, "lead", "leads") + " can be served now";
        default: return "installs on time " + percent(figure, 0) + (reason.project_rate ? " (project)" : "");
    }
}

std::string reasons_text(RankingKind kind, std::span<const Reason> reasons) {
    std::string text;
    for (const Reason& reason : reasons) {
        const std::string one = reason_text(kind, reason);
        if (!one.empty()) text += (text.empty() ? "" : "; ") + one;
    }
    if (text.empty()) return kind == RankingKind::Investment ? "no pressure on the network" : "little to sell here";
    return text;
}

ComplaintsCounted complaints_counted(const Dataset& data, const Plan& plan) {
    const ComplaintFigures& f = *plan.complaints;
    ComplaintsCounted counted;
    counted.total = f.total;
    counted.recent = f.recent;
    counted.recent_tied = f.recent_tied;
    counted.dated = f.dated;
    counted.window_days = data.project.scoring.complaint_window_days;
    counted.as_of = data.project.as_of;
    counted.per_1000 = average_complaints_per_1000(plan);
    counted.by_technology = f.by_technology;
    // Categories of every complaint, as the zones layer counts them.
    if (!f.categories.empty() && !(f.categories.size() == 1 && f.categories.front().category.empty())) {
        constexpr std::size_t kShown = 4;
        const std::size_t shown = std::min(kShown, f.categories.size());
        counted.categories.assign(f.categories.begin(), f.categories.begin() + long(shown));
        counted.more_categories = f.categories.size() - shown;
    }
    return counted;
}

std::string complaints_counted_text(const ComplaintsCounted& c) {
    if (c.total == 0) return "no complaints in the data: the component is 0 for every zone";
    std::string text = group_thousands(c.recent) + (c.recent == 1 ? " complaint" : " complaints");
    if (c.dated)
        text += " in the " + std::to_string(c.window_days) + " days before " + c.as_of + " (of " + group_thousands(c.total) + ")";
    else
        text += " (the layer maps no date: every complaint counts)";
    text += ", " + gis::format_fixed(c.per_1000, 1) + " per 1,000 subscribers across the zones; " +
            group_thousands(c.recent_tied) + " of them lie in the service area of a live node" +
            (c.by_technology ? " of their technology" : " (any technology: the complaints name none)") + ".";
    if (!c.categories.empty()) {
        text += " By category (all " + group_thousands(c.total) + "): " + categories_text(c.categories);
        if (c.more_categories > 0) text += ", and " + std::to_string(c.more_categories) + " more";
        text += ".";
    }
    return text;
}

std::vector<std::size_t> most_complained_nodes(const Dataset& data, const Plan& plan) {
    const ComplaintFigures& f = *plan.complaints;
    std::vector<std::size_t> order;
    for (std::size_t n = 0; n < data.nodes.size(); ++n)
        if (f.recent_of_node(n) > 0) order.push_back(n);
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t a, std::size_t b) { return f.recent_of_node(a) > f.recent_of_node(b); });
    return order;
}

std::string complained_nodes_text(const Dataset& data, const Plan& plan, std::size_t count) {
    const ComplaintFigures& f = *plan.complaints;
    const std::vector<std::size_t> order = most_complained_nodes(data, plan);
    std::string text;
    for (std::size_t i = 0; i < std::min(count, order.size()); ++i)
        text += (text.empty() ? "" : ", ") + data.nodes.ids[order[i]] + " " + group_thousands(f.recent_of_node(order[i]));
    return text;
}

// --- checks -----------------------------------------------------------------

std::string distance_text(double metres) {
    if (metres >= 10000) return group_thousands(std::lround(metres / 1000)) + " km";
    if (metres >= 1000) return gis::format_fixed(metres / 1000, 1) + " km";
    return std::to_string(std::lround(metres)) + " m";
}

std::string spare_text(const Nodes& nodes, std::uint32_t node) {
    const auto spare = nodes.spare(node);
    return spare ? group_thousands(static_cast<long long>(std::floor(*spare))) : "unknown";
}

std::string verdict_text(const Dataset& data, const CheckVerdict& verdict) {
    if (verdict.node < 0) return "no node of this technology anywhere";
    const auto n = static_cast<std::uint32_t>(verdict.node);
    const std::string& id = data.nodes.ids[n];
    switch (verdict.status) {
        case Serviceability::Available: return "node " + id + " has " + spare_text(data.nodes, n) + " spare";
        case Serviceability::Full: return "node " + id + " has no spare capacity";
        case Serviceability::Planned:
            return "node " + id + " is planned" +
                   (verdict.planned_date == kNoDay ? " (no date yet)" : ", ready " + format_date(verdict.planned_date));
        case Serviceability::NotCovered:
            return "nearest node " + id + ", " + distance_text(verdict.distance_m) + " from its service area";
    }
    return "";
}

std::string status_heading(Serviceability status) {
    std::string text = to_string(status);
    for (char& c : text) c = c == '_' ? ' ' : static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    return text;
}

// --- scenarios --------------------------------------------------------------

std::string score_change_text(double before, double after) {
    return before == after ? gis::format_fixed(after, 3)
                           : gis::format_fixed(before, 3) + " → " + gis::format_fixed(after, 3);
}

std::string rank_change_text(std::int32_t before, std::int32_t after) {
    return before == after ? std::to_string(after) : std::to_string(before) + " → " + std::to_string(after);
}

std::string weights_text(RankingKind kind, const Weights& weights) {
    return weights_text(kind, weights, [](const std::string& key) { return key; });
}

std::string weights_text(RankingKind kind, const Weights& weights, const std::function<std::string(const std::string&)>& name_of) {
    const double total = std::accumulate(weights.begin(), weights.end(), 0.0);
    const auto& components = ranking_components(kind);
    std::string text;
    for (std::size_t c = 0; c < kComponents; ++c) {
        if (weights[c] <= 0) continue;
        std::string key = components[c].key;
        std::replace(key.begin(), key.end(), '_', ' ');
        text += (text.empty() ? "" : ", ") + name_of(key) + " " + percent(total > 0 ? weights[c] / total : 0, 0);
    }
    return text;
}

}  // namespace coverplan::planner
