#include "planner/team_work.h"

#include <algorithm>
#include <map>
#include <set>

namespace coverplan::planner {

std::vector<std::string> known_teams(const Dataset& data, const SlaReport& report) {
    std::set<std::string> teams(data.zones.teams.begin(), data.zones.teams.end());
    for (const auto& entry : report.by_team) teams.insert(entry.first);
    return {teams.begin(), teams.end()};
}

std::vector<TeamWork> team_work(const Dataset& data, const NetworkOverlay& overlay, const SlaReport& report,
                                std::span<const std::string> teams, Day prospects_since) {
    const std::vector<std::string> all = teams.empty() ? known_teams(data, report) : std::vector<std::string>();
    if (teams.empty()) teams = all;
    std::vector<TeamWork> lists(teams.size());
    std::map<std::string, TeamWork*> by_team;
    for (std::size_t t = 0; t < teams.size(); ++t) {
        lists[t].team = teams[t];
        by_team.emplace(teams[t], &lists[t]);
        if (const auto it = report.by_team.find(teams[t]); it != report.by_team.end()) lists[t].counts = it->second;
    }
    auto list_of = [&](const std::string& team) -> TeamWork* {
        const auto it = by_team.find(team);
        return it == by_team.end() ? nullptr : it->second;
    };
    // The report's lists are sorted already (most late first, soonest first).
    for (const SlaOrder& order : report.overdue)
        if (TeamWork* list = list_of(order.team)) list->overdue.push_back(order);
    for (const SlaOrder& order : report.at_risk)
        if (TeamWork* list = list_of(order.team)) list->due_soon.push_back(order);

    if (prospects_since != kNoDay) {
        const DemandPoints& leads = data.leads;
        const PointPlacement& placed = *overlay.leads;
        for (std::uint32_t i = 0; i < leads.size(); ++i) {
            if (!leads.open[i] || leads.date[i] == kNoDay || leads.date[i] < prospects_since) continue;
            const std::int32_t zone = placed.zone[i];
            TeamWork* list = list_of(zone < 0 ? std::string() : data.zones.teams[std::size_t(zone)]);
            if (!list) continue;
            const TeamProspect prospect{i, zone, placed.status[i], placed.serving_node[i]};
            (prospect.status == Serviceability::Available ? list->prospects : list->failed_checks).push_back(prospect);
        }
        auto newest_first = [&](const TeamProspect& a, const TeamProspect& b) {
            if (leads.date[a.lead] != leads.date[b.lead]) return leads.date[a.lead] > leads.date[b.lead];
            return std::string_view(leads.ids[a.lead]) < std::string_view(leads.ids[b.lead]);
        };
        for (TeamWork& list : lists) {
            std::sort(list.prospects.begin(), list.prospects.end(), newest_first);
            std::sort(list.failed_checks.begin(), list.failed_checks.end(), newest_first);
        }
    }
    return lists;
}

}  // namespace coverplan::planner
