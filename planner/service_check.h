#pragma once
// The sales question "can we sell here, now?" for one location or a list:
// the serviceability status (the same definition as the overlay's leads_*
// columns, planner/serviceability.h), the zone and its team, the covering
// nodes, and for an uncovered location the nearest node and how far its
// service area is. Coordinates are in the dataset's metric working CRS.

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <span>
#include <string_view>
#include <vector>

#include "gis/polygon_index.h"
#include "planner/dataset.h"
#include "planner/serviceability.h"

namespace coverplan::planner {

/// The verdict for one technology, compact enough for millions of points.
struct CheckVerdict {
    Serviceability status = Serviceability::NotCovered;
    /// Covered (available, full, planned): the node that would serve
    /// (serving_node()). Not covered: the nearest node of the technology.
    /// -1 when the technology has no node at all.
    std::int32_t node = -1;
    /// Metres from the location to `node`'s service area: 0 when covered.
    double distance_m = 0;
    /// Planned: the date the serving planned node is ready (kNoDay: unknown).
    Day planned_date = kNoDay;
};

/// The full answer for one technology, with every covering node.
struct TechnologyAnswer {
    TechIndex technology = kAnyTechnology;  ///< kAnyTechnology: any technology counts
    CheckVerdict verdict;
    std::vector<std::uint32_t> nodes;  ///< covering nodes that serve the technology, ascending, live and planned
};

struct CheckResult {
    std::int32_t zone = -1;  ///< index into Dataset::zones; -1 outside every zone
    TechnologyAnswer answer;  ///< for the technology asked (kAnyTechnology: any)
    /// When asked for every technology: one answer per Dataset::technologies,
    /// in that order.
    std::vector<TechnologyAnswer> by_technology;
};

/// Progress of a batch: called now and then with the number of points done,
/// from one of the workers (never concurrently).
using CheckProgress = std::function<void(std::size_t done)>;

/// Answers checks against a loaded dataset. Builds the zone and node indexes
/// once; queries are thread-safe afterwards. The dataset must outlive it.
class ServiceChecker {
public:
    explicit ServiceChecker(const Dataset& data);
    ~ServiceChecker();
    ServiceChecker(const ServiceChecker&) = delete;
    ServiceChecker& operator=(const ServiceChecker&) = delete;

    /// Checks the location (x, y) in the working CRS for `technology`
    /// (kAnyTechnology: a node of any technology counts); with
    /// `every_technology`, also answers each technology of the dataset.
    CheckResult check(double x, double y, TechIndex technology, bool every_technology = false) const;

    /// The verdicts of many points at once, on `threads` workers (0: every
    /// core). `technologies` holds one technology per point, or is empty for
    /// kAnyTechnology everywhere. `zones` receives each point's zone. Results
    /// equal check() point by point, whatever the thread count.
    std::vector<CheckVerdict> check_points(std::span<const double> x, std::span<const double> y,
                                           std::span<const TechIndex> technologies, unsigned threads,
                                           std::vector<std::int32_t>& zones, const CheckProgress& progress = {}) const;

    const Dataset& data() const { return data_; }
    const gis::PolygonIndex& node_index() const { return *node_index_; }
    const gis::PolygonIndex& zone_index() const { return *zone_index_; }

private:
    CheckVerdict verdict(double x, double y, std::span<const std::uint32_t> covering, TechIndex technology) const;

    /// The live nodes serving one technology, indexed on their own: the
    /// nearest-node search then never wades through other technologies'
    /// service areas (a point far from every 5g cell would otherwise visit
    /// thousands of 4g and ftth envelopes first).
    struct LiveNodes {
        std::vector<std::uint32_t> nodes;  ///< ascending node indexes; index entry i is nodes[i]
        std::unique_ptr<gis::PolygonIndex> index;
    };

    const Dataset& data_;
    std::unique_ptr<gis::PolygonIndex> zone_index_, node_index_;
    std::vector<LiveNodes> live_by_technology_;  ///< one per technology, then one for any technology
};

/// The technology named `name` (compared lower-case, surrounding spaces
/// ignored): kAnyTechnology for "" or "any"; nothing when the dataset has no
/// such technology.
std::optional<TechIndex> find_technology(const Dataset& data, std::string_view name);

/// The dataset's technologies as a list for messages: "4g, 5g, ftth" ("none").
std::string technology_list(const Dataset& data);

}  // namespace coverplan::planner
