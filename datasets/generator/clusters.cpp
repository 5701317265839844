#include "clusters.h"

#include <algorithm>
#include <cmath>
#include <numbers>

#include "names.h"

namespace coverplan::datasets {

namespace {

constexpr double kPi = std::numbers::pi;

/// The sample's places at their real coordinates.
struct Fixed {
    Kind kind;
    double lon, lat;
    const char* name;
    const char* district;
};
constexpr Fixed kCore[] = {
    {Kind::City, 106.2, 21.27, "Bắc Giang", "Thành phố Bắc Giang"},
    {Kind::Industrial, 106.085, 21.245, "Đình Trám", ""},
    {Kind::Industrial, 106.05, 21.215, "Quang Châu", ""},
    {Kind::Industrial, 106.178, 21.232, "Song Khê – Nội Hoàng", ""},
    {Kind::Town, 106.228, 21.205, "Nham Biền", "Yên Dũng"},
    {Kind::Town, 106.105, 21.272, "Bích Động", "Việt Yên"},
    {Kind::Town, 106.13, 21.385, "Cao Thượng", "Tân Yên"},
    {Kind::Town, 106.255, 21.36, "Vôi", "Lạng Giang"},
};

Pt round_m(Pt p) { return Pt{std::nearbyint(p.x), std::nearbyint(p.y)}; }

}  // namespace

void ClusterPlacer::run() {
    p_.origin = round_m(utm_.to_utm(106.2, 21.27));
    std::vector<Pt> core_pts;
    for (const auto& f : kCore) core_pts.push_back(round_m(utm_.to_utm(f.lon, f.lat)));
    shape_outline(core_pts);
    measure_outline();
    core_places(core_pts);
    further_cities();
    district_towns();
    demand_clusters();
    villages();
    influence_grid();
}

void ClusterPlacer::shape_outline(const std::vector<Pt>& core_pts) {
    // A wobbly disc around the core, growing with the scale until every
    // core place lies 3 km inside it.
    p_.blob_centre_ = {p_.origin.x - 5000, p_.origin.y + 500};
    const double amplitudes[4] = {0.07, 0.05, 0.03, 0.02};
    for (int k = 0; k < 4; ++k) {
        p_.harm_a_[k] = amplitudes[k];
        p_.harm_phi_[k] = rng_.uniform(0, 2 * kPi);
    }
    p_.blob_r0_ = 17000.0 * std::sqrt(p_.config.units());
    for (;;) {
        bool ok = true;
        for (const auto& p : core_pts) ok = ok && p_.in_blob(p, 3000);
        if (ok) break;
        p_.blob_r0_ *= 1.04;
    }
    const double reach = p_.blob_r0_ * (1 + 0.07 + 0.05 + 0.03 + 0.02);
    p_.minx_ = p_.blob_centre_.x - reach;
    p_.maxx_ = p_.blob_centre_.x + reach;
    p_.miny_ = p_.blob_centre_.y - reach;
    p_.maxy_ = p_.blob_centre_.y + reach;
}

void ClusterPlacer::measure_outline() {
    // Area of the outline shape by raster (for the README and scale checks).
    const int n = 400;
    const double cw = (p_.maxx_ - p_.minx_) / n, ch = (p_.maxy_ - p_.miny_) / n;
    int inside = 0;
    for (int j = 0; j < n; ++j)
        for (int i = 0; i < n; ++i) inside += p_.in_blob({p_.minx_ + (i + 0.5) * cw, p_.miny_ + (j + 0.5) * ch});
    p_.blob_area_km2_ = inside * cw * ch / 1e6;
}

void ClusterPlacer::core_places(const std::vector<Pt>& core_pts) {
    for (std::size_t i = 0; i < std::size(kCore); ++i) {
        const auto& f = kCore[i];
        if (f.kind == Kind::City) cities_.push_back({core_pts[i], 1.0, f.name});
        if (f.kind == Kind::Industrial) {
            parks_.push_back({core_pts[i], rng_.uniform(0.8, 1.4), rng_.uniform(600, 900), f.name});
            ++park_name_;
        }
        if (f.kind == Kind::Town) towns_.push_back({core_pts[i], rng_.uniform(0.7, 1.3), f.name, f.district});
    }
}

std::string ClusterPlacer::next_park_name() {
    if (park_name_ < names::kIndustrialParks.size()) return names::kIndustrialParks[park_name_++];
    ++park_name_;
    return rng_.pick(names::kFirstSyllables) + " " + rng_.pick(names::kSecondSyllables);
}

void ClusterPlacer::further_cities() {
    // Larger scales: one more city per ~6 units, at least 40 km apart (the
    // distance shrinks when no place is found), each with its parks.
    const int n_cities = std::max(1, static_cast<int>(std::lround(p_.config.units() / 6.25)));
    double min_city = 40000;
    for (int attempts = 0; static_cast<int>(cities_.size()) < n_cities; ++attempts) {
        if (attempts > 20000) {
            min_city *= 0.9;
            attempts = 0;
        }
        const Pt p = p_.blob_uniform(rng_);
        if (!p_.in_blob(p, 12000)) continue;
        bool ok = true;
        for (const auto& c : cities_) ok = ok && dist(c.c, p) >= min_city;
        if (!ok) continue;
        const std::size_t idx = cities_.size();
        const std::string name = idx < names::kCities.size()
                                     ? names::kCities[idx]
                                     : rng_.pick(names::kFirstSyllables) + " " + rng_.pick(names::kSecondSyllables);
        cities_.push_back({{std::nearbyint(p.x), std::nearbyint(p.y)}, rng_.uniform(0.5, 1.6), name});
        parks_around(p);
    }
}

void ClusterPlacer::parks_around(Pt city) {
    const int n_parks = static_cast<int>(rng_.between(2, 4));
    for (int k = 0; k < n_parks; ++k) {
        for (int tries = 0; tries < 100; ++tries) {
            const double a = rng_.uniform(0, 2 * kPi), d = rng_.uniform(5000, 13000);
            const Pt q{std::nearbyint(city.x + d * std::cos(a)), std::nearbyint(city.y + d * std::sin(a))};
            if (!p_.in_blob(q, 3000)) continue;
            parks_.push_back({q, rng_.uniform(0.6, 1.4), rng_.uniform(600, 900), next_park_name()});
            break;
        }
    }
}

void ClusterPlacer::district_towns() {
    names::PlacePool town_names({"Kép", "Nếnh", "Thắng", "Đồi Ngô", "Chũ", "An Châu", "Cầu Gồ", "Bố Hạ",
                                 "Phồn Xương", "Tân An", "Neo", "Tân Dân", "Lim", "Chờ", "Phố Mới", "Hồ", "Thứa"});
    names::PlacePool district_names({"Lục Nam", "Lục Ngạn", "Sơn Động", "Hiệp Hòa", "Yên Thế", "Quế Võ", "Tiên Du",
                                     "Gia Bình", "Lương Tài", "Thuận Thành", "Yên Phong", "Phú Bình", "Đồng Hỷ",
                                     "Võ Nhai", "Đại Từ", "Định Hóa", "Phú Lương"});
    for (const auto& t : towns_) {
        town_names.reserve(t.name);
        district_names.reserve(t.district);
    }
    const int n_towns = std::max(4, static_cast<int>(std::lround(4 * p_.config.units())));
    double min_town = 9000;
    for (int attempts = 0; static_cast<int>(towns_.size()) < n_towns; ++attempts) {
        if (attempts > 20000) {
            min_town *= 0.9;
            attempts = 0;
        }
        const Pt p = p_.blob_uniform(rng_);
        if (!p_.in_blob(p, 4000)) continue;
        bool ok = true;
        for (const auto& c : cities_) ok = ok && dist(c.c, p) >= min_town;
        for (const auto& t : towns_) ok = ok && dist(t.c, p) >= min_town;
        for (const auto& k : parks_) ok = ok && dist(k.c, p) >= 0.45 * min_town;
        if (!ok) continue;
        towns_.push_back({{std::nearbyint(p.x), std::nearbyint(p.y)}, rng_.uniform(0.6, 1.4), town_names.next(rng_),
                          district_names.next(rng_)});
    }
}

void ClusterPlacer::demand_clusters() {
    // Demand shares by kind, then by cluster size within a kind; a city is a
    // core and a halo.
    const double share_city = 0.36, share_park = 0.16, share_town = 0.18;
    p_.background_weight_ = 0.08;
    double sum_city = 0, sum_park = 0, sum_town = 0;
    for (const auto& c : cities_) sum_city += c.size;
    for (const auto& k : parks_) sum_park += k.size;
    for (const auto& t : towns_) sum_town += t.size;
    auto& clusters = p_.clusters;
    for (const auto& c : cities_) {
        const double w = share_city * c.size / sum_city;
        p_.city_cores_.push_back(static_cast<std::uint32_t>(clusters.size()));
        clusters.push_back({Kind::City, c.c, 1100 * std::sqrt(c.size), 0.55 * w, c.name, c.size});
        clusters.push_back({Kind::City, c.c, 3000 * std::sqrt(c.size), 0.45 * w, c.name, c.size});
        p_.districts.push_back({"Thành phố " + c.name, "Trung tâm Viễn thông Thành phố " + c.name, c.c, 1.8});
    }
    for (const auto& k : parks_)
        clusters.push_back({Kind::Industrial, k.c, k.sigma, share_park * k.size / sum_park, "KCN " + k.name, k.size});
    for (const auto& t : towns_) {
        p_.towns_.push_back(static_cast<std::uint32_t>(clusters.size()));
        clusters.push_back(
            {Kind::Town, t.c, rng_.uniform(700, 1000), share_town * t.size / sum_town, t.name, t.size});
        p_.districts.push_back({t.district, "Trung tâm Viễn thông " + t.district, t.c, 1.0});
    }
}

void ClusterPlacer::villages() {
    const double share_village = 0.22;
    const int n_villages = static_cast<int>(std::lround(60 * p_.config.units()));
    std::vector<double> village_size(static_cast<std::size_t>(n_villages));
    std::vector<Pt> village_pts(village_size.size());
    double sum_village = 0;
    for (int i = 0; i < n_villages; ++i) {
        Pt p;
        do p = p_.blob_uniform(rng_);
        while (!p_.in_blob(p, 500));
        village_pts[i] = {std::nearbyint(p.x), std::nearbyint(p.y)};
        village_size[i] = rng_.uniform(0.3, 1.7);
        sum_village += village_size[i];
    }
    for (int i = 0; i < n_villages; ++i)
        p_.clusters.push_back({Kind::Village, village_pts[i], rng_.uniform(250, 450),
                               share_village * village_size[i] / sum_village, "", village_size[i]});
}

void ClusterPlacer::influence_grid() {
    // Cities' cores, towns and parks shape the zone-spacing function.
    p_.influence_grid_ = PointGrid(p_.minx_ - 30000, p_.miny_ - 30000, p_.maxx_ + 30000, p_.maxy_ + 30000, 10000);
    for (std::uint32_t i = 0; i < p_.clusters.size(); ++i) {
        const Cluster& c = p_.clusters[i];
        const bool core_city = std::find(p_.city_cores_.begin(), p_.city_cores_.end(), i) != p_.city_cores_.end();
        if (c.kind == Kind::Town || c.kind == Kind::Industrial || core_city) {
            p_.influence_grid_.insert(c.centre, static_cast<std::uint32_t>(p_.influence_pts_.size()));
            p_.influence_pts_.push_back(c.centre);
            p_.influence_cluster_.push_back(i);
        }
    }
}

}  // namespace coverplan::datasets
