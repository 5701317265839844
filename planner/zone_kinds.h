#pragma once
// Where demand concentrates: zones grouped by their kind ([layers.zones]
// kind: city ward, industrial park, district centre, rural commune...).
// The kinds are the operator's own free text; a zone without one has the
// kind "" (shown as "(no kind)").

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "planner/plan.h"

namespace coverplan::planner {

/// The project maps a kind for its zones (a hex grid has none).
bool maps_zone_kind(const Dataset& data);

/// The distinct kinds of the zones, in alphabetical order of their folded
/// text (gis::fold_for_search), "" last when some zone has none.
std::vector<std::string> zone_kinds(const Zones& zones);

/// The kinds `asked` names, each matched against zone_kinds() ignoring
/// case, diacritics and the spaces around it ("khu cong nghiep" finds
/// "Khu công nghiệp"); an asked text may hold several, separated by commas.
struct ZoneKindChoice {
    std::vector<std::string> kinds;    ///< the zones' own spelling, in zone_kinds() order, each once
    std::vector<std::string> unknown;  ///< asked texts matching no kind, as given (trimmed)
};
ZoneKindChoice choose_zone_kinds(const Zones& zones, std::span<const std::string> asked);

/// `order` (zone indexes) keeping only the zones whose kind is one of `kinds`
/// (exact, as choose_zone_kinds gives them); all of `order` when `kinds` is empty.
std::vector<std::uint32_t> zones_of_kinds(const Zones& zones, std::span<const std::uint32_t> order,
                                          std::span<const std::string> kinds);

/// Each zone's rank among the zones of its own kind in `ranking` (1 = the
/// kind's first), parallel to the zones: the overall rank stays the
/// project's, this one says where the zone stands among its peers.
std::vector<std::int32_t> ranks_within_kind(const Dataset& data, const Plan& plan, RankingKind ranking);

/// The demand and network figures of one kind of zone.
struct ZoneKindFigures {
    std::string kind;                 ///< "" for the zones without a kind
    std::int64_t zones = 0;
    std::int64_t subscribers = 0;
    std::int64_t leads_open = 0;
    std::int64_t leads_servable = 0;  ///< open leads a live node with a spare port covers now
    std::int64_t leads_unserved = 0;  ///< open leads with no spare port or no coverage
    std::int64_t households = 0;      ///< summed over the zones that give households
    /// Subscribers over households, both over the zones that give households;
    /// empty when none does.
    std::optional<double> penetration;
    double forecast_additions = 0;    ///< net additions expected over the plan's horizon
    /// forecast_additions over today's subscribers (0.12 = +12 % by the
    /// horizon); empty without subscribers.
    std::optional<double> growth;
    /// Spare ports of the live nodes reaching at least one zone of the kind,
    /// each node counted once (a node reaching two kinds counts in both).
    double spare_ports = 0;
    std::int32_t top_investment = -1;  ///< the kind's zone ranked first for investment, -1 none
    std::int32_t top_sales = -1;       ///< and for sales
};

/// Every kind's figures, the kinds with most subscribers first (ties by
/// zone_kinds() order), the zones without a kind last. Points outside every
/// zone belong to no kind and are left out. `plan` is built on data.nodes.
std::vector<ZoneKindFigures> summarise_by_zone_kind(const Dataset& data, const Plan& plan);

}  // namespace coverplan::planner
