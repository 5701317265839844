#include "ui/maps/management_report.h"

#include <algorithm>
#include <cmath>
#include <numeric>

#include "planner/number_text.h"
#include "planner/reason_text.h"
#include "ui/i18n/language.h"
#include "ui/i18n/locale_text.h"
#include "ui/i18n/reason_words.h"
#include "ui/maps/change_section.h"
#include "ui/maps/kind_section.h"
#include "ui/maps/map_themes.h"
#include "ui/maps/theme_parts.h"

namespace coverplan::maps {

namespace {

using carto::KeyFigure;
using carto::ReportTable;
using planner::Dataset;
using planner::Plan;
using planner::RankingKind;
using planner::Serviceability;
using i18n::tr_text;
using detail::distance_text;
using detail::number_text;

const QColor kBlue(0x00, 0x72, 0xB2);
const QColor kGreen(0x00, 0x9E, 0x73);
const QColor kVermillion(0xD5, 0x5E, 0x00);

QString pct(double share, int decimals = 1) { return qs(i18n::percent_text(share, decimals)); }

QString zone_name(const Dataset& data, std::int32_t z) {
    const std::string& name = data.zones.name_of(z);
    return qs(name.empty() ? data.zones.ids[std::size_t(z)] : name);
}

/// The figures of the first page.
struct Headline {
    long long subscribers = 0, open_leads = 0, full = 0, not_covered = 0;
    double forecast = 0, covered_share = 0, spare = 0, live_capacity = 0;
    long long live_nodes = 0, planned_nodes = 0, unknown_capacity = 0;
    std::vector<std::size_t> running_out;  ///< live nodes by run-out date
};

Headline headline(const Dataset& data, const Plan& plan) {
    Headline h;
    const auto& overlay = plan.overlay;
    auto add_counts = [&](const planner::ZoneCounts& c) {
        h.subscribers += c.subscribers;
        h.open_leads += c.leads_open;
        h.full += c.leads_by_status[std::size_t(Serviceability::Full)];
        h.not_covered += c.leads_by_status[std::size_t(Serviceability::NotCovered)];
    };
    double area = 0, covered = 0;
    for (std::size_t z = 0; z < overlay.zones.size(); ++z) {
        add_counts(overlay.zones[z].counts);
        area += overlay.zones[z].area_m2;
        covered += overlay.zones[z].area_m2 * overlay.zones[z].covered_share;
        if (z < plan.zones.size()) h.forecast += plan.zones[z].forecast_additions;
    }
    add_counts(overlay.outside);
    h.covered_share = area > 0 ? covered / area : 0;
    for (std::size_t n = 0; n < data.nodes.size(); ++n) {
        if (data.nodes.status[n] == planner::NodeStatus::Planned) {
            ++h.planned_nodes;
            continue;
        }
        ++h.live_nodes;
        if (const auto spare = data.nodes.spare(n)) {
            h.spare += std::max(0.0, *spare);
            h.live_capacity += *data.nodes.capacity[n];
        } else {
            ++h.unknown_capacity;
        }
        if (n < plan.nodes.size() && plan.nodes[n].exhausts_on != planner::kNoDay) h.running_out.push_back(n);
    }
    std::stable_sort(h.running_out.begin(), h.running_out.end(), [&](std::size_t a, std::size_t b) {
        if (plan.nodes[a].exhausts_on != plan.nodes[b].exhausts_on) return plan.nodes[a].exhausts_on < plan.nodes[b].exhausts_on;
        return plan.nodes[a].projected_utilization.value_or(0) > plan.nodes[b].projected_utilization.value_or(0);
    });
    return h;
}

QString more_rows(std::size_t total, std::size_t shown, const QString& where) {
    if (total <= shown) return {};
    return tr_text("Report", "… and %1 more in %2.").arg(number_text(double(total - shown)), where);
}

class ReportBuilder {
public:
    ReportBuilder(const Dataset& data, const Plan& plan, const ReportOptions& options)
        : data_(data), plan_(plan), options_(options), h_(headline(data, plan)),
          as_of_(planner::parse_date(data.project.as_of).value_or(planner::kNoDay)) {}

