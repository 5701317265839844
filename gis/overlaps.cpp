#include "gis/overlaps.h"

#include <algorithm>
#include <mutex>

#include "gis/error.h"
#include "gis/parallel.h"
#include "gis/polygon_index.h"

namespace coverplan::gis {

std::vector<Overlap> find_overlaps(const std::vector<GeosGeometry>& polygons, double min_area, unsigned threads) {
    std::vector<const GEOSGeometry*> pointers;
    pointers.reserve(polygons.size());
    for (const auto& g : polygons) pointers.push_back(g.get());
    const PolygonIndex index(pointers);
    std::vector<double> areas(polygons.size(), 0);
    for (std::size_t i = 0; i < polygons.size(); ++i)
        if (polygons[i]) areas[i] = geos_area(polygons[i].get());

    std::vector<Overlap> found;
    std::mutex found_mutex;
    parallel_for(polygons.size(), threads, 16, [&](unsigned, std::size_t begin, std::size_t end) {
        auto ctx = geos_context();
        std::vector<Overlap> local;
        for (std::size_t i = begin; i < end; ++i) {
            if (!polygons[i] || GEOSisEmpty_r(ctx, polygons[i].get())) continue;
            const Envelope e = geos_envelope(polygons[i].get());
            GeosPrepared prepared;
            for (std::uint32_t j : index.envelope_candidates(e.minx, e.miny, e.maxx, e.maxy)) {
                if (j <= i) continue;  // each pair once
                if (!prepared) prepared = GeosPrepared(GEOSPrepare_r(ctx, polygons[i].get()));
                // Neighbours that only share a boundary are the common case:
                // the prepared test is cheap, the overlay below is not.
                if (GEOSPreparedIntersects_r(ctx, prepared.get(), polygons[j].get()) != 1) continue;
                // The shared ground lies inside both envelopes: too small a
                // box cannot hold an overlap worth the overlay below.
                const Envelope f = geos_envelope(polygons[j].get());
                const double width = std::min(e.maxx, f.maxx) - std::max(e.minx, f.minx),
                             height = std::min(e.maxy, f.maxy) - std::max(e.miny, f.miny);
                if (!(width > 0 && height > 0) || width * height < min_area) continue;
                GeosGeometry shared(GEOSIntersection_r(ctx, polygons[i].get(), polygons[j].get()));
                if (!shared) throw Error("GEOS cannot intersect two polygons: " + geos_last_message());
                const double area = geos_area(shared.get());
                if (!(area >= min_area) || area == 0) continue;
                const bool i_keeps = areas[i] <= areas[j];  // ties: the lower index
                local.push_back(i_keeps ? Overlap{i, j, area} : Overlap{j, i, area});
            }
        }
        std::lock_guard lock(found_mutex);
        found.insert(found.end(), local.begin(), local.end());
    });
    std::sort(found.begin(), found.end(), [](const Overlap& a, const Overlap& b) {
        return a.cut != b.cut ? a.cut < b.cut : a.kept < b.kept;
    });
    return found;
}

void cut_overlaps(std::vector<GeosGeometry>& polygons, const std::vector<Overlap>& overlaps, unsigned threads) {
    // Group the keepers by the polygon that loses ground; `overlaps` is
    // sorted by `cut`, so each group is one run.
    std::vector<std::pair<std::size_t, std::size_t>> runs;  // [begin, end) in overlaps
    for (std::size_t k = 0; k < overlaps.size();) {
        std::size_t end = k;
        while (end < overlaps.size() && overlaps[end].cut == overlaps[k].cut) ++end;
        runs.emplace_back(k, end);
        k = end;
    }
    // Cut from the originals, not from polygons already cut: where three
    // overlap, the smallest keeps the ground and both others lose it.
    std::vector<GeosGeometry> result(runs.size());
    parallel_for(runs.size(), threads, 4, [&](unsigned, std::size_t begin, std::size_t end) {
        auto ctx = geos_context();
        for (std::size_t r = begin; r < end; ++r) {
            const auto [first, last] = runs[r];
            std::vector<GEOSGeometry*> keepers;
            for (std::size_t k = first; k < last; ++k)
                keepers.push_back(GEOSGeom_clone_r(ctx, polygons[overlaps[k].kept].get()));
            GeosGeometry collection(GEOSGeom_createCollection_r(ctx, GEOS_GEOMETRYCOLLECTION, keepers.data(),
                                                                static_cast<unsigned>(keepers.size())));
            GeosGeometry taken(GEOSUnaryUnion_r(ctx, collection.get()));
            GeosGeometry left(taken ? GEOSDifference_r(ctx, polygons[overlaps[first].cut].get(), taken.get())
                                    : nullptr);
            if (!left) throw Error("GEOS cannot cut an overlap: " + geos_last_message());
            result[r] = geos_polygonal_parts(left.get());
        }
    });
    for (std::size_t r = 0; r < runs.size(); ++r) {
        GeosGeometry& cut = result[r];
        if (cut && (GEOSisEmpty_r(geos_context(), cut.get()) || geos_area(cut.get()) == 0)) cut.reset();
        polygons[overlaps[runs[r].first].cut] = std::move(cut);
    }
}

}  // namespace coverplan::gis
