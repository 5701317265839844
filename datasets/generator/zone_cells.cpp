// Zone seeds, fine seeds, the Voronoi diagram of the fine seeds and the
// assignment of its cells to zones (see zone_builder.h).

#include <algorithm>
#include <cmath>
#include <stdexcept>

#include "zone_builder.h"

namespace coverplan::datasets {

using gis::geos_context;
using gis::GeosGeometry;

namespace {

constexpr double kFine = 7.0;  ///< fine cells per zone

/// A candidate location and the zone spacing there.
struct Dart {
    Pt p;
    double s = 1;
};

/// Dart throwing: candidates from `draw` (nullopt: rejected) until `points`
/// holds `target`, none closer than radius(factor, dart) to an earlier one.
/// After 3,000 misses in a row the factor shrinks by 10 %, so a crowded
/// target still finishes.
template <class Draw, class Radius, class Add>
void throw_darts(std::size_t target, const std::vector<Pt>& points, const PointGrid& grid, double factor, Draw&& draw,
                 Radius&& radius, Add&& add) {
    int stall = 0;
    while (points.size() < target) {
        const std::optional<Dart> d = draw();
        if (!d) continue;
        if (grid.any_within(d->p, radius(factor, *d), points)) {
            if (++stall > 3000) {
                factor *= 0.9;
                stall = 0;
            }
            continue;
        }
        stall = 0;
        add(Pt{round_to(d->p.x, kCm), round_to(d->p.y, kCm)});
    }
}

}  // namespace

ZoneBuilder::ZoneBuilder(Province& province) : p_(province), rng_(province.seed, "zones") {
    enclosures_ = std::max(1, p_.config.zones / 1000);
    nz_ = p_.config.zones - enclosures_;
}

void ZoneBuilder::run() {
    scale_spacing();
    seed_zones();
    seed_fine_cells();
    seed_outside_band();
    voronoi_cells();
    assign_cells();
    fill_enclosed_holes();
    index_zones();
    mend_strays();
    ring_communes();
    exclaves();
    finish();
}

void ZoneBuilder::scale_spacing() {
    // k such that a zone spacing of k * spacing(p) yields nz zones over the
    // outline: the integral of 1 / spacing² by raster.
    double integral = 0;
    const int n = 300;
    const double cw = (p_.maxx_ - p_.minx_) / n, ch = (p_.maxy_ - p_.miny_) / n;
    for (int j = 0; j < n; ++j)
        for (int i = 0; i < n; ++i) {
            const Pt p{p_.minx_ + (i + 0.5) * cw, p_.miny_ + (j + 0.5) * ch};
            if (!p_.in_blob(p)) continue;
            const double s = p_.spacing(p);
            integral += cw * ch / (s * s);
        }
    k_ = std::sqrt(integral / nz_);
    margin_ = 2.5 * k_;
    gx0_ = p_.minx_ - margin_ - 2000;
    gy0_ = p_.miny_ - margin_ - 2000;
    gx1_ = p_.maxx_ + margin_ + 2000;
    gy1_ = p_.maxy_ + margin_ + 2000;
}

void ZoneBuilder::add_zone_seed(Pt p, int town) {
    zgrid_.insert(p, static_cast<std::uint32_t>(zs_.size()));
    zs_.push_back(p);
    seed_town_.push_back(town);
}

void ZoneBuilder::seed_zones() {
    // City and town centres first (a town is its own zone), then darts with
    // density ~ 1/s² and a minimum distance ~ s.
    zgrid_ = PointGrid(gx0_, gy0_, gx1_, gy1_, std::max(300.0, 0.3 * 0.55 * k_));
    for (auto c : p_.city_cores_) add_zone_seed(p_.clusters[c].centre, -1);
    for (auto t : p_.towns_)
        if (p_.in_blob(p_.clusters[t].centre, 1000)) add_zone_seed(p_.clusters[t].centre, static_cast<int>(t));
    throw_darts(
        static_cast<std::size_t>(nz_), zs_, zgrid_, 0.55,
        [&]() -> std::optional<Dart> {
            const Pt p{rng_.uniform(p_.minx_, p_.maxx_), rng_.uniform(p_.miny_, p_.maxy_)};
            if (!p_.in_blob(p)) return std::nullopt;
            const double s = p_.spacing(p);
            if (rng_.uniform() >= (0.3 / s) * (0.3 / s)) return std::nullopt;
            return Dart{p, s};
        },
        [&](double factor, const Dart& d) { return factor * k_ * d.s; }, [&](Pt p) { add_zone_seed(p, -1); });
}

void ZoneBuilder::add_fine(Pt p, bool in) {
    p_.fine_grid_.insert(p, static_cast<std::uint32_t>(p_.fine_seeds_.size()));
    p_.fine_seeds_.push_back(p);
    inside_.push_back(in);
}

void ZoneBuilder::seed_fine_cells() {
    // The zone seeds plus ~7 times as many, inside the outline.
    const double sqrt_fine = std::sqrt(kFine);
    const double fine_cell = std::max(250.0, 0.3 * 0.5 * k_ / sqrt_fine);
    p_.fine_grid_ = PointGrid(gx0_, gy0_, gx1_, gy1_, fine_cell);
    for (const auto& p : zs_) add_fine(p, true);
    throw_darts(
        static_cast<std::size_t>(kFine * nz_), p_.fine_seeds_, p_.fine_grid_, 0.5,
        [&]() -> std::optional<Dart> {
            const Pt p{rng_.uniform(p_.minx_, p_.maxx_), rng_.uniform(p_.miny_, p_.maxy_)};
            if (!p_.in_blob(p)) return std::nullopt;
            const double s = p_.spacing(p);
            if (rng_.uniform() >= (0.3 / s) * (0.3 / s)) return std::nullopt;
            return Dart{p, s};
        },
        [&](double factor, const Dart& d) { return factor * k_ * d.s / sqrt_fine; },
        [&](Pt p) { add_fine(p, true); });
}

double ZoneBuilder::band_area() const {
    const int n = 400;
    const double cw = (gx1_ - gx0_) / n, ch = (gy1_ - gy0_) / n;
    double band = 0;
    for (int j = 0; j < n; ++j)
        for (int i = 0; i < n; ++i) {
            const double e = p_.blob_excess({gx0_ + (i + 0.5) * cw, gy0_ + (j + 0.5) * ch});
            if (e > 0 && e <= margin_) band += cw * ch;
        }
    return band;
}

void ZoneBuilder::seed_outside_band() {
    // A band of cells outside the outline, at rural density, so that every
    // inside cell of the Voronoi diagram is bounded.
    const double sqrt_fine = std::sqrt(kFine);
    const std::size_t target =
        p_.fine_seeds_.size() + static_cast<std::size_t>(band_area() / (k_ * k_ / kFine));
    throw_darts(
        target, p_.fine_seeds_, p_.fine_grid_, 0.5,
        [&]() -> std::optional<Dart> {
            const Pt p{rng_.uniform(gx0_, gx1_), rng_.uniform(gy0_, gy1_)};
            const double e = p_.blob_excess(p);
            if (e <= 0 || e > margin_) return std::nullopt;
            return Dart{p, 1};
        },
        [&](double factor, const Dart&) { return factor * k_ / sqrt_fine; }, [&](Pt p) { add_fine(p, false); });
}

void ZoneBuilder::voronoi_cells() {
    // GEOS returns the cells in its own order: match each to its seed by
    // the seed nearest the cell's centroid.
    auto ctx = geos_context();
    const auto& seeds = p_.fine_seeds_;
    std::vector<GEOSGeometry*> pts;
    pts.reserve(seeds.size());
    for (const auto& p : seeds) pts.push_back(GEOSGeom_createPointFromXY_r(ctx, p.x, p.y));
    GeosGeometry mp(GEOSGeom_createCollection_r(ctx, GEOS_MULTIPOINT, pts.data(), static_cast<unsigned>(pts.size())));
    GeosGeometry vd(GEOSVoronoiDiagram_r(ctx, mp.get(), nullptr, 0.0, 0));
    if (!vd) throw std::runtime_error("GEOS Voronoi diagram failed: " + gis::geos_last_message());
    p_.cells_.resize(seeds.size());
    const int n = GEOSGetNumGeometries_r(ctx, vd.get());
    for (int i = 0; i < n; ++i) {
        const GEOSGeometry* cell = GEOSGetGeometryN_r(ctx, vd.get(), i);
        GeosGeometry centroid(GEOSGetCentroid_r(ctx, cell));
        double x = 0, y = 0;
        GEOSGeomGetX_r(ctx, centroid.get(), &x);
        GEOSGeomGetY_r(ctx, centroid.get(), &y);
        const auto j = p_.fine_grid_.nearest({x, y}, seeds);
        if (j < 0 || p_.cells_[j]) throw std::runtime_error("Voronoi cell matched twice");
        p_.cells_[j] = rewrite(cell, rounding(kCm));
    }
    for (const auto& c : p_.cells_)
        if (!c) throw std::runtime_error("a Voronoi cell is missing");
}

void ZoneBuilder::assign_cells() {
    // Each inside cell to the zone of the nearest zone seed.
    const auto& seeds = p_.fine_seeds_;
    p_.fine_zone_.assign(seeds.size(), -1);
    members_.assign(zs_.size(), {});
    for (std::uint32_t j = 0; j < seeds.size(); ++j) {
        if (!inside_[j]) continue;
        const auto z = j < zs_.size() ? static_cast<std::int64_t>(j) : zgrid_.nearest(seeds[j], zs_);
        p_.fine_zone_[j] = static_cast<int>(z);
        members_[z].push_back(j);
    }
    geoms_.resize(zs_.size());
    for (std::size_t z = 0; z < zs_.size(); ++z) rebuild(z);
    build_outline();
}

void ZoneBuilder::rebuild(std::size_t z) {
    geoms_[z] = members_[z].empty() ? GeosGeometry() : p_.union_of(members_[z]);
}

void ZoneBuilder::build_outline() {
    std::vector<const GEOSGeometry*> parts;
    for (const auto& g : geoms_)
        if (g) parts.push_back(g.get());
    p_.outline = union_of_all(parts);
}

std::vector<std::uint32_t> ZoneBuilder::enclosed_outside_cells() const {
    auto ctx = geos_context();
    std::vector<std::uint32_t> enclosed;
    const int np = GEOSGetNumGeometries_r(ctx, p_.outline.get());
    for (int i = 0; i < np; ++i) {
        const GEOSGeometry* poly = GEOSGetGeometryN_r(ctx, p_.outline.get(), i);
        const int nh = GEOSGetNumInteriorRings_r(ctx, poly);
        for (int h = 0; h < nh; ++h) {
            GEOSGeometry* shell = GEOSGeom_clone_r(ctx, GEOSGetInteriorRingN_r(ctx, poly, h));
            GeosGeometry hole(GEOSGeom_createPolygon_r(ctx, shell, nullptr, 0));
            for (std::uint32_t j = 0; j < p_.fine_seeds_.size(); ++j) {
                if (p_.fine_zone_[j] >= 0) continue;
                GeosGeometry pt = make_point(p_.fine_seeds_[j].x, p_.fine_seeds_[j].y);
                if (GEOSContains_r(ctx, hole.get(), pt.get()) == 1) enclosed.push_back(j);
            }
        }
    }
    return enclosed;
}

void ZoneBuilder::fill_enclosed_holes() {
    // An outside cell enclosed by inside cells would be a hole in the
    // province: give it to the zone of its nearest inside neighbour.
    const std::vector<std::uint32_t> enclosed = enclosed_outside_cells();
    const auto& seeds = p_.fine_seeds_;
    for (auto j : enclosed) {
        std::int64_t best = -1;
        double best_d = 0;
        p_.fine_grid_.for_each_near(seeds[j], 4 * k_, [&](std::uint32_t i) {
            if (p_.fine_zone_[i] < 0) return;
            const double d = dist(seeds[i], seeds[j]);
            if (best < 0 || d < best_d) {
                best = i;
                best_d = d;
            }
        });
        if (best < 0) continue;
        const int z = p_.fine_zone_[best];
        p_.fine_zone_[j] = z;
        members_[z].push_back(j);
        rebuild(z);
    }
    if (!enclosed.empty()) build_outline();
}

void ZoneBuilder::index_zones() {
    env_.assign(zs_.size(), Envelope{});
    for (std::size_t z = 0; z < zs_.size(); ++z)
        if (geoms_[z]) env_[z] = envelope_of(geoms_[z].get());
    removed_.assign(zs_.size(), false);
    special_.assign(zs_.size(), false);
    for (std::size_t z = 0; z < zs_.size(); ++z) removed_[z] = !geoms_[z];
}

}  // namespace coverplan::datasets
