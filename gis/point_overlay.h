#pragma once
// The point side of the overlay: every point to exactly one zone and to every
// coverage polygon that covers it.

#include <cstdint>
#include <functional>
#include <span>

#include "gis/polygon_index.h"

namespace coverplan::gis {

/// Called once per point with the zone it falls in (-1 when outside every
/// zone) and the coverage polygons covering it (ascending indexes). On a
/// boundary shared by several zones the point goes to the zone with the
/// smallest index, so callers order zones deterministically (e.g. by id).
/// Calls come from `threads` workers at once; `worker` tells which.
using PointVisitor =
    std::function<void(unsigned worker, std::size_t point, std::int64_t zone, std::span<const std::uint32_t> covering)>;

/// Visits every point. Points are processed in Hilbert-curve order for cache
/// locality; results must be stored by point index (or as integer tallies) to
/// stay identical for any thread count.
/// `coverage` may be null when the caller needs only the zones (the visitor
/// then always receives an empty list).
void overlay_points(const PolygonIndex& zones, const PolygonIndex* coverage, std::span<const double> x,
                    std::span<const double> y, unsigned threads, const PointVisitor& visit);

/// Area of the part of `zone` covered by the union of `covers`, in the CRS's
/// units squared. Exact GEOS overlay; `covers` need not intersect the zone.
double covered_area(const GEOSGeometry* zone, std::span<const GEOSGeometry* const> covers);

/// The union of `covers` clipped to `zone` (null when empty); lets callers
/// combine per-technology unions without recomputing them.
GeosGeometry covered_part(const GEOSGeometry* zone, std::span<const GEOSGeometry* const> covers);

}  // namespace coverplan::gis
