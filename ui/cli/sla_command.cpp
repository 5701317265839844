// coverplan sla PROJECT: installation on-time rate by team, zone and month
// against the target, and the open orders overdue or at risk, each with the
// team that must act — the sheet sales and technical teams remind each other with.

#include <QtGlobal>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <numeric>

#include "gis/error.h"
#include "gis/utf8.h"
#include "planner/sla.h"
#include "ui/cli/commands.h"
#include "ui/cli/pipeline.h"
#include "ui/cli/reader_text.h"
#include "ui/cli/standard_output.h"
#include "ui/cli/team_work_output.h"
#include "ui/cli/text_table.h"
#include "ui/export/sla_tables.h"
#include "ui/export/team_work_tables.h"
#include "ui/i18n/language.h"
#include "ui/i18n/locale_text.h"

namespace coverplan::cli {

namespace {

using planner::SlaCounts;
using planner::SlaReport;

constexpr std::size_t kZoneRows = 20;

/// --target: a rate 0..1 ("0.98") or a percentage ("98%").
double parse_target(const std::string& text) {
    const bool percentage = !text.empty() && text.back() == '%';
    const std::string number = percentage ? text.substr(0, text.size() - 1) : text;
    try {
        std::size_t used = 0;
        double value = std::stod(number, &used);
        if (used == number.size() && std::isfinite(value)) {
            if (percentage) value /= 100;
            if (value >= 0 && value <= 1) return value;
        }
    } catch (...) {
    }
    throw UsageError("--target expects a rate from 0 to 1 (0.98) or a percentage (98%), got '" + text + "'");
}

using i18n::fill;
using i18n::tr_utf8;

std::string rate_text(const SlaCounts& c) {
    const auto rate = c.on_time_rate();
    return rate ? i18n::percent_text(*rate) : "-";
}

/// "meets" or the shortfall in percentage points ("-2.9 pts").
std::string versus_target(const SlaCounts& c, double target) {
    const auto meets = c.meets_target(target);
    if (!meets) return "";
    if (*meets) return tr_utf8("Sla", "meets");
    // One decimal, the sign kept for -0.0 as printf writes it.
    char text[32];
    std::snprintf(text, sizeof text, "%.1f", (*c.on_time_rate() - target) * 100.0);
    std::string figure = text;
    if (i18n::language() == i18n::Language::Vietnamese) std::replace(figure.begin(), figure.end(), '.', ',');
    return fill(tr_utf8("Sla", "%1 pts"), {figure});
}

/// Worst first: lowest on-time rate, then most overdue; groups with nothing
/// assessed last.
bool worse(const SlaCounts& a, const SlaCounts& b) {
    const auto ra = a.on_time_rate(), rb = b.on_time_rate();
    if (ra.has_value() != rb.has_value()) return ra.has_value();
    if (ra && *ra != *rb) return *ra < *rb;
    return a.overdue > b.overdue;
}

std::vector<std::string> count_header() {
    return {tr_utf8("Sla", "orders"),       tr_utf8("Sla", "assessed"),    tr_utf8("Sla", "on time"),
            tr_utf8("Sla", "late"),         tr_utf8("Sla", "overdue"),     tr_utf8("Sla", "at risk"),
            tr_utf8("Sla", "open"),         tr_utf8("Sla", "no due date"), tr_utf8("Sla", "on-time rate"),
            tr_utf8("Sla", "vs target")};
}

std::vector<std::string> count_cells(const SlaCounts& c, double target) {
    return {i18n::count_text(c.orders),   i18n::count_text(c.assessed()), i18n::count_text(c.on_time),
            i18n::count_text(c.late),     i18n::count_text(c.overdue),    i18n::count_text(c.at_risk),
            i18n::count_text(c.open),     i18n::count_text(c.no_due_date), rate_text(c),
            versus_target(c, target)};
}

TextTable count_table(std::vector<std::string> leading) {
    std::vector<bool> right(leading.size(), false);
    const std::vector<std::string> counts = count_header();
    leading.insert(leading.end(), counts.begin(), counts.end());
    right.resize(leading.size(), true);
    right.back() = false;
    return TextTable(std::move(leading), std::move(right));
}

void print_report(std::ostream& out, const planner::Dataset& data, const SlaReport& report, int at_risk_days,
                  bool all_zones) {
    const std::string as_of = day_text(report.as_of), target = i18n::percent_text(report.target),
                      days = plain_count(at_risk_days);
    out << fill(tr_utf8("Sla", "Installation SLA: %1"), {data.project.name}) << "\n"
        << (at_risk_days == 1
                ? fill(tr_utf8("Sla", "As of %1; target %2 on time; at risk = open orders due within %3 day."), {as_of, target, days})
                : fill(tr_utf8("Sla", "As of %1; target %2 on time; at risk = open orders due within %3 days."), {as_of, target, days}))
        << "\n\n";

    TextTable total = count_table({""});
    std::vector<std::string> row = {tr_utf8("Sla", "total")};
    for (auto& cell : count_cells(report.total, report.target)) row.push_back(std::move(cell));
    total.add(row);
    out << total.render();

    // By team, worst first.
    std::vector<const std::pair<const std::string, SlaCounts>*> teams;
    for (const auto& entry : report.by_team) teams.push_back(&entry);
    std::stable_sort(teams.begin(), teams.end(), [](auto* a, auto* b) { return worse(a->second, b->second); });
    TextTable by_team = count_table({tr_utf8("Sla", "team")});
    for (auto* entry : teams) {
        row = {team_text(entry->first)};
        for (auto& cell : count_cells(entry->second, report.target)) row.push_back(std::move(cell));
        by_team.add(row);
    }
    out << "\n" << tr_utf8("Sla", "By team (worst first)") << "\n" << by_team.render();

    // By zone, worst first, zones without orders left out.
    std::vector<std::size_t> zones;
    for (std::size_t z = 0; z < data.zones.size(); ++z)
        if (report.by_zone[z].orders > 0) zones.push_back(z);
    std::stable_sort(zones.begin(), zones.end(),
                     [&](std::size_t a, std::size_t b) { return worse(report.by_zone[a], report.by_zone[b]); });
    TextTable by_zone = count_table({tr_utf8("Sla", "zone"), tr_utf8("Sla", "name"), tr_utf8("Sla", "team")});
    for (std::size_t i = 0; i < zones.size() && (all_zones || i < kZoneRows); ++i) {
        const std::size_t z = zones[i];
        row = {data.zones.ids[z], data.zones.names[z], team_text(data.zones.teams[z])};
        for (auto& cell : count_cells(report.by_zone[z], report.target)) row.push_back(std::move(cell));
        by_zone.add(row);
    }
    const SlaCounts& outside = report.by_zone.back();
    if (outside.orders > 0) {
        row = {"", zone_name_text(data.zones, -1), ""};
        for (auto& cell : count_cells(outside, report.target)) row.push_back(std::move(cell));
        by_zone.add(row);
    }
    out << "\n" << tr_utf8("Sla", "By zone (worst first)") << "\n" << by_zone.render();
    if (!all_zones && zones.size() > kZoneRows)
        out << fill(tr_utf8("Sla", "(%1 more zones with orders: --all lists them, -o FILE writes them)"),
                    {plain_count(static_cast<long long>(zones.size() - kZoneRows))})
            << "\n";

    TextTable by_month = count_table({tr_utf8("Sla", "month due")});
    for (const auto& [month, counts] : report.by_month) {
        row = {month_text(month)};
        for (auto& cell : count_cells(counts, report.target)) row.push_back(std::move(cell));
        by_month.add(row);
    }
    out << "\n" << tr_utf8("Sla", "By month of the due date") << "\n" << by_month.render();

    auto print_orders = [&](const std::vector<planner::SlaOrder>& orders, const std::string& title,
                            const std::string& days_header) {
        out << "\n" << title << ": " << i18n::count_text(static_cast<long long>(orders.size())) << "\n";
        if (orders.empty()) return;
        TextTable table({tr_utf8("Sla", "order"), tr_utf8("Sla", "zone"), tr_utf8("Sla", "team"), tr_utf8("Sla", "due"),
                         days_header},
                        {false, false, false, false, true});
        for (const auto& order : orders)
            table.add({std::string(data.orders.ids[order.order]), zone_name_text(data.zones, order.zone), team_text(order.team),
                       day_text(order.due), plain_count(order.days)});
        out << table.render();
    };
    print_orders(report.overdue, tr_utf8("Sla", "Overdue open orders (most days late first)"), tr_utf8("Sla", "days late"));
    print_orders(report.at_risk, tr_utf8("Sla", "At-risk open orders (due soonest first)"), tr_utf8("Sla", "days left"));
}

nlohmann::json counts_json(const SlaCounts& c, double target) {
    const auto rate = c.on_time_rate();
    const auto meets = c.meets_target(target);
    return {{"orders", c.orders},
            {"installed", c.installed},
            {"on_time", c.on_time},
            {"late", c.late},
            {"open", c.open},
            {"overdue", c.overdue},
            {"at_risk", c.at_risk},
            {"no_due_date", c.no_due_date},
            {"assessed", c.assessed()},
            {"on_time_rate", rate ? nlohmann::json(*rate) : nlohmann::json(nullptr)},
            {"meets_target", meets ? nlohmann::json(*meets) : nlohmann::json(nullptr)}};
}

nlohmann::json report_json(const planner::Dataset& data, const SlaReport& report, int at_risk_days) {
    nlohmann::json out = {{"project", data.project.name},
                          {"as_of", planner::format_date(report.as_of)},
                          {"target", report.target},
                          {"at_risk_days", at_risk_days},
                          {"total", counts_json(report.total, report.target)}};
    nlohmann::json teams = nlohmann::json::array();
    for (const auto& [team, counts] : report.by_team) {
        nlohmann::json entry = counts_json(counts, report.target);
        entry["team"] = team;
        teams.push_back(std::move(entry));
    }
    out["by_team"] = std::move(teams);
    nlohmann::json zones = nlohmann::json::array();
    for (std::size_t z = 0; z < report.by_zone.size(); ++z) {
        const bool outside = z == data.zones.size();
        nlohmann::json entry = counts_json(report.by_zone[z], report.target);
        entry["zone_id"] = outside ? "" : data.zones.ids[z];
        entry["zone_name"] = data.zones.name_of(std::int64_t(z));
        entry["team"] = outside ? "" : data.zones.teams[z];
        zones.push_back(std::move(entry));
    }
    out["by_zone"] = std::move(zones);
    nlohmann::json months = nlohmann::json::array();
    for (const auto& [month, counts] : report.by_month) {
        nlohmann::json entry = counts_json(counts, report.target);
        entry["month"] = planner::format_month(month);
        months.push_back(std::move(entry));
    }
    out["by_month"] = std::move(months);
    auto orders_json = [&](const std::vector<planner::SlaOrder>& orders, const char* days_key) {
        nlohmann::json list = nlohmann::json::array();
        for (const auto& order : orders)
            list.push_back({{"order_id", std::string(data.orders.ids[order.order])},
                            {"zone_id", order.zone < 0 ? "" : data.zones.ids[std::size_t(order.zone)]},
                            {"zone_name", data.zones.name_of(order.zone)},
                            {"team", order.team},
                            {"due", planner::format_date(order.due)},
                            {days_key, order.days}});
        return list;
    };
    out["overdue"] = orders_json(report.overdue, "days_overdue");
    out["at_risk"] = orders_json(report.at_risk, "days_left");
    return out;
}

/// What the project's orders lack, said once instead of a misleading figure:
/// in English (the JSON's notes, for programs); the terminal looks each up
/// in the catalogue.
std::vector<const char*> mapping_notes(const planner::Dataset& data) {
    const planner::LayerConfig& orders = data.project.layer("orders");
    std::vector<const char*> notes;
    if (!orders.maps("due"))
        notes.push_back(QT_TRANSLATE_NOOP("Sla", "[layers.orders] maps no 'due' field: no order has a due date, so none is assessed"));
    if (!orders.maps("installed"))
        notes.push_back(QT_TRANSLATE_NOOP("Sla", "[layers.orders] maps no 'installed' field: every order counts as not installed"));
    if (!orders.maps("team"))
        notes.push_back(QT_TRANSLATE_NOOP("Sla", "[layers.orders] maps no 'team' field: each order goes to its zone's team"));
    return notes;
}

/// sla --team / --split-by team: the work lists instead of the whole report.
int run_work_lists(const Arguments& args, const SlaRun& run, const CommandOutput& output, bool split, int new_days) {
    const std::vector<planner::TeamWork> lists = chosen_work_lists(run, args, new_days);
    const std::optional<exporting::OutputTarget> written =
        output ? std::optional<exporting::OutputTarget>(output.target()) : std::nullopt;
    if (written) {
        if (split && gis::lowercase(std::filesystem::path(written->path).extension().string()) == ".csv") {
            // Each team's file must pass the same check as the name given.
            for (const auto& list : lists)
                checked_output(exporting::team_csv_path(written->path, list.team).string(), exporting::sla_formats(),
                               run.data.project);
        }
        exporting::write_team_work(run.data, lists, written->path, split);
        output.send();
    }
    const int code = has_warnings(run.data) ? kWarnings : kSuccess;
    if (args.flag("--json")) {
        nlohmann::json out = {{"project", run.data.project.name},
                              {"as_of", planner::format_date(run.report.as_of)},
                              {"target", run.report.target},
                              {"at_risk_days", run.settings.at_risk_days},
                              {"new_days", new_days},
                              {"teams", work_lists_json(run, lists)}};
        if (written) out["output"] = written->display_name;
        out["exit_code"] = code;
        print_json(std::cout, out);
        return code;
    }
    std::ostream& words = output.words();  // standard error when -o - prints the table
    words << fill(tr_utf8("Sla", "Work lists: %1"), {run.data.project.name}) << "\n"
          << fill(tr_utf8("Sla", "As of %1; target %2 on time."), {day_text(run.report.as_of), i18n::percent_text(run.report.target)})
          << "\n";
    print_work_lists(words, run, lists, new_days);
    if (written)
        words << "\n"
              << (split && gis::lowercase(std::filesystem::path(written->path).extension().string()) == ".csv"
                      ? fill(tr_utf8("Sla", "Wrote %1 files beside %2"),
                             {plain_count(static_cast<long long>(lists.size())), written->display_name})
                      : wrote_text(written->display_name))
                  << "\n";
    if (code == kWarnings)
        words << "\n" << input_warning_note() << "\n";
    return code;
}

int run(const Arguments& args) {
    const bool json = args.flag("--json");
    const auto output = args.value("--out");
    std::optional<double> target;
    if (const auto text = args.value("--target")) target = parse_target(*text);
    const auto at_risk_days = args.integer("--at-risk-days");
    if (at_risk_days && (*at_risk_days < 0 || *at_risk_days > 365))
        throw UsageError("--at-risk-days expects 0 to 365 days, got " + std::to_string(*at_risk_days));

    const auto split_by = args.value("--split-by");
    if (split_by && *split_by != "team") throw UsageError("--split-by takes 'team', got '" + *split_by + "'");
    const bool work_lists = split_by || !args.values("--team").empty();
    const int new_days = new_prospect_days(args);

    const planner::Project project = read_project(args.positional()[0]);
    if (split_by && output && *output == "-")
        throw UsageError("--split-by team writes a file per team: give -o FILE.csv (or .xlsx), not -o -");
    const CommandOutput written = output_option(args, exporting::sla_formats(), project, {"csv"});
    const SlaRun run = run_sla(project, at_risk_days ? std::optional<int>(int(*at_risk_days)) : std::nullopt, target);
    const planner::Dataset& data = run.data;
    const planner::SlaSettings& settings = run.settings;
    const SlaReport& report = run.report;
    if (work_lists) return run_work_lists(args, run, written, bool(split_by), new_days);
    if (written) {
        exporting::write_sla(data, report, written.target().path);
        written.send();
    }
    const int code = has_warnings(data) ? kWarnings : kSuccess;
    const auto notes = mapping_notes(data);

    if (json) {
        nlohmann::json out = report_json(data, report, settings.at_risk_days);
        out["notes"] = nlohmann::json::array();
        for (const char* note : notes) out["notes"].push_back(note);
        if (written) out["output"] = written.target().display_name;
        out["exit_code"] = code;
        print_json(std::cout, out);
        return code;
    }
    std::ostream& words = written.words();  // standard error when -o - prints the table
    print_report(words, data, report, settings.at_risk_days, args.flag("--all"));
    for (const char* note : notes) words << "\n" << fill(tr_utf8("Sla", "Note: %1."), {i18n::tr_known("Sla", note)});
    if (!notes.empty()) words << "\n";
    if (written) words << "\n" << wrote_text(written.target().display_name) << "\n";
    if (code == kWarnings)
        words << "\n" << input_warning_note() << "\n";
    return code;
}

}  // namespace

Command sla_command() {
    return {{"sla",
             "PROJECT [--target RATE] [--at-risk-days N] [--all] [--team NAME]... [--split-by team] [-o FILE|-] [--json]",
             "installation on-time rate by team, zone and month; overdue and at-risk orders",
             "An order is on time when installed on or before its due date, late when\n"
             "installed after it, overdue when still open past it; an open order due within\n"
             "N days of as_of (default [sla] at_risk_days, 3) is at risk. The on-time rate is\n"
             "on time / (on time + late + overdue), against [sla] target (default 100 %).\n"
             "Each order goes to its own team, else to the team of its zone.\n\n"
             "FILE by extension: .csv (the overdue and at-risk orders), .xlsx or .gpkg (also\n"
             "the rates by team, zone and month); -o - prints the CSV on standard output and\n"
             "the report on standard error. Exit 1 when input features were repaired,\n"
             "rejected or flagged.\n\n"
             "With --team or --split-by team: each team's work list instead (its overdue\n"
             "orders, those due within the at-risk window, the new prospects in its zones the\n"
             "network serves now, and the failed checks: new prospects where it is full or\n"
             "absent), with its on-time rate; -o writes them (.csv, .xlsx, .gpkg), split one\n"
             "sheet, layer or file (FILE-TEAM.csv) per team with --split-by team.",
             {{"--target", "", "RATE", "on-time target: 0.98 or 98% (default: [sla] target, else 100%)"},
              {"--at-risk-days", "", "N", "open orders due within N days are at risk (default: [sla] at_risk_days, else 3)"},
              {"--all", "", "", "list every zone, not the worst 20"},
              {"--team", "", "NAME", "the work list of this team (repeatable): overdue, due soon, new prospects, failed checks", true},
              {"--split-by", "", "team", "every team's work list; with -o, one sheet (.xlsx), layer (.gpkg) or file (.csv) per team"},
              {"--new-days", "", "N", "prospects created in the last N days are new (default 7; 0: none listed)"},
              {"--out", "-o", "FILE", "also write the tables to FILE (.csv, .xlsx or .gpkg; - for CSV on standard output)"},
              {"--json", "", "", "print the report as JSON"}},
             1,
             1},
            run};
}

}  // namespace coverplan::cli
