#pragma once
// The overlay of demand on the network, in planning terms: per-zone and
// per-node counts, covered shares, and each demand point's zone and status.

#include <array>
#include <cstdint>
#include <map>
#include <vector>

#include "gis/polygon_index.h"
#include "planner/dataset.h"
#include "planner/serviceability.h"
#include "planner/shared_value.h"

namespace coverplan::planner {

struct ZoneCounts {
    std::int64_t subscribers = 0;
    std::int64_t leads_open = 0;
    std::array<std::int64_t, 4> leads_by_status{};  ///< open leads by Serviceability
    std::int64_t complaints = 0;
    std::int64_t orders = 0;

    void add(const ZoneCounts& other);
};

struct ZoneFigures {
    ZoneCounts counts;
    double area_m2 = 0;
    double covered_share = 0;                  ///< 0..1, live coverage of any technology
    std::vector<double> covered_share_by_tech;  ///< by TechIndex
    double spare_capacity = 0;                 ///< spare units of live nodes reaching the zone
    std::vector<double> spare_by_tech;
    std::vector<std::uint32_t> nodes;          ///< live and planned nodes whose area overlaps the zone
    std::vector<std::int32_t> activations;     ///< subscribers activated per month, NetworkOverlay::months
};

/// Demand in an area served by k nodes of its technology lands on one of
/// them: each counts 1/k of it. Shares are integers of 1/kShareUnit (exact
/// for k up to 16), so sums do not depend on thread count or input order.
inline constexpr std::int64_t kShareUnit = 720720;  // lcm(1..16)

struct NodeFigures {
    std::int64_t subscribers_inside = 0;  ///< subscribers of the node's technology in its area
    std::int64_t leads_inside = 0;        ///< open leads of the node's technology in its area
    /// Subscribers of its technology activated in its area per month, each
    /// counted as its share (kShareUnit / nodes of the technology covering it).
    std::vector<std::int64_t> activation_shares;
};

/// The complete months of activation history before the as_of month (at
/// most kHistoryMonths), oldest first; month numbers as month_of().
struct MonthRange {
    int first = 0;
    int count = 0;
    int last() const { return first + count - 1; }
};
inline constexpr int kHistoryMonths = 48;

/// Where each point of a demand layer fell.
struct PointPlacement {
    std::vector<std::int32_t> zone;          ///< zone index, -1 outside every zone
    std::vector<Serviceability> status;      ///< for the point's technology
    /// A covering node of its technology (most spare), -1 none; for a
    /// complaint only live nodes count (complaint_node, planner/complaints.h).
    std::vector<std::int32_t> serving_node;
    std::vector<std::vector<std::uint32_t>> covering;  ///< leads and complaints: every node covering the point, ascending
};

struct OverlayTimings {
    double index_s = 0, join_s = 0, areas_s = 0;
};

struct NetworkOverlay {
    std::vector<ZoneFigures> zones;  ///< parallel to Dataset::zones
    ZoneCounts outside;              ///< points in no zone
    std::vector<NodeFigures> nodes;  ///< parallel to Dataset::nodes
    MonthRange months;               ///< of the activation series
    /// Leads, complaints and orders always; subscribers when keep_placements.
    /// Shared by copies of the plan (planner/shared_value.h).
    Shared<PointPlacement> subscribers, leads, complaints, orders;
    OverlayTimings timings;
};

struct OverlayOptions {
    unsigned threads = 0;        ///< 0 = every core
    bool keep_placements = true;  ///< false skips the subscribers' placements (memory at 10^7 points)
};

/// Area, covered shares, spare capacity and nodes of zone `z` for the
/// network `nodes` indexed by `node_index` (keeps the counts).
void measure_zone(const Dataset& data, const Nodes& nodes, const gis::PolygonIndex& node_index, std::size_t z,
                  ZoneFigures& figures);

/// Runs the overlay. Results are identical for any thread count.
NetworkOverlay overlay_network(const Dataset& data, const OverlayOptions& options = {});

}  // namespace coverplan::planner
