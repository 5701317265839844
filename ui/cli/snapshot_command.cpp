// coverplan snapshot PROJECT: the plan's zone and node figures, scores,
// ranks and reasons stored with the project's as-of date in its workspace
// or shared store; a second snapshot of the same date replaces the first.

#include <nlohmann/json.hpp>

#include <iostream>

#include "planner/history.h"
#include "planner/plan.h"
#include "ui/cli/commands.h"
#include "ui/cli/pipeline.h"
#include "ui/cli/text_table.h"
#include "ui/store/snapshots.h"
#include "ui/store/workspace.h"

namespace coverplan::cli {

namespace {

int run(const Arguments& args) {
    const planner::Project project = read_project(args.positional()[0]);
    // The store first: a store that refuses fails before the plan is built.
    const auto workspace = store::open_workspace(project.workspace, store::Access::Write);
    planner::Dataset data = planner::load_dataset(project);
    require_usable(data);
    const unsigned threads = static_cast<unsigned>(args.integer("--threads").value_or(0));
    const planner::Plan plan = planner::build_plan(data, {threads, false});
    planner::Snapshot snapshot = planner::take_snapshot(data, plan);
    snapshot.taken_at = store::utc_now();
    snapshot.taken_by = store::store_user(*workspace);
    const bool replaced = store::save_snapshot(*workspace, snapshot);
    const int code = has_warnings(data) ? kWarnings : kSuccess;
    const std::size_t zones = data.zones.size(), nodes = data.nodes.size();
    if (args.flag("--json")) {
        print_json(std::cout, {{"project", snapshot.project},
                               {"as_of", planner::format_date(snapshot.as_of)},
                               {"store", workspace->display_name()},
                               {"taken_at", snapshot.taken_at},
                               {"taken_by", snapshot.taken_by},
                               {"zones", zones},
                               {"nodes", nodes},
                               {"replaced", replaced},
                               {"exit_code", code}});
        return code;
    }
    std::cout << "Snapshot of " << snapshot.project << " as of " << planner::format_date(snapshot.as_of) << ": "
              << group_thousands(long(zones)) << " zones, " << group_thousands(long(nodes)) << " nodes, stored in "
              << workspace->display_name() << (replaced ? " (replacing the snapshot of that date)" : "") << "\n";
    if (code == kWarnings) std::cout << input_warning_note() << "\n";
    return code;
}

}  // namespace

Command snapshot_command() {
    return {{"snapshot",
             "PROJECT [--threads N] [--json]",
             "store the zones' and nodes' figures, scores, ranks and reasons as of the project's date",
             "Builds the plan and stores every zone's figures, scores, ranks and reasons and\n"
             "every node's capacity, use and run-out month, with the project's as_of date, in\n"
             "the project's workspace: [workspace] store (a shared PostGIS store set up by\n"
             "`coverplan db init`), or <project>.workspace.gpkg beside the project file, made\n"
             "on first use. A snapshot of the same project and date replaces the earlier one.\n"
             "`coverplan history` shows how ranks and figures moved between snapshots.",
             {{"--threads", "", "N", "worker threads for the overlay (default: every core)"},
              {"--json", "", "", "print what was stored as JSON"}},
             1,
             1},
            run};
}

}  // namespace coverplan::cli
