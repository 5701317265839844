#include "planner/service_check.h"

#include <algorithm>
#include <atomic>
#include <cctype>
#include <string>

#include "gis/parallel.h"
#include "gis/point_overlay.h"
#include "gis/utf8.h"

namespace coverplan::planner {

namespace {

std::vector<const GEOSGeometry*> pointers(const std::vector<gis::GeosGeometry>& geometries) {
    std::vector<const GEOSGeometry*> out;
    out.reserve(geometries.size());
    for (const auto& g : geometries) out.push_back(g.get());
    return out;
}

}  // namespace

ServiceChecker::ServiceChecker(const Dataset& data)
    : data_(data),
      zone_index_(std::make_unique<gis::PolygonIndex>(pointers(data.zones.geometries))),
      node_index_(std::make_unique<gis::PolygonIndex>(pointers(data.nodes.geometries))) {
    const std::size_t technologies = data.technologies.size();
    live_by_technology_.resize(technologies + 1);
    for (std::size_t t = 0; t <= technologies; ++t) {
        const TechIndex tech = t < technologies ? static_cast<TechIndex>(t) : kAnyTechnology;
        LiveNodes& live = live_by_technology_[t];
        std::vector<const GEOSGeometry*> areas;
        for (std::uint32_t n = 0; n < data.nodes.size(); ++n)
            if (data.nodes.status[n] == NodeStatus::Live && serves(data.nodes, n, tech)) {
                live.nodes.push_back(n);
                areas.push_back(data.nodes.geometries[n].get());
            }
        live.index = std::make_unique<gis::PolygonIndex>(std::move(areas));
    }
}

ServiceChecker::~ServiceChecker() = default;

CheckVerdict ServiceChecker::verdict(double x, double y, std::span<const std::uint32_t> covering,
                                     TechIndex technology) const {
    const Nodes& nodes = data_.nodes;
    CheckVerdict result;
    result.status = serviceability(nodes, covering, technology);
    if (result.status != Serviceability::NotCovered) {
        result.node = serving_node(nodes, covering, technology);
        if (result.status == Serviceability::Planned) result.planned_date = nodes.planned_date[result.node];
        return result;
    }
    // Where coverage would have to come from: the nearest live node of the
    // technology, or a planned one when the technology has no live node yet.
    std::uint32_t nearest = 0;
    double distance = 0;
    const LiveNodes& live =
        live_by_technology_[technology == kAnyTechnology ? live_by_technology_.size() - 1 : technology];
    auto any = [](std::uint32_t) { return true; };
    auto of_technology = [&](std::uint32_t n) { return serves(nodes, n, technology); };
    if (live.index->nearest(x, y, any, nearest, distance)) {
        result.node = static_cast<std::int32_t>(live.nodes[nearest]);
        result.distance_m = distance;
    } else if (node_index_->nearest(x, y, of_technology, nearest, distance)) {
        result.node = static_cast<std::int32_t>(nearest);
        result.distance_m = distance;
    }
    return result;
}

CheckResult ServiceChecker::check(double x, double y, TechIndex technology, bool every_technology) const {
    auto ctx = gis::geos_context();
    gis::GeosGeometry point(GEOSGeom_createPointFromXY_r(ctx, x, y));
    std::vector<std::uint32_t> zones, covering;
    zone_index_->covering(point.get(), x, y, zones);
    node_index_->covering(point.get(), x, y, covering);
    CheckResult result;
    // Boundaries belong to the zone with the smaller id (zones are sorted by
    // id), as in the overlay.
    result.zone = zones.empty() ? -1 : static_cast<std::int32_t>(zones.front());
    auto answer = [&](TechIndex t) {
        TechnologyAnswer out;
        out.technology = t;
        out.verdict = verdict(x, y, covering, t);
        for (std::uint32_t n : covering)
            if (serves(data_.nodes, n, t)) out.nodes.push_back(n);
        return out;
    };
    result.answer = answer(technology);
    if (every_technology)
        for (std::size_t t = 0; t < data_.technologies.size(); ++t)
            result.by_technology.push_back(answer(static_cast<TechIndex>(t)));
    return result;
}

std::vector<CheckVerdict> ServiceChecker::check_points(std::span<const double> x, std::span<const double> y,
                                                       std::span<const TechIndex> technologies, unsigned threads,
                                                       std::vector<std::int32_t>& zones,
                                                       const CheckProgress& progress) const {
    const std::size_t n = x.size();
    std::vector<CheckVerdict> verdicts(n);
    zones.assign(n, -1);
    std::atomic<std::size_t> done{0};
    // Each worker counts locally and publishes every few thousand points, so
    // progress costs nothing per point; only worker 0 reports it.
    constexpr std::size_t kPublishEvery = 8192;
    struct alignas(64) Pending {
        std::size_t count = 0;
    };
    std::vector<Pending> pending(gis::resolve_threads(threads));
    gis::overlay_points(*zone_index_, node_index_.get(), x, y, threads,
                        [&](unsigned worker, std::size_t i, std::int64_t zone, std::span<const std::uint32_t> covering) {
                            const TechIndex t = technologies.empty() ? kAnyTechnology : technologies[i];
                            verdicts[i] = verdict(x[i], y[i], covering, t);
                            zones[i] = static_cast<std::int32_t>(zone);
                            std::size_t& count = pending[worker].count;
                            if (++count < kPublishEvery) return;
                            const std::size_t total = done.fetch_add(count) + count;
                            count = 0;
                            if (worker == 0 && progress) progress(total);
                        });
    if (progress) progress(n);
    return verdicts;
}

std::string technology_list(const Dataset& data) {
    std::string text;
    for (const auto& t : data.technologies) text += (text.empty() ? "" : ", ") + t;
    return text.empty() ? "none" : text;
}

std::optional<TechIndex> find_technology(const Dataset& data, std::string_view name) {
    while (!name.empty() && std::isspace(static_cast<unsigned char>(name.front()))) name.remove_prefix(1);
    while (!name.empty() && std::isspace(static_cast<unsigned char>(name.back()))) name.remove_suffix(1);
    const std::string lower = gis::lowercase(name);
    if (lower.empty() || lower == "any") return kAnyTechnology;
    auto it = std::find(data.technologies.begin(), data.technologies.end(), lower);
    if (it == data.technologies.end()) return std::nullopt;
    return static_cast<TechIndex>(it - data.technologies.begin());
}

}  // namespace coverplan::planner
