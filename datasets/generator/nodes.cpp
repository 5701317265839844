// Network nodes: FTTH cabinets (a circle or an irregular star-shaped service
// area, clipped to the province) and radio sites of three sectors, with
// capacity, use, planned dates and names.

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <numbers>
#include <stdexcept>

#include "geo.h"
#include "model.h"

namespace coverplan::datasets {

using gis::geos_context;
using gis::GeosGeometry;

namespace {

constexpr double kPi = std::numbers::pi;

/// Cumulative areas of the triangles (centre, ring[i], ring[i+1]).
std::vector<double> fan_of(const Pt& c, const std::vector<Pt>& ring) {
    std::vector<double> fan;
    double acc = 0;
    for (std::size_t i = 0; i < ring.size(); ++i) {
        const Pt& a = ring[i];
        const Pt& b = ring[(i + 1) % ring.size()];
        acc += 0.5 * std::abs((a.x - c.x) * (b.y - c.y) - (b.x - c.x) * (a.y - c.y));
        fan.push_back(acc);
    }
    return fan;
}

double draw_util(Kind kind, Rng& rng) {
    const bool busy = kind == Kind::City || kind == Kind::Industrial;
    const double p_full = busy ? 0.04 : kind == Kind::Town ? 0.03 : 0.02;
    const double p_low = busy ? 0.05 : kind == Kind::Town ? 0.10 : 0.22;
    const double r = rng.uniform();
    if (r < p_full) return 1.0;
    if (r < p_full + p_low) return rng.uniform(0.1, 0.4);
    return 0.4 + 0.59 * std::pow(rng.uniform(), 0.75);
}

std::int64_t pick_capacity(Rng& rng, const std::vector<std::int64_t>& values, const std::vector<double>& weights) {
    double total = 0;
    for (double w : weights) total += w;
    double r = rng.uniform() * total;
    for (std::size_t i = 0; i < values.size(); ++i) {
        if (r < weights[i]) return values[i];
        r -= weights[i];
    }
    return values.back();
}

std::string planned_date(Rng& rng) { return iso_date(days_from_civil(2027, 1, 1) + rng.between(0, 364)); }

double ftth_radius(Kind kind, Rng& rng) {
    switch (kind) {
        case Kind::City: return rng.uniform(300, 500);
        case Kind::Industrial: return rng.uniform(350, 600);
        case Kind::Town: return rng.uniform(400, 650);
        case Kind::Village: return rng.uniform(450, 750);
        case Kind::Background: return rng.uniform(550, 800);
    }
    return 0;
}

/// A cabinet's service area: a circle, or a smooth random radius around it.
std::vector<Pt> ftth_ring(Pt centre, double r, Rng& rng) {
    std::vector<Pt> ring;
    if (rng.chance(0.5)) {
        GeosGeometry pt = make_point(centre.x, centre.y);
        GeosGeometry circle(GEOSBuffer_r(geos_context(), pt.get(), r, 8));
        ring = exterior(circle.get());
    } else {
        const int n = 20;
        const double a1 = rng.uniform(0.05, 0.18), a2 = rng.uniform(0.03, 0.1);
        const double p1 = rng.uniform(0, 2 * kPi), p2 = rng.uniform(0, 2 * kPi);
        for (int i = 0; i < n; ++i) {
            const double t = 2 * kPi * i / n;
            const double rr = r * (0.9 + a1 * std::cos(2 * t + p1) + a2 * std::cos(3 * t + p2) +
                                   rng.uniform(-0.05, 0.05));
            ring.push_back({centre.x + rr * std::cos(t), centre.y + rr * std::sin(t)});
        }
    }
    for (auto& p : ring) p = {round_to(p.x, kCm), round_to(p.y, kCm)};
    return ring;
}

double site_radius(Tech tech, Kind kind, Rng& rng) {
    if (tech != Tech::G4) return kind == Kind::City ? rng.uniform(300, 500) : rng.uniform(450, 800);
    switch (kind) {
        case Kind::City: return rng.uniform(1100, 1650);
        case Kind::Industrial:
        case Kind::Town: return rng.uniform(1300, 2200);
        default: return rng.uniform(2000, 3000);
    }
}

/// A 120° sector of radius r pointing at azimuth `az` (degrees from north).
std::vector<Pt> sector_ring(Pt c, double r, double az) {
    std::vector<Pt> ring{c};
    for (int step = 0; step <= 12; ++step) {
        const double a = (az - 60.0 + 10.0 * step) * kPi / 180.0;
        ring.push_back({round_to(c.x + r * std::sin(a), kCm), round_to(c.y + r * std::cos(a), kCm)});
    }
    return ring;
}

}  // namespace

void Province::finish_capacity(Node& node, Kind kind, bool planned, Rng& rng, double util_hint) {
    std::int64_t cap = 0;
    const bool busy = kind == Kind::City || kind == Kind::Industrial;
    switch (node.tech) {
        case Tech::Ftth:
            cap = busy ? pick_capacity(rng, {64, 128, 192, 256}, {0.1, 0.3, 0.2, 0.4})
                       : pick_capacity(rng, {64, 128, 192, 256}, {0.35, 0.4, 0.1, 0.15});
            break;
        case Tech::G4: cap = pick_capacity(rng, {32, 48, 64, 96}, {1, 1, 1, 1}); break;
        case Tech::G5: cap = pick_capacity(rng, {48, 64, 96, 128}, {1, 1, 1, 1}); break;
    }
    node.capacity = cap;
    node.planned = planned;
    if (planned) {
        node.used = 0;
        node.utilization = 0;
        node.ready = planned_date(rng);
        return;
    }
    double util = util_hint >= 0 ? util_hint : draw_util(kind, rng);
    if (util >= 1.0) {
        node.used = cap;
    } else {
        node.used = std::clamp<std::int64_t>(std::llround(cap * util), 0, cap - 1);
    }
    node.utilization = static_cast<double>(node.used) / static_cast<double>(cap);
}

std::string Province::node_place(const Pt& p, std::vector<int>& counters, int& number) const {
    const int z = zone_at(p);
    if (counters.size() != zones.size()) counters.assign(zones.size(), 0);
    if (z < 0) {
        number = 0;
        return "ngoài tỉnh";
    }
    number = ++counters[z];
    return zones[z].short_name;
}

void Province::clip_to_outline(Node& node) const {
    // FTTH is not sold across the province border: clip the area.
    auto ctx = geos_context();
    if (GEOSPreparedContains_r(ctx, outline_prepared_.get(), node.geometry.get()) == 1) return;
    GeosGeometry clipped(GEOSIntersection_r(ctx, node.geometry.get(), outline.get()));
    GeosGeometry part = clipped ? largest_polygon(clipped.get()) : GeosGeometry();
    GeosGeometry rounded;
    try {
        if (part) rounded = rewrite(part.get(), rounding(kCm));
    } catch (const std::runtime_error&) {
        // a sliver that collapses when rounded: keep the unclipped area
    }
    if (!rounded) return;
    if (GEOSisValid_r(ctx, rounded.get()) != 1) rounded.reset(GEOSMakeValid_r(ctx, rounded.get()));
    GeosGeometry single = largest_polygon(rounded.get());
    if (single && area_of(single.get()) > 0.2 * area_of(node.geometry.get())) {
        node.geometry = std::move(single);
        node.clipped = true;
    }
}

Node Province::make_ftth(Pt centre, Kind kind, bool planned, Rng& rng) {
    Node node;
    node.tech = Tech::Ftth;
    node.kind = kind;
    node.centre = {round_to(centre.x, kCm), round_to(centre.y, kCm)};
    const double r = ftth_radius(kind, rng);
    node.ring = ftth_ring(node.centre, r, rng);
    node.fan = fan_of(node.centre, node.ring);
    node.geometry = make_polygon(node.ring);
    clip_to_outline(node);
    node.prepared.reset(GEOSPrepare_r(geos_context(), node.geometry.get()));
    finish_capacity(node, kind, planned, rng, planned ? -1 : hot_util(node.centre, kHotRadius, rng));
    int number = 0;
    const std::string place = node_place(node.centre, ftth_in_zone_, number);
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "TC-%05d", ++ftth_counter_);
    node.id = buffer;
    std::snprintf(buffer, sizeof buffer, " %02d", number);
    node.name = "Tủ cáp " + place + buffer;
    return node;
}

