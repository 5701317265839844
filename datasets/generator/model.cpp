#include "model.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <numbers>
#include <stdexcept>

#include "geo.h"
#include "names.h"

namespace coverplan::datasets {

using gis::geos_context;
using gis::GeosGeometry;
using gis::GeosPrepared;

namespace {

constexpr double kPi = std::numbers::pi;
constexpr double kCm = 0.01;

double dist(const Pt& a, const Pt& b) { return std::hypot(a.x - b.x, a.y - b.y); }

struct Envelope {
    double minx, miny, maxx, maxy;
    bool overlaps(const Envelope& o) const {
        return minx <= o.maxx && o.minx <= maxx && miny <= o.maxy && o.miny <= maxy;
    }
};

Envelope envelope_of(const GEOSGeometry* g) {
    auto ctx = geos_context();
    Envelope e{};
    GEOSGeom_getXMin_r(ctx, g, &e.minx);
    GEOSGeom_getYMin_r(ctx, g, &e.miny);
    GEOSGeom_getXMax_r(ctx, g, &e.maxx);
    GEOSGeom_getYMax_r(ctx, g, &e.maxy);
    return e;
}

double area_of(const GEOSGeometry* g) {
    double a = 0;
    GEOSArea_r(geos_context(), g, &a);
    return a;
}

/// Share a boundary line and not their interiors.
bool share_edge(const GEOSGeometry* a, const GEOSGeometry* b) {
    return GEOSRelatePattern_r(geos_context(), a, b, "F***1****") == 1;
}

}  // namespace

ScaleConfig scale_config(const std::string& name) {
    if (name == "sample") return {"sample", 50, 30'000, 520, 3'000, 1'500, 2'000};
    if (name == "S") return {"S", 500, 100'000, 3'000, 10'000, 5'000, 7'000};
    if (name == "M") return {"M", 2'000, 1'000'000, 15'000, 100'000, 50'000, 70'000};
    if (name == "L") return {"L", 10'000, 10'000'000, 50'000, 1'000'000, 500'000, 700'000};
    throw std::invalid_argument("unknown scale '" + name + "' (expected sample, S, M or L)");
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

// ---------------------------------------------------------------- grids

BoxGrid::BoxGrid(double minx, double miny, double maxx, double maxy, double cell)
    : minx_(minx), miny_(miny), cell_(cell) {
    nx_ = static_cast<int>(std::ceil((maxx - minx) / cell)) + 1;
    ny_ = static_cast<int>(std::ceil((maxy - miny) / cell)) + 1;
    cells_.assign(static_cast<std::size_t>(nx_) * ny_, {});
}

void BoxGrid::insert(std::uint32_t id, double minx, double miny, double maxx, double maxy) {
    const int i0 = std::clamp(static_cast<int>(std::floor((minx - minx_) / cell_)), 0, nx_ - 1);
    const int i1 = std::clamp(static_cast<int>(std::floor((maxx - minx_) / cell_)), 0, nx_ - 1);
    const int j0 = std::clamp(static_cast<int>(std::floor((miny - miny_) / cell_)), 0, ny_ - 1);
    const int j1 = std::clamp(static_cast<int>(std::floor((maxy - miny_) / cell_)), 0, ny_ - 1);
    for (int j = j0; j <= j1; ++j)
        for (int i = i0; i <= i1; ++i) cells_[static_cast<std::size_t>(j) * nx_ + i].push_back(id);
}

const std::vector<std::uint32_t>& BoxGrid::at(Pt p) const {
    const int i = static_cast<int>(std::floor((p.x - minx_) / cell_));
    const int j = static_cast<int>(std::floor((p.y - miny_) / cell_));
    if (i < 0 || j < 0 || i >= nx_ || j >= ny_) return empty_;
    return cells_[static_cast<std::size_t>(j) * nx_ + i];
}

PointGrid::PointGrid(double minx, double miny, double maxx, double maxy, double cell)
    : minx_(minx), miny_(miny), cell_(cell) {
    nx_ = static_cast<int>(std::ceil((maxx - minx) / cell)) + 1;
    ny_ = static_cast<int>(std::ceil((maxy - miny) / cell)) + 1;
    cells_.assign(static_cast<std::size_t>(nx_) * ny_, {});
}

int PointGrid::cx(double x) const { return std::clamp(static_cast<int>(std::floor((x - minx_) / cell_)), 0, nx_ - 1); }
int PointGrid::cy(double y) const { return std::clamp(static_cast<int>(std::floor((y - miny_) / cell_)), 0, ny_ - 1); }

void PointGrid::insert(const Pt& p, std::uint32_t id) {
    cells_[static_cast<std::size_t>(cy(p.y)) * nx_ + cx(p.x)].push_back(id);
}

std::int64_t PointGrid::nearest(const Pt& p, const std::vector<Pt>& points) const {
    const int ci = cx(p.x), cj = cy(p.y);
    std::int64_t best = -1;
    double best_d2 = 0;
    auto visit = [&](int i, int j) {
        if (i < 0 || j < 0 || i >= nx_ || j >= ny_) return;
        for (auto id : cells_[static_cast<std::size_t>(j) * nx_ + i]) {
            const double dx = points[id].x - p.x, dy = points[id].y - p.y;
            const double d2 = dx * dx + dy * dy;
            if (best < 0 || d2 < best_d2 || (d2 == best_d2 && id < best)) {
                best = id;
                best_d2 = d2;
            }
        }
    };
    const int max_ring = std::max(nx_, ny_);
    for (int r = 0; r <= max_ring; ++r) {
        if (best >= 0 && r >= 1) {
            const double bound = (r - 1) * cell_;
            if (bound * bound > best_d2) break;
        }
        if (r == 0) {
            visit(ci, cj);
            continue;
        }
        for (int i = ci - r; i <= ci + r; ++i) {
            visit(i, cj - r);
            visit(i, cj + r);
        }
        for (int j = cj - r + 1; j <= cj + r - 1; ++j) {
            visit(ci - r, j);
            visit(ci + r, j);
        }
    }
    return best;
}

bool PointGrid::any_within(const Pt& p, double r, const std::vector<Pt>& points) const {
    bool found = false;
    const double r2 = r * r;
    for_each_near(p, r, [&](std::uint32_t id) {
        const double dx = points[id].x - p.x, dy = points[id].y - p.y;
        if (dx * dx + dy * dy < r2) found = true;
    });
    return found;
}

// ---------------------------------------------------------------- province

Province::Province(ScaleConfig cfg, std::uint64_t s) : config(std::move(cfg)), seed(s) {
    place_clusters();
    build_zones();
    name_zones();
    build_nodes();
    find_pockets_and_plan();
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

void Province::place_clusters() {
    Rng rng(seed, "clusters");
    const double u = config.units();
    Utm48 utm;
    struct Fixed {
        Kind kind;
        double lon, lat;
        const char* name;
        const char* district;
    };
    static const Fixed core[] = {
        {Kind::City, 106.2, 21.27, "Bắc Giang", "Thành phố Bắc Giang"},
        {Kind::Industrial, 106.085, 21.245, "Đình Trám", ""},
        {Kind::Industrial, 106.05, 21.215, "Quang Châu", ""},
        {Kind::Industrial, 106.178, 21.232, "Song Khê – Nội Hoàng", ""},
        {Kind::Town, 106.228, 21.205, "Nham Biền", "Yên Dũng"},
        {Kind::Town, 106.105, 21.272, "Bích Động", "Việt Yên"},
        {Kind::Town, 106.13, 21.385, "Cao Thượng", "Tân Yên"},
        {Kind::Town, 106.255, 21.36, "Vôi", "Lạng Giang"},
    };
    auto round_m = [](Pt p) { return Pt{std::nearbyint(p.x), std::nearbyint(p.y)}; };
    origin = round_m(utm.to_utm(106.2, 21.27));

    // Outline: a wobbly disc around the core, growing with the scale.
    blob_centre_ = {origin.x - 5000, origin.y + 500};
    const double amplitudes[4] = {0.07, 0.05, 0.03, 0.02};
    for (int k = 0; k < 4; ++k) {
        harm_a_[k] = amplitudes[k];
        harm_phi_[k] = rng.uniform(0, 2 * kPi);
    }
    blob_r0_ = 17000.0 * std::sqrt(u);
    std::vector<Pt> core_pts;
    for (const auto& f : core) core_pts.push_back(round_m(utm.to_utm(f.lon, f.lat)));
    for (;;) {
        bool ok = true;
        for (const auto& p : core_pts) ok = ok && in_blob(p, 3000);
        if (ok) break;
        blob_r0_ *= 1.04;
    }
    const double reach = blob_r0_ * (1 + 0.07 + 0.05 + 0.03 + 0.02);
    minx_ = blob_centre_.x - reach;
    maxx_ = blob_centre_.x + reach;
    miny_ = blob_centre_.y - reach;
    maxy_ = blob_centre_.y + reach;
    {
        // Area of the outline shape (for the README and scale checks).
        const int n = 400;
        const double cw = (maxx_ - minx_) / n, ch = (maxy_ - miny_) / n;
        int inside = 0;
        for (int j = 0; j < n; ++j)
            for (int i = 0; i < n; ++i) inside += in_blob({minx_ + (i + 0.5) * cw, miny_ + (j + 0.5) * ch});
        blob_area_km2_ = inside * cw * ch / 1e6;
    }

    struct City {
        Pt c;
        double size;
        std::string name;
    };
    struct Town {
        Pt c;
        double size;
        std::string name, district;
    };
    struct Park {
        Pt c;
        double size, sigma;
        std::string name;
    };
    std::vector<City> cities;
    std::vector<Town> towns;
    std::vector<Park> parks;
    std::size_t park_name = 0;
    auto next_park_name = [&]() -> std::string {
        if (park_name < names::kIndustrialParks.size()) return names::kIndustrialParks[park_name++];
        ++park_name;
        return rng.pick(names::kFirstSyllables) + " " + rng.pick(names::kSecondSyllables);
    };
    for (std::size_t i = 0; i < std::size(core); ++i) {
        const auto& f = core[i];
        if (f.kind == Kind::City) cities.push_back({core_pts[i], 1.0, f.name});
        if (f.kind == Kind::Industrial) {
            parks.push_back({core_pts[i], rng.uniform(0.8, 1.4), rng.uniform(600, 900), f.name});
            ++park_name;
        }
        if (f.kind == Kind::Town) towns.push_back({core_pts[i], rng.uniform(0.7, 1.3), f.name, f.district});
    }

    // Further cities with their industrial parks (larger scales).
    const int n_cities = std::max(1, static_cast<int>(std::lround(u / 6.25)));
    double min_city = 40000;
    for (int attempts = 0; static_cast<int>(cities.size()) < n_cities; ++attempts) {
        if (attempts > 20000) {
            min_city *= 0.9;
            attempts = 0;
        }
        const Pt p = blob_uniform(rng);
        if (!in_blob(p, 12000)) continue;
        bool ok = true;
        for (const auto& c : cities) ok = ok && dist(c.c, p) >= min_city;
        if (!ok) continue;
        const std::size_t idx = cities.size();
        const std::string name = idx < names::kCities.size()
                                     ? names::kCities[idx]
                                     : rng.pick(names::kFirstSyllables) + " " + rng.pick(names::kSecondSyllables);
        cities.push_back({{std::nearbyint(p.x), std::nearbyint(p.y)}, rng.uniform(0.5, 1.6), name});
        const int n_parks = static_cast<int>(rng.between(2, 4));
        for (int k = 0; k < n_parks; ++k) {
            for (int tries = 0; tries < 100; ++tries) {
                const double a = rng.uniform(0, 2 * kPi), d = rng.uniform(5000, 13000);
                const Pt q{std::nearbyint(p.x + d * std::cos(a)), std::nearbyint(p.y + d * std::sin(a))};
                if (!in_blob(q, 3000)) continue;
                parks.push_back({q, rng.uniform(0.6, 1.4), rng.uniform(600, 900), next_park_name()});
                break;
            }
        }
    }

    // District towns.
    names::PlacePool town_names({"Kép", "Nếnh", "Thắng", "Đồi Ngô", "Chũ", "An Châu", "Cầu Gồ", "Bố Hạ",
                                 "Phồn Xương", "Tân An", "Neo", "Tân Dân", "Lim", "Chờ", "Phố Mới", "Hồ", "Thứa"});
    names::PlacePool district_names({"Lục Nam", "Lục Ngạn", "Sơn Động", "Hiệp Hòa", "Yên Thế", "Quế Võ", "Tiên Du",
                                     "Gia Bình", "Lương Tài", "Thuận Thành", "Yên Phong", "Phú Bình", "Đồng Hỷ",
                                     "Võ Nhai", "Đại Từ", "Định Hóa", "Phú Lương"});
    for (const auto& t : towns) {
        town_names.reserve(t.name);
        district_names.reserve(t.district);
    }
    const int n_towns = std::max(4, static_cast<int>(std::lround(4 * u)));
    double min_town = 9000;
    for (int attempts = 0; static_cast<int>(towns.size()) < n_towns; ++attempts) {
        if (attempts > 20000) {
            min_town *= 0.9;
            attempts = 0;
        }
        const Pt p = blob_uniform(rng);
        if (!in_blob(p, 4000)) continue;
        bool ok = true;
        for (const auto& c : cities) ok = ok && dist(c.c, p) >= min_town;
        for (const auto& t : towns) ok = ok && dist(t.c, p) >= min_town;
        for (const auto& k : parks) ok = ok && dist(k.c, p) >= 0.45 * min_town;
        if (!ok) continue;
        towns.push_back({{std::nearbyint(p.x), std::nearbyint(p.y)}, rng.uniform(0.6, 1.4), town_names.next(rng),
                         district_names.next(rng)});
    }

    // Demand shares by kind, then by cluster size within a kind.
    const double share_city = 0.36, share_park = 0.16, share_town = 0.18, share_village = 0.22;
    background_weight_ = 0.08;
    double sum_city = 0, sum_park = 0, sum_town = 0;
    for (const auto& c : cities) sum_city += c.size;
    for (const auto& k : parks) sum_park += k.size;
    for (const auto& t : towns) sum_town += t.size;
    for (const auto& c : cities) {
        const double w = share_city * c.size / sum_city;
        city_cores_.push_back(static_cast<std::uint32_t>(clusters.size()));
        clusters.push_back({Kind::City, c.c, 1100 * std::sqrt(c.size), 0.55 * w, c.name, c.size});
        clusters.push_back({Kind::City, c.c, 3000 * std::sqrt(c.size), 0.45 * w, c.name, c.size});
        districts.push_back({"Thành phố " + c.name, "Trung tâm Viễn thông Thành phố " + c.name, c.c, 1.8});
    }
    for (const auto& k : parks)
        clusters.push_back({Kind::Industrial, k.c, k.sigma, share_park * k.size / sum_park, "KCN " + k.name, k.size});
    for (const auto& t : towns) {
        towns_.push_back(static_cast<std::uint32_t>(clusters.size()));
        clusters.push_back(
            {Kind::Town, t.c, rng.uniform(700, 1000), share_town * t.size / sum_town, t.name, t.size});
        districts.push_back({t.district, "Trung tâm Viễn thông " + t.district, t.c, 1.0});
    }
    const int n_villages = static_cast<int>(std::lround(60 * u));
    std::vector<double> village_size(static_cast<std::size_t>(n_villages));
    std::vector<Pt> village_pts(village_size.size());
    double sum_village = 0;
    for (int i = 0; i < n_villages; ++i) {
        Pt p;
        do p = blob_uniform(rng);
        while (!in_blob(p, 500));
        village_pts[i] = {std::nearbyint(p.x), std::nearbyint(p.y)};
        village_size[i] = rng.uniform(0.3, 1.7);
        sum_village += village_size[i];
    }
    for (int i = 0; i < n_villages; ++i)
        clusters.push_back({Kind::Village, village_pts[i], rng.uniform(250, 450),
                            share_village * village_size[i] / sum_village, "", village_size[i]});

    // Influence grid for the zone-spacing function.
    influence_grid_ = PointGrid(minx_ - 30000, miny_ - 30000, maxx_ + 30000, maxy_ + 30000, 10000);
    for (std::uint32_t i = 0; i < clusters.size(); ++i) {
        const Cluster& c = clusters[i];
        const bool core_city = std::find(city_cores_.begin(), city_cores_.end(), i) != city_cores_.end();
        if (c.kind == Kind::Town || c.kind == Kind::Industrial || core_city) {
            influence_grid_.insert(c.centre, static_cast<std::uint32_t>(influence_pts_.size()));
            influence_pts_.push_back(c.centre);
            influence_cluster_.push_back(i);
        }
    }
}

double Province::spacing(const Pt& p) const {
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
    auto ctx = geos_context();
    std::vector<GEOSGeometry*> parts;
    parts.reserve(cells.size());
    for (auto c : cells) parts.push_back(GEOSGeom_clone_r(ctx, cells_[c].get()));
    GEOSGeometry* coll = GEOSGeom_createCollection_r(ctx, GEOS_GEOMETRYCOLLECTION, parts.data(),
                                                     static_cast<unsigned>(parts.size()));
    GEOSGeometry* u = GEOSUnaryUnion_r(ctx, coll);
    GEOSGeom_destroy_r(ctx, coll);
    if (!u) throw std::runtime_error("GEOS union failed: " + gis::geos_last_message());
    return GeosGeometry(u);
}

void Province::build_zones() {
    auto ctx = geos_context();
    Rng rng(seed, "zones");
    const int enclosures = std::max(1, config.zones / 1000);
    const int nz = config.zones - enclosures;
    constexpr double kFine = 7.0;
    const double sqrt_fine = std::sqrt(kFine);

    // Scale k so that zone spacing k*s(p) yields nz zones over the outline.
    double integral = 0;
    {
        const int n = 300;
        const double cw = (maxx_ - minx_) / n, ch = (maxy_ - miny_) / n;
        for (int j = 0; j < n; ++j)
            for (int i = 0; i < n; ++i) {
                const Pt p{minx_ + (i + 0.5) * cw, miny_ + (j + 0.5) * ch};
                if (!in_blob(p)) continue;
                const double s = spacing(p);
                integral += cw * ch / (s * s);
            }
    }
    const double k = std::sqrt(integral / nz);
    const double margin = 2.5 * k;
    const double gx0 = minx_ - margin - 2000, gy0 = miny_ - margin - 2000;
    const double gx1 = maxx_ + margin + 2000, gy1 = maxy_ + margin + 2000;

    // Zone seeds: city centres and town centres first, then dart throwing
    // with density ~ 1/s^2 and a minimum distance ~ s.
    std::vector<Pt> zs;
    PointGrid zgrid(gx0, gy0, gx1, gy1, std::max(300.0, 0.3 * 0.55 * k));
    std::vector<int> seed_town;  // cluster index of the town at a zone seed, or -1
    auto add_zone_seed = [&](Pt p, int town) {
        zgrid.insert(p, static_cast<std::uint32_t>(zs.size()));
        zs.push_back(p);
        seed_town.push_back(town);
    };
    for (auto c : city_cores_) add_zone_seed(clusters[c].centre, -1);
    for (auto t : towns_)
        if (in_blob(clusters[t].centre, 1000)) add_zone_seed(clusters[t].centre, static_cast<int>(t));
    {
        double factor = 0.55;
        int stall = 0;
        while (static_cast<int>(zs.size()) < nz) {
            const Pt p{rng.uniform(minx_, maxx_), rng.uniform(miny_, maxy_)};
            if (!in_blob(p)) continue;
            const double s = spacing(p);
            if (rng.uniform() >= (0.3 / s) * (0.3 / s)) continue;
            if (zgrid.any_within(p, factor * k * s, zs)) {
                if (++stall > 3000) {
                    factor *= 0.9;
                    stall = 0;
                }
                continue;
            }
            stall = 0;
            add_zone_seed({round_to(p.x, kCm), round_to(p.y, kCm)}, -1);
        }
    }

    // Fine seeds: the zone seeds plus ~7 times as many, inside; and a band
    // outside the outline so the inside cells are bounded.
    const double fine_cell = std::max(250.0, 0.3 * 0.5 * k / sqrt_fine);
    fine_grid_ = PointGrid(gx0, gy0, gx1, gy1, fine_cell);
    std::vector<bool> inside;
    auto add_fine = [&](Pt p, bool in) {
        fine_grid_.insert(p, static_cast<std::uint32_t>(fine_seeds_.size()));
        fine_seeds_.push_back(p);
        inside.push_back(in);
    };
    for (const auto& p : zs) add_fine(p, true);
    {
        const std::size_t target = static_cast<std::size_t>(kFine * nz);
        double factor = 0.5;
        int stall = 0;
        while (fine_seeds_.size() < target) {
            const Pt p{rng.uniform(minx_, maxx_), rng.uniform(miny_, maxy_)};
            if (!in_blob(p)) continue;
            const double s = spacing(p);
            if (rng.uniform() >= (0.3 / s) * (0.3 / s)) continue;
            if (fine_grid_.any_within(p, factor * k * s / sqrt_fine, fine_seeds_)) {
                if (++stall > 3000) {
                    factor *= 0.9;
                    stall = 0;
                }
                continue;
            }
            stall = 0;
            add_fine({round_to(p.x, kCm), round_to(p.y, kCm)}, true);
        }
    }
    {
        // Band area by raster, then the same dart throwing at rural density.
        const int n = 400;
        const double cw = (gx1 - gx0) / n, ch = (gy1 - gy0) / n;
        double band = 0;
        for (int j = 0; j < n; ++j)
            for (int i = 0; i < n; ++i) {
                const double e = blob_excess({gx0 + (i + 0.5) * cw, gy0 + (j + 0.5) * ch});
                if (e > 0 && e <= margin) band += cw * ch;
            }
        const std::size_t target = fine_seeds_.size() + static_cast<std::size_t>(band / (k * k / kFine));
        double factor = 0.5;
        int stall = 0;
        while (fine_seeds_.size() < target) {
            const Pt p{rng.uniform(gx0, gx1), rng.uniform(gy0, gy1)};
            const double e = blob_excess(p);
            if (e <= 0 || e > margin) continue;
            if (fine_grid_.any_within(p, factor * k / sqrt_fine, fine_seeds_)) {
                if (++stall > 3000) {
                    factor *= 0.9;
                    stall = 0;
                }
                continue;
            }
            stall = 0;
            add_fine({round_to(p.x, kCm), round_to(p.y, kCm)}, false);
        }
    }

    // Voronoi diagram of the fine seeds; match each cell to its seed.
    {
        std::vector<GEOSGeometry*> pts;
        pts.reserve(fine_seeds_.size());
        for (const auto& p : fine_seeds_) pts.push_back(GEOSGeom_createPointFromXY_r(ctx, p.x, p.y));
        GeosGeometry mp(GEOSGeom_createCollection_r(ctx, GEOS_MULTIPOINT, pts.data(), static_cast<unsigned>(pts.size())));
        GeosGeometry vd(GEOSVoronoiDiagram_r(ctx, mp.get(), nullptr, 0.0, 0));
        if (!vd) throw std::runtime_error("GEOS Voronoi diagram failed: " + gis::geos_last_message());
        cells_.resize(fine_seeds_.size());
        const int n = GEOSGetNumGeometries_r(ctx, vd.get());
        for (int i = 0; i < n; ++i) {
            const GEOSGeometry* cell = GEOSGetGeometryN_r(ctx, vd.get(), i);
            GeosGeometry centroid(GEOSGetCentroid_r(ctx, cell));
            double x = 0, y = 0;
            GEOSGeomGetX_r(ctx, centroid.get(), &x);
            GEOSGeomGetY_r(ctx, centroid.get(), &y);
            const auto j = fine_grid_.nearest({x, y}, fine_seeds_);
            if (j < 0 || cells_[j]) throw std::runtime_error("Voronoi cell matched twice");
            cells_[j] = rewrite(cell, rounding(kCm));
        }
        for (const auto& c : cells_)
            if (!c) throw std::runtime_error("a Voronoi cell is missing");
    }

    // Fine cells to zones (nearest zone seed).
    fine_zone_.assign(fine_seeds_.size(), -1);
    std::vector<std::vector<std::uint32_t>> members(zs.size());
    for (std::uint32_t j = 0; j < fine_seeds_.size(); ++j) {
        if (!inside[j]) continue;
        const auto z = j < zs.size() ? static_cast<std::int64_t>(j) : zgrid.nearest(fine_seeds_[j], zs);
        fine_zone_[j] = static_cast<int>(z);
        members[z].push_back(j);
    }
    std::vector<GeosGeometry> geoms(zs.size());
    auto rebuild = [&](std::size_t z) { geoms[z] = members[z].empty() ? GeosGeometry() : union_of(members[z]); };
    auto build_outline = [&]() {
        std::vector<GEOSGeometry*> parts;
        for (const auto& g : geoms)
            if (g) parts.push_back(GEOSGeom_clone_r(ctx, g.get()));
        GeosGeometry coll(GEOSGeom_createCollection_r(ctx, GEOS_GEOMETRYCOLLECTION, parts.data(),
                                                      static_cast<unsigned>(parts.size())));
        outline.reset(GEOSUnaryUnion_r(ctx, coll.get()));
    };
    for (std::size_t z = 0; z < zs.size(); ++z) rebuild(z);
    build_outline();

    // An outside cell enclosed by inside cells would be a hole in the
    // province: give it to the zone of its nearest inside neighbour.
    {
        std::vector<std::uint32_t> enclosed;
        const int np = GEOSGetNumGeometries_r(ctx, outline.get());
        for (int i = 0; i < np; ++i) {
            const GEOSGeometry* poly = GEOSGetGeometryN_r(ctx, outline.get(), i);
            const int nh = GEOSGetNumInteriorRings_r(ctx, poly);
            for (int h = 0; h < nh; ++h) {
                GEOSGeometry* shell = GEOSGeom_clone_r(ctx, GEOSGetInteriorRingN_r(ctx, poly, h));
                GeosGeometry hole(GEOSGeom_createPolygon_r(ctx, shell, nullptr, 0));
                for (std::uint32_t j = 0; j < fine_seeds_.size(); ++j) {
                    if (fine_zone_[j] >= 0) continue;
                    GeosGeometry pt = make_point(fine_seeds_[j].x, fine_seeds_[j].y);
                    if (GEOSContains_r(ctx, hole.get(), pt.get()) == 1) enclosed.push_back(j);
                }
            }
        }
        for (auto j : enclosed) {
            std::int64_t best = -1;
            double best_d = 0;
            fine_grid_.for_each_near(fine_seeds_[j], 4 * k, [&](std::uint32_t i) {
                if (fine_zone_[i] < 0) return;
                const double d = dist(fine_seeds_[i], fine_seeds_[j]);
                if (best < 0 || d < best_d) {
                    best = i;
                    best_d = d;
                }
            });
            if (best < 0) continue;
            const int z = fine_zone_[best];
            fine_zone_[j] = z;
            members[z].push_back(j);
            rebuild(z);
        }
        if (!enclosed.empty()) build_outline();
    }

    std::vector<Envelope> env(zs.size());
    for (std::size_t z = 0; z < zs.size(); ++z)
        if (geoms[z]) env[z] = envelope_of(geoms[z].get());
    std::vector<bool> removed(zs.size(), false), special(zs.size(), false);
    for (std::size_t z = 0; z < zs.size(); ++z) removed[z] = !geoms[z];
    auto is_commune = [&](std::size_t z) { return seed_town[z] < 0 && ward_city(zs[z]) < 0 && !removed[z]; };
    auto neighbours = [&](std::size_t z) {
        std::vector<std::size_t> out;
        for (std::size_t o = 0; o < zs.size(); ++o)
            if (o != z && !removed[o] && env[o].overlaps(env[z]) && share_edge(geoms[z].get(), geoms[o].get()))
                out.push_back(o);
        return out;
    };

    // Nearest-seed assignment can leave a zone in two pieces; hand every
    // stray piece to a neighbour it shares a boundary with (the deliberate
    // exclave below is the only intended MultiPolygon).
    for (int pass = 0; pass < 3; ++pass) {
        bool changed = false;
        for (std::size_t z = 0; z < zs.size(); ++z) {
            if (removed[z] || GEOSGeomTypeId_r(ctx, geoms[z].get()) != GEOS_MULTIPOLYGON) continue;
            GeosGeometry keep = largest_polygon(geoms[z].get());
            GeosPrepared kp(GEOSPrepare_r(ctx, keep.get()));
            std::vector<std::uint32_t> stay, stray;
            for (auto c : members[z]) {
                GeosGeometry pt = make_point(fine_seeds_[c].x, fine_seeds_[c].y);
                (GEOSPreparedContains_r(ctx, kp.get(), pt.get()) == 1 ? stay : stray).push_back(c);
            }
            // Pieces of the stray cells, each to one neighbour.
            GeosGeometry pieces = union_of(stray);
            const int np = GEOSGetNumGeometries_r(ctx, pieces.get());
            for (int i = 0; i < np; ++i) {
                const GEOSGeometry* piece = GEOSGetGeometryN_r(ctx, pieces.get(), i);
                const Envelope pe = envelope_of(piece);
                std::int64_t target = -1;
                for (std::size_t o = 0; o < zs.size() && target < 0; ++o)
                    if (o != z && !removed[o] && env[o].overlaps(pe) && share_edge(piece, geoms[o].get()))
                        target = static_cast<std::int64_t>(o);
                GeosPrepared pp(GEOSPrepare_r(ctx, piece));
                for (auto c : stray) {
                    GeosGeometry pt = make_point(fine_seeds_[c].x, fine_seeds_[c].y);
                    if (GEOSPreparedContains_r(ctx, pp.get(), pt.get()) != 1) continue;
                    if (target < 0) {
                        stay.push_back(c);  // an island with no neighbour: leave it
                        continue;
                    }
                    members[target].push_back(c);
                    fine_zone_[c] = static_cast<int>(target);
                }
                if (target >= 0) {
                    std::sort(members[target].begin(), members[target].end());
                    rebuild(static_cast<std::size_t>(target));
                    env[target] = envelope_of(geoms[target].get());
                    changed = true;
                }
            }
            std::sort(stay.begin(), stay.end());
            members[z] = stay;
            rebuild(z);
            env[z] = envelope_of(geoms[z].get());
        }
        if (!changed) break;
    }

    std::vector<std::size_t> ring_zones;
    // A commune surrounding a town (a zone with a hole): every fine cell
    // touching a town's zone becomes one new commune around it, provided
    // the communes it is taken from stay in one piece.
    {
        GeosGeometry boundary(GEOSBoundary_r(ctx, outline.get()));
        GeosPrepared edge(GEOSPrepare_r(ctx, boundary.get()));
        int done = 0;
        for (std::size_t z = 0; z < zs.size() && done < enclosures; ++z) {
            if (seed_town[z] < 0 || removed[z] || special[z]) continue;
            if (GEOSPreparedIntersects_r(ctx, edge.get(), geoms[z].get()) == 1) continue;
            GeosPrepared town(GEOSPrepare_r(ctx, geoms[z].get()));
            std::vector<std::uint32_t> ring;
            std::vector<std::size_t> donors;
            for (std::uint32_t j = 0; j < fine_seeds_.size(); ++j) {
                const int fz = fine_zone_[j];
                if (fz < 0 || static_cast<std::size_t>(fz) == z) continue;
                if (dist(fine_seeds_[j], zs[z]) > 6 * k) continue;
                if (GEOSPreparedIntersects_r(ctx, town.get(), cells_[j].get()) != 1) continue;
                ring.push_back(j);
                if (std::find(donors.begin(), donors.end(), static_cast<std::size_t>(fz)) == donors.end())
                    donors.push_back(static_cast<std::size_t>(fz));
            }
            bool ok = ring.size() >= 4;
            for (auto d : donors) ok = ok && seed_town[d] < 0 && !special[d];
            if (!ok) continue;
            // Take the ring out of its zones; pieces a zone falls into join
            // the ring, the zone keeps its largest piece.
            std::vector<std::vector<std::uint32_t>> saved;
            for (auto d : donors) saved.push_back(members[d]);
            auto in_ring = [&](std::uint32_t c) { return std::find(ring.begin(), ring.end(), c) != ring.end(); };
            std::vector<GeosGeometry> rebuilt(donors.size());
            for (std::size_t i = 0; i < donors.size(); ++i) {
                auto& m = members[donors[i]];
                std::erase_if(m, in_ring);
                if (m.empty()) continue;
                GeosGeometry g = union_of(m);
                if (GEOSGeomTypeId_r(ctx, g.get()) != GEOS_POLYGON) {
                    GeosGeometry keep = largest_polygon(g.get());
                    GeosPrepared kp(GEOSPrepare_r(ctx, keep.get()));
                    std::vector<std::uint32_t> stay;
                    for (auto c : m) {
                        GeosGeometry pt = make_point(fine_seeds_[c].x, fine_seeds_[c].y);
                        if (GEOSPreparedContains_r(ctx, kp.get(), pt.get()) == 1)
                            stay.push_back(c);
                        else
                            ring.push_back(c);
                    }
                    m = stay;
                    g = union_of(m);
                }
                rebuilt[i] = std::move(g);
            }
            GeosGeometry ring_geom = union_of(ring);
            const bool good = GEOSGeomTypeId_r(ctx, ring_geom.get()) == GEOS_POLYGON &&
                              GEOSGetNumInteriorRings_r(ctx, ring_geom.get()) >= 1;
            if (!good) {
                for (std::size_t i = 0; i < donors.size(); ++i) members[donors[i]] = saved[i];
                continue;
            }
            for (std::size_t i = 0; i < donors.size(); ++i) {
                const std::size_t d = donors[i];
                if (members[d].empty()) {
                    removed[d] = true;
                    geoms[d].reset();
                    continue;
                }
                geoms[d] = std::move(rebuilt[i]);
                env[d] = envelope_of(geoms[d].get());
            }
            const std::size_t nzone = zs.size();
            zs.push_back(fine_seeds_[ring.front()]);
            seed_town.push_back(-1);
            ring_zones.push_back(nzone);
            std::sort(ring.begin(), ring.end());
            members.push_back(ring);
            for (auto c : ring) fine_zone_[c] = static_cast<int>(nzone);
            geoms.push_back(std::move(ring_geom));
            env.push_back(envelope_of(geoms.back().get()));
            removed.push_back(false);
            special.push_back(true);
            special[z] = true;
            ++done;
        }
    }

    // An exclave: one cell deep inside commune B handed to its neighbour A,
    // so A becomes a MultiPolygon and B gets a hole.
    {
        int done = 0;
        for (int attempt = 0; attempt < 2000 && done < enclosures; ++attempt) {
            const std::size_t b = rng.below(zs.size());
            if (!is_commune(b) || special[b] || members[b].size() < 6) continue;
            GeosGeometry boundary(GEOSBoundary_r(ctx, geoms[b].get()));
            std::int64_t cell = -1;
            for (auto c : members[b])
                if (GEOSDisjoint_r(ctx, cells_[c].get(), boundary.get()) == 1) {
                    cell = c;
                    break;
                }
            if (cell < 0) continue;
            std::vector<std::size_t> candidates;
            for (auto o : neighbours(b))
                if (is_commune(o) && !special[o]) candidates.push_back(o);
            if (candidates.empty()) continue;
            const std::size_t a = candidates[rng.below(candidates.size())];
            members[b].erase(std::find(members[b].begin(), members[b].end(), static_cast<std::uint32_t>(cell)));
            members[a].push_back(static_cast<std::uint32_t>(cell));
            fine_zone_[cell] = static_cast<int>(a);
            rebuild(a);
            rebuild(b);
            env[a] = envelope_of(geoms[a].get());
            special[a] = special[b] = true;
            ++done;
        }
    }

    // Final zones, numbered outwards from the main city centre.
    std::vector<std::size_t> order;
    for (std::size_t z = 0; z < zs.size(); ++z)
        if (!removed[z]) order.push_back(z);
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t a, std::size_t b) { return dist(zs[a], origin) < dist(zs[b], origin); });
    std::vector<int> new_index(zs.size(), -1);
    for (std::size_t i = 0; i < order.size(); ++i) {
        const std::size_t z = order[i];
        new_index[z] = static_cast<int>(i);
        Zone zone;
        char id[32];
        std::snprintf(id, sizeof id, "XA-%05zu", i + 1);
        zone.id = id;
        zone.seed = zs[z];
        zone.town = seed_town[z];
        zone.special = special[z];
        zone.force_commune = std::find(ring_zones.begin(), ring_zones.end(), z) != ring_zones.end();
        zone.geometry = std::move(geoms[z]);
        zone.area_m2 = area_of(zone.geometry.get());
        zones.push_back(std::move(zone));
    }
    for (auto& fz : fine_zone_)
        if (fz >= 0) fz = new_index[fz];
    outline_prepared_.reset(GEOSPrepare_r(ctx, outline.get()));
}

void Province::name_zones() {
    Rng rng(seed, "names");
    names::PlacePool communes(names::kCommunes);
    for (auto t : towns_) communes.reserve(clusters[t].name);
    std::vector<names::PlacePool> wards;
    for (std::size_t c = 0; c < city_cores_.size(); ++c) {
        std::vector<std::string> list = names::kWards;
        if (c > 0) std::rotate(list.begin(), list.begin() + static_cast<long>((7 * c + 16) % list.size()), list.end());
        wards.emplace_back(list);
    }
    for (auto& z : zones) {
        double best = 0;
        for (std::size_t d = 0; d < districts.size(); ++d) {
            const double score = dist(z.seed, districts[d].centre) / districts[d].reach;
            if (d == 0 || score < best) {
                best = score;
                z.district = static_cast<int>(d);
            }
        }
        z.team = districts[z.district].team;
        const int city = ward_city(z.seed);
        if (z.town >= 0) {
            z.kind_label = "Thị trấn";
            z.short_name = clusters[z.town].name;
            z.penetration = rng.uniform(0.2, 0.45);
        } else if (city >= 0 && !z.force_commune) {
            z.kind_label = "Phường";
            z.short_name = wards[city].next(rng);
            z.penetration = rng.uniform(0.2, 0.5);
        } else {
            z.kind_label = "Xã";
            z.short_name = communes.next(rng);
            z.penetration = rng.uniform(0.12, 0.4);
        }
        z.name = z.kind_label + " " + z.short_name;
    }
}

int Province::zone_at(const Pt& p) const {
    const auto j = fine_grid_.nearest(p, fine_seeds_);
    return j < 0 ? -1 : fine_zone_[j];
}

const std::string& Province::team_at(const Pt& p) const {
    const int z = zone_at(p);
    if (z >= 0) return zones[z].team;
    std::size_t best = 0;
    double best_score = 0;
    for (std::size_t d = 0; d < districts.size(); ++d) {
        const double score = dist(p, districts[d].centre) / districts[d].reach;
        if (d == 0 || score < best_score) {
            best = d;
            best_score = score;
        }
    }
    return districts[best].team;
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

// ---------------------------------------------------------------- nodes

namespace {

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

Node Province::make_ftth(Pt centre, Kind kind, bool planned, Rng& rng) {
    auto ctx = geos_context();
    Node node;
    node.tech = Tech::Ftth;
    node.kind = kind;
    node.centre = {round_to(centre.x, kCm), round_to(centre.y, kCm)};
    double r = 0;
    switch (kind) {
        case Kind::City: r = rng.uniform(300, 500); break;
        case Kind::Industrial: r = rng.uniform(350, 600); break;
        case Kind::Town: r = rng.uniform(400, 650); break;
        case Kind::Village: r = rng.uniform(450, 750); break;
        case Kind::Background: r = rng.uniform(550, 800); break;
    }
    if (rng.chance(0.5)) {
        GeosGeometry pt = make_point(node.centre.x, node.centre.y);
        GeosGeometry circle(GEOSBuffer_r(ctx, pt.get(), r, 8));
        node.ring = exterior(circle.get());
    } else {
        // Irregular service area: a smooth random radius around the cabinet.
        const int n = 20;
        const double a1 = rng.uniform(0.05, 0.18), a2 = rng.uniform(0.03, 0.1);
        const double p1 = rng.uniform(0, 2 * kPi), p2 = rng.uniform(0, 2 * kPi);
        for (int i = 0; i < n; ++i) {
            const double t = 2 * kPi * i / n;
            const double rr = r * (0.9 + a1 * std::cos(2 * t + p1) + a2 * std::cos(3 * t + p2) +
                                   rng.uniform(-0.05, 0.05));
            node.ring.push_back({node.centre.x + rr * std::cos(t), node.centre.y + rr * std::sin(t)});
        }
    }
    for (auto& p : node.ring) p = {round_to(p.x, kCm), round_to(p.y, kCm)};
    node.fan = fan_of(node.centre, node.ring);
    node.geometry = make_polygon(node.ring);
    if (GEOSPreparedContains_r(ctx, outline_prepared_.get(), node.geometry.get()) != 1) {
        // FTTH is not sold across the province border: clip the area.
        GeosGeometry clipped(GEOSIntersection_r(ctx, node.geometry.get(), outline.get()));
        GeosGeometry part = clipped ? largest_polygon(clipped.get()) : GeosGeometry();
        GeosGeometry rounded;
        try {
            if (part) rounded = rewrite(part.get(), rounding(kCm));
        } catch (const std::runtime_error&) {
            // a sliver that collapses when rounded: keep the unclipped area
        }
        if (rounded) {
            if (GEOSisValid_r(ctx, rounded.get()) != 1) rounded.reset(GEOSMakeValid_r(ctx, rounded.get()));
            GeosGeometry single = largest_polygon(rounded.get());
            if (single && area_of(single.get()) > 0.2 * area_of(node.geometry.get())) {
                node.geometry = std::move(single);
                node.clipped = true;
            }
        }
    }
    node.prepared.reset(GEOSPrepare_r(ctx, node.geometry.get()));
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
    auto ctx = geos_context();
    double radius = 0;
    if (tech == Tech::G4) {
        switch (kind) {
            case Kind::City: radius = rng.uniform(1100, 1650); break;
            case Kind::Industrial:
            case Kind::Town: radius = rng.uniform(1300, 2200); break;
            default: radius = rng.uniform(2000, 3000); break;
        }
    } else {
        radius = kind == Kind::City ? rng.uniform(300, 500) : rng.uniform(450, 800);
    }
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
        const double az = azimuth0 + 120.0 * s;
        node.ring.push_back(c);
        for (int step = 0; step <= 12; ++step) {
            const double a = (az - 60.0 + 10.0 * step) * kPi / 180.0;
            node.ring.push_back({round_to(c.x + r * std::sin(a), kCm), round_to(c.y + r * std::cos(a), kCm)});
        }
        node.fan = fan_of(c, node.ring);
        node.geometry = make_polygon(node.ring);
        node.prepared.reset(GEOSPrepare_r(ctx, node.geometry.get()));
        double util = -1;
        if (!planned) util = site_util >= 1.0 ? (rng.chance(0.6) ? 1.0 : 0.9) : std::clamp(site_util + rng.uniform(-0.12, 0.12), 0.05, 0.99);
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

void Province::build_nodes() {
    Rng rng(seed, "nodes");
    {
        // Hot spots: new housing or a busy industrial park where the
        // network is sold out.
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
    const int c = config.coverage;
    const int n_ftth = static_cast<int>(std::lround(0.52 * c));
    const int n_g4 = static_cast<int>(std::lround(0.33 * c / 3));
    const int n_g5 = static_cast<int>(std::lround(0.15 * c / 3));
    const int live_ftth = n_ftth - static_cast<int>(std::lround(0.08 * n_ftth));
    const int live_g4 = n_g4 - static_cast<int>(std::lround(0.08 * n_g4));
    const int live_g5 = n_g5 - std::max(1, static_cast<int>(std::lround(0.08 * n_g5)));
    const Mixture all = mixture({Kind::City, Kind::Industrial, Kind::Town, Kind::Village, Kind::Background});
    const Mixture urban = mixture({Kind::City, Kind::Industrial});
    for (int i = 0; i < live_ftth; ++i) {
        Kind kind;
        const Pt p = sample(all, rng, &kind);
        nodes.push_back(make_ftth(p, kind, false, rng));
    }
    for (int i = 0; i < live_g4; ++i) {
        Kind kind;
        const Pt p = sample(all, rng, &kind);
        for (auto& n : make_site(Tech::G4, p, kind, false, rng)) nodes.push_back(std::move(n));
    }
    for (int i = 0; i < live_g5; ++i) {
        Kind kind;
        const Pt p = sample(urban, rng, &kind);
        for (auto& n : make_site(Tech::G5, p, kind, false, rng)) nodes.push_back(std::move(n));
    }
    if (config.is_sample()) {
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
}

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

void Province::find_pockets_and_plan() {
    Rng rng(seed, "pockets");
    index_nodes();
    const double u = config.units();
    const int wanted = std::max(6, static_cast<int>(std::lround(12 * u)));
    const Mixture rural = mixture({Kind::Town, Kind::Village, Kind::Background});
    for (int attempt = 0; attempt < wanted * 300 && static_cast<int>(pockets.size()) < wanted; ++attempt) {
        const Pt p = sample(rural, rng);
        if (!inside(p) || covered_by_live(p, Tech::Ftth, false)) continue;
        bool ok = true;
        for (int k = 0; k < 4 && ok; ++k) {
            const double a = k * kPi / 2;
            ok = !covered_by_live({p.x + 300 * std::cos(a), p.y + 300 * std::sin(a)}, Tech::Ftth, false);
        }
        for (const auto& q : pockets) ok = ok && dist(p, q) > 2000;
        if (!ok) continue;
        pockets.push_back({round_to(p.x, kCm), round_to(p.y, kCm)});
    }
    pocket_planned.assign(pockets.size(), false);

    const int c = config.coverage;
    const int n_ftth = static_cast<int>(std::lround(0.52 * c));
    const int n_g4 = static_cast<int>(std::lround(0.33 * c / 3));
    const int n_g5 = static_cast<int>(std::lround(0.15 * c / 3));
    int plan_ftth = static_cast<int>(std::lround(0.08 * n_ftth));
    const int plan_g4 = static_cast<int>(std::lround(0.08 * n_g4));
    const int plan_g5 = std::max(1, static_cast<int>(std::lround(0.08 * n_g5)));
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
    for (int i = 0; i < plan_g4; ++i) {
        Kind kind;
        const Pt p = sample(rural_sites, rng, &kind);
        for (auto& n : make_site(Tech::G4, p, kind, true, rng)) nodes.push_back(std::move(n));
    }
    for (int i = 0; i < plan_g5; ++i) {
        Kind kind;
        const Pt p = sample(urban, rng, &kind);
        for (auto& n : make_site(Tech::G5, p, kind, true, rng)) nodes.push_back(std::move(n));
    }
    index_nodes();
}

}  // namespace coverplan::datasets
