// coverplan: the command line. Dispatches to a subcommand; one catch-all maps
// errors to exit codes (2 bad input or usage, 3 internal error).

#include <algorithm>
#include <clocale>
#include <filesystem>
#include <iostream>
#include <optional>
#include <string>
#include <vector>

#include "gis/error.h"
#include "gis/gdal_setup.h"
#include "gis/redact.h"
#include "gis/temporary_file.h"
#include "gis/vector_writer.h"
#include "ui/cli/commands.h"
#include "ui/cli/manual.h"
#include "ui/cli/terminal_output.h"
#include "ui/i18n/language.h"

using namespace coverplan;
using namespace coverplan::cli;

namespace {

void print_version() { std::cout << "coverplan " << COVERPLAN_VERSION << "\n"; }

Command version_command() {
    Command command;
    command.spec = {"version", "", "print the version", "", {}, 0, 0};
    command.run = [](const Arguments&) -> int {
        print_version();
        return kSuccess;
    };
    return command;
}

std::vector<Command> all_commands() {
    return {demo_command(),     validate_command(), overlay_command(), rank_command(),
            scenario_command(), check_command(), serve_command(),    map_command(),     report_command(),
            sla_command(),      snapshot_command(), history_command(), db_command(),
            audit_command(),    users_command(),    remind_command(),   day_plan_command(), version_command()};
}

/// Takes --excel-csv out of `args`: CSV outputs then start with a UTF-8
/// byte-order mark.
void choose_csv_form(std::vector<std::string>& args) {
    const auto given = std::remove(args.begin(), args.end(), std::string("--excel-csv"));
    gis::write_csv_byte_order_mark(given != args.end());
    args.erase(given, args.end());
}

/// Takes --lang VALUE / --lang=VALUE out of `args` (before or after the
/// command's name) and makes its language, else the environment's, the one
/// everything is written in.
void choose_language(std::vector<std::string>& args) {
    std::optional<std::string> given;
    for (std::size_t i = 0; i < args.size();) {
        if (args[i] == "--lang") {
            if (i + 1 >= args.size()) throw UsageError("--lang needs a value (vi or en)");
            given = args[i + 1];
            args.erase(args.begin() + std::ptrdiff_t(i), args.begin() + std::ptrdiff_t(i) + 2);
        } else if (args[i].rfind("--lang=", 0) == 0) {
            given = args[i].substr(7);
            args.erase(args.begin() + std::ptrdiff_t(i));
        } else {
            ++i;
        }
    }
    std::optional<i18n::Language> language = given ? i18n::parse_language(*given) : i18n::environment_language();
    if (!language) throw UsageError("--lang takes vi (Vietnamese) or en (English), not '" + *given + "'");
    i18n::use_language(*language);
}

/// `coverplan help-man DIR` writes coverplan.1 and coverplan-COMMAND.1 into
/// DIR; `coverplan help-completion FILE` the bash completion. The build runs
/// them (not listed: they are for packaging, not for planners).
int write_manual(const std::vector<std::string>& args) {
    if (args.size() != 2) {
        std::cerr << "usage: coverplan " << args[0] << (args[0] == "help-man" ? " DIR" : " FILE") << "\n";
        return kBadInput;
    }
    std::vector<CommandSpec> specs;
    for (const auto& command : all_commands()) specs.push_back(command.spec);
    try {
        if (args[0] == "help-completion") {
            gis::write_file_atomically(args[1], bash_completion(specs), "bash completion");
            return kSuccess;
        }
        const std::filesystem::path dir = args[1];
        std::filesystem::create_directories(dir);
        gis::write_file_atomically(dir / "coverplan.1", overview_man_page(specs, COVERPLAN_VERSION), "manual page");
        for (const auto& spec : specs)
            gis::write_file_atomically(dir / ("coverplan-" + spec.name + ".1"), man_page(spec, COVERPLAN_VERSION),
                                       "manual page");
    } catch (const std::exception& error) {
        std::cerr << "error: " << error.what() << "\n";
        return kBadInput;
    }
    return kSuccess;
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
    try {
        choose_language(args);
        choose_csv_form(args);
    } catch (const UsageError& error) {
        std::cerr << "coverplan: " << error.what() << "\n";
        return kBadInput;
    }
    if (args.empty() || args[0] == "--help" || args[0] == "-h" || args[0] == "help") {
        print_overview(std::cout);
        return args.empty() ? kBadInput : kSuccess;
    }
    if (args[0] == "--version") {
        print_version();
        return kSuccess;
    }
    if (args[0] == "help-man" || args[0] == "help-completion") return write_manual(args);
    for (const auto& command : all_commands()) {
        if (command.spec.name != args[0]) continue;
        try {
            Arguments parsed(command.spec, std::vector<std::string>(args.begin() + 1, args.end()));
            if (parsed.help()) {
                std::cout << help_text(command.spec);
                return kSuccess;
            }
            if (parsed.version()) {
                print_version();
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
    std::vector<std::string> names;
    for (const auto& command : all_commands()) names.push_back(command.spec.name);
    std::cerr << "coverplan: unknown command '" << args[0] << "'" << did_you_mean(args[0], names) << "\n\n";
    print_overview(std::cerr);
    return kBadInput;
}
