#pragma once
// What each technical team must act on: its overdue orders, its orders due
// soon, the prospects recorded lately in its zones — those the network
// serves now, to sign and install, and those it cannot (full or not
// covered: the checks that failed, for the team to raise) — and its on-time
// rate against the target. `coverplan sla --team / --split-by team` and
// `coverplan remind` print and write these lists.
//
// An order belongs to its own team, else to its zone's (as in the SLA); a
// prospect to its zone's team. "" is the team of what no team owns.

#include <cstdint>
#include <span>
#include <string>
#include <vector>

#include "planner/network_overlay.h"
#include "planner/sla.h"

namespace coverplan::planner {

/// A lead recorded lately, where it lies and whether the network serves it now.
struct TeamProspect {
    std::uint32_t lead = 0;                          ///< index into Dataset::leads
    std::int32_t zone = -1;                          ///< -1 outside every zone
    Serviceability status = Serviceability::NotCovered;
    std::int32_t node = -1;                          ///< the node that would serve it, -1 none
};

struct TeamWork {
    std::string team;
    SlaCounts counts;                      ///< the team's orders (SlaReport::by_team)
    std::vector<SlaOrder> overdue;         ///< most days late first
    std::vector<SlaOrder> due_soon;        ///< open, due within the report's at-risk window, soonest first
    std::vector<TeamProspect> prospects;   ///< open leads created since the date asked, served now; newest first
    std::vector<TeamProspect> failed_checks;  ///< the same, where the network cannot serve them now
    bool empty() const { return overdue.empty() && due_soon.empty() && prospects.empty() && failed_checks.empty(); }
};

/// Every team the data names (zones' and orders' teams), sorted; "" when
/// some zone or order has none.
std::vector<std::string> known_teams(const Dataset& data, const SlaReport& report);

/// The work lists of `teams`, in that order (every known team when empty).
/// `report` is compute_sla()'s (its at-risk window is the "due soon" one);
/// prospects are the open leads created on or after `prospects_since`
/// (kNoDay: none listed), placed as `overlay` placed them.
std::vector<TeamWork> team_work(const Dataset& data, const NetworkOverlay& overlay, const SlaReport& report,
                                std::span<const std::string> teams, Day prospects_since);

}  // namespace coverplan::planner
