#include "planner/sla.h"

#include <algorithm>

#include "gis/error.h"

namespace coverplan::planner {

std::optional<double> SlaCounts::on_time_rate() const {
    if (assessed() == 0) return std::nullopt;
    return double(on_time) / double(assessed());
}

std::optional<bool> SlaCounts::meets_target(double target) const {
    const auto rate = on_time_rate();
    if (!rate) return std::nullopt;
    return *rate >= target - 1e-9;
}

void SlaCounts::add(const SlaCounts& other) {
    orders += other.orders;
    installed += other.installed;
    on_time += other.on_time;
    late += other.late;
    open += other.open;
    overdue += other.overdue;
    at_risk += other.at_risk;
    no_due_date += other.no_due_date;
}

SlaReport compute_sla(const Dataset& data, std::span<const std::int32_t> order_zones, const SlaSettings& settings,
                      Day as_of) {
    const DemandPoints& orders = data.orders;
    if (order_zones.size() != orders.size())
        throw Error("compute_sla: " + std::to_string(order_zones.size()) + " order zones for " +
                    std::to_string(orders.size()) + " orders (run the overlay with keep_placements)");
    if (as_of == kNoDay) throw Error("compute_sla: no reference date (as_of)");
    SlaReport report;
    report.as_of = as_of;
    report.target = settings.target;
    report.by_zone.resize(data.zones.size() + 1);
    const std::size_t outside = data.zones.size();
    const bool has_teams = !orders.category.empty();

    for (std::uint32_t i = 0; i < orders.size(); ++i) {
        const std::int32_t zone = order_zones[i];
        // The order names its team; when it does not, the zone's team (the
        // centre that owns the area) is the one to remind.
        std::string team = has_teams ? orders.category[i] : std::string();
        if (team.empty() && zone >= 0) team = data.zones.teams[std::size_t(zone)];

        const Day due = orders.due[i];
        const Day installed = orders.installed[i];
        SlaCounts c;
        c.orders = 1;
        std::optional<SlaOrder> act_on;
        bool overdue = false;
        if (due == kNoDay) c.no_due_date = 1;
        if (installed != kNoDay) {
            c.installed = 1;
            if (due != kNoDay) (installed <= due ? c.on_time : c.late) = 1;
        } else {
            c.open = 1;
            if (due != kNoDay && due < as_of) {
                c.overdue = 1;
                overdue = true;
                act_on = SlaOrder{i, zone, team, due, as_of - due};
            } else if (due != kNoDay && due - as_of <= settings.at_risk_days) {
                c.at_risk = 1;
                act_on = SlaOrder{i, zone, team, due, due - as_of};
            }
        }
        report.total.add(c);
        report.by_zone[zone < 0 ? outside : std::size_t(zone)].add(c);
        report.by_team[team].add(c);
        if (due != kNoDay) report.by_month[month_of(due)].add(c);
        if (act_on) (overdue ? report.overdue : report.at_risk).push_back(std::move(*act_on));
    }

    auto by_id = [&](const SlaOrder& a, const SlaOrder& b) {
        return std::string_view(orders.ids[a.order]) < std::string_view(orders.ids[b.order]);
    };
    std::sort(report.overdue.begin(), report.overdue.end(), [&](const SlaOrder& a, const SlaOrder& b) {
        if (a.days != b.days) return a.days > b.days;
        return by_id(a, b);
    });
    std::sort(report.at_risk.begin(), report.at_risk.end(), [&](const SlaOrder& a, const SlaOrder& b) {
        if (a.days != b.days) return a.days < b.days;
        return by_id(a, b);
    });
    return report;
}

}  // namespace coverplan::planner
