#include "gis/polygon_index.h"

#include <algorithm>
#include <boost/geometry.hpp>
#include <boost/geometry/index/rtree.hpp>
#include <boost/iterator/function_output_iterator.hpp>
#include <functional>
#include <limits>

#include "gis/error.h"

namespace coverplan::gis {

namespace bg = boost::geometry;
namespace bgi = boost::geometry::index;
using BoostPoint = bg::model::point<double, 2, bg::cs::cartesian>;
using BoostBox = bg::model::box<BoostPoint>;
using Entry = std::pair<BoostBox, std::uint32_t>;

struct PolygonIndex::Tree {
    bgi::rtree<Entry, bgi::rstar<16>> rtree;
    explicit Tree(std::vector<Entry>& entries) : rtree(entries.begin(), entries.end()) {}  // packed (STR) load
};

PolygonIndex::PolygonIndex(std::vector<const GEOSGeometry*> polygons) : polygons_(std::move(polygons)) {
    auto ctx = geos_context();
    std::vector<Entry> entries;
    entries.reserve(polygons_.size());
    prepared_.resize(polygons_.size());
    for (std::uint32_t i = 0; i < polygons_.size(); ++i) {
        const GEOSGeometry* g = polygons_[i];
        if (!g || GEOSisEmpty_r(ctx, g)) continue;
        const Envelope e = geos_envelope(g);
        entries.emplace_back(BoostBox({e.minx, e.miny}, {e.maxx, e.maxy}), i);
        prepared_[i] = GeosPrepared(GEOSPrepare_r(ctx, g));
        // Build the prepared geometry's point locator now: GEOS builds it
        // lazily on first use, which is not safe from several threads.
        GeosGeometry probe(GEOSGeom_createPointFromXY_r(ctx, e.minx, e.miny));
        GEOSPreparedIntersects_r(ctx, prepared_[i].get(), probe.get());
    }
    tree_ = std::make_unique<Tree>(entries);
}

PolygonIndex::~PolygonIndex() = default;

void PolygonIndex::covering(const GEOSGeometry* point, double x, double y, std::vector<std::uint32_t>& out) const {
    out.clear();
    auto ctx = geos_context();
    const BoostPoint p(x, y);
    // The callback form of the query: the iterator form goes through a
    // type-erased wrapper that costs more than the envelope tests themselves.
    tree_->rtree.query(bgi::intersects(p), boost::make_function_output_iterator([&](const Entry& entry) {
                           if (GEOSPreparedIntersects_r(ctx, prepared_[entry.second].get(), point) == 1)
                               out.push_back(entry.second);
                       }));
    std::sort(out.begin(), out.end());
}

std::vector<std::uint32_t> PolygonIndex::covering(double x, double y) const {
    GeosGeometry point(GEOSGeom_createPointFromXY_r(geos_context(), x, y));
    std::vector<std::uint32_t> out;
    covering(point.get(), x, y, out);
    return out;
}

std::vector<std::uint32_t> PolygonIndex::envelope_candidates(double minx, double miny, double maxx,
                                                             double maxy) const {
    std::vector<std::uint32_t> out;
    const BoostBox box({minx, miny}, {maxx, maxy});
    tree_->rtree.query(bgi::intersects(box),
                       boost::make_function_output_iterator([&](const Entry& entry) { out.push_back(entry.second); }));
    std::sort(out.begin(), out.end());
    return out;
}

bool PolygonIndex::nearest_impl(double x, double y, const std::function<bool(std::uint32_t)>& accept,
                                std::uint32_t& index, double& distance) const {
    auto ctx = geos_context();
    GeosGeometry point(GEOSGeom_createPointFromXY_r(ctx, x, y));
    const BoostPoint p(x, y);
    const std::size_t total = tree_->rtree.size();
    double best = std::numeric_limits<double>::infinity();
    bool found = false;
    // Rounds of k nearest envelopes, k growing eightfold: Boost 1.74's
    // incremental query keeps and re-sorts a buffer of k entries at every
    // step, so asking for all of them at once costs O(n log n) per step.
    // The exact distance is never below the envelope distance, so once the
    // best exact distance is below the farthest envelope of a round, no
    // envelope outside the round can hold anything nearer.
    std::vector<std::pair<double, std::uint32_t>> candidates;
    double seen_below = -1;  // envelopes strictly nearer than this were judged in an earlier round
    for (std::size_t k = std::min<std::size_t>(16, total); k > 0; k = std::min(total, k * 8)) {
        candidates.clear();
        tree_->rtree.query(bgi::nearest(p, static_cast<unsigned>(k)),
                           boost::make_function_output_iterator([&](const Entry& entry) {
                               candidates.emplace_back(bg::distance(p, entry.first), entry.second);
                           }));
        std::sort(candidates.begin(), candidates.end());
        for (const auto& [box_distance, i] : candidates) {
            if (box_distance > best) break;
            if (box_distance < seen_below || !accept(i)) continue;
            double d = 0;
            if (!GEOSDistance_r(ctx, polygons_[i], point.get(), &d))
                throw Error("GEOS cannot compute a distance: " + geos_last_message());
            if (d < best || (d == best && i < index)) {
                best = d;
                index = i;
                found = true;
            }
        }
        if (k == total || (found && !candidates.empty() && best < candidates.back().first)) break;
        if (!candidates.empty()) seen_below = candidates.back().first;
    }
    distance = best;
    return found;
}

}  // namespace coverplan::gis
