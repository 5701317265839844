#pragma once
// The synthetic province: demand clusters, zones (a tessellation built from
// a Voronoi diagram), network nodes with their service areas, and samplers
// for the point layers. Everything is in the metric frame EPSG:32648.
//
// Where each part is built: province.cpp (outline, samplers), clusters.cpp
// (cities, parks, towns, villages), zone_builder.h with zone_cells.cpp and
// zone_shapes.cpp (the tessellation), zone_names.cpp, nodes.cpp (cabinets and
// radio sites), coverage.cpp (coverage queries, pockets, planned nodes).

#include <cstdint>
#include <functional>
#include <initializer_list>
#include <optional>
#include <string>
#include <vector>

#include "gis/geos_handle.h"
#include "grids.h"
#include "random.h"

namespace coverplan::datasets {

struct ScaleConfig {
    std::string name;  ///< sample, tiny, S, M, L, XL
    int zones = 0;
    std::int64_t subscribers = 0;
    int coverage = 0;  ///< coverage polygons (FTTH areas + radio sectors)
    std::int64_t leads = 0, complaints = 0, orders = 0;
    bool is_sample() const { return name == "sample"; }
    /// Province "units": the sample is one unit of ~800 km², 50 zones.
    double units() const { return zones / 50.0; }
};

/// Throws std::invalid_argument for an unknown scale name.
ScaleConfig scale_config(const std::string& name);

enum class Kind : std::uint8_t { City, Industrial, Town, Village, Background };
const char* kind_name(Kind k);

struct Cluster {
    Kind kind;
    Pt centre;
    double sigma;   ///< metres
    double weight;  ///< share of demand
    std::string name;
    double size = 1;  ///< cities: relative size
};

struct District {
    std::string name;  ///< "Thành phố Bắc Giang", "Yên Dũng"
    std::string team;  ///< "Trung tâm Viễn thông Yên Dũng"
    Pt centre;
    double reach;  ///< distance divisor when choosing the nearest district
};

struct Zone {
    std::string id, name, short_name, kind_label, team;
    Pt seed;
    int town = -1;  ///< cluster index of the town this zone is the seat of
    bool special = false;  ///< part of a hole/exclave construction
    bool force_commune = false;  ///< the commune built around a town
    int district = 0;
    gis::GeosGeometry geometry;  ///< UTM, coordinates rounded to 1 cm
    double area_m2 = 0;
    std::int64_t subscribers = 0;  ///< counted while subscribers are written
    double penetration = 0.5;
};

/// Households of a zone: its subscribers over its penetration, plus 120 per
/// km² of `area_m2` for the homes no operator serves yet.
std::int64_t households(const Zone& z, double area_m2);

enum class Tech : std::uint8_t { Ftth, G4, G5 };
const char* tech_name(Tech t);

/// How many FTTH cabinets and radio sites (of three sectors) a scale has,
/// and how many of them are planned.
struct NodeCounts {
    int ftth = 0, g4_sites = 0, g5_sites = 0;
    int planned_ftth = 0, planned_g4 = 0, planned_g5 = 0;
};
NodeCounts node_counts(const ScaleConfig& config);

struct Node {
    std::string id, name;
    Tech tech = Tech::Ftth;
    Kind kind = Kind::Town;  ///< kind of place it serves (drives growth)
    bool planned = false;
    std::optional<std::int64_t> capacity;
    std::int64_t used = 0;
    double utilization = 0;
    std::string ready;  ///< planned date (ISO) or ""
    Pt centre;
    std::vector<Pt> ring;       ///< star-shaped about centre, open, unclipped
    std::vector<double> fan;    ///< cumulative areas of the fan triangles
    gis::GeosGeometry geometry; ///< as written (clipped FTTH areas, the bow-tie)
    gis::GeosGeometry repaired; ///< valid version of a deliberately broken geometry
    gis::GeosPrepared prepared; ///< of geometry (or of repaired)
    bool clipped = false;
    bool bowtie = false;
};

/// A finite mixture of demand clusters (plus a uniform background) to draw
/// locations from.
struct Mixture {
    std::vector<std::uint32_t> clusters;  ///< indices into Province::clusters; kBackground = uniform
    AliasTable table;
};
inline constexpr std::uint32_t kBackground = 0xffffffffu;

class Province {
public:
    Province(ScaleConfig config, std::uint64_t seed);

    const ScaleConfig config;
    const std::uint64_t seed;
    Pt origin;  ///< UTM of the main city centre (lon 106.2, lat 21.27)

