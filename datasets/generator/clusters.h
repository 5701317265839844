#pragma once
// Where demand is: the province outline (a wobbly disc) and its cities,
// industrial parks, district towns and villages, as Province::clusters.

#include <string>
#include <vector>

#include "geo.h"
#include "model.h"

namespace coverplan::datasets {

/// Fills a Province's outline shape, clusters, districts and the influence
/// grid of its zone-spacing function. Draws from the "clusters" stream in a
/// fixed order (outline, core places, cities and their parks, towns,
/// villages), so a seed gives the same province every time.
class ClusterPlacer {
public:
    explicit ClusterPlacer(Province& province) : p_(province), rng_(province.seed, "clusters") {}
    void run();

private:
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

    void shape_outline(const std::vector<Pt>& core_pts);
    void measure_outline();
    void core_places(const std::vector<Pt>& core_pts);
    void further_cities();
    void parks_around(Pt city);
    std::string next_park_name();
    void district_towns();
    void demand_clusters();
    void villages();
    void influence_grid();

    Province& p_;
    Rng rng_;
    Utm48 utm_;
    std::vector<City> cities_;
    std::vector<Town> towns_;
    std::vector<Park> parks_;
    std::size_t park_name_ = 0;
};

}  // namespace coverplan::datasets