    carto::ReportDocument build() {
        carto::ReportDocument report;
        report.title = tr_text("Report", "Network and demand: management report");
        report.subtitle = tr_text("Report", "%1  ·  as of %2  ·  forecast horizon %3 months")
                              .arg(qs(data_.project.name), human_date(as_of_))
                              .arg(plan_.horizon_months);
        report.footer = tr_text("Report", "Coverplan  ·  %1  ·  as of %2").arg(qs(data_.project.name), human_date(as_of_));
        report.sections.push_back(first_page());
        if (options_.since) report.sections.push_back(change_section(data_, plan_, *options_.since, options_.top));
        report.sections.push_back(ranking_page(RankingKind::Investment));
        report.sections.push_back(ranking_page(RankingKind::Sales));
        if (auto kinds = kind_section(data_, plan_)) report.sections.push_back(std::move(*kinds));
        report.sections.push_back(network_page());
        report.sections.push_back(complaints_section());
        report.sections.push_back(sla_page());
        return report;
    }

private:
    carto::ReportSection first_page() {
        carto::ReportSection section;
        const int horizon = plan_.horizon_months;
        carto::ReportFigures figures;
        figures.figures.push_back({number_text(double(h_.subscribers)), tr_text("Report", "subscribers"),
                                   tr_text("Report", "+%1 expected in %2 months").arg(number_text(h_.forecast)).arg(horizon),
                                   kBlue});
        figures.figures.push_back({pct(h_.covered_share), tr_text("Report", "of the zones' area covered by the live network"),
                                   tr_text("Report", "%1 live nodes, %2 planned")
                                       .arg(number_text(double(h_.live_nodes)), number_text(double(h_.planned_nodes))),
                                   kBlue});
        figures.figures.push_back(
            {number_text(h_.spare), tr_text("Report", "spare ports on live nodes"),
             (h_.live_capacity > 0 ? tr_text("Report", "%1 of their capacity").arg(pct(h_.spare / h_.live_capacity))
                                   : tr_text("Report", "capacity unknown")) +
                 (h_.unknown_capacity > 0
                      ? tr_text("Report", "; %1 nodes without capacity data").arg(number_text(double(h_.unknown_capacity)))
                      : QString()),
             kGreen});
        figures.figures.push_back({number_text(double(h_.full + h_.not_covered)), tr_text("Report", "open leads cannot be served now"),
                                   tr_text("Report", "of %1: %2 no spare port, %3 not covered")
                                       .arg(number_text(double(h_.open_leads)), number_text(double(h_.full)),
                                            number_text(double(h_.not_covered))),
                                   kVermillion});
        const planner::SlaReport& sla = plan_.sla;
        const auto rate = sla.total.on_time_rate();
        figures.figures.push_back(
            {rate ? pct(*rate) : tr_text("Report", "n/a"), tr_text("Report", "installations on time"),
             rate ? tr_text("Report", "target %1; %2 overdue, %3 at risk")
                        .arg(pct(sla.target, 0), number_text(double(sla.total.overdue)), number_text(double(sla.total.at_risk)))
                  : tr_text("Report", "no installation order assessed yet"),
             rate && *rate + 1e-9 >= sla.target ? kGreen : kVermillion});
        figures.figures.push_back(
            {number_text(double(h_.running_out.size())), tr_text("Report", "nodes run out of ports within %1 months").arg(horizon),
             h_.running_out.empty() ? tr_text("Report", "none within the horizon")
                                    : tr_text("Report", "first: %1, %2")
                                          .arg(qs(data_.nodes.ids[h_.running_out[0]]),
                                               human_month(plan_.nodes[h_.running_out[0]].exhausts_on)),
             h_.running_out.empty() ? kGreen : kVermillion});
        section.blocks.push_back(figures);

        section.blocks.push_back(carto::ReportHeading{tr_text("Report", "Where to act first")});
        for (RankingKind kind : planner::kRankingKinds) {
            ReportTable table = ranking_table(kind, 3, false);
            table.title = kind == RankingKind::Investment ? tr_text("Report", "Invest first") : tr_text("Report", "Sell first");
            table.footnote.clear();
            section.blocks.push_back(table);
        }
        if (!plan_.clusters->empty()) {
            const auto& c = plan_.clusters->front();
            section.blocks.push_back(carto::ReportParagraph{
                tr_text("Report", "Extend coverage: %1 clusters of open leads lie outside every live service area; "
                                  "the largest, %2 leads in %3, needs about %4 ports.")
                    .arg(number_text(double(plan_.clusters->size())), number_text(double(c.leads.size())), zone_name(data_, c.zone),
                         number_text(double(c.ports_needed))),
                false});
        }

        section.blocks.push_back(carto::ReportHeading{tr_text("Report", "About these figures")});
        QStringList notes;
        std::size_t read = 0, rejected = 0, repaired = 0;
        for (const auto& r : data_.reports) {
            read += r.read;
            rejected += r.rejected;
            repaired += r.repaired;
        }
        notes << tr_text("Report", "Data: %1. %2 features read, %3 repaired and %4 rejected (`coverplan validate` lists "
                                   "each with its reason).")
                     .arg(data_sources(data_), number_text(double(read)), number_text(double(repaired)), number_text(double(rejected)));
        notes << tr_text("Report", "A lead cannot be served when no live node of its technology covers it, or when every "
                                   "node that covers it has no spare port. Spare ports are counted once per node.");
        if (plan_.backtest.assessed())
            notes << tr_text("Report", "Forecast check: with the last %1 months hidden, the forecast missed zone activations "
                                       "by %2 (repeating the last months: %3).")
                         .arg(plan_.backtest.hidden_months)
                         .arg(pct(plan_.backtest.zone_wape), pct(plan_.backtest.naive_zone_wape));
        section.blocks.push_back(carto::ReportParagraph{notes.join('\n'), true});
        return section;
    }

