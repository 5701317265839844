#pragma once
// The two halves of `coverplan scenario`: one scenario against the data
// (scenario_command.cpp, which declares the options) and two saved
// scenarios side by side (scenario_compare.cpp).

#include <string>

#include "planner/scenario_file.h"
#include "ui/cli/arguments.h"

namespace coverplan::cli {

/// `scenario PROJECT --compare A.toml B.toml [--json] [-o FILE]`.
int run_scenario_compare(const Arguments& args);

/// One line naming a saved scenario: "“North ports” by An, saved 2026-12-01T09:30:00+07:00 (north.toml)".
std::string scenario_heading(const planner::SavedScenario& scenario);

}  // namespace coverplan::cli
