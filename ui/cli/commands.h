#pragma once
// The subcommands of `coverplan`. Each declares its options (CommandSpec)
// and a run function; main.cpp only dispatches and maps errors to exit codes.

#include <vector>

#include "ui/cli/arguments.h"

namespace coverplan::cli {

/// Exit codes of every command (CONTRACT.md).
enum ExitCode { kSuccess = 0, kWarnings = 1, kBadInput = 2, kInternalError = 3 };

struct Command {
    CommandSpec spec;
    int (*run)(const Arguments&);
};

Command validate_command();
Command overlay_command();
Command demo_command();
Command rank_command();
Command scenario_command();
Command check_command();
Command serve_command();
Command map_command();
Command report_command();
Command sla_command();
Command snapshot_command();
Command history_command();
Command db_command();
Command audit_command();
Command users_command();
Command remind_command();
Command day_plan_command();

}  // namespace coverplan::cli
