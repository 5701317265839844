#include "ui/cli/team_work_output.h"

#include <QtGlobal>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <ostream>

#include "gis/error.h"
#include "ui/cli/reader_text.h"
#include "ui/i18n/locale_text.h"
#include "ui/cli/text_table.h"
#include "ui/i18n/language.h"

namespace coverplan::cli {

using planner::TeamWork;

SlaRun run_sla(const planner::Project& project, std::optional<int> at_risk_days, std::optional<double> target) {
    SlaRun run{planner::load_dataset(project), {}, {}, {}};
    planner::Dataset& data = run.data;
    const Location project_file{data.project.file.string(), "", "", "", 0};
    if (!data.project.has("orders"))
        throw InputError(project_file, "the project has no [layers.orders]; the SLA is computed from installation orders "
                                       "(fields id, created, due, installed, team)");
    require_usable(data);
    run.settings = data.project.sla;
    if (target) run.settings.target = *target;
    if (at_risk_days) run.settings.at_risk_days = *at_risk_days;
    const auto as_of = planner::parse_date(data.project.as_of);
    if (!as_of) throw InputError(project_file, "as_of '" + data.project.as_of + "' is not a date (expected YYYY-MM-DD)");
    run.overlay = planner::overlay_network(data);
    run.report = planner::compute_sla(data, run.overlay.orders->zone, run.settings, *as_of);
    return run;
}

int new_prospect_days(const Arguments& args) {
    const auto days = args.integer("--new-days");
    if (days && (*days < 0 || *days > 3650))
        throw UsageError("--new-days expects 0 to 3650 days, got " + std::to_string(*days));
    return days ? int(*days) : 7;
}

std::vector<TeamWork> chosen_work_lists(const SlaRun& run, const Arguments& args, int new_days) {
    const std::vector<std::string> known = planner::known_teams(run.data, run.report);
    const std::vector<std::string> asked = args.values("--team");
    for (const std::string& team : asked)
        if (std::find(known.begin(), known.end(), team) == known.end()) {
            std::string names;
            for (const std::string& name : known) names += (names.empty() ? "" : ", ") + (name.empty() ? "\"\"" : "'" + name + "'");
            throw UsageError("--team '" + team + "' is not a team of the project (its zones' and orders' teams: " +
                             names + ")");
        }
    // Prospects created on or after this day are new; --new-days 0: none listed.
    const planner::Day since = new_days > 0 ? run.report.as_of - (new_days - 1) : planner::kNoDay;
    return planner::team_work(run.data, run.overlay, run.report, asked, since);
}

namespace {

using i18n::fill;
using i18n::tr_utf8;

std::string rate_line(const TeamWork& work, double target) {
    const auto rate = work.counts.on_time_rate();
    if (!rate) return tr_utf8("Sla", "no order assessed yet");
    const std::string on_time = i18n::percent_text(*rate), assessed = i18n::count_text(work.counts.assessed()),
                      goal = i18n::percent_text(target);
    return *work.counts.meets_target(target)
               ? fill(tr_utf8("Sla", "%1 on time of %2 assessed orders, target %3 (met)"), {on_time, assessed, goal})
               : fill(tr_utf8("Sla", "%1 on time of %2 assessed orders, target %3 (below)"), {on_time, assessed, goal});
}

/// A prospect's status as planner::to_string writes it, which English shows
/// as it is.
[[maybe_unused]] const char* const kStatusWords[] = {
    QT_TRANSLATE_NOOP("Sla", "available"),
    QT_TRANSLATE_NOOP("Sla", "full"),
    QT_TRANSLATE_NOOP("Sla", "planned"),
    QT_TRANSLATE_NOOP("Sla", "not_covered"),
};

}  // namespace

void print_work_lists(std::ostream& out, const SlaRun& run, const std::vector<TeamWork>& lists, int new_days) {
    const planner::Dataset& data = run.data;
    for (const TeamWork& work : lists) {
        out << "\n" << fill(tr_utf8("Sla", "Work list: %1 — %2"), {team_text(work.team), rate_line(work, run.report.target)})
            << "\n";
        auto orders = [&](const std::vector<planner::SlaOrder>& list, const std::string& title, const std::string& days) {
            out << title << ": " << i18n::count_text((long long)list.size()) << "\n";
            if (list.empty()) return;
            TextTable table({tr_utf8("Sla", "order"), tr_utf8("Sla", "due"), days, tr_utf8("Sla", "zone"),
                             tr_utf8("Sla", "address"), tr_utf8("Sla", "customer")},
                            {false, false, true, false, false, false});
            for (const auto& order : list)
                table.add({std::string(data.orders.ids[order.order]), day_text(order.due), plain_count(order.days),
                           zone_name_text(data.zones, order.zone),
                           data.orders.address.empty() ? "" : data.orders.address[order.order],
                           data.orders.customer.empty() ? "" : data.orders.customer[order.order]});
            out << table.render();
        };
        orders(work.overdue, tr_utf8("Sla", "Overdue orders (most days late first)"), tr_utf8("Sla", "days late"));
        orders(work.due_soon, fill(tr_utf8("Sla", "Due within %1 days"), {plain_count(run.settings.at_risk_days)}),
               tr_utf8("Sla", "days left"));
        auto prospects = [&](const std::vector<planner::TeamProspect>& list, const std::string& title) {
            out << title << ": " << i18n::count_text((long long)list.size()) << "\n";
            if (list.empty()) return;
            TextTable table({tr_utf8("Sla", "lead"), tr_utf8("Sla", "created"), tr_utf8("Sla", "zone"),
                             tr_utf8("Sla", "technology"), tr_utf8("Sla", "status"), tr_utf8("Sla", "node")},
                            std::vector<bool>(6, false));
            for (const auto& p : list)
                table.add({std::string(data.leads.ids[p.lead]), day_text(data.leads.date[p.lead]),
                           zone_name_text(data.zones, p.zone),
                           data.leads.technology.empty() ? "" : data.technology_name(data.leads.technology[p.lead]),
                           i18n::tr_known("Sla", planner::to_string(p.status)),
                           p.node < 0 ? "" : data.nodes.ids[std::size_t(p.node)]});
            out << table.render();
        };
        if (new_days > 0) {
            const std::string days = plain_count(new_days);
            prospects(work.prospects, fill(tr_utf8("Sla", "New prospects the network serves now (created in the last %1 days)"), {days}));
            prospects(work.failed_checks,
                      fill(tr_utf8("Sla", "Failed checks: new prospects where the network is full or absent (created in the last %1 days)"),
                           {days}));
        }
    }
}

nlohmann::json work_lists_json(const SlaRun& run, const std::vector<TeamWork>& lists) {
    const planner::Dataset& data = run.data;
    auto text_at = [](const std::vector<std::string>& column, std::size_t i) {
        return column.empty() || column[i].empty() ? nlohmann::json(nullptr) : nlohmann::json(column[i]);
    };
    nlohmann::json out = nlohmann::json::array();
    for (const TeamWork& work : lists) {
        auto orders = [&](const std::vector<planner::SlaOrder>& list, const char* days_key) {
            nlohmann::json items = nlohmann::json::array();
            for (const auto& order : list)
                items.push_back({{"order_id", std::string(data.orders.ids[order.order])},
                                 {"due", planner::format_date(order.due)},
                                 {days_key, order.days},
                                 {"zone_id", order.zone < 0 ? "" : data.zones.ids[std::size_t(order.zone)]},
                                 {"zone_name", data.zones.name_of(order.zone)},
                                 {"address", text_at(data.orders.address, order.order)},
                                 {"customer", text_at(data.orders.customer, order.order)}});
            return items;
        };
        auto prospects = [&](const std::vector<planner::TeamProspect>& list) {
            nlohmann::json items = nlohmann::json::array();
            for (const auto& p : list)
                items.push_back({{"lead_id", std::string(data.leads.ids[p.lead])},
                                 {"created", planner::format_date(data.leads.date[p.lead])},
                                 {"zone_id", p.zone < 0 ? "" : data.zones.ids[std::size_t(p.zone)]},
                                 {"zone_name", data.zones.name_of(p.zone)},
                                 {"status", planner::to_string(p.status)},
                                 {"node_id", p.node < 0 ? nlohmann::json(nullptr) : nlohmann::json(data.nodes.ids[std::size_t(p.node)])}});
            return items;
        };
        const auto rate = work.counts.on_time_rate();
        const auto meets = work.counts.meets_target(run.report.target);
        out.push_back({{"team", work.team},
                       {"assessed", work.counts.assessed()},
                       {"on_time_rate", rate ? nlohmann::json(*rate) : nlohmann::json(nullptr)},
                       {"meets_target", meets ? nlohmann::json(*meets) : nlohmann::json(nullptr)},
                       {"overdue", orders(work.overdue, "days_overdue")},
                       {"due_soon", orders(work.due_soon, "days_left")},
                       {"new_prospects", prospects(work.prospects)},
                       {"failed_checks", prospects(work.failed_checks)}});
    }
    return out;
}

}  // namespace coverplan::cli
