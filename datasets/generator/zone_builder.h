#pragma once
// The zone tessellation of a Province. Fine seeds (density ~ 1/spacing²)
// give a Voronoi diagram; each zone is the union of the fine cells nearest
// to one zone seed, so neighbouring zones share identical vertices. Then the
// deliberate shapes: stray pieces mended, a commune around a town (a hole)
// and an exclave (a MultiPolygon) per 1,000 zones.

#include <cstdint>
#include <optional>
#include <vector>

#include "geo.h"
#include "model.h"

namespace coverplan::datasets {

/// Fills Province::zones (unnamed), the fine cells behind zone_at() and the
/// outline. One "zones" random stream, drawn in a fixed order.
class ZoneBuilder {
public:
    explicit ZoneBuilder(Province& province);
    void run();

private:
    // zone_cells.cpp: seeds, the Voronoi diagram, cells to zones.
    void scale_spacing();
    void seed_zones();
    void add_zone_seed(Pt p, int town);
    void seed_fine_cells();
    void seed_outside_band();
    double band_area() const;
    void add_fine(Pt p, bool in);
    void voronoi_cells();
    void assign_cells();
    void fill_enclosed_holes();
    std::vector<std::uint32_t> enclosed_outside_cells() const;
    void rebuild(std::size_t z);
    void build_outline();
    void index_zones();

    // zone_shapes.cpp: the deliberate shapes and the final numbering.
    bool is_commune(std::size_t z) const;
    std::vector<std::size_t> neighbours(std::size_t z) const;
    /// Cells of `cells` inside the largest polygon of g go to `stay`, the others to `rest`.
    void split_by_largest(const std::vector<std::uint32_t>& cells, const GEOSGeometry* g,
                          std::vector<std::uint32_t>& stay, std::vector<std::uint32_t>& rest) const;
    void mend_strays();
    bool mend_zone(std::size_t z);
    bool hand_over_piece(const GEOSGeometry* piece, std::size_t z, const std::vector<std::uint32_t>& stray,
                         std::vector<std::uint32_t>& stay);
    void ring_communes();
    bool try_ring_commune(std::size_t z);
    void collect_ring(std::size_t z, std::vector<std::uint32_t>& ring, std::vector<std::size_t>& donors) const;
    std::vector<gis::GeosGeometry> take_ring(const std::vector<std::size_t>& donors,
                                             std::vector<std::uint32_t>& ring);
    void commit_ring(std::size_t town, const std::vector<std::size_t>& donors,
                     std::vector<gis::GeosGeometry>& rebuilt, std::vector<std::uint32_t>& ring,
                     gis::GeosGeometry ring_geom);
    void exclaves();
    bool try_exclave();
    void finish();

    Province& p_;
    Rng rng_;
    int enclosures_ = 0;  ///< deliberate holes and exclaves, one each per 1,000 zones
    int nz_ = 0;          ///< zones from seeds (the rest are communes around towns)
    double k_ = 0;        ///< zone spacing where spacing() is 1, metres
    double margin_ = 0;   ///< width of the band of outside cells
    double gx0_ = 0, gy0_ = 0, gx1_ = 0, gy1_ = 0;

    std::vector<Pt> zs_;           ///< zone seeds
    std::vector<int> seed_town_;   ///< cluster index of the town at a zone seed, or -1
    PointGrid zgrid_;
    std::vector<bool> inside_;     ///< per fine seed
    std::vector<std::vector<std::uint32_t>> members_;  ///< fine cells of each zone
    std::vector<gis::GeosGeometry> geoms_;
    std::vector<Envelope> env_;
    std::vector<bool> removed_, special_;
    std::vector<std::size_t> ring_zones_;
};

}  // namespace coverplan::datasets
