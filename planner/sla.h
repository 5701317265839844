#pragma once
// Installation deadlines: on-time rate by zone, team and month against the
// target, and the open orders that are overdue or at risk, each with the team
// that must act.

#include <cstdint>
#include <map>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "planner/dataset.h"

namespace coverplan::planner {

/// Orders counted towards an on-time rate. An order is *assessed* once it is
/// installed or open past its due date; orders without a due date are not
/// assessed (they are counted in `no_due_date`).
struct SlaCounts {
    std::int64_t orders = 0;       ///< every order in the group
    std::int64_t installed = 0;
    std::int64_t on_time = 0;      ///< installed on or before the due date
    std::int64_t late = 0;         ///< installed after the due date
    std::int64_t open = 0;         ///< not installed yet
    std::int64_t overdue = 0;      ///< open, due date before as_of
    std::int64_t at_risk = 0;      ///< open, due within SlaSettings::at_risk_days of as_of
    std::int64_t no_due_date = 0;

    std::int64_t assessed() const { return on_time + late + overdue; }
    /// on_time / assessed; nothing when no order is assessed yet.
    std::optional<double> on_time_rate() const;
    /// Whether the on-time rate reaches `target` (to 1e-9, so that 49 of 50
    /// meets 98 %); nothing when no order is assessed yet.
    std::optional<bool> meets_target(double target) const;
    void add(const SlaCounts& other);
};

/// One open order someone must act on.
struct SlaOrder {
    std::uint32_t order = 0;  ///< index into Dataset::orders
    std::int32_t zone = -1;   ///< index into Dataset::zones, -1 outside every zone
    std::string team;         ///< the order's team, else the zone's team
    Day due = kNoDay;
    std::int32_t days = 0;    ///< overdue: days past due; at risk: days left
};

struct SlaReport {
    Day as_of = kNoDay;
    double target = 1.0;
    SlaCounts total;
    std::vector<SlaCounts> by_zone;           ///< parallel to Dataset::zones, plus one last entry: outside every zone
    std::map<std::string, SlaCounts> by_team;  ///< responsible team (order's team, else zone's team; "" unknown)
    std::map<int, SlaCounts> by_month;         ///< month_of(due date)
    std::vector<SlaOrder> overdue;             ///< most days overdue first, then order id
    std::vector<SlaOrder> at_risk;             ///< fewest days left first, then order id
};

/// The SLA of the project's orders; `order_zones` gives each order's zone
/// (NetworkOverlay::orders.zone).
SlaReport compute_sla(const Dataset& data, std::span<const std::int32_t> order_zones, const SlaSettings& settings,
                      Day as_of);

}  // namespace coverplan::planner
