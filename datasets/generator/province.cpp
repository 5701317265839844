#include <algorithm>
#include <cmath>
#include <stdexcept>

#include "clusters.h"
#include "geo.h"
#include "model.h"
#include "zone_builder.h"

namespace coverplan::datasets {

using gis::geos_context;
using gis::GeosGeometry;

ScaleConfig scale_config(const std::string& name) {
    if (name == "sample") return {"sample", 50, 30'000, 520, 3'000, 1'500, 2'000};
    if (name == "S") return {"S", 500, 100'000, 3'000, 10'000, 5'000, 7'000};
    if (name == "M") return {"M", 2'000, 1'000'000, 15'000, 100'000, 50'000, 70'000};
    if (name == "L") return {"L", 10'000, 10'000'000, 50'000, 1'000'000, 500'000, 700'000};
    // Beyond L, to show how the cost grows (3x10^7 subscribers).
    if (name == "XL") return {"XL", 30'000, 30'000'000, 150'000, 3'000'000, 1'500'000, 2'100'000};
    // For tests that generate and run the whole pipeline in seconds.
    if (name == "tiny") return {"tiny", 20, 4'000, 150, 400, 200, 300};
    throw std::invalid_argument("unknown scale '" + name + "' (expected sample, tiny, S, M, L or XL)");
}

const char* kind_name(Kind k) {
    switch (k) {
        case Kind::City: return "city";
        case Kind::Industrial: return "industrial";
        case Kind::Town: return "town";
        case Kind::Village: return "village";
        case Kind::Background: return "background";
    }
    return "?";
}

const char* tech_name(Tech t) {
    switch (t) {
        case Tech::Ftth: return "ftth";
        case Tech::G4: return "4g";
        case Tech::G5: return "5g";
    }
    return "?";
}

std::int64_t households(const Zone& z, double area_m2) {
    return std::llround(static_cast<double>(z.subscribers) / z.penetration + 120.0 * area_m2 / 1e6);
}

NodeCounts node_counts(const ScaleConfig& config) {
    // 52 % of the polygons are FTTH areas, 33 % 4G and 15 % 5G sectors (three
    // per site); about 8 % of each planned, at least one 5G site.
    const int c = config.coverage;
    NodeCounts n;
    n.ftth = static_cast<int>(std::lround(0.52 * c));
    n.g4_sites = static_cast<int>(std::lround(0.33 * c / 3));
    n.g5_sites = static_cast<int>(std::lround(0.15 * c / 3));
    n.planned_ftth = static_cast<int>(std::lround(0.08 * n.ftth));
    n.planned_g4 = static_cast<int>(std::lround(0.08 * n.g4_sites));
    n.planned_g5 = std::max(1, static_cast<int>(std::lround(0.08 * n.g5_sites)));
    return n;
}

Province::Province(ScaleConfig cfg, std::uint64_t s) : config(std::move(cfg)), seed(s) {
    ClusterPlacer(*this).run();
    ZoneBuilder(*this).run();
    name_zones();
    build_nodes();
    // One stream for the pockets and the planned nodes that serve them.
    Rng rng(seed, "pockets");
    index_nodes();
    find_pockets(rng);
    add_planned_nodes(rng);
    index_nodes();
}

double Province::blob_excess(const Pt& p) const {
    static constexpr int kHarmonics[4] = {2, 3, 5, 7};
    const double dx = p.x - blob_centre_.x, dy = p.y - blob_centre_.y;
    const double r = std::hypot(dx, dy);
    const double theta = std::atan2(dy, dx);
    double f = 1;
    for (int k = 0; k < 4; ++k) f += harm_a_[k] * std::cos(kHarmonics[k] * theta + harm_phi_[k]);
    return r - blob_r0_ * f;
}

Pt Province::blob_uniform(Rng& rng) const {
    for (;;) {
        const Pt p{rng.uniform(minx_, maxx_), rng.uniform(miny_, maxy_)};
        if (in_blob(p)) return p;
    }
}

int Province::ward_city(const Pt& p) const {
    for (std::size_t i = 0; i < city_cores_.size(); ++i) {
        const Cluster& c = clusters[city_cores_[i]];
        if (dist(p, c.centre) < 5000.0 * std::sqrt(c.size)) return static_cast<int>(i);
    }
    return -1;
}

double Province::spacing(const Pt& p) const {
    // Zones are smaller near cities, towns and parks: each pulls the spacing
    // down with a Gaussian of its own reach.
    double s = 1;
    influence_grid_.for_each_near(p, 18000, [&](std::uint32_t id) {
        const Cluster& c = clusters[influence_cluster_[id]];
        const double d = dist(p, c.centre);
        double t;
        switch (c.kind) {
            case Kind::City:
                t = d / (5500 * std::sqrt(c.size));
                s -= 0.68 * std::exp(-t * t);
                break;
            case Kind::Town:
                t = d / 2000;
                s -= 0.40 * std::exp(-t * t);
                break;
            case Kind::Industrial:
                t = d / 1500;
                s -= 0.25 * std::exp(-t * t);
                break;
            default: break;
        }
    });
    return std::max(0.3, s);
}

GeosGeometry Province::union_of(const std::vector<std::uint32_t>& cells) const {
    std::vector<const GEOSGeometry*> parts;
    parts.reserve(cells.size());
    for (auto c : cells) parts.push_back(cells_[c].get());
    return union_of_all(parts);
}

int Province::zone_at(const Pt& p) const {
    const auto j = fine_grid_.nearest(p, fine_seeds_);
    return j < 0 ? -1 : fine_zone_[j];
}

int Province::nearest_district(const Pt& p) const {
    // Distance divided by a district's reach: a city's district reaches
    // further than a town's.
    int best = 0;
    double best_score = 0;
    for (std::size_t d = 0; d < districts.size(); ++d) {
        const double score = dist(p, districts[d].centre) / districts[d].reach;
        if (d == 0 || score < best_score) {
            best = static_cast<int>(d);
            best_score = score;
        }
    }
    return best;
}

const std::string& Province::team_at(const Pt& p) const {
    const int z = zone_at(p);
    if (z >= 0) return zones[z].team;
    return districts[nearest_district(p)].team;
}

Mixture Province::mixture(std::initializer_list<Kind> kinds) const {
    Mixture m;
    std::vector<double> w;
    auto wanted = [&](Kind k) { return std::find(kinds.begin(), kinds.end(), k) != kinds.end(); };
    for (std::uint32_t i = 0; i < clusters.size(); ++i)
        if (wanted(clusters[i].kind)) {
            m.clusters.push_back(i);
            w.push_back(clusters[i].weight);
        }
    if (wanted(Kind::Background)) {
        m.clusters.push_back(kBackground);
        w.push_back(background_weight_);
    }
    m.table = AliasTable(w);
    return m;
}

Pt Province::sample(const Mixture& m, Rng& rng, Kind* kind) const {
    const std::uint32_t c = m.clusters[m.table.draw(rng)];
    Pt p;
    for (int attempt = 0; attempt < 30; ++attempt) {
        if (c == kBackground) {
            p = blob_uniform(rng);
        } else {
            const Cluster& cl = clusters[c];
            const double dx = rng.normal(), dy = rng.normal();
            p = {cl.centre.x + cl.sigma * dx, cl.centre.y + cl.sigma * dy};
        }
        if (inside(p)) break;
    }
    if (kind) *kind = c == kBackground ? Kind::Background : clusters[c].kind;
    return p;
}

Pt Province::sample_in(const Node& node, Rng& rng) const {
    // A triangle of the fan (centre, ring[i], ring[i+1]) by its area, then a
    // uniform point in it; clipped areas retry until the point is inside.
    auto ctx = geos_context();
    Pt p;
    for (int attempt = 0; attempt < 30; ++attempt) {
        const double total = node.fan.back();
        const double target = rng.uniform() * total;
        const std::size_t t = static_cast<std::size_t>(
            std::upper_bound(node.fan.begin(), node.fan.end(), target) - node.fan.begin());
        const std::size_t i = std::min(t, node.ring.size() - 1);
        const Pt& a = node.ring[i];
        const Pt& b = node.ring[(i + 1) % node.ring.size()];
        const double r1 = std::sqrt(rng.uniform()), r2 = rng.uniform();
        p = {(1 - r1) * node.centre.x + r1 * (1 - r2) * a.x + r1 * r2 * b.x,
             (1 - r1) * node.centre.y + r1 * (1 - r2) * a.y + r1 * r2 * b.y};
        if (!node.clipped) break;
        GeosGeometry pt = make_point(p.x, p.y);
        if (GEOSPreparedContains_r(ctx, node.prepared.get(), pt.get()) == 1) break;
    }
    return p;
}

}  // namespace coverplan::datasets
