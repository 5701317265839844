#pragma once
// The manual pages and the bash completion of `coverplan`, made from the
// same declarations as --help (each command's CommandSpec and the options
// of every command), so they cannot drift apart. The build runs
// `coverplan help-man DIR` and `coverplan help-completion FILE` and installs what they write.

#include <string>
#include <vector>

#include "ui/cli/arguments.h"

namespace coverplan::cli {

/// coverplan-COMMAND(1) in roff with the man(7) macros.
std::string man_page(const CommandSpec& spec, const std::string& version);

/// coverplan(1): what it does, the commands (each with its own page), exit
/// codes, environment and files.
std::string overview_man_page(const std::vector<CommandSpec>& commands, const std::string& version);

/// A bash completion script: commands, each command's options, option
/// values given as alternatives ("vi|en"), files otherwise.
std::string bash_completion(const std::vector<CommandSpec>& commands);

}  // namespace coverplan::cli
