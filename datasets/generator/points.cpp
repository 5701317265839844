#include "points.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>

#include "names.h"

namespace coverplan::datasets {

using gis::FieldDef;
using gis::FieldType;
using gis::FieldValue;

namespace {

const std::int64_t kAsOfDay = days_from_civil(2026, 11, 30);

std::string make_id(const char* prefix, std::int64_t n, int width) {
    char buffer[48];
    std::snprintf(buffer, sizeof buffer, "%s%0*lld", prefix, width, static_cast<long long>(n));
    return buffer;
}

/// Fraction in [0, 1) with density growing like exp(rate * t).
double growing(Rng& rng, double rate) {
    const double u = rng.uniform();
    if (rate < 1e-9) return u;
    return std::log1p(u * std::expm1(rate)) / rate;
}

/// Days before as_of (0 = as_of) within a window, recent days likelier.
std::int64_t days_ago(Rng& rng, std::int64_t window, double rate) {
    const double t = growing(rng, rate);  // 1 = now
    return std::clamp<std::int64_t>(static_cast<std::int64_t>((1.0 - t) * window), 0, window - 1);
}

double growth_rate(Kind kind) {
    switch (kind) {
        case Kind::City: return 0.9;
        case Kind::Industrial: return 2.4;
        case Kind::Town: return 1.1;
        case Kind::Village: return 0.7;
        case Kind::Background: return 0.5;
    }
    return 1.0;
}

template <class T>
const T& weighted(Rng& rng, const std::vector<std::pair<T, double>>& items) {
    double total = 0;
    for (const auto& [v, w] : items) total += w;
    double r = rng.uniform() * total;
    for (const auto& [v, w] : items) {
        if (r < w) return v;
        r -= w;
    }
    return items.back().first;
}

/// Live nodes (optionally of one technology) with a weight each.
struct NodePicker {
    std::vector<std::uint32_t> ids;
    AliasTable table;
    bool empty() const { return ids.empty(); }
    const Node& draw(const Province& p, Rng& rng) const { return p.nodes[ids[table.draw(rng)]]; }
};

template <class W>
NodePicker picker(const Province& p, W weight) {
    NodePicker out;
    std::vector<double> w;
    for (std::uint32_t i = 0; i < p.nodes.size(); ++i) {
        const double x = weight(p.nodes[i]);
        if (x > 0) {
            out.ids.push_back(i);
            w.push_back(x);
        }
    }
    out.table = AliasTable(w);
    return out;
}

std::size_t tech_index(Tech t) { return static_cast<std::size_t>(t); }

}  // namespace

std::vector<FieldDef> subscriber_fields(bool dates_as_text) {
    return {{"id", FieldType::String},
            {"service", FieldType::String},
            {"activated", dates_as_text ? FieldType::String : FieldType::Date}};
}

std::vector<FieldDef> lead_fields() {
    // Shapefile: names of at most 10 characters.
    return {{"id", FieldType::String},     {"product", FieldType::String}, {"status", FieldType::String},
            {"created", FieldType::Date},  {"ten_kh", FieldType::String},  {"ghi_chu", FieldType::String}};
}

std::vector<FieldDef> complaint_fields() {
    return {{"id", FieldType::String},
            {"category", FieldType::String},
            {"date", FieldType::Date},
            {"service", FieldType::String},
            {"mo_ta", FieldType::String}};
}

std::vector<FieldDef> order_fields() {
    return {{"id", FieldType::String},      {"service", FieldType::String}, {"created", FieldType::Date},
            {"due", FieldType::Date},       {"installed", FieldType::Date}, {"team", FieldType::String}};
}

PointStats generate_subscribers(Province& province, const Sink& sink) {
    Rng rng(province.seed, "subscribers");
    const auto& cfg = province.config;
    // Technology shares follow the used capacity, so a node's subscribers
    // roughly match its "used" figure.
    std::array<double, 3> used_by_tech{};
    std::array<NodePicker, 3> by_tech;
    for (int t = 0; t < 3; ++t) {
        by_tech[t] = picker(province, [&](const Node& n) {
            return !n.planned && tech_index(n.tech) == static_cast<std::size_t>(t) ? static_cast<double>(n.used) : 0.0;
        });
    }
    for (const auto& n : province.nodes)
        if (!n.planned) used_by_tech[tech_index(n.tech)] += static_cast<double>(n.used);
    const AliasTable tech_table(std::vector<double>(used_by_tech.begin(), used_by_tech.end()));
    const Mixture legacy = province.mixture({Kind::Village, Kind::Background});
    const std::int64_t start = days_from_civil(2023, 11, 1), end = days_from_civil(2026, 10, 31);
    const std::int64_t start_5g = days_from_civil(2024, 10, 15);
    const std::int64_t depth_stride = std::max<std::int64_t>(1, cfg.subscribers / 20000);
    const std::int64_t bad_row = cfg.is_sample() ? 4242 : -1;

    for (auto& z : province.zones) z.subscribers = 0;
    PointStats stats;
    PointRow row;
    for (std::int64_t i = 0; i < cfg.subscribers; ++i) {
        Tech tech;
        Kind kind;
        if (rng.chance(0.02)) {
            // Legacy lines: old copper-era or radio customers, often outside today's coverage.
            row.p = province.sample(legacy, rng, &kind);
            tech = rng.chance(0.8) ? Tech::Ftth : Tech::G4;
        } else {
            tech = static_cast<Tech>(tech_table.draw(rng));
            const Node& node = by_tech[tech_index(tech)].draw(province, rng);
            row.p = province.sample_in(node, rng);
            kind = node.kind;
        }
        // 5G went commercial in Vietnam in October 2024.
        const std::int64_t first = tech == Tech::G5 ? start_5g : start;
        const std::int64_t span = end - first + 1;
        const std::int64_t day =
            first + std::clamp<std::int64_t>(static_cast<std::int64_t>(growing(rng, growth_rate(kind)) * span), 0,
                                             span - 1);
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

PointStats generate_leads(const Province& province, const Sink& sink) {
    Rng rng(province.seed, "leads");
    const auto& cfg = province.config;
    const NodePicker normal = picker(province, [](const Node& n) { return n.planned ? 0.0 : n.used + 1.0; });
    const NodePicker full = picker(province, [](const Node& n) {
        return !n.planned && n.capacity && n.used >= 0.95 * static_cast<double>(*n.capacity) ? n.used + 1.0 : 0.0;
    });
    const NodePicker planned = picker(province, [](const Node& n) { return n.planned ? 1.0 : 0.0; });
    std::vector<Pt> open_pockets;
    for (std::size_t i = 0; i < province.pockets.size(); ++i)
        if (!province.pocket_planned[i]) open_pockets.push_back(province.pockets[i]);
    const Mixture anywhere =
        province.mixture({Kind::City, Kind::Industrial, Kind::Town, Kind::Village, Kind::Background});
    const std::vector<std::pair<std::string, double>> statuses = {
        {"new", 0.30}, {"contacted", 0.25}, {"qualified", 0.20}, {"won", 0.15}, {"lost", 0.10}};
    const std::int64_t stride = std::max<std::int64_t>(1, cfg.leads / 50000);

    PointStats stats;
    PointRow row;
    for (std::int64_t i = 0; i < cfg.leads; ++i) {
        const double r = rng.uniform();
        Tech tech = Tech::Ftth;
        Kind kind = Kind::Town;
        const std::vector<std::string>* notes = &names::kLeadNotes;
        if (r < 0.40 || (r < 0.60 && full.empty()) || (r < 0.80 && open_pockets.empty()) ||
            (r < 0.92 && planned.empty())) {
            const Node& n = normal.draw(province, rng);
            row.p = province.sample_in(n, rng);
            tech = n.tech;
            kind = n.kind;
        } else if (r < 0.60) {
            // Sold where the network is full: around a hot spot, or inside a
            // full node where no other node of its technology has room.
            tech = rng.chance(0.8) ? Tech::Ftth : Tech::G4;
            bool found = false;
            if (!province.hot_spots.empty()) {
                const Pt& h = province.hot_spots[rng.below(province.hot_spots.size())];
                for (int attempt = 0; attempt < 12 && !found; ++attempt) {
                    row.p = {h.x + 450 * rng.normal(), h.y + 450 * rng.normal()};
                    found = province.serviceability(row.p, tech) == 1;
                }
            }
            if (!found) {
                const Node& n = full.draw(province, rng);
                tech = n.tech;
                for (int attempt = 0; attempt < 8; ++attempt) {
                    row.p = province.sample_in(n, rng);
                    if (province.serviceability(row.p, n.tech) != 0) break;
                }
            }
            kind = Kind::City;
            if (rng.chance(0.5)) notes = &names::kLeadNotesFull;
        } else if (r < 0.80) {
            // Demand pockets the network does not reach at all.
            const Pt& c = open_pockets[rng.below(open_pockets.size())];
            tech = rng.chance(0.85) ? Tech::Ftth : Tech::G4;
            for (int attempt = 0; attempt < 8; ++attempt) {
                row.p = {c.x + 300 * rng.normal(), c.y + 300 * rng.normal()};
                if (province.inside(row.p) && province.serviceability(row.p, tech) == 3) break;
            }
            kind = Kind::Village;
            if (rng.chance(0.6)) notes = &names::kLeadNotesUncovered;
        } else if (r < 0.92) {
            const Node& n = planned.draw(province, rng);
            for (int attempt = 0; attempt < 8; ++attempt) {
                row.p = province.sample_in(n, rng);
                if (province.serviceability(row.p, n.tech) == 2) break;
            }
            tech = n.tech;
            kind = n.kind;
        } else {
            row.p = province.sample(anywhere, rng, &kind);
            tech = weighted<Tech>(rng, {{Tech::Ftth, 0.75}, {Tech::G4, 0.15}, {Tech::G5, 0.10}});
        }
        if (kind == Kind::Industrial && rng.chance(0.5)) notes = &names::kLeadNotesIndustrial;
        const std::string& status = weighted(rng, statuses);
        const double recency = status == "new" ? 0.25 : status == "contacted" ? 0.5 : 1.0;
        const std::int64_t created = kAsOfDay - static_cast<std::int64_t>(days_ago(rng, 365, 0.8) * recency);
        std::string customer = rng.chance(0.1) ? "Công ty TNHH " + rng.pick(names::kFirstSyllables) + " " +
                                                     rng.pick(names::kSecondSyllables)
                                               : names::person(rng);
        row.values.clear();
        // Deliberate error in the sample: one lead repeats another's id.
        const std::int64_t id_number = cfg.is_sample() && i == 2000 ? 18 : i + 1;
        row.values.emplace_back(make_id("KH-", id_number, 7));
        row.values.emplace_back(std::string(tech_name(tech)));
        row.values.emplace_back(status);
        row.values.emplace_back(iso_date(created));
        row.values.emplace_back(std::move(customer));
        row.values.emplace_back(rng.pick(*notes));
        if (province.zone_at(row.p) < 0) ++stats.outside;
        if (i % stride == 0) ++stats.service[static_cast<std::size_t>(province.serviceability(row.p, tech))];
        ++stats.tech[tech_index(tech)];
        sink(row);
        ++stats.rows;
    }
    return stats;
}

PointStats generate_complaints(const Province& province, const Sink& sink) {
    Rng rng(province.seed, "complaints");
    const auto& cfg = province.config;
    const NodePicker overloaded = picker(province, [](const Node& n) {
        if (n.planned) return 0.0;
        const double base = std::sqrt(n.used + 1.0);
        return n.utilization >= 0.85 ? base * (1 + 30 * (n.utilization - 0.85)) : 0.15 * base;
    });
    const NodePicker everyone = picker(province, [](const Node& n) { return n.planned ? 0.0 : n.used + 1.0; });
    const std::vector<std::pair<std::string, double>> fixed = {
        {"slow_speed", 0.45}, {"outage", 0.25}, {"installation", 0.05}, {"billing", 0.15}, {"customer_service", 0.10}};
    const std::vector<std::pair<std::string, double>> radio = {
        {"weak_signal", 0.55}, {"slow_speed", 0.20}, {"outage", 0.10}, {"billing", 0.10}, {"customer_service", 0.05}};
    const std::vector<std::pair<std::string, double>> general = {
        {"billing", 0.40},    {"customer_service", 0.20}, {"slow_speed", 0.15},
        {"weak_signal", 0.10}, {"outage", 0.10},          {"installation", 0.05}};
    PointStats stats;
    PointRow row;
    for (std::int64_t i = 0; i < cfg.complaints; ++i) {
        const bool network = rng.chance(0.65);
        const Node& n = (network ? overloaded : everyone).draw(province, rng);
        row.p = province.sample_in(n, rng);
        const std::string& category =
            network ? weighted(rng, n.tech == Tech::Ftth ? fixed : radio) : weighted(rng, general);
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

PointStats generate_orders(const Province& province, const Sink& sink) {
    Rng rng(province.seed, "orders");
    const auto& cfg = province.config;
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
    for (std::int64_t i = 0; i < cfg.orders; ++i) {
        const Node& n = nodes.draw(province, rng);
        row.p = province.sample_in(n, rng);
        const std::string& team = province.team_at(row.p);
        const std::int64_t created = kAsOfDay - 1 - days_ago(rng, 365, 0.5);
        const std::int64_t due = created + rng.between(2, 7);
        bool open = created >= kAsOfDay - 7 ? rng.chance(0.55) : rng.chance(0.012);
        std::int64_t installed = 0;
        bool late = false;
        if (!open) {
            if (rng.chance(on_time.at(team))) {
                installed = created + rng.between(0, due - created);
            } else {
                installed = due + rng.between(1, 12);
                late = true;
            }
            if (installed > kAsOfDay) open = true;
        }
        row.values.clear();
        row.values.emplace_back(make_id("DH-", i + 1, 7));
        row.values.emplace_back(std::string(tech_name(n.tech)));
        row.values.emplace_back(iso_date(created));
        row.values.emplace_back(iso_date(due));
        if (open)
            row.values.emplace_back(std::monostate{});
        else
            row.values.emplace_back(iso_date(installed));
        row.values.emplace_back(team);
        stats.open += open;
        stats.late += !open && late;
        stats.overdue_open += open && due < kAsOfDay;
        if (province.zone_at(row.p) < 0) ++stats.outside;
        ++stats.tech[tech_index(n.tech)];
        sink(row);
        ++stats.rows;
    }
    return stats;
}

}  // namespace coverplan::datasets
