// coverplan: the command line. Dispatches to a subcommand; one catch-all maps
// errors to exit codes (2 bad input or usage, 3 internal error).

#include <clocale>
#include <iostream>
#include <string>
#include <vector>

#include "gis/error.h"
#include "gis/gdal_setup.h"
#include "gis/redact.h"
#include "ui/cli/commands.h"
#include "ui/cli/terminal_output.h"

using namespace coverplan;
using namespace coverplan::cli;

namespace {

std::vector<Command> all_commands() {
    return {demo_command(),     validate_command(), overlay_command(), rank_command(),
            scenario_command(), check_command(), serve_command(),    map_command(),     report_command(),
            sla_command(),      snapshot_command(), history_command(), db_command(),
            audit_command(),    users_command(),    remind_command(),   day_plan_command()};
}

void print_overview(std::ostream& out) {
    out << "usage: coverplan COMMAND [options]\n\n"
           "Network capacity and demand planning: overlays demand and sales leads on\n"
           "network coverage, ranks zones for investment and sales, checks serviceability.\n\n"
           "commands:\n";
    for (const auto& command : all_commands()) {
        std::string name = "  " + command.spec.name;
        name.resize(14, ' ');
        out << name << command.spec.summary << "\n";
    }
    out << "\n'coverplan COMMAND --help' describes a command. Exit codes: 0 success,\n"
           "1 finished with warnings, 2 bad input or usage, 3 internal error.\n";
}

}  // namespace

int main(int argc, char** argv) {
    std::setlocale(LC_ALL, "C.UTF-8");
    gis::register_gdal_drivers();
    const TerminalOutputGuard escape_controls;
    std::vector<std::string> args(argv + 1, argv + argc);
    if (args.empty() || args[0] == "--help" || args[0] == "-h" || args[0] == "help") {
        print_overview(std::cout);
        return args.empty() ? kBadInput : kSuccess;
    }
    if (args[0] == "--version") {
        std::cout << "coverplan " << COVERPLAN_VERSION << "\n";
        return kSuccess;
    }
    for (const auto& command : all_commands()) {
        if (command.spec.name != args[0]) continue;
        try {
            Arguments parsed(command.spec, std::vector<std::string>(args.begin() + 1, args.end()));
            if (parsed.help()) {
                std::cout << help_text(command.spec);
                return kSuccess;
            }
            return command.run(parsed);
        } catch (const UsageError& error) {
            std::cerr << "coverplan " << args[0] << ": " << gis::redact_secrets(error.what()) << "\n"
                      << "('coverplan " << args[0] << " --help' lists the options)\n";
            return kBadInput;
        } catch (const InputError& error) {
            std::cerr << "error: " << error.what() << "\n";
            return kBadInput;
        } catch (const std::exception& error) {
            std::cerr << "internal error: " << gis::redact_secrets(error.what()) << "\n";
            return kInternalError;
        }
    }
    std::cerr << "coverplan: unknown command '" << args[0] << "'\n\n";
    print_overview(std::cerr);
    return kBadInput;
}
