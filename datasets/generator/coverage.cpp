// What the network covers: the node index and the point queries the point
// layers ask (covered, depth, serviceability); uncovered demand pockets and
// the planned nodes, half of the planned cabinets on those pockets.

#include <cmath>
#include <numbers>

#include "geo.h"
#include "model.h"

namespace coverplan::datasets {

using gis::geos_context;
using gis::GeosGeometry;

void Province::index_nodes() {
    node_grid_ = BoxGrid(minx_ - 20000, miny_ - 20000, maxx_ + 20000, maxy_ + 20000, 1000);
    for (std::uint32_t i = 0; i < nodes.size(); ++i) {
        const Envelope e = envelope_of(nodes[i].bowtie ? nodes[i].repaired.get() : nodes[i].geometry.get());
        node_grid_.insert(i, e.minx, e.miny, e.maxx, e.maxy);
    }
}

bool Province::covered_by_live(const Pt& p, std::optional<Tech> tech, bool require_spare) const {
    auto ctx = geos_context();
    GeosGeometry pt;
    for (auto i : node_grid_.at(p)) {
        const Node& n = nodes[i];
        if (n.planned || (tech && n.tech != *tech)) continue;
        if (require_spare && (!n.capacity || n.used >= *n.capacity)) continue;
        if (!pt) pt = make_point(p.x, p.y);
        if (GEOSPreparedContains_r(ctx, n.prepared.get(), pt.get()) == 1) return true;
    }
    return false;
}

int Province::coverage_depth(const Pt& p) const {
    auto ctx = geos_context();
    GeosGeometry pt = make_point(p.x, p.y);
    int depth = 0;
    for (auto i : node_grid_.at(p)) depth += GEOSPreparedContains_r(ctx, nodes[i].prepared.get(), pt.get()) == 1;
    return depth;
}

int Province::serviceability(const Pt& p, Tech tech) const {
    auto ctx = geos_context();
    GeosGeometry pt = make_point(p.x, p.y);
    bool live = false, spare = false, planned = false;
    for (auto i : node_grid_.at(p)) {
        const Node& n = nodes[i];
        if (n.tech != tech) continue;
        if (GEOSPreparedContains_r(ctx, n.prepared.get(), pt.get()) != 1) continue;
        if (n.planned) {
            planned = true;
        } else {
            live = true;
            if (n.capacity && n.used < *n.capacity) spare = true;
        }
    }
    return spare ? 0 : live ? 1 : planned ? 2 : 3;
}

void Province::find_pockets(Rng& rng) {
    // Rural places without live FTTH at the point and 300 m around it, at
    // least 2 km apart.
    const int wanted = std::max(6, static_cast<int>(std::lround(12 * config.units())));
    const Mixture rural = mixture({Kind::Town, Kind::Village, Kind::Background});
    for (int attempt = 0; attempt < wanted * 300 && static_cast<int>(pockets.size()) < wanted; ++attempt) {
        const Pt p = sample(rural, rng);
        if (!inside(p) || covered_by_live(p, Tech::Ftth, false)) continue;
        bool ok = true;
        for (int k = 0; k < 4 && ok; ++k) {
            const double a = k * std::numbers::pi / 2;
            ok = !covered_by_live({p.x + 300 * std::cos(a), p.y + 300 * std::sin(a)}, Tech::Ftth, false);
        }
        for (const auto& q : pockets) ok = ok && dist(p, q) > 2000;
        if (!ok) continue;
        pockets.push_back({round_to(p.x, kCm), round_to(p.y, kCm)});
    }
    pocket_planned.assign(pockets.size(), false);
}

void Province::add_planned_nodes(Rng& rng) {
    const NodeCounts n = node_counts(config);
    int plan_ftth = n.planned_ftth;
    const Mixture urban = mixture({Kind::City, Kind::Industrial});
    const Mixture rural_sites = mixture({Kind::Town, Kind::Village, Kind::Background});
    // Half the pockets get a planned cabinet (sales sell there "planned"),
    // the other half stay uncovered.
    for (std::size_t i = 0; i < pockets.size() && plan_ftth > 0; i += 2) {
        pocket_planned[i] = true;
        nodes.push_back(make_ftth(pockets[i], Kind::Village, true, rng));
        --plan_ftth;
    }
    for (int i = 0; i < plan_ftth; ++i) {
        Kind kind;
        const Pt p = sample(urban, rng, &kind);
        nodes.push_back(make_ftth(p, kind, true, rng));
    }
    for (int i = 0; i < n.planned_g4; ++i) {
        Kind kind;
        const Pt p = sample(rural_sites, rng, &kind);
        for (auto& node : make_site(Tech::G4, p, kind, true, rng)) nodes.push_back(std::move(node));
    }
    for (int i = 0; i < n.planned_g5; ++i) {
        Kind kind;
        const Pt p = sample(urban, rng, &kind);
        for (auto& node : make_site(Tech::G5, p, kind, true, rng)) nodes.push_back(std::move(node));
    }
}

}  // namespace coverplan::datasets