std::vector<Node> Province::make_site(Tech tech, Pt centre, Kind kind, bool planned, Rng& rng) {
    // One utilisation for the site, each sector within ±12 points of it.
    const double radius = site_radius(tech, kind, rng);
    const Pt c{round_to(centre.x, kCm), round_to(centre.y, kCm)};
    const double azimuth0 = rng.uniform(0, 120);
    const double hot = planned ? -1 : hot_util(c, 1.3 * kHotRadius, rng);
    const double site_util = planned ? 0 : hot >= 0 ? hot : draw_util(kind, rng);
    int& counter = tech == Tech::G4 ? g4_counter_ : g5_counter_;
    ++counter;
    int number = 0;
    const std::string place = node_place(c, tech == Tech::G4 ? g4_in_zone_ : g5_in_zone_, number);
    std::vector<Node> sectors;
    for (int s = 0; s < 3; ++s) {
        Node node;
        node.tech = tech;
        node.kind = kind;
        node.centre = c;
        const double r = radius * rng.uniform(0.9, 1.1);
        node.ring = sector_ring(c, r, azimuth0 + 120.0 * s);
        node.fan = fan_of(c, node.ring);
        node.geometry = make_polygon(node.ring);
        node.prepared.reset(GEOSPrepare_r(geos_context(), node.geometry.get()));
        double util = -1;
        if (!planned)
            util = site_util >= 1.0 ? (rng.chance(0.6) ? 1.0 : 0.9) : std::clamp(site_util + rng.uniform(-0.12, 0.12), 0.05, 0.99);
        finish_capacity(node, kind, planned, rng, util);
        char buffer[64];
        std::snprintf(buffer, sizeof buffer, "%s-%04d-%d", tech == Tech::G4 ? "4G" : "5G", counter, s + 1);
        node.id = buffer;
        std::snprintf(buffer, sizeof buffer, " %02d – hướng %d", number, s + 1);
        node.name = std::string(tech == Tech::G4 ? "Trạm 4G " : "Trạm 5G ") + place + buffer;
        sectors.push_back(std::move(node));
    }
    return sectors;
}

