#pragma once
// The second shape of benchmark data, shaped like operator data we did not
// generate: zones are plain Voronoi cells of the zone seeds clipped to the
// province boundary, coverage areas are 64-vertex circles, every layer is in
// WGS 84 lon/lat in one GeoPackage (`data.gpkg`), under Vietnamese field
// names that project.toml maps. Demand, network figures and the point layers
// come from the same Province model (same seed => same bytes).

#include <filesystem>
#include <functional>
#include <string>
#include <vector>

#include "../model.h"
#include "../points.h"

namespace coverplan::datasets::voronoi {

/// A zone of the second shape: the Voronoi cell of a Province zone's seed,
/// clipped to the province outline (EPSG:32648).
struct CellZone {
    std::size_t source = 0;  ///< index into Province::zones (name, team, subscribers)
    std::string code;        ///< "00001"…, five digits like a commune code
    gis::GeosGeometry geometry;
};

/// Cells in the order of Province::zones; zones whose seed repeats an
/// earlier one are left out (a Voronoi diagram has one cell per site).
std::vector<CellZone> cell_zones(const Province& province);

/// Every node's service area becomes a 64-vertex circle of the same area
/// about the area's centroid (a sector's circle sits in its direction).
void circular_coverage(Province& province);

struct Options {
    bool index_points = false;  ///< R-trees on the big point layers too
    std::function<void(const std::string&)> lap;  ///< progress, after each step
};

/// Writes data.gpkg (layers xa_phuong, ranh_gioi, vung_phu, thue_bao,
/// khach_hang, khieu_nai, don_lap_dat) and project.toml into dir. Call
/// circular_coverage() first.
LayerCounts write_voronoi(Province& province, const std::filesystem::path& dir, const Options& options);

}  // namespace coverplan::datasets::voronoi
