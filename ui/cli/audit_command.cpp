// coverplan audit PROJECT [--since DATE] [--json]: who wrote what through the
// field service, when (the workspace's audit_log table, ui/store/audit.h).

#include <nlohmann/json.hpp>

#include <iostream>

#include "gis/utf8.h"
#include "ui/cli/commands.h"
#include "ui/cli/pipeline.h"
#include "ui/cli/text_table.h"
#include "ui/store/audit.h"
#include "ui/store/workspace.h"

namespace coverplan::cli {

namespace {

/// Characters of the details column on a terminal; --json holds them whole.
constexpr std::size_t kDetailsWidth = 70;

/// "lat 21.4, lon 106, technology ftth, ..." from the details' JSON object.
std::string details_text(const std::string& details) {
    const nlohmann::json parsed = nlohmann::json::parse(details, nullptr, false);
    if (!parsed.is_object()) return details;
    std::string text;
    for (const auto& [key, value] : parsed.items()) {
        if (value.is_null()) continue;
        text += (text.empty() ? "" : ", ") + key + " " + (value.is_string() ? value.get<std::string>() : value.dump());
    }
    return text;
}

int run(const Arguments& args) {
    const planner::Project project = read_project(args.positional()[0]);
    const planner::Day since = date_option(args, "--since");
    const std::string since_text = since == planner::kNoDay ? "" : planner::format_date(since);
    // A workspace nobody wrote to yet holds no entries: not an error.
    const auto workspace = store::open_workspace(project.workspace, store::Access::Read);
    const std::vector<store::AuditEntry> entries = workspace ? store::read_audit(*workspace, since_text)
                                                             : std::vector<store::AuditEntry>{};
    if (args.flag("--json")) {
        nlohmann::json list = nlohmann::json::array();
        for (const store::AuditEntry& e : entries) {
            nlohmann::json details = nlohmann::json::parse(e.details, nullptr, false);
            if (details.is_discarded()) details = e.details;
            list.push_back({{"at", e.at},
                            {"user_name", e.user_name},
                            {"action", e.action},
                            {"target", e.target},
                            {"details", std::move(details)}});
        }
        print_json(std::cout, list);
        return kSuccess;
    }
    const std::string store_name = workspace ? workspace->display_name() : project.workspace.display_name;
    if (entries.empty()) {
        std::cout << "No writes through the service" << (since_text.empty() ? "" : " since " + since_text) << " in "
                  << store_name << ".\n";
        return kSuccess;
    }
    TextTable table({"at (UTC)", "user", "action", "target", "details"}, {false, false, false, false, false});
    for (const store::AuditEntry& e : entries) {
        std::string details = details_text(e.details);
        const std::string_view cut = gis::utf8_prefix(details, kDetailsWidth);
        if (cut.size() < details.size()) details = std::string(cut) + "…";
        table.add({e.at, e.user_name, e.action, e.target, details});
    }
    std::cout << "Writes through the service" << (since_text.empty() ? "" : " since " + since_text) << " ("
              << entries.size() << ", " << store_name << ")\n"
              << table.render();
    return kSuccess;
}

}  // namespace

Command audit_command() {
    return {{"audit",
             "PROJECT [--since DATE] [--json]",
             "who wrote what through the field service, when",
             "Lists the audit log of the project's workspace ([workspace] store, or\n"
             "<project>.workspace.gpkg beside the project file): every prospect recorded\n"
             "through `coverplan serve` (prospect.record), every repeat stored once\n"
             "(prospect.duplicate, naming the prospect it repeats) and every write a user's\n"
             "role refused (prospect.refused), with the user, the time (UTC) and the details.\n"
             "Requests with a wrong token are not listed: they name no user.",
             {{"--since", "", "DATE", "only entries on or after this date (2026-11-30 or 30/11/2026)"},
              {"--json", "", "", "print the entries as a JSON array"}},
             1,
             1},
            run};
}

}  // namespace coverplan::cli