    std::vector<Cluster> clusters;
    std::vector<District> districts;
    std::vector<Zone> zones;
    std::vector<Node> nodes;
    std::vector<Pt> pockets;  ///< uncovered demand pockets (no live FTTH)
    std::vector<bool> pocket_planned;
    std::vector<Pt> hot_spots;  ///< places where every cabinet is (nearly) full
    static constexpr double kHotRadius = 900;
    gis::GeosGeometry outline;  ///< union of the zones

    /// Zone index holding p, -1 outside the province.
    int zone_at(const Pt& p) const;
    bool inside(const Pt& p) const { return zone_at(p) >= 0; }
    /// Team responsible for a location (nearest district; works outside too).
    const std::string& team_at(const Pt& p) const;

    /// A location drawn from a mixture (inside the province when possible).
    Pt sample(const Mixture& m, Rng& rng, Kind* kind = nullptr) const;
    Mixture mixture(std::initializer_list<Kind> kinds) const;
    /// A uniform location inside a node's service area.
    Pt sample_in(const Node& node, Rng& rng) const;

    /// Live polygons of a technology covering p (any technology when tech is empty).
    bool covered_by_live(const Pt& p, std::optional<Tech> tech, bool require_spare) const;
    /// Number of coverage polygons (any status) covering p.
    int coverage_depth(const Pt& p) const;
    /// What a sales check would answer for a point and technology:
    /// 0 available, 1 full, 2 planned, 3 not covered.
    int serviceability(const Pt& p, Tech tech) const;

    double area_km2() const { return blob_area_km2_; }

    /// Gives every node a new service area: `reshape` sets its centre and
    /// ring (open, star-shaped about the centre); the polygon, the sampler
    /// and the coverage queries follow. For shapes of data other than ours.
    void reshape_nodes(const std::function<void(Node&)>& reshape);

private:
    friend class ClusterPlacer;  // clusters.cpp
    friend class ZoneBuilder;    // zone_builder.h

    void name_zones();
    void build_nodes();
    void place_hot_spots();
    void add_sample_defects();
    void find_pockets(Rng& rng);
    void add_planned_nodes(Rng& rng);
    void index_nodes();

    double spacing(const Pt& p) const;  ///< relative zone spacing, 0.3..1
    double blob_excess(const Pt& p) const;  ///< distance beyond the outline shape (negative inside)
    bool in_blob(const Pt& p, double shrink_m = 0) const { return blob_excess(p) <= -shrink_m; }
    Pt blob_uniform(Rng& rng) const;
    int ward_city(const Pt& p) const;  ///< city whose wards reach p, -1 if none
    int nearest_district(const Pt& p) const;
    gis::GeosGeometry union_of(const std::vector<std::uint32_t>& cells) const;
    Node make_ftth(Pt centre, Kind kind, bool planned, Rng& rng);
    void clip_to_outline(Node& node) const;
    std::vector<Node> make_site(Tech tech, Pt centre, Kind kind, bool planned, Rng& rng);
    /// Utilisation for a live node near a hot spot, or -1.
    double hot_util(const Pt& p, double radius, Rng& rng) const;
    void finish_capacity(Node& node, Kind kind, bool planned, Rng& rng, double util_hint);
    std::string node_place(const Pt& p, std::vector<int>& counters, int& number) const;

    // province outline shape
    Pt blob_centre_;
    double blob_r0_ = 0;
    double harm_a_[4] = {}, harm_phi_[4] = {};
    double minx_ = 0, miny_ = 0, maxx_ = 0, maxy_ = 0;  ///< blob bbox
    double blob_area_km2_ = 0;

    PointGrid influence_grid_;  ///< cities, towns and industrial parks
    std::vector<Pt> influence_pts_;
    std::vector<std::uint32_t> influence_cluster_;

    double background_weight_ = 0;
    std::vector<std::uint32_t> city_cores_, towns_;  ///< cluster indices
    std::vector<Pt> fine_seeds_;
    std::vector<int> fine_zone_;  ///< zone of each fine seed, -1 outside
    std::vector<gis::GeosGeometry> cells_;
    PointGrid fine_grid_;
    gis::GeosPrepared outline_prepared_;

    int ftth_counter_ = 0, g4_counter_ = 0, g5_counter_ = 0;
    std::vector<int> ftth_in_zone_, g4_in_zone_, g5_in_zone_;
    BoxGrid node_grid_;
};

}  // namespace coverplan::datasets
