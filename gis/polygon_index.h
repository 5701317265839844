#pragma once
// Which polygons cover a point: a packed Boost.Geometry R-tree over the
// polygon envelopes finds candidates, a GEOS prepared geometry gives the
// exact, boundary-inclusive answer.

#include <cstdint>
#include <functional>
#include <memory>
#include <span>
#include <vector>

#include "gis/geos_handle.h"

namespace coverplan::gis {

class PolygonIndex {
public:
    /// Indexes the polygons (not owned: they must outlive the index).
    /// Null or empty entries are never returned. Thread-safe for queries once
    /// built (the GEOS point locators are built here, not lazily).
    explicit PolygonIndex(std::vector<const GEOSGeometry*> polygons);
    ~PolygonIndex();
    PolygonIndex(const PolygonIndex&) = delete;
    PolygonIndex& operator=(const PolygonIndex&) = delete;

    std::size_t size() const { return polygons_.size(); }
    const GEOSGeometry* geometry(std::size_t i) const { return polygons_[i]; }

    /// Replaces `out` with the indexes, ascending, of the polygons covering
    /// `point` (interior or boundary). `x`, `y` are the point's coordinates.
    void covering(const GEOSGeometry* point, double x, double y, std::vector<std::uint32_t>& out) const;

    /// Convenience for one-off queries (creates the GEOS point itself).
    std::vector<std::uint32_t> covering(double x, double y) const;

    /// Indexes, ascending, of polygons whose envelope intersects the box.
    std::vector<std::uint32_t> envelope_candidates(double minx, double miny, double maxx, double maxy) const;

    /// Index of the polygon nearest to (x, y) among those accepted by
    /// `accept`, and the distance to it (0 if it covers the point);
    /// returns false when no polygon is accepted.
    template <class Accept>
    bool nearest(double x, double y, Accept accept, std::uint32_t& index, double& distance) const;

private:
    struct Tree;
    std::vector<const GEOSGeometry*> polygons_;
    std::vector<GeosPrepared> prepared_;
    std::unique_ptr<Tree> tree_;

    bool nearest_impl(double x, double y, const std::function<bool(std::uint32_t)>& accept, std::uint32_t& index,
                      double& distance) const;
};

template <class Accept>
bool PolygonIndex::nearest(double x, double y, Accept accept, std::uint32_t& index, double& distance) const {
    return nearest_impl(x, y, std::function<bool(std::uint32_t)>(accept), index, distance);
}

}  // namespace coverplan::gis
