// coverplan report PROJECT -o FILE.pdf: the management report.

#include <nlohmann/json.hpp>

#include <chrono>
#include <iostream>

#include "gis/error.h"
#include "planner/plan.h"
#include "ui/carto/map_output.h"
#include "ui/carto/report_document.h"
#include "ui/cli/commands.h"
#include "ui/cli/pipeline.h"
#include "ui/cli/standard_output.h"
#include "ui/maps/management_report.h"
#include "ui/store/snapshots.h"

namespace coverplan::cli {

namespace {

int run(const Arguments& args) {
    const auto output = args.value("--out");
    if (!output) throw UsageError("-o FILE.pdf is required");
    if (*output == "-") throw UsageError(standard_output_refusal({".pdf"}));
    if (carto::map_format_for(*output) != carto::MapFormat::Pdf)
        throw UsageError("the report is a PDF: -o must name a .pdf file, got '" + *output + "'");
    maps::ReportOptions options;
    if (const auto top = args.integer("--top")) {
        if (*top < 1 || *top > 50) throw UsageError("--top must be between 1 and 50");
        options.top = int(*top);
    }
    const auto start = std::chrono::steady_clock::now();
    const planner::Project project = read_project(args.positional()[0]);
    const exporting::OutputTarget target = checked_output(*output, {}, project);  // a PDF, checked above
    planner::Dataset data = planner::load_dataset(project);
    require_usable(data);
    const unsigned threads = static_cast<unsigned>(args.integer("--threads").value_or(0));
    const planner::Plan plan = planner::build_plan(data, {threads, false});
    const std::optional<planner::Snapshot> since = store::previous_snapshot(project);
    options.since = since ? &*since : nullptr;
    const carto::ReportResult written = carto::write_report_pdf(maps::describe_report(data, plan, options), target.path);
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    const int code = has_warnings(data) ? kWarnings : kSuccess;
    if (args.flag("--json")) {
        nlohmann::json out;
        out["output"] = target.display_name;
        out["pages"] = written.pages;
        out["since_snapshot"] = since ? nlohmann::json(planner::format_date(since->as_of)) : nlohmann::json(nullptr);
        out["seconds"] = seconds;
        out["exit_code"] = code;
        print_json(std::cout, out);
        return code;
    }
    std::cout << "Wrote " << target.display_name << ": management report, " << written.pages << " A4 pages ("
              << format_seconds(seconds) << ")\n";
    if (code == kWarnings) std::cout << input_warning_note() << "\n";
    return code;
}

}  // namespace

Command report_command() {
    return {{"report",
             "PROJECT -o FILE.pdf [--top N] [--threads N] [--json]",
             "write the management report (headline figures, maps, top zones, nodes, SLA) as PDF",
             "A few A4 pages for a meeting: subscribers, coverage, spare capacity, leads that\n"
             "cannot be served and the on-time installation rate; the investment and\n"
             "sales-focus maps with their top zones and reasons; the nodes that run out of\n"
             "ports within the horizon; uncovered demand clusters; installation SLA by team;\n"
             "and, when the project's workspace holds a snapshot before its as_of date, what\n"
             "changed since the latest one (zones entering and leaving the top ten, nodes\n"
             "newly running out of ports, the change map).\n"
             "Written under a temporary name and renamed when complete.",
             {{"--out", "-o", "FILE.pdf", "output PDF"},
              {"--top", "", "N", "zones listed per ranking (default 10)"},
              {"--threads", "", "N", "worker threads for the overlay (default: every core)"},
              {"--json", "", "", "print the result as JSON"}},
             1,
             1},
            run};
}

}  // namespace coverplan::cli