    carto::ReportSection ranking_page(RankingKind kind) {
        const bool investment = kind == RankingKind::Investment;
        carto::ReportSection section;
        section.blocks.push_back(carto::ReportHeading{(investment ? tr_text("Report", "Where to invest: the top %1 zones")
                                                                  : tr_text("Report", "Where to sell: the top %1 zones"))
                                                          .arg(options_.top)});
        MapRequest request;
        request.theme = investment ? Theme::Investment : Theme::Sales;
        request.title = QString();
        request.top = options_.top;
        section.blocks.push_back(carto::ReportMap{describe_map(data_, plan_, request), 118});

        ReportTable table = ranking_table(kind, std::size_t(options_.top), true);
        section.blocks.push_back(table);
        return section;
    }

    /// The first `rows` zones of a ranking with their reasons.
    ReportTable ranking_table(RankingKind kind, std::size_t rows, bool with_score) const {
        ReportTable table;
        table.header = {"#", tr_text("Report", "Zone"), tr_text("Report", "Team"), tr_text("Report", "Why")};
        table.widths = {0.35, 1.7, 2.0, 4.6};
        table.right_aligned = {true, false, false, false};
        if (with_score) {
            table.header.insert(table.header.begin() + 3, tr_text("Report", "Score"));
            table.widths.insert(table.widths.begin() + 3, 0.55);
            table.right_aligned.insert(table.right_aligned.begin() + 3, true);
        }
        const auto order = plan_.ranked(kind);
        const auto& scores = plan_.scores(kind);
        for (std::size_t r = 0; r < std::min(rows, order.size()); ++r) {
            const std::uint32_t z = order[r];
            std::vector<QString> row = {QString::number(scores[z].rank), zone_name(data_, std::int32_t(z)),
                                        qs(data_.zones.teams[z]), qs(i18n::reader_reasons(kind, scores[z].reasons))};
            if (with_score) row.insert(row.begin() + 3, qs(i18n::decimal_text(scores[z].score, 2)));
            table.rows.push_back(row);
        }
        table.empty_text = tr_text("Report", "No zones to rank.");
        table.footnote = tr_text("Report", "Score 0–1 (1 = the zone leading every component). Every zone's components in "
                                           "figures: `coverplan rank` (.csv, .xlsx).");
        return table;
    }

