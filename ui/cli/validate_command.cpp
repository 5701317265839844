// coverplan validate PROJECT: reads every layer and accounts for every feature.

#include <nlohmann/json.hpp>

#include <iostream>

#include "gis/error.h"
#include "ui/cli/commands.h"
#include "ui/cli/pipeline.h"

namespace coverplan::cli {

namespace {

int run(const Arguments& args) {
    const bool json = args.flag("--json");
    try {
        planner::Dataset data = load_project_data(args.positional()[0]);
        const bool warnings = has_warnings(data);
        std::string verdict = warnings ? "usable, with warnings" : "clean";
        int code = warnings ? kWarnings : kSuccess;
        try {
            require_usable(data);
        } catch (const InputError& error) {
            verdict = std::string("unusable: ") + error.what();
            code = kBadInput;
        }
        if (json) {
            nlohmann::json out = layer_reports_json(data);
            out["verdict"] = code == kSuccess ? "clean" : code == kWarnings ? "warnings" : "unusable";
            out["exit_code"] = code;
            print_json(std::cout, out);
        } else {
            print_layer_reports(std::cout, data, args.flag("--all") ? 0 : 20);
            std::cout << "\nResult: " << verdict << " (exit " << code << ")\n";
        }
        return code;
    } catch (const InputError& error) {
        if (!json) throw;
        print_json(std::cout, {{"verdict", "unusable"}, {"exit_code", int(kBadInput)}, {"error", error.what()}});
        return kBadInput;
    }
}

}  // namespace

Command validate_command() {
    return {{"validate",
             "PROJECT [--all] [--json]",
             "read every layer and report features used, repaired and rejected",
             "Exit codes: 0 clean, 1 usable with warnings (features repaired, rejected or\n"
             "flagged), 2 unusable (a layer cannot be read, or no usable zones or coverage).",
             {{"--all", "", "", "list every problem, not the first 20 per layer"},
              {"--json", "", "", "print the report as JSON"}},
             1,
             1},
            run};
}

}  // namespace coverplan::cli
