// The deliberate shapes of the zone tessellation (stray pieces mended, a
// commune around a town, an exclave) and the final numbering (see
// zone_builder.h).

#include <algorithm>
#include <cstdio>

#include "zone_builder.h"

namespace coverplan::datasets {

using gis::geos_context;
using gis::GeosGeometry;
using gis::GeosPrepared;

bool ZoneBuilder::is_commune(std::size_t z) const {
    return seed_town_[z] < 0 && p_.ward_city(zs_[z]) < 0 && !removed_[z];
}

std::vector<std::size_t> ZoneBuilder::neighbours(std::size_t z) const {
    std::vector<std::size_t> out;
    for (std::size_t o = 0; o < zs_.size(); ++o)
        if (o != z && !removed_[o] && env_[o].overlaps(env_[z]) && share_edge(geoms_[z].get(), geoms_[o].get()))
            out.push_back(o);
    return out;
}

void ZoneBuilder::split_by_largest(const std::vector<std::uint32_t>& cells, const GEOSGeometry* g,
                                   std::vector<std::uint32_t>& stay, std::vector<std::uint32_t>& rest) const {
    auto ctx = geos_context();
    GeosGeometry keep = largest_polygon(g);
    GeosPrepared kp(GEOSPrepare_r(ctx, keep.get()));
    for (auto c : cells) {
        GeosGeometry pt = make_point(p_.fine_seeds_[c].x, p_.fine_seeds_[c].y);
        (GEOSPreparedContains_r(ctx, kp.get(), pt.get()) == 1 ? stay : rest).push_back(c);
    }
}

void ZoneBuilder::mend_strays() {
    // Nearest-seed assignment can leave a zone in two pieces; hand every
    // stray piece to a neighbour it shares a boundary with (the deliberate
    // exclave is the only intended MultiPolygon).
    auto ctx = geos_context();
    for (int pass = 0; pass < 3; ++pass) {
        bool changed = false;
        for (std::size_t z = 0; z < zs_.size(); ++z) {
            if (removed_[z] || GEOSGeomTypeId_r(ctx, geoms_[z].get()) != GEOS_MULTIPOLYGON) continue;
            changed = mend_zone(z) || changed;
        }
        if (!changed) break;
    }
}

bool ZoneBuilder::mend_zone(std::size_t z) {
    auto ctx = geos_context();
    std::vector<std::uint32_t> stay, stray;
    split_by_largest(members_[z], geoms_[z].get(), stay, stray);
    GeosGeometry pieces = p_.union_of(stray);
    bool changed = false;
    const int np = GEOSGetNumGeometries_r(ctx, pieces.get());
    for (int i = 0; i < np; ++i)
        changed = hand_over_piece(GEOSGetGeometryN_r(ctx, pieces.get(), i), z, stray, stay) || changed;
    std::sort(stay.begin(), stay.end());
    members_[z] = stay;
    rebuild(z);
    env_[z] = envelope_of(geoms_[z].get());
    return changed;
}

bool ZoneBuilder::hand_over_piece(const GEOSGeometry* piece, std::size_t z, const std::vector<std::uint32_t>& stray,
                                  std::vector<std::uint32_t>& stay) {
    auto ctx = geos_context();
    const Envelope pe = envelope_of(piece);
    std::int64_t target = -1;
    for (std::size_t o = 0; o < zs_.size() && target < 0; ++o)
        if (o != z && !removed_[o] && env_[o].overlaps(pe) && share_edge(piece, geoms_[o].get()))
            target = static_cast<std::int64_t>(o);
    GeosPrepared pp(GEOSPrepare_r(ctx, piece));
    for (auto c : stray) {
        GeosGeometry pt = make_point(p_.fine_seeds_[c].x, p_.fine_seeds_[c].y);
        if (GEOSPreparedContains_r(ctx, pp.get(), pt.get()) != 1) continue;
        if (target < 0) {
            stay.push_back(c);  // an island with no neighbour: leave it
            continue;
        }
        members_[target].push_back(c);
        p_.fine_zone_[c] = static_cast<int>(target);
    }
    if (target < 0) return false;
    std::sort(members_[target].begin(), members_[target].end());
    rebuild(static_cast<std::size_t>(target));
    env_[target] = envelope_of(geoms_[target].get());
    return true;
}

void ZoneBuilder::ring_communes() {
    // A commune surrounding a town (a zone with a hole): every fine cell
    // touching a town's zone becomes one new commune around it, provided
    // the communes it is taken from stay in one piece. Towns on the
    // province border cannot be surrounded.
    auto ctx = geos_context();
    GeosGeometry boundary(GEOSBoundary_r(ctx, p_.outline.get()));
    GeosPrepared edge(GEOSPrepare_r(ctx, boundary.get()));
    int done = 0;
    for (std::size_t z = 0; z < zs_.size() && done < enclosures_; ++z) {
        if (seed_town_[z] < 0 || removed_[z] || special_[z]) continue;
        if (GEOSPreparedIntersects_r(ctx, edge.get(), geoms_[z].get()) == 1) continue;
        if (try_ring_commune(z)) ++done;
    }
}

void ZoneBuilder::collect_ring(std::size_t z, std::vector<std::uint32_t>& ring, std::vector<std::size_t>& donors) const {
    auto ctx = geos_context();
    GeosPrepared town(GEOSPrepare_r(ctx, geoms_[z].get()));
    for (std::uint32_t j = 0; j < p_.fine_seeds_.size(); ++j) {
        const int fz = p_.fine_zone_[j];
        if (fz < 0 || static_cast<std::size_t>(fz) == z) continue;
        if (dist(p_.fine_seeds_[j], zs_[z]) > 6 * k_) continue;
        if (GEOSPreparedIntersects_r(ctx, town.get(), p_.cells_[j].get()) != 1) continue;
        ring.push_back(j);
        if (std::find(donors.begin(), donors.end(), static_cast<std::size_t>(fz)) == donors.end())
            donors.push_back(static_cast<std::size_t>(fz));
    }
}

std::vector<GeosGeometry> ZoneBuilder::take_ring(const std::vector<std::size_t>& donors,
                                                 std::vector<std::uint32_t>& ring) {
    // Take the ring out of its zones; pieces a zone falls into join the
    // ring, the zone keeps its largest piece.
    auto ctx = geos_context();
    auto in_ring = [&](std::uint32_t c) { return std::find(ring.begin(), ring.end(), c) != ring.end(); };
    std::vector<GeosGeometry> rebuilt(donors.size());
    for (std::size_t i = 0; i < donors.size(); ++i) {
        auto& m = members_[donors[i]];
        std::erase_if(m, in_ring);
        if (m.empty()) continue;
        GeosGeometry g = p_.union_of(m);
        if (GEOSGeomTypeId_r(ctx, g.get()) != GEOS_POLYGON) {
            std::vector<std::uint32_t> stay;
            split_by_largest(m, g.get(), stay, ring);
            m = stay;
            g = p_.union_of(m);
        }
        rebuilt[i] = std::move(g);
    }
    return rebuilt;
}

bool ZoneBuilder::try_ring_commune(std::size_t z) {
    auto ctx = geos_context();
    std::vector<std::uint32_t> ring;
    std::vector<std::size_t> donors;
    collect_ring(z, ring, donors);
    bool ok = ring.size() >= 4;
    for (auto d : donors) ok = ok && seed_town_[d] < 0 && !special_[d];
    if (!ok) return false;
    std::vector<std::vector<std::uint32_t>> saved;
    for (auto d : donors) saved.push_back(members_[d]);
    std::vector<GeosGeometry> rebuilt = take_ring(donors, ring);
    GeosGeometry ring_geom = p_.union_of(ring);
    const bool good = GEOSGeomTypeId_r(ctx, ring_geom.get()) == GEOS_POLYGON &&
                      GEOSGetNumInteriorRings_r(ctx, ring_geom.get()) >= 1;
    if (!good) {
        for (std::size_t i = 0; i < donors.size(); ++i) members_[donors[i]] = saved[i];
        return false;
    }
    commit_ring(z, donors, rebuilt, ring, std::move(ring_geom));
    return true;
}

void ZoneBuilder::commit_ring(std::size_t town, const std::vector<std::size_t>& donors,
                              std::vector<GeosGeometry>& rebuilt, std::vector<std::uint32_t>& ring,
                              GeosGeometry ring_geom) {
    for (std::size_t i = 0; i < donors.size(); ++i) {
        const std::size_t d = donors[i];
        if (members_[d].empty()) {
            removed_[d] = true;
            geoms_[d].reset();
            continue;
        }
        geoms_[d] = std::move(rebuilt[i]);
        env_[d] = envelope_of(geoms_[d].get());
    }
    const std::size_t nzone = zs_.size();
    zs_.push_back(p_.fine_seeds_[ring.front()]);
    seed_town_.push_back(-1);
    ring_zones_.push_back(nzone);
    std::sort(ring.begin(), ring.end());
    members_.push_back(ring);
    for (auto c : ring) p_.fine_zone_[c] = static_cast<int>(nzone);
    geoms_.push_back(std::move(ring_geom));
    env_.push_back(envelope_of(geoms_.back().get()));
    removed_.push_back(false);
    special_.push_back(true);
    special_[town] = true;
}

void ZoneBuilder::exclaves() {
    int done = 0;
    for (int attempt = 0; attempt < 2000 && done < enclosures_; ++attempt)
        if (try_exclave()) ++done;
}

bool ZoneBuilder::try_exclave() {
    // One cell deep inside commune B handed to its neighbour A, so A becomes
    // a MultiPolygon and B gets a hole.
    auto ctx = geos_context();
    const std::size_t b = rng_.below(zs_.size());
    if (!is_commune(b) || special_[b] || members_[b].size() < 6) return false;
    GeosGeometry boundary(GEOSBoundary_r(ctx, geoms_[b].get()));
    std::int64_t cell = -1;
    for (auto c : members_[b])
        if (GEOSDisjoint_r(ctx, p_.cells_[c].get(), boundary.get()) == 1) {
            cell = c;
            break;
        }
    if (cell < 0) return false;
    std::vector<std::size_t> candidates;
    for (auto o : neighbours(b))
        if (is_commune(o) && !special_[o]) candidates.push_back(o);
    if (candidates.empty()) return false;
    const std::size_t a = candidates[rng_.below(candidates.size())];
    members_[b].erase(std::find(members_[b].begin(), members_[b].end(), static_cast<std::uint32_t>(cell)));
    members_[a].push_back(static_cast<std::uint32_t>(cell));
    p_.fine_zone_[cell] = static_cast<int>(a);
    rebuild(a);
    rebuild(b);
    env_[a] = envelope_of(geoms_[a].get());
    special_[a] = special_[b] = true;
    return true;
}

void ZoneBuilder::finish() {
    // Final zones, numbered outwards from the main city centre.
    auto ctx = geos_context();
    std::vector<std::size_t> order;
    for (std::size_t z = 0; z < zs_.size(); ++z)
        if (!removed_[z]) order.push_back(z);
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t a, std::size_t b) { return dist(zs_[a], p_.origin) < dist(zs_[b], p_.origin); });
    std::vector<int> new_index(zs_.size(), -1);
    for (std::size_t i = 0; i < order.size(); ++i) {
        const std::size_t z = order[i];
        new_index[z] = static_cast<int>(i);
        Zone zone;
        char id[32];
        std::snprintf(id, sizeof id, "XA-%05zu", i + 1);
        zone.id = id;
        zone.seed = zs_[z];
        zone.town = seed_town_[z];
        zone.special = special_[z];
        zone.force_commune = std::find(ring_zones_.begin(), ring_zones_.end(), z) != ring_zones_.end();
        zone.geometry = std::move(geoms_[z]);
        zone.area_m2 = area_of(zone.geometry.get());
        p_.zones.push_back(std::move(zone));
    }
    for (auto& fz : p_.fine_zone_)
        if (fz >= 0) fz = new_index[fz];
    p_.outline_prepared_.reset(GEOSPrepare_r(ctx, p_.outline.get()));
}

}  // namespace coverplan::datasets
