#pragma once
// `-o -`: a command's table on standard output, for the commands whose output
// can be text (rank, check --points, sla: CSV, and GeoJSON where the command
// writes it), so it pipes into other tools. The writers only write files
// (atomically, through the output guard), so the table goes into a private
// temporary folder and is copied to standard output once complete: a run that
// fails prints no half-written table. Standard output then carries the table
// alone; what the command says for people goes to standard error.

#include <filesystem>
#include <memory>
#include <optional>
#include <ostream>
#include <string>
#include <utility>
#include <vector>

#include "planner/project.h"
#include "ui/cli/arguments.h"
#include "ui/export/output_guard.h"

namespace coverplan::cli {

class CommandOutput;

/// The command's -o: nothing when not given; a file checked by the output
/// guard (checked_output); or "-", standard output, in the format --format
/// names among `text_formats` ("csv", "geojson"; the first by default).
/// Throws UsageError, before any work: -o - with --json (both would print),
/// --format without -o -, a --format that is not text or not written here.
CommandOutput output_option(const Arguments& args, const exporting::OutputFormats& formats,
                            const planner::Project& project, const std::vector<std::string>& text_formats,
                            const std::vector<exporting::ReadInput>& more = {});

/// Where -o sends a command's table.
class CommandOutput {
public:
    CommandOutput() = default;
    // The folder belongs to one object: a moved-from one must not remove it.
    CommandOutput(CommandOutput&& other) noexcept
        : target_(std::move(other.target_)), folder_(std::exchange(other.folder_, {})) {}
    CommandOutput& operator=(CommandOutput&&) = delete;
    ~CommandOutput();

    /// Given -o at all (a file or standard output).
    explicit operator bool() const { return target_.has_value(); }
    /// What the writer writes to, shown as "standard output" for -o -.
    const exporting::OutputTarget& target() const { return *target_; }
    bool to_standard_output() const { return !folder_.empty(); }
    /// Where the command's words for people go: standard error when
    /// standard output carries the table.
    std::ostream& words() const;
    /// Copies the table written to standard output (nothing for a file).
    void send() const;

private:
    friend CommandOutput output_option(const Arguments&, const exporting::OutputFormats&, const planner::Project&,
                                       const std::vector<std::string>&, const std::vector<exporting::ReadInput>&);
    std::optional<exporting::OutputTarget> target_;
    std::filesystem::path folder_;  // the private folder of -o -; empty for a file
};

/// The refusal of -o - by a command that writes no text there, naming what
/// it writes: "-o -: standard output takes only the text tables of rank,
/// check --points and sla (CSV, GeoJSON); this output is .pdf, .png or .svg:
/// give a file name".
std::string standard_output_refusal(const std::vector<std::string>& extensions);

}  // namespace coverplan::cli
