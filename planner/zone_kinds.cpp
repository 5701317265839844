#include "planner/zone_kinds.h"

#include <algorithm>
#include <map>
#include <numeric>
#include <set>

#include "gis/text_fold.h"

namespace coverplan::planner {

namespace {

/// What two spellings of one kind have in common: folded, spaces around and
/// runs of spaces inside dropped to one.
std::string kind_key(std::string_view text) {
    const std::string folded = gis::fold_for_search(text);
    std::string key;
    for (char c : folded) {
        if (c == ' ' && (key.empty() || key.back() == ' ')) continue;
        key += c;
    }
    if (!key.empty() && key.back() == ' ') key.pop_back();
    return key;
}

std::string trim_spaces(std::string_view text) {
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.remove_suffix(1);
    return std::string(text);
}

}  // namespace

bool maps_zone_kind(const Dataset& data) {
    return data.project.has("zones") && data.project.layer("zones").maps("kind");
}

std::vector<std::string> zone_kinds(const Zones& zones) {
    std::set<std::string> distinct;
    bool without = false;
    for (std::size_t z = 0; z < zones.size(); ++z) {
        const std::string& kind = zones.kind_of(z);
        if (kind.empty())
            without = true;
        else
            distinct.insert(kind);
    }
    std::vector<std::string> kinds(distinct.begin(), distinct.end());
    // Folded order puts "Xã" after "Thị trấn" as a reader expects (byte
    // order would sort by the UTF-8 of the accented letters); the bytes
    // break ties between spellings that fold alike.
    std::stable_sort(kinds.begin(), kinds.end(),
                     [](const std::string& a, const std::string& b) { return kind_key(a) < kind_key(b); });
    if (without) kinds.emplace_back();
    return kinds;
}

ZoneKindChoice choose_zone_kinds(const Zones& zones, std::span<const std::string> asked) {
    const std::vector<std::string> kinds = zone_kinds(zones);
    std::vector<bool> chosen(kinds.size(), false);
    ZoneKindChoice choice;
    // One asked kind may match several spellings in the data ("Phường" and
    // "PHƯỜNG"): all of them are that kind.
    auto pick = [&](const std::string& text) {
        const std::string key = kind_key(text);
        bool found = false;
        for (std::size_t k = 0; k < kinds.size(); ++k)
            if (kind_key(kinds[k]) == key) chosen[k] = found = true;
        return found;
    };
    for (const std::string& text : asked) {
        if (pick(text)) continue;  // a kind whose own name holds a comma
        std::size_t start = 0;
        while (start <= text.size()) {
            const std::size_t comma = std::min(text.find(',', start), text.size());
            const std::string part = trim_spaces(std::string_view(text).substr(start, comma - start));
            if (!part.empty() && !pick(part) &&
                std::find(choice.unknown.begin(), choice.unknown.end(), part) == choice.unknown.end())
                choice.unknown.push_back(part);
            start = comma + 1;
        }
    }
    for (std::size_t k = 0; k < kinds.size(); ++k)
        if (chosen[k]) choice.kinds.push_back(kinds[k]);
    return choice;
}

std::vector<std::uint32_t> zones_of_kinds(const Zones& zones, std::span<const std::uint32_t> order,
                                          std::span<const std::string> kinds) {
    std::vector<std::uint32_t> kept;
    for (std::uint32_t z : order)
        if (kinds.empty() || std::find(kinds.begin(), kinds.end(), zones.kind_of(z)) != kinds.end()) kept.push_back(z);
    return kept;
}

std::vector<std::int32_t> ranks_within_kind(const Dataset& data, const Plan& plan, RankingKind ranking) {
    std::vector<std::int32_t> ranks(data.zones.size(), 0);
    std::map<std::string, std::int32_t> seen;
    for (std::uint32_t z : plan.ranked(ranking)) ranks[z] = ++seen[data.zones.kind_of(z)];
    return ranks;
}

std::vector<ZoneKindFigures> summarise_by_zone_kind(const Dataset& data, const Plan& plan) {
    const std::vector<std::string> kinds = zone_kinds(data.zones);
    std::map<std::string, std::size_t> index;
    for (std::size_t k = 0; k < kinds.size(); ++k) index[kinds[k]] = k;
    std::vector<ZoneKindFigures> figures(kinds.size());
    std::vector<std::int64_t> subscribers_with_households(kinds.size(), 0);
    std::vector<std::set<std::uint32_t>> nodes(kinds.size());
    for (std::size_t k = 0; k < kinds.size(); ++k) figures[k].kind = kinds[k];

    for (std::size_t z = 0; z < data.zones.size(); ++z) {
        const std::size_t k = index.at(data.zones.kind_of(z));
        ZoneKindFigures& f = figures[k];
        const ZoneCounts& counts = plan.overlay.zones[z].counts;
        ++f.zones;
        f.subscribers += counts.subscribers;
        f.leads_open += counts.leads_open;
        f.leads_servable += counts.leads_by_status[std::size_t(Serviceability::Available)];
        f.leads_unserved += counts.leads_by_status[std::size_t(Serviceability::Full)] +
                            counts.leads_by_status[std::size_t(Serviceability::NotCovered)];
        if (const auto& households = data.zones.households[z]) {
            f.households += *households;
            subscribers_with_households[k] += counts.subscribers;
        }
        f.forecast_additions += plan.zones[z].forecast_additions;
        for (std::uint32_t n : plan.overlay.zones[z].nodes)
            if (data.nodes.status[n] == NodeStatus::Live) nodes[k].insert(n);
    }
    // Each kind's first zone in each ranking: walking the ranking from the
    // top, the first zone met of a kind is its best.
    for (RankingKind ranking : kRankingKinds)
        for (std::uint32_t z : plan.ranked(ranking)) {
            std::int32_t& top = ranking == RankingKind::Investment ? figures[index.at(data.zones.kind_of(z))].top_investment
                                                                   : figures[index.at(data.zones.kind_of(z))].top_sales;
            if (top < 0) top = std::int32_t(z);
        }
    for (std::size_t k = 0; k < kinds.size(); ++k) {
        ZoneKindFigures& f = figures[k];
        if (f.households > 0) f.penetration = double(subscribers_with_households[k]) / double(f.households);
        if (f.subscribers > 0) f.growth = f.forecast_additions / double(f.subscribers);
        for (std::uint32_t n : nodes[k])
            if (const auto spare = data.nodes.spare(n); spare && *spare > 0) f.spare_ports += *spare;
    }
    std::vector<std::size_t> order(kinds.size());
    std::iota(order.begin(), order.end(), std::size_t(0));
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        const bool a_none = figures[a].kind.empty(), b_none = figures[b].kind.empty();
        if (a_none != b_none) return b_none;
        return figures[a].subscribers > figures[b].subscribers;
    });
    std::vector<ZoneKindFigures> sorted;
    for (std::size_t k : order) sorted.push_back(std::move(figures[k]));
    return sorted;
}

}  // namespace coverplan::planner