    carto::ReportSection network_page() {
        carto::ReportSection section;
        const int horizon = plan_.horizon_months;
        section.blocks.push_back(
            carto::ReportHeading{tr_text("Report", "Nodes that run out of ports within %1 months").arg(horizon)});
        ReportTable nodes;
        nodes.header = {tr_text("Report", "Node"),     tr_text("Report", "Technology"),
                        tr_text("Report", "Capacity"), tr_text("Report", "Used"),
                        tr_text("Report", "Used now"), tr_text("Report", "In %1 months").arg(horizon),
                        tr_text("Report", "Runs out")};
        nodes.widths = {1.4, 1.1, 1.0, 1.0, 1.0, 1.1, 1.1};
        nodes.right_aligned = {false, false, true, true, true, true, false};
        const std::size_t shown = std::min(h_.running_out.size(), std::size_t(options_.max_rows));
        for (std::size_t i = 0; i < shown; ++i) {
            const std::size_t n = h_.running_out[i];
            const auto& model = plan_.nodes[n];
            nodes.rows.push_back({qs(data_.nodes.ids[n]), qs(data_.technology_name(data_.nodes.technology[n])).toUpper(),
                                  tr_text("Report", "%1 ports").arg(number_text(data_.nodes.capacity[n].value_or(0))),
                                  tr_text("Report", "%1 ports").arg(number_text(data_.nodes.used[n].value_or(0))),
                                  model.utilization ? pct(*model.utilization, 0) : QString("–"),
                                  model.projected_utilization ? pct(*model.projected_utilization, 0) : QString("–"),
                                  model.utilization.value_or(0) >= 1.0 ? tr_text("Report", "full now") : human_month(model.exhausts_on)});
        }
        nodes.empty_text = tr_text("Report", "No live node runs out of ports within the horizon.");
        nodes.footnote = more_rows(h_.running_out.size(), shown, tr_text("Report", "the nodes layer (`coverplan overlay`)"));
        section.blocks.push_back(nodes);

        section.blocks.push_back(carto::ReportHeading{tr_text("Report", "Uncovered demand clusters")});
        ReportTable clusters;
        clusters.header = {"#",
                           tr_text("Report", "Zone"),
                           tr_text("Report", "Technology"),
                           tr_text("Report", "Leads"),
                           tr_text("Report", "Ports needed"),
                           tr_text("Report", "Nearest live node"),
                           tr_text("Report", "Distance")};
        clusters.widths = {0.4, 2.1, 1.0, 0.8, 1.1, 1.4, 1.0};
        clusters.right_aligned = {true, false, false, true, true, false, true};
        const std::size_t clusters_shown = std::min(plan_.clusters->size(), std::size_t(options_.max_rows));
        for (std::size_t i = 0; i < clusters_shown; ++i) {
            const auto& c = (*plan_.clusters)[i];
            const bool has_node = c.nearest_node >= 0 && std::size_t(c.nearest_node) < data_.nodes.size();
            clusters.rows.push_back({QString::number(i + 1), zone_name(data_, c.zone),
                                     qs(data_.technology_name(c.technology)).toUpper(), number_text(double(c.leads.size())),
                                     number_text(double(c.ports_needed)),
                                     has_node ? qs(data_.nodes.ids[std::size_t(c.nearest_node)]) : tr_text("Report", "none"),
                                     has_node ? distance_text(c.distance_m) : QString("–")});
        }
        clusters.empty_text = tr_text("Report", "No cluster of uncovered open leads (at least %1 leads within %2 of each other).")
                                  .arg(data_.project.clusters.min_leads)
                                  .arg(distance_text(data_.project.clusters.radius_m));
        clusters.footnote = more_rows(plan_.clusters->size(), clusters_shown, tr_text("Report", "`coverplan rank` outputs"));
        section.blocks.push_back(clusters);
        return section;
    }

