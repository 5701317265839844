// Subscribers: drawn inside the service area of a live node picked by its
// used capacity (2 % legacy lines anywhere in villages and fields), with an
// activation date that grows over time, fastest in industrial parks.

#include <array>

#include "point_draws.h"
#include "points.h"

namespace coverplan::datasets {

using namespace draws;

namespace {

/// What every subscriber is drawn from.
struct SubscriberSources {
    std::array<NodePicker, 3> by_tech;  ///< live nodes of a technology, by used capacity
    AliasTable tech_table;              ///< technologies by used capacity
    Mixture legacy;
};

SubscriberSources subscriber_sources(const Province& province) {
    // Technology shares follow the used capacity, so a node's subscribers
    // roughly match its "used" figure.
    SubscriberSources s;
    std::array<double, 3> used_by_tech{};
    for (int t = 0; t < 3; ++t) {
        s.by_tech[t] = picker(province, [&](const Node& n) {
            return !n.planned && tech_index(n.tech) == static_cast<std::size_t>(t) ? static_cast<double>(n.used) : 0.0;
        });
    }
    for (const auto& n : province.nodes)
        if (!n.planned) used_by_tech[tech_index(n.tech)] += static_cast<double>(n.used);
    s.tech_table = AliasTable(std::vector<double>(used_by_tech.begin(), used_by_tech.end()));
    s.legacy = province.mixture({Kind::Village, Kind::Background});
    return s;
}

/// Places one subscriber (row.p) and returns its technology and kind of place.
Tech place_subscriber(const Province& province, const SubscriberSources& s, Rng& rng, PointRow& row, Kind& kind) {
    if (rng.chance(0.02)) {
        // Legacy lines: old copper-era or radio customers, often outside today's coverage.
        row.p = province.sample(s.legacy, rng, &kind);
        return rng.chance(0.8) ? Tech::Ftth : Tech::G4;
    }
    const Tech tech = static_cast<Tech>(s.tech_table.draw(rng));
    const Node& node = s.by_tech[tech_index(tech)].draw(province, rng);
    row.p = province.sample_in(node, rng);
    kind = node.kind;
    return tech;
}

std::int64_t activation_day(Tech tech, Kind kind, Rng& rng) {
    static const std::int64_t start = days_from_civil(2023, 11, 1), end = days_from_civil(2026, 10, 31);
    // 5G went commercial in Vietnam in October 2024.
    static const std::int64_t start_5g = days_from_civil(2024, 10, 15);
    const std::int64_t first = tech == Tech::G5 ? start_5g : start;
    const std::int64_t span = end - first + 1;
    return first +
           std::clamp<std::int64_t>(static_cast<std::int64_t>(growing(rng, growth_rate(kind)) * span), 0, span - 1);
}

}  // namespace

std::vector<gis::FieldDef> subscriber_fields(bool dates_as_text) {
    using gis::FieldType;
    return {{"id", FieldType::String},
            {"service", FieldType::String},
            {"activated", dates_as_text ? FieldType::String : FieldType::Date}};
}

PointStats generate_subscribers(Province& province, const Sink& sink) {
    Rng rng(province.seed, "subscribers");
    const auto& cfg = province.config;
    const SubscriberSources sources = subscriber_sources(province);
    const std::int64_t depth_stride = std::max<std::int64_t>(1, cfg.subscribers / 20000);
    const std::int64_t bad_row = cfg.is_sample() ? 4242 : -1;

    for (auto& z : province.zones) z.subscribers = 0;
    PointStats stats;
    PointRow row;
    for (std::int64_t i = 0; i < cfg.subscribers; ++i) {
        Kind kind;
        const Tech tech = place_subscriber(province, sources, rng, row, kind);
        const std::int64_t day = activation_day(tech, kind, rng);
        const int z = province.zone_at(row.p);
        if (z >= 0)
            ++province.zones[z].subscribers;
        else
            ++stats.outside;
        if (i % depth_stride == 0) {
            stats.depth_sum += province.coverage_depth(row.p);
            ++stats.depth_samples;
        }
        ++stats.tech[tech_index(tech)];
        row.values.clear();
        row.values.emplace_back(make_id("TB", i + 1, 8));
        row.values.emplace_back(std::string(tech_name(tech)));
        row.values.emplace_back(iso_date(day));
        row.bad_x = i == bad_row ? "không rõ" : nullptr;
        sink(row);
        ++stats.rows;
    }
    return stats;
}

}  // namespace coverplan::datasets
