// coverplan remind PROJECT --within 3d -o DIR: for each team, what is due —
// its work list (XLSX), an iCalendar file of its due orders and a short text
// for a chat message or an e-mail — written into DIR, to be run every morning
// (docs/user-guide.md shows a systemd timer and cron). Nothing is sent.

#include <nlohmann/json.hpp>

#include <filesystem>
#include <iostream>

#include "gis/error.h"
#include "gis/temporary_file.h"
#include "planner/calendar.h"
#include "ui/cli/commands.h"
#include "ui/cli/pipeline.h"
#include "ui/cli/reader_text.h"
#include "ui/cli/team_work_output.h"
#include "ui/export/team_reminders.h"
#include "ui/export/team_work_tables.h"
#include "ui/i18n/language.h"

namespace coverplan::cli {

namespace {

namespace fs = std::filesystem;

/// --within: days ("3d", "3"), weeks ("1w") or whole days of hours ("72h").
int parse_within(const std::string& text) {
    std::size_t used = 0;
    long value = -1;
    try {
        value = std::stol(text, &used);
    } catch (...) {
    }
    const std::string unit = value >= 0 ? text.substr(used) : "";
    long days = -1;
    if (value >= 0 && (unit.empty() || unit == "d")) days = value;
    if (value >= 0 && unit == "w") days = value * 7;
    if (value >= 0 && unit == "h" && value % 24 == 0) days = value / 24;
    if (days < 0 || days > 365)
        throw UsageError("--within expects a number of days from 0 to 365, written 3d, 1w or 72h, got '" + text + "'");
    return int(days);
}

struct TeamFiles {
    exporting::OutputTarget calendar, summary, list;
};

int run(const Arguments& args) {
    const auto folder_text = args.value("--out");
    if (!folder_text) throw UsageError("remind needs -o DIR: the folder the teams' files are written to");
    const fs::path folder(*folder_text);
    if (fs::exists(folder) && !fs::is_directory(folder))
        throw UsageError("-o " + *folder_text + " is a file; remind writes several files per team into a folder");
    const std::optional<int> within = args.value("--within") ? std::optional<int>(parse_within(*args.value("--within")))
                                                             : std::nullopt;
    const int new_days = new_prospect_days(args);

    const planner::Project project = read_project(args.positional()[0]);
    const SlaRun run = run_sla(project, within, std::nullopt);
    const std::vector<planner::TeamWork> lists = chosen_work_lists(run, args, new_days);

    // Every file is checked against the project's inputs before any is written.
    std::vector<TeamFiles> files;
    for (const planner::TeamWork& work : lists) {
        const std::string stem = (folder / exporting::team_file_part(work.team)).string();
        files.push_back({checked_output(stem + ".ics", {{".ics"}, {}}, project),
                         checked_output(stem + ".txt", {{".txt"}, {}}, project),
                         checked_output(stem + ".xlsx", {{".xlsx"}, {}}, project)});
    }
    const exporting::ReminderContext context{run.data.project.name, run.report.as_of, run.settings.at_risk_days,
                                             run.report.target, planner::format_now("%Y%m%dT%H%M%SZ", true)};
    nlohmann::json written = nlohmann::json::array();
    for (std::size_t t = 0; t < lists.size(); ++t) {
        const planner::TeamWork& work = lists[t];
        gis::write_file_atomically(files[t].calendar.path, exporting::team_calendar(run.data, work, context), "calendar");
        gis::write_file_atomically(files[t].summary.path, exporting::team_summary(run.data, work, context), "summary");
        exporting::write_team_work(run.data, {work}, files[t].list.path, false);
        written.push_back({{"team", work.team},
                           {"overdue", work.overdue.size()},
                           {"due_soon", work.due_soon.size()},
                           {"new_prospects", work.prospects.size()},
                           {"failed_checks", work.failed_checks.size()},
                           {"calendar", files[t].calendar.display_name},
                           {"summary", files[t].summary.display_name},
                           {"work_list", files[t].list.display_name}});
    }
    const int code = has_warnings(run.data) ? kWarnings : kSuccess;
    if (args.flag("--json")) {
        print_json(std::cout, {{"project", run.data.project.name},
                               {"as_of", planner::format_date(run.report.as_of)},
                               {"within_days", run.settings.at_risk_days},
                               {"new_days", new_days},
                               {"teams", written},
                               {"exit_code", code}});
        return code;
    }
    using i18n::fill;
    using i18n::tr_utf8;
    auto size = [](const auto& list) { return plain_count(static_cast<long long>(list.size())); };
    std::cout << fill(tr_utf8("Remind", "Reminders for %1, %2: orders due within %3 days, prospects of the last %4 days"),
                      {run.data.project.name, day_text(run.report.as_of), plain_count(run.settings.at_risk_days),
                       plain_count(new_days)})
              << "\n";
    for (std::size_t t = 0; t < lists.size(); ++t) {
        const planner::TeamWork& work = lists[t];
        std::cout << "  "
                  << fill(tr_utf8("Remind", "%1: %2 overdue, %3 due soon, %4 new prospects, %5 failed checks -> %6, %7, %8"),
                          {team_text(work.team), size(work.overdue), size(work.due_soon), size(work.prospects),
                           size(work.failed_checks), fs::path(files[t].calendar.path).filename().string(),
                           fs::path(files[t].summary.path).filename().string(),
                           fs::path(files[t].list.path).filename().string()})
                  << "\n";
    }
    std::cout << fill(tr_utf8("Remind", "Wrote %1 files in %2"), {plain_count(static_cast<long long>(lists.size() * 3)), *folder_text})
              << "\n";
    if (code == kWarnings)
        std::cout << "\n" << input_warning_note() << "\n";
    return code;
}

}  // namespace

Command remind_command() {
    return {{"remind",
             "PROJECT [--within DURATION] -o DIR [--team NAME]... [--new-days N] [--json]",
             "per team: work list, calendar of due orders and a text summary, written into DIR",
             "For each team (the zones' and orders' teams, or those named with --team),\n"
             "writes into DIR: TEAM.ics, an iCalendar file (RFC 5545) with one all-day event\n"
             "per open order overdue (shown today) or due within DURATION, with its address,\n"
             "customer, place and an alarm at 18:00 the day before; TEAM.txt, a short summary\n"
             "for a chat message or an e-mail body; TEAM.xlsx, the team's work list (as\n"
             "`sla --team`). An order's event keeps the same UID on every run, so importing\n"
             "the new file updates the calendar instead of adding copies. Coverplan sends\n"
             "nothing: the user guide shows how to run it each morning and mail the summaries.",
             {{"--within", "", "DURATION", "orders due within this many days: 3d, 1w, 72h (default: [sla] at_risk_days, else 3)"},
              {"--out", "-o", "DIR", "the folder to write into (created when missing)"},
              {"--team", "", "NAME", "only this team (repeatable)", true},
              {"--new-days", "", "N", "prospects created in the last N days are new (default 7; 0: none listed)"},
              {"--json", "", "", "print what was written as JSON"}},
             1,
             1},
            run};
}

}  // namespace coverplan::cli