double Province::hot_util(const Pt& p, double radius, Rng& rng) const {
    for (const auto& h : hot_spots)
        if (dist(p, h) < radius) return rng.chance(0.65) ? 1.0 : rng.uniform(0.92, 0.99);
    return -1;
}

void Province::reshape_nodes(const std::function<void(Node&)>& reshape) {
    for (auto& node : nodes) {
        reshape(node);
        node.fan = fan_of(node.centre, node.ring);
        node.prepared.reset();  // before the geometry it points into
        node.repaired.reset();
        node.geometry = make_polygon(node.ring);
        node.prepared.reset(GEOSPrepare_r(geos_context(), node.geometry.get()));
        node.clipped = node.bowtie = false;
    }
    index_nodes();
}

void Province::place_hot_spots() {
    // New housing or a busy industrial park where the network is sold out.
    Rng hot_rng(seed, "hot spots");
    const Mixture busy = mixture({Kind::City, Kind::Industrial, Kind::Town});
    const int n_hot = std::max(4, static_cast<int>(std::lround(2 * config.units())));
    while (static_cast<int>(hot_spots.size()) < n_hot) {
        const Pt p = sample(busy, hot_rng);
        bool ok = true;
        for (const auto& h : hot_spots) ok = ok && dist(p, h) > 3 * kHotRadius;
        if (ok) hot_spots.push_back({round_to(p.x, kCm), round_to(p.y, kCm)});
    }
}

void Province::build_nodes() {
    Rng rng(seed, "nodes");
    place_hot_spots();
    const NodeCounts n = node_counts(config);
    const Mixture all = mixture({Kind::City, Kind::Industrial, Kind::Town, Kind::Village, Kind::Background});
    const Mixture urban = mixture({Kind::City, Kind::Industrial});
    for (int i = 0; i < n.ftth - n.planned_ftth; ++i) {
        Kind kind;
        const Pt p = sample(all, rng, &kind);
        nodes.push_back(make_ftth(p, kind, false, rng));
    }
    for (int i = 0; i < n.g4_sites - n.planned_g4; ++i) {
        Kind kind;
        const Pt p = sample(all, rng, &kind);
        for (auto& node : make_site(Tech::G4, p, kind, false, rng)) nodes.push_back(std::move(node));
    }
    for (int i = 0; i < n.g5_sites - n.planned_g5; ++i) {
        Kind kind;
        const Pt p = sample(urban, rng, &kind);
        for (auto& node : make_site(Tech::G5, p, kind, false, rng)) nodes.push_back(std::move(node));
    }
    if (config.is_sample()) add_sample_defects();
}

void Province::add_sample_defects() {
    // Gaps real data has: two cabinets without a capacity value, and one
    // service area digitised as a bow-tie (self-intersecting, repairable).
    std::vector<std::size_t> ftth;
    for (std::size_t i = 0; i < nodes.size(); ++i)
        if (nodes[i].tech == Tech::Ftth && !nodes[i].clipped) ftth.push_back(i);
    nodes[ftth[11]].capacity.reset();
    nodes[ftth[123 % ftth.size()]].capacity.reset();
    Node& bow = nodes[ftth[37 % ftth.size()]];
    const double r = 0.6 * std::sqrt(bow.fan.back() / kPi);
    const Pt c0 = bow.centre;
    bow.geometry = make_polygon({{c0.x - r, c0.y - r}, {c0.x + r, c0.y + r}, {c0.x + r, c0.y - r}, {c0.x - r, c0.y + r}});
    bow.repaired.reset(GEOSMakeValid_r(geos_context(), bow.geometry.get()));
    bow.prepared.reset(GEOSPrepare_r(geos_context(), bow.repaired.get()));
    bow.bowtie = true;
}

}  // namespace coverplan::datasets
