// Complaints of the last 12 months: 65 % near nodes weighted by overload
// (network categories by technology), 35 % spread like subscribers.

#include <cmath>

#include "names.h"
#include "point_draws.h"
#include "points.h"

namespace coverplan::datasets {

using namespace draws;

namespace {

using Categories = std::vector<std::pair<std::string, double>>;

const std::string& complaint_category(bool network, Tech tech, Rng& rng) {
    static const Categories fixed = {
        {"slow_speed", 0.45}, {"outage", 0.25}, {"installation", 0.05}, {"billing", 0.15}, {"customer_service", 0.10}};
    static const Categories radio = {
        {"weak_signal", 0.55}, {"slow_speed", 0.20}, {"outage", 0.10}, {"billing", 0.10}, {"customer_service", 0.05}};
    static const Categories general = {
        {"billing", 0.40},    {"customer_service", 0.20}, {"slow_speed", 0.15},
        {"weak_signal", 0.10}, {"outage", 0.10},          {"installation", 0.05}};
    return network ? weighted(rng, tech == Tech::Ftth ? fixed : radio) : weighted(rng, general);
}

}  // namespace

std::vector<gis::FieldDef> complaint_fields() {
    using gis::FieldType;
    return {{"id", FieldType::String},
            {"category", FieldType::String},
            {"date", FieldType::Date},
            {"service", FieldType::String},
            {"mo_ta", FieldType::String}};
}

PointStats generate_complaints(const Province& province, const Sink& sink) {
    Rng rng(province.seed, "complaints");
    const auto& cfg = province.config;
    // Utilisation above 85 % weighs up to ~5x.
    const NodePicker overloaded = picker(province, [](const Node& n) {
        if (n.planned) return 0.0;
        const double base = std::sqrt(n.used + 1.0);
        return n.utilization >= 0.85 ? base * (1 + 30 * (n.utilization - 0.85)) : 0.15 * base;
    });
    const NodePicker everyone = picker(province, [](const Node& n) { return n.planned ? 0.0 : n.used + 1.0; });
    PointStats stats;
    PointRow row;
    for (std::int64_t i = 0; i < cfg.complaints; ++i) {
        const bool network = rng.chance(0.65);
        const Node& n = (network ? overloaded : everyone).draw(province, rng);
        row.p = province.sample_in(n, rng);
        const std::string& category = complaint_category(network, n.tech, rng);
        const std::int64_t day = kAsOfDay - days_ago(rng, 365, 0.6);
        row.values.clear();
        row.values.emplace_back(make_id("PA-", i + 1, 7));
        row.values.emplace_back(category);
        row.values.emplace_back(iso_date(day));
        row.values.emplace_back(std::string(tech_name(n.tech)));
        row.values.emplace_back(names::complaint_text(category, rng));
        // Deliberate errors in the sample: one complaint without a location,
        // one with latitude and longitude exchanged.
        row.has_geometry = !(cfg.is_sample() && i == 77);
        row.swap_lonlat = cfg.is_sample() && i == 555;
        if (province.zone_at(row.p) < 0) ++stats.outside;
        ++stats.tech[tech_index(n.tech)];
        sink(row);
        ++stats.rows;
    }
    row.has_geometry = true;
    row.swap_lonlat = false;
    return stats;
}

}  // namespace coverplan::datasets
