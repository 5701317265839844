#pragma once
// What `coverplan sla` and `coverplan remind` share: reading the project and
// computing its SLA, choosing the teams asked for (--team), and each team's
// work list on the terminal and in JSON.

#include <nlohmann/json_fwd.hpp>

#include <iosfwd>
#include <optional>
#include <string>
#include <vector>

#include "planner/sla.h"
#include "planner/team_work.h"
#include "ui/cli/arguments.h"

namespace coverplan::cli {

struct SlaRun {
    planner::Dataset data;
    planner::NetworkOverlay overlay;
    planner::SlaSettings settings;
    planner::SlaReport report;
};

/// Loads the project's layers and computes the SLA with the project's
/// settings, `at_risk_days` and `target` overriding them when given. Throws
/// InputError when the project has no orders or no usable as_of.
SlaRun run_sla(const planner::Project& project, std::optional<int> at_risk_days, std::optional<double> target);

/// --new-days N: prospects created within the last N days are "new" (default 7).
int new_prospect_days(const Arguments& args);

/// The work lists of the teams asked with --team (each must be a team of the
/// data: else UsageError listing them), or of every team when none is asked.
std::vector<planner::TeamWork> chosen_work_lists(const SlaRun& run, const Arguments& args, int new_days);

/// Each list: the team's rate against the target, then its orders overdue
/// and due soon, its new prospects and its failed checks, as tables.
void print_work_lists(std::ostream& out, const SlaRun& run, const std::vector<planner::TeamWork>& lists, int new_days);

nlohmann::json work_lists_json(const SlaRun& run, const std::vector<planner::TeamWork>& lists);

}  // namespace coverplan::cli
