#include "ui/desktop/zone_detail_panel.h"

#include <QLocale>
#include <QTextBrowser>
#include <QVBoxLayout>
#include <algorithm>
#include <numeric>

#include "planner/reason_text.h"
#include "planner/serviceability.h"
#include "ui/desktop/component_text.h"
#include "ui/desktop/retranslate.h"
#include "ui/i18n/reason_words.h"
#include "ui/maps/map_frame.h"

namespace coverplan::desktop {

namespace {

QString esc(const std::string& text) { return QString::fromStdString(text).toHtmlEscaped(); }
QString number(double value, int decimals = 0) { return QLocale().toString(value, 'f', decimals); }
QString count(long long value) { return QLocale().toString(static_cast<qlonglong>(value)); }
QString share(double value) { return number(value * 100, 1) + QChar(0x00A0) + "%"; }

// Qt's tables break a word that is wider than its column anywhere, and give
// columns of unbreakable text their whole width: figures wrap between words
// only, a percentage keeps its sign (no-break space), and a header of one word
// is kept whole (below).
QString figure_cell(const QString& value) { return "<td align=right>" + value + "</td>"; }

QString header_row(const QStringList& headers) {
    QString html = "<tr>";
    for (int i = 0; i < headers.size(); ++i)
        html += QString("<th align=%1%2>").arg(i == 0 ? "left" : "right", headers[i].contains(' ') ? "" : " style=\"white-space:nowrap\"") +
                headers[i] + "</th>";
    return html + "</tr>";
}

QString row(const QString& label, const QString& value) { return "<tr><td>" + label + "</td>" + figure_cell(value) + "</tr>"; }

bool any_installation_assessed(const planner::Plan& plan) {
    return std::any_of(plan.zones.begin(), plan.zones.end(), [](const planner::ZoneModel& m) { return m.installations_assessed > 0; });
}

}  // namespace

ZoneDetailPanel::ZoneDetailPanel(QWidget* parent) : QWidget(parent), browser_(new QTextBrowser(this)) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(browser_);
    browser_->setOpenLinks(false);
    show_zone(-1);
    keep_translated(this, [this] { render(); });
}

void ZoneDetailPanel::set_session(std::shared_ptr<const ProjectSession> session) {
    session_ = std::move(session);
    show_zone(-1);
}

QString ZoneDetailPanel::text() const { return browser_->toPlainText(); }

QString ZoneDetailPanel::ranking_html(planner::RankingKind kind, std::size_t z) const {
    const planner::ZoneScore& score = session_->shown_plan().scores(kind)[z];
    const planner::Weights& weights = session_->shown_plan().weights.of(kind);
    const double total = std::accumulate(weights.begin(), weights.end(), 0.0);
    const bool investment = kind == planner::RankingKind::Investment;
    QString html = "<h3>" + (investment ? tr("Investment") : tr("Sales focus")) + ": " + tr("rank %1 of %2")
                                                                                   .arg(score.rank)
                                                                                   .arg(session_->shown_plan().scores(kind).size()) +
                   ", " + tr("score %1").arg(number(score.score * 100, 1)) + "</h3>";
    html += "<table cellspacing=0 cellpadding=2 width=100%>" +
            header_row({tr("Component"), tr("Value"), tr("of the leader"), tr("Weight"), tr("Points")});
    const planner::ZoneModel& model = session_->shown_plan().zones[z];
    for (std::size_t c = 0; c < planner::kComponents; ++c) {
        const double weight = total > 0 ? weights[c] / total : 0;
        QString value = component_value(kind, c, score.raw[c]).toHtmlEscaped();
        // A zone without assessed installations is scored on the project's rate, or on nothing.
        if (planner::ranking_components(kind)[c].scaling == planner::Scaling::Rate && !model.on_time_rate)
            value = any_installation_assessed(session_->shown_plan()) ? value + " " + tr("(project)") : tr("none assessed");
        html += "<tr><td>" + component_label(kind, c) + "</td>" + figure_cell(value) + figure_cell(share(score.normalised[c])) +
                figure_cell(share(weight)) + figure_cell("<b>" + number(weight * score.normalised[c] * 100, 1) + "</b>") +
                "</tr>";
    }
    html += "</table>";
    html += "<p><i>" + esc(i18n::reader_reasons(kind, score.reasons)) + "</i></p>";
    return html;
}

void ZoneDetailPanel::show_zone(int zone) {
    zone_ = zone;
    nodes_.clear();
    render();
}

void ZoneDetailPanel::show_nodes(const std::vector<std::uint32_t>& nodes) {
    nodes_ = nodes;
    render();
}