    /// What the investment ranking's complaints component counted, and the
    /// live nodes holding the most recent complaints.
    carto::ReportSection complaints_section() {
        carto::ReportSection section;
        section.new_page = false;
        section.blocks.push_back(carto::ReportHeading{tr_text("Report", "Complaints and the network")});
        section.blocks.push_back(carto::ReportParagraph{
            tr_text("Report", "Counted by the investment ranking: %1")
                .arg(qs(i18n::reader_complaints_counted(planner::complaints_counted(data_, plan_)))),
            false});
        const planner::ComplaintFigures& f = *plan_.complaints;
        const std::vector<std::size_t> order = planner::most_complained_nodes(data_, plan_);
        ReportTable nodes;
        nodes.title = tr_text("Report", "Nodes most complained about");
        nodes.header = {tr_text("Report", "Node"),           tr_text("Report", "Technology"),
                        tr_text("Report", "Recent complaints"), tr_text("Report", "All complaints"),
                        tr_text("Report", "Per 100 subscribers"), tr_text("Report", "Used now")};
        nodes.widths = {1.4, 1.1, 1.3, 1.2, 1.4, 1.0};
        nodes.right_aligned = {false, false, true, true, true, true};
        const std::size_t shown = std::min(order.size(), std::size_t(options_.max_rows));
        for (std::size_t i = 0; i < shown; ++i) {
            const std::size_t n = order[i];
            const auto per_100 = planner::complaints_per_100(f.recent_of_node(n), plan_.overlay.nodes[n].subscribers_inside);
            const auto& used = plan_.nodes[n].utilization;
            nodes.rows.push_back({qs(data_.nodes.ids[n]), qs(data_.technology_name(data_.nodes.technology[n])).toUpper(),
                                  number_text(double(f.recent_of_node(n))), number_text(double(f.of_node(n))),
                                  per_100 ? qs(i18n::decimal_text(*per_100, 1)) : QString("–"),
                                  used ? pct(*used, 0) : QString("–")});
        }
        nodes.empty_text = tr_text("Report", "No recent complaint lies in a live node's service area.");
        nodes.footnote = more_rows(order.size(), shown,
                                   tr_text("Report", "the nodes layer (`coverplan overlay`), column complaints_recent"));
        section.blocks.push_back(nodes);
        return section;
    }

    carto::ReportSection sla_page() {
        carto::ReportSection section;
        section.new_page = false;
        const planner::SlaReport& sla = plan_.sla;
        section.blocks.push_back(carto::ReportHeading{tr_text("Report", "Installation on time, by team")});
        ReportTable teams;
        teams.header = {tr_text("Report", "Team"),    tr_text("Report", "Orders"),  tr_text("Report", "Assessed"),
                        tr_text("Report", "On time"), tr_text("Report", "Late"),    tr_text("Report", "Overdue"),
                        tr_text("Report", "At risk"), tr_text("Report", "On-time rate")};
        teams.widths = {2.2, 0.9, 0.9, 0.9, 0.8, 0.9, 0.8, 1.1};
        teams.right_aligned = {false, true, true, true, true, true, true, true};
        std::vector<std::pair<std::string, planner::SlaCounts>> rows(sla.by_team.begin(), sla.by_team.end());
        // Worst first: the teams a manager has to talk to.
        std::stable_sort(rows.begin(), rows.end(), [](const auto& a, const auto& b) {
            return a.second.on_time_rate().value_or(2.0) < b.second.on_time_rate().value_or(2.0);
        });
        auto row_of = [&](const QString& name, const planner::SlaCounts& c) {
            const auto rate = c.on_time_rate();
            return std::vector<QString>{name, number_text(double(c.orders)), number_text(double(c.assessed())),
                                        number_text(double(c.on_time)), number_text(double(c.late)), number_text(double(c.overdue)),
                                        number_text(double(c.at_risk)), rate ? pct(*rate) : QString("–")};
        };
        for (const auto& [team, counts] : rows) teams.rows.push_back(row_of(team.empty() ? tr_text("Report", "(no team)") : qs(team), counts));
        if (!rows.empty()) teams.rows.push_back(row_of(tr_text("Report", "All teams"), sla.total));
        teams.empty_text = data_.orders.size() == 0
                               ? tr_text("Report", "No installation orders in the project (add an orders layer to measure this).")
                               : tr_text("Report", "No installation order assessed yet.");
        teams.footnote = tr_text("Report", "Assessed: installed, or open past the due date. On-time rate: installed by the due "
                                           "date over assessed; target %1. At risk: open and due within %2 days.")
                             .arg(pct(sla.target, 0))
                             .arg(data_.project.sla.at_risk_days);
        section.blocks.push_back(teams);
        return section;
    }

    const Dataset& data_;
    const Plan& plan_;
    const ReportOptions& options_;
    Headline h_;
    planner::Day as_of_;
};

}  // namespace

carto::ReportDocument describe_report(const Dataset& data, const Plan& plan, const ReportOptions& options) {
    return ReportBuilder(data, plan, options).build();
}

}  // namespace coverplan::maps
