#pragma once
// Where coordinates of a CRS can plausibly lie, to reject values that are
// numbers but cannot be places (swapped axes, metres read as degrees).
// Internal to gis/.

#include <string>

class OGRSpatialReference;

namespace coverplan::gis::detail {

/// Plausible coordinate bounds of a CRS: the globe for geographic CRSs, the
/// CRS's area of use (with a wide margin) for projected ones.
class RangeCheck {
public:
    explicit RangeCheck(const OGRSpatialReference& srs);

    /// Empty when fine, else the reason to reject.
    std::string check(double x, double y) const;

private:
    bool geographic_ = false;
    bool active_ = false;
    std::string name_;
    double minx_ = 0, miny_ = 0, maxx_ = 0, maxy_ = 0;
};

}  // namespace coverplan::gis::detail
