#include "ui/maps/change_section.h"

#include <cmath>

#include "planner/number_text.h"
#include "ui/i18n/language.h"
#include "ui/i18n/locale_text.h"
#include "ui/maps/map_themes.h"

namespace coverplan::maps {

namespace {

using planner::RankingKind;
using i18n::tr_text;

QString rank_text(std::int32_t rank) { return rank > 0 ? QString::number(rank) : QString("–"); }

QString zone_text(const planner::RankMove& move) { return qs(move.zone_name.empty() ? move.zone_id : move.zone_name); }

carto::ReportTable top_table(const planner::Dataset& data, const planner::SnapshotChanges& changes, RankingKind kind) {
    const bool investment = kind == RankingKind::Investment;
    carto::ReportTable table;
    table.title = (investment ? tr_text("Report", "Investment top %1: zones that entered and left")
                              : tr_text("Report", "Sales top %1: zones that entered and left"))
                      .arg(changes.top);
    table.header = {tr_text("Report", "Zone"), tr_text("Report", "Team"), "", tr_text("Report", "Rank then"),
                    tr_text("Report", "Rank now")};
    table.widths = {2.2, 2.0, 1.0, 0.9, 0.9};
    table.right_aligned = {false, false, false, true, true};
    auto team_of = [&](const std::string& id) {
        for (std::size_t z = 0; z < data.zones.size(); ++z)
            if (data.zones.ids[z] == id) return qs(data.zones.teams[z]);
        return QString();
    };
    const auto& ranking = changes.of(kind);
    for (const auto& move : ranking.entered_top)
        table.rows.push_back({zone_text(move), team_of(move.zone_id),
                              move.before ? tr_text("Report", "entered") : tr_text("Report", "entered (new zone)"),
                              rank_text(move.before), rank_text(move.after)});
    for (const auto& move : ranking.left_top)
        table.rows.push_back({zone_text(move), team_of(move.zone_id),
                              move.after ? tr_text("Report", "left") : tr_text("Report", "left (zone gone)"),
                              rank_text(move.before), rank_text(move.after)});
    table.empty_text = tr_text("Report", "No zone entered or left the top %1.").arg(changes.top);
    return table;
}

QString climbed_text(const planner::RankingChanges& ranking) {
    int up = 0, down = 0;
    for (const auto& move : ranking.zones)
        if (const auto change = move.change()) {
            if (*change > 0) ++up;
            if (*change < 0) ++down;
        }
    return (ranking.kind == RankingKind::Investment ? tr_text("Report", "%1 zones climbed the investment ranking and %2 fell")
                                                    : tr_text("Report", "%1 zones climbed the sales ranking and %2 fell"))
        .arg(up)
        .arg(down);
}

}  // namespace

carto::ReportSection change_section(const planner::Dataset& data, const planner::Plan& plan,
                                    const planner::Snapshot& since, int top) {
    const planner::Snapshot now = planner::take_snapshot(data, plan);
    const planner::SnapshotChanges changes = planner::compare_snapshots(since, now, top);
    carto::ReportSection section;
    section.blocks.push_back(carto::ReportHeading{tr_text("Report", "What changed since the last snapshot")});
    const QString compared = since.taken_by.empty()
                                 ? tr_text("Report", "Compared with the snapshot as of %1").arg(human_date(since.as_of))
                                 : tr_text("Report", "Compared with the snapshot as of %1, taken by %2")
                                       .arg(human_date(since.as_of), qs(since.taken_by));
    section.blocks.push_back(carto::ReportParagraph{
        compared + ": " + climbed_text(changes.of(RankingKind::Investment)) + "; " +
            climbed_text(changes.of(RankingKind::Sales)) + ". " +
            tr_text("Report", "%1 live nodes now run out of ports within the horizon that did not then.")
                .arg(qs(i18n::count_text(static_cast<long long>(changes.newly_running_out.size())))),
        false});
    for (RankingKind kind : planner::kRankingKinds) section.blocks.push_back(top_table(data, changes, kind));

    carto::ReportTable nodes;
    nodes.title = tr_text("Report", "Nodes newly running out of ports");
    nodes.header = {tr_text("Report", "Node"), tr_text("Report", "Technology"), tr_text("Report", "Used now"),
                    tr_text("Report", "In %1 months").arg(plan.horizon_months), tr_text("Report", "Runs out")};
    nodes.widths = {1.6, 1.2, 1.0, 1.1, 1.3};
    nodes.right_aligned = {false, false, true, true, false};
    for (const auto& change : changes.newly_running_out) {
        const planner::NodeRecord& n = change.node;
        auto share = [](const std::optional<double>& value) {
            return value ? qs(i18n::percent_text(*value, 0)) : QString("–");
        };
        nodes.rows.push_back({qs(n.node_id) + (change.new_node ? tr_text("Report", " (new)") : QString()),
                              qs(n.technology).toUpper(), share(n.utilization), share(n.projected_utilization),
                              n.utilization.value_or(0) >= 1.0 ? tr_text("Report", "full now") : human_month(n.exhausts_on)});
    }
    nodes.empty_text = tr_text("Report", "No live node newly runs out of ports within the horizon.");
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