QString ZoneDetailPanel::nodes_html() const {
    if (!session_ || nodes_.empty()) return {};
    const planner::Nodes& network = session_->shown_network();
    const planner::Plan& plan = session_->shown_plan();
    QString html = "<h3>" + tr("Nodes serving the clicked spot") + "</h3><table cellspacing=0 cellpadding=2 width=100%>" +
                   header_row({tr("Node"), tr("Capacity"), tr("Used"), tr("Forecast"), tr("At horizon"), tr("Runs out")});
    for (std::uint32_t n : nodes_) {
        if (n >= network.size() || n >= plan.nodes.size()) continue;
        const planner::NodeModel& model = plan.nodes[n];
        const bool planned = network.status[n] == planner::NodeStatus::Planned;
        html += "<tr><td>" + esc(network.ids[n]) + " <small>" + esc(session_->data.technology_name(network.technology[n])) +
                (planned ? " · " + tr("planned") : QString()) + "</small></td>" +
                figure_cell(network.capacity[n] ? number(*network.capacity[n]) : QString("–")) +
                figure_cell((network.used[n] ? number(*network.used[n]) : QString("–")) +
                            (model.utilization ? " (" + share(*model.utilization) + ")" : QString())) +
                figure_cell("+" + number(model.forecast_additions)) +
                figure_cell(model.projected_utilization ? share(*model.projected_utilization) : QString("–")) +
                figure_cell(model.exhausts_on == planner::kNoDay ? tr("not within %1 months").arg(plan.horizon_months)
                                                                 : maps::human_month(model.exhausts_on)) +
                "</tr>";
    }
    return html + "</table>";
}

void ZoneDetailPanel::render() {
    const int zone = zone_;
    if (!session_ || zone < 0 || std::size_t(zone) >= session_->data.zones.size()) {
        browser_->setHtml(nodes_html() + "<p style='color:#666'>" +
                          tr("Select a zone in the table or on the map to see its figures "
                             "and why it ranks where it does.") +
                          "</p>");
        return;
    }
    const std::size_t z = std::size_t(zone);
    const auto& data = session_->data;
    const auto& figures = session_->shown_plan().overlay.zones[z];
    const planner::ZoneModel& model = session_->shown_plan().zones[z];
    const auto& leads = figures.counts.leads_by_status;
    QString html = "<h2>" + esc(data.zones.names[z].empty() ? data.zones.ids[z] : data.zones.names[z]) + "</h2><p>" +
                   esc(data.zones.ids[z]) + (data.zones.teams[z].empty() ? "" : " · " + tr("team") + " " + esc(data.zones.teams[z])) +
                   "</p>";
    html += nodes_html();
    html += ranking_html(planner::RankingKind::Investment, z);
    html += ranking_html(planner::RankingKind::Sales, z);
    html += "<h3>" + tr("Figures") + "</h3><table cellspacing=0 cellpadding=2 width=100%>";
    html += row(tr("Subscribers"), count(figures.counts.subscribers));
    if (data.zones.households[z]) html += row(tr("Households"), count(*data.zones.households[z]));
    if (model.penetration) html += row(tr("Penetration"), share(*model.penetration));
    html += row(tr("Open leads"), count(figures.counts.leads_open));
    html += row("&nbsp;&nbsp;" + tr("servable now"), count(leads[std::size_t(planner::Serviceability::Available)]));
    html += row("&nbsp;&nbsp;" + tr("covered, no spare port"), count(leads[std::size_t(planner::Serviceability::Full)]));
    html += row("&nbsp;&nbsp;" + tr("planned coverage"), count(leads[std::size_t(planner::Serviceability::Planned)]));
    html += row("&nbsp;&nbsp;" + tr("not covered"), count(leads[std::size_t(planner::Serviceability::NotCovered)]));
    html += row(tr("Covered (live, any technology)"), share(figures.covered_share));
    html += row(tr("Spare ports"), number(figures.spare_capacity));
    html += row(tr("Nodes running out"), count(model.exhausting_nodes));
    if (model.complaints_per_1000)
        html += row(tr("Complaints per 1,000 subscribers"), number(*model.complaints_per_1000, 1));
    if (model.growth) html += row(tr("Activation growth"), (*model.growth >= 0 ? "+" : "") + share(*model.growth));
    html += row(tr("Forecast additions"), number(model.forecast_additions));
    if (model.on_time_rate)
        html += row(tr("Installations on time"),
                    share(*model.on_time_rate) + " (" + tr("%1 assessed").arg(count(model.installations_assessed)) + ")");
    html += "</table>";
    browser_->setHtml(html);
}

}  // namespace coverplan::desktop
