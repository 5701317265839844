#include "planner/data_checks.h"

#include <cmath>
#include <cstdio>

#include "gis/crs.h"
#include "gis/overlaps.h"
#include "gis/parallel.h"
#include "gis/polygon_index.h"
#include "planner/number_text.h"

namespace coverplan::planner {

namespace {

std::string square_metres(double area) { return group_thousands(std::llround(area)) + " m²"; }

/// Share of the points that lie in some zone; NaN coordinates count as outside.
double share_inside(const gis::PolygonIndex& index, const std::vector<double>& x, const std::vector<double>& y) {
    if (x.empty()) return 0;
    std::size_t inside = 0;
    for (std::size_t i = 0; i < x.size(); ++i)
        if (std::isfinite(x[i]) && !index.covering(x[i], y[i]).empty()) ++inside;
    return double(inside) / double(x.size());
}

}  // namespace

void separate_overlapping_zones(Zones& zones, std::vector<std::string>& features, gis::LayerReport& report) {
    const unsigned threads = gis::resolve_threads(0);
    const std::vector<gis::Overlap> overlaps = gis::find_overlaps(zones.geometries, kMinZoneOverlapM2, threads);
    if (overlaps.empty()) return;
    gis::cut_overlaps(zones.geometries, overlaps, threads);
    std::vector<bool> keep(zones.size(), true);
    for (std::size_t k = 0; k < overlaps.size();) {
        const std::size_t cut = overlaps[k].cut;
        std::string with;
        for (; k < overlaps.size() && overlaps[k].cut == cut; ++k) {
            const gis::Overlap& o = overlaps[k];
            with += std::string(with.empty() ? "" : ", ") + "zone '" + zones.ids[o.kept] + "'" +
                    (zones.names[o.kept].empty() ? "" : " (" + zones.names[o.kept] + ")") + " by " +
                    square_metres(o.area);
        }
        if (zones.geometries[cut]) {
            report.add(gis::Outcome::Repaired, features[cut], "",
                       "overlaps " + with + "; the shared ground is counted in the smaller zone only");
        } else {
            keep[cut] = false;
            report.reject_after_use(features[cut], "",
                                    "lies wholly inside other zones: overlaps " + with +
                                        "; rejected, so that no ground counts twice");
        }
    }
    std::size_t out = 0;
    for (std::size_t z = 0; z < keep.size(); ++z) {
        if (!keep[z]) continue;
        if (out == z) {
            ++out;
            continue;
        }
        zones.ids[out] = std::move(zones.ids[z]);
        zones.names[out] = std::move(zones.names[z]);
        zones.teams[out] = std::move(zones.teams[z]);
        if (z < zones.kinds.size()) zones.kinds[out] = std::move(zones.kinds[z]);
        zones.households[out] = zones.households[z];
        zones.geometries[out] = std::move(zones.geometries[z]);
        features[out] = std::move(features[z]);
        ++out;
    }
    zones.ids.resize(out);
    zones.names.resize(out);
    zones.teams.resize(out);
    if (zones.kinds.size() > out) zones.kinds.resize(out);
    zones.households.resize(out);
    zones.geometries.resize(out);
    features.resize(out);
}

void check_points_meet_zones(const Zones& zones, const std::vector<double>& x, const std::vector<double>& y,
                             const std::string& working_crs, const std::string& source_crs,
                             gis::LayerReport& report) {
    if (zones.size() == 0 || x.empty()) return;
    constexpr std::size_t kSample = 10000;
    const std::size_t step = (x.size() + kSample - 1) / kSample;
    std::vector<double> sx, sy;
    for (std::size_t i = 0; i < x.size(); i += step) {
        sx.push_back(x[i]);
        sy.push_back(y[i]);
    }
    std::vector<const GEOSGeometry*> polygons;
    for (const auto& g : zones.geometries) polygons.push_back(g.get());
    const gis::PolygonIndex index(polygons);
    const double inside = share_inside(index, sx, sy);
    if (inside >= 0.5) return;
    const std::string checked = step == 1 ? "" : " (" + group_thousands(static_cast<long long>(sx.size())) +
                                                     " evenly spread points checked)";
    std::string warning = percent(1 - inside) + " of the points lie outside every zone" + checked;
    if (!source_crs.empty()) {
        gis::swap_source_axes(working_crs, source_crs, sx, sy);
        const double swapped = share_inside(index, sx, sy);
        if (swapped >= 0.5 && swapped > inside)
            warning += "; with x and y swapped " + percent(swapped) +
                       " would lie inside: the coordinates may be in the wrong order (check the layer's x_field "
                       "and y_field, or the source's axis order)";
    }
    report.warnings.push_back(warning);
}

}  // namespace coverplan::planner
