#pragma once
// Polygons of one layer that should tile the ground (administrative zones)
// but overlap: found, measured, and cut so that every place belongs to one
// polygon and no area counts twice.

#include <cstddef>
#include <vector>

#include "gis/geos_handle.h"

namespace coverplan::gis {

/// One overlap between two polygons: `kept` keeps the shared ground, `cut`
/// loses it. `area` is in the CRS's units squared.
struct Overlap {
    std::size_t kept = 0;
    std::size_t cut = 0;
    double area = 0;
};

/// Overlaps of at least `min_area` (smaller ones are taken as digitising
/// noise along shared boundaries and left alone). The shared ground goes to
/// the smaller polygon (a park inside a commune stays the park's), ties to the
/// lower index. Ordered by `cut`, then `kept`.
std::vector<Overlap> find_overlaps(const std::vector<GeosGeometry>& polygons, double min_area, unsigned threads);

/// Removes from each polygon the ground the overlaps give to another, so the
/// polygons then overlap nowhere (by `min_area` or more). A polygon left with
/// no area becomes null; the caller decides what that means.
void cut_overlaps(std::vector<GeosGeometry>& polygons, const std::vector<Overlap>& overlaps, unsigned threads);

}  // namespace coverplan::gis
