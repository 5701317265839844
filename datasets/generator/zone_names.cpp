// Zone names, kinds and teams: towns keep their name, zones near a city are
// wards (street and hero names), the rest communes.

#include <algorithm>

#include "model.h"
#include "names.h"

namespace coverplan::datasets {

void Province::name_zones() {
    Rng rng(seed, "names");
    names::PlacePool communes(names::kCommunes);
    for (auto t : towns_) communes.reserve(clusters[t].name);
    // Each city starts its ward names at another place in the list, so the
    // first wards of two cities are not namesakes.
    std::vector<names::PlacePool> wards;
    for (std::size_t c = 0; c < city_cores_.size(); ++c) {
        std::vector<std::string> list = names::kWards;
        if (c > 0) std::rotate(list.begin(), list.begin() + static_cast<long>((7 * c + 16) % list.size()), list.end());
        wards.emplace_back(list);
    }
    for (auto& z : zones) {
        z.district = nearest_district(z.seed);
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

}  // namespace coverplan::datasets
