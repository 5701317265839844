#pragma once
// Command-line parsing for the subcommands: each command declares its
// options once, with help text; parsing and --help come from that list.

#include <map>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

namespace coverplan::cli {

struct OptionSpec {
    std::string name;        ///< "--out"
    std::string short_name;  ///< "-o" or ""
    std::string value;       ///< value placeholder ("DIR"); "" for a flag
    std::string help;
    bool repeatable = false;
    std::size_t count = 1;   ///< values it takes when `value` is set ("--compare A.toml B.toml": 2)
};

struct CommandSpec {
    std::string name;
    std::string usage;    ///< "PROJECT [-o OUT]"
    std::string summary;  ///< one line
    std::string details;  ///< paragraphs after the options
    std::vector<OptionSpec> options;
    std::size_t min_positional = 0, max_positional = 0;
};

class Arguments {
public:
    /// Parses `args` (after the command name). Throws UsageError on unknown
    /// options, missing values, wrong positional count.
    Arguments(const CommandSpec& spec, const std::vector<std::string>& args);

    bool help() const { return help_; }
    /// --version was given (any command prints the version).
    bool version() const { return version_; }
    bool flag(const std::string& name) const { return values_.count(name) > 0; }
    std::optional<std::string> value(const std::string& name) const;
    /// Every value of an option, in order (an option of count 2 gives two per use).
    std::vector<std::string> values(const std::string& name) const;
    const std::vector<std::string>& positional() const { return positional_; }
    /// An integer option; throws UsageError naming the option when it is not one.
    std::optional<long> integer(const std::string& name) const;

private:
    bool help_ = false;
    bool version_ = false;
    std::map<std::string, std::vector<std::string>> values_;
    std::vector<std::string> positional_;
};

/// Bad command line: the CLI prints the message and the usage, exit code 2.
class UsageError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

/// The candidate `word` was most likely meant as: the nearest by edit
/// distance (a swap of two neighbouring letters counts one), within a third
/// of its length; nothing when none is that near or two are equally near.
std::optional<std::string> closest_match(const std::string& word, const std::vector<std::string>& candidates);

/// " (did you mean 'X'?)" for closest_match, or nothing.
std::string did_you_mean(const std::string& word, const std::vector<std::string>& candidates);

/// The --help text of a command.
std::string help_text(const CommandSpec& spec);

/// The options every command takes (--lang, --excel-csv, --version, --help),
/// for --help, the manual pages and the completion.
const std::vector<OptionSpec>& common_options();

}  // namespace coverplan::cli
