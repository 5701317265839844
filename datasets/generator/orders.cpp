// Installation orders: created in the last 12 months, due 2–7 days later;
// each team has its own on-time habit, late ones installed 1–12 days after
// the due date; orders of the last week often still open.

#include <map>

#include "point_draws.h"
#include "points.h"

namespace coverplan::datasets {

using namespace draws;

namespace {

/// Dates of one order; installed is meaningless while open.
struct OrderDates {
    std::int64_t created = 0, due = 0, installed = 0;
    bool open = false, late = false;
};

OrderDates order_dates(double on_time, Rng& rng) {
    OrderDates d;
    d.created = kAsOfDay - 1 - days_ago(rng, 365, 0.5);
    d.due = d.created + rng.between(2, 7);
    d.open = d.created >= kAsOfDay - 7 ? rng.chance(0.55) : rng.chance(0.012);
    if (d.open) return d;
    if (rng.chance(on_time)) {
        d.installed = d.created + rng.between(0, d.due - d.created);
    } else {
        d.installed = d.due + rng.between(1, 12);
        d.late = true;
    }
    if (d.installed > kAsOfDay) d.open = true;
    return d;
}

}  // namespace

std::vector<gis::FieldDef> order_fields() {
    using gis::FieldType;
    return {{"id", FieldType::String},      {"service", FieldType::String}, {"created", FieldType::Date},
            {"due", FieldType::Date},       {"installed", FieldType::Date}, {"team", FieldType::String}};
}

PointStats generate_orders(const Province& province, const Sink& sink) {
    Rng rng(province.seed, "orders");
    // Each team has its own habits: most install on time, some less so.
    std::map<std::string, double> on_time;
    {
        Rng team_rng(province.seed, "teams");
        for (const auto& d : province.districts) on_time[d.team] = team_rng.uniform(0.86, 0.99);
    }
    const NodePicker nodes = picker(province, [](const Node& n) {
        if (n.planned) return 0.0;
        return (n.used + 1.0) * (n.kind == Kind::Industrial ? 2.5 : n.kind == Kind::City ? 1.2 : 1.0);
    });
    PointStats stats;
    PointRow row;
    for (std::int64_t i = 0; i < province.config.orders; ++i) {
        const Node& n = nodes.draw(province, rng);
        row.p = province.sample_in(n, rng);
        const std::string& team = province.team_at(row.p);
        const OrderDates d = order_dates(on_time.at(team), rng);
        row.values.clear();
        row.values.emplace_back(make_id("DH-", i + 1, 7));
        row.values.emplace_back(std::string(tech_name(n.tech)));
        row.values.emplace_back(iso_date(d.created));
        row.values.emplace_back(iso_date(d.due));
        if (d.open)
            row.values.emplace_back(std::monostate{});
        else
            row.values.emplace_back(iso_date(d.installed));
        row.values.emplace_back(team);
        stats.open += d.open;
        stats.late += !d.open && d.late;
        stats.overdue_open += d.open && d.due < kAsOfDay;
        if (province.zone_at(row.p) < 0) ++stats.outside;
        ++stats.tech[tech_index(n.tech)];
        sink(row);
        ++stats.rows;
    }
    return stats;
}

}  // namespace coverplan::datasets
