#include "ui/maps/change_section.h"

#include <cmath>

#include "planner/number_text.h"
#include "ui/maps/map_themes.h"

namespace coverplan::maps {

namespace {

using planner::RankingKind;

QString rank_text(std::int32_t rank) { return rank > 0 ? QString::number(rank) : QString("–"); }

QString zone_text(const planner::RankMove& move) { return qs(move.zone_name.empty() ? move.zone_id : move.zone_name); }

carto::ReportTable top_table(const planner::Dataset& data, const planner::SnapshotChanges& changes, RankingKind kind) {
    const bool investment = kind == RankingKind::Investment;
    carto::ReportTable table;
    table.title = QString(investment ? "Investment" : "Sales") + " top " + QString::number(changes.top) +
                  ": zones that entered and left";
    table.header = {"Zone", "Team", "", "Rank then", "Rank now"};
    table.widths = {2.2, 2.0, 1.0, 0.9, 0.9};
    table.right_aligned = {false, false, false, true, true};
    auto team_of = [&](const std::string& id) {
        for (std::size_t z = 0; z < data.zones.size(); ++z)
            if (data.zones.ids[z] == id) return qs(data.zones.teams[z]);
        return QString();
    };
    const auto& ranking = changes.of(kind);
    for (const auto& move : ranking.entered_top)
        table.rows.push_back({zone_text(move), team_of(move.zone_id), move.before ? "entered" : "entered (new zone)",
                              rank_text(move.before), rank_text(move.after)});
    for (const auto& move : ranking.left_top)
        table.rows.push_back({zone_text(move), team_of(move.zone_id), move.after ? "left" : "left (zone gone)",
                              rank_text(move.before), rank_text(move.after)});
    table.empty_text = "No zone entered or left the top " + QString::number(changes.top) + ".";
    return table;
}

QString climbed_text(const planner::RankingChanges& ranking) {
    int up = 0, down = 0;
    for (const auto& move : ranking.zones)
        if (const auto change = move.change()) {
            if (*change > 0) ++up;
            if (*change < 0) ++down;
        }
    return QString::number(up) + " zones climbed the " + planner::to_string(ranking.kind) + " ranking and " +
           QString::number(down) + " fell";
}

}  // namespace

carto::ReportSection change_section(const planner::Dataset& data, const planner::Plan& plan,
                                    const planner::Snapshot& since, int top) {
    const planner::Snapshot now = planner::take_snapshot(data, plan);
    const planner::SnapshotChanges changes = planner::compare_snapshots(since, now, top);
    carto::ReportSection section;
    section.blocks.push_back(carto::ReportHeading{"What changed since the last snapshot"});
    const QString taken = since.taken_by.empty() ? QString() : ", taken by " + qs(since.taken_by);
    section.blocks.push_back(carto::ReportParagraph{
        "Compared with the snapshot as of " + human_date(since.as_of) + taken + ": " +
            climbed_text(changes.of(RankingKind::Investment)) + "; " + climbed_text(changes.of(RankingKind::Sales)) +
            ". " + QString::number(changes.newly_running_out.size()) +
            " live nodes now run out of ports within the horizon that did not then.",
        false});
    for (RankingKind kind : planner::kRankingKinds) section.blocks.push_back(top_table(data, changes, kind));

    carto::ReportTable nodes;
    nodes.title = "Nodes newly running out of ports";
    nodes.header = {"Node", "Technology", "Used now", "In " + QString::number(plan.horizon_months) + " months", "Runs out"};
    nodes.widths = {1.6, 1.2, 1.0, 1.1, 1.3};
    nodes.right_aligned = {false, false, true, true, false};
    for (const auto& change : changes.newly_running_out) {
        const planner::NodeRecord& n = change.node;
        auto share = [](const std::optional<double>& value) {
            return value ? qs(planner::percent(*value, 0)) : QString("–");
        };
        nodes.rows.push_back({qs(n.node_id) + (change.new_node ? " (new)" : ""), qs(n.technology).toUpper(),
                              share(n.utilization), share(n.projected_utilization),
                              n.utilization.value_or(0) >= 1.0 ? QString("full now") : human_month(n.exhausts_on)});
    }
    nodes.empty_text = "No live node newly runs out of ports within the horizon.";
    section.blocks.push_back(nodes);

    MapRequest request;
    request.theme = Theme::Change;
    request.title = QString();
    request.top = top;
    request.since = &since;
    section.blocks.push_back(carto::ReportMap{describe_map(data, plan, request), 105});
    return section;
}

}  // namespace coverplan::maps
