#include "ui/cli/standard_output.h"

#include <stdlib.h>

#include <algorithm>
#include <fstream>
#include <iostream>

#include "gis/error.h"
#include "ui/cli/pipeline.h"

namespace coverplan::cli {

namespace {

/// ".pdf, .png or .svg".
std::string listed(const std::vector<std::string>& items) {
    std::string text;
    for (std::size_t i = 0; i < items.size(); ++i)
        text += (i == 0 ? "" : i + 1 == items.size() ? " or " : ", ") + items[i];
    return text;
}

/// The format -o - writes, from --format.
std::string chosen_format(const Arguments& args, const exporting::OutputFormats& formats,
                          const std::vector<std::string>& text_formats) {
    const auto format = args.value("--format");
    if (!format) return text_formats.front();
    if (std::find(text_formats.begin(), text_formats.end(), *format) != text_formats.end()) return *format;
    const auto& written = formats.extensions;
    if (std::find(written.begin(), written.end(), "." + *format) != written.end())
        throw UsageError("--format " + *format + " is not text and cannot go to standard output; write it to a file: -o FILE." +
                         *format);
    throw UsageError("--format takes " + listed(text_formats) + ", not '" + *format + "'");
}

}  // namespace

CommandOutput::~CommandOutput() {
    if (folder_.empty()) return;
    std::error_code ignored;
    std::filesystem::remove_all(folder_, ignored);
}

std::ostream& CommandOutput::words() const { return to_standard_output() ? std::cerr : std::cout; }

void CommandOutput::send() const {
    if (!to_standard_output()) return;
    std::ifstream in(target_->path, std::ios::binary);
    if (!in) throw Error("cannot read back the table written for standard output: " + target_->path);
    std::cout << in.rdbuf();
    std::cout.flush();
    if (!std::cout) throw Error("cannot write to standard output");
}

CommandOutput output_option(const Arguments& args, const exporting::OutputFormats& formats,
                            const planner::Project& project, const std::vector<std::string>& text_formats,
                            const std::vector<exporting::ReadInput>& more) {
    CommandOutput output;
    const auto out = args.value("--out");
    if (!out || *out != "-") {
        if (args.value("--format"))
            throw UsageError("--format chooses what -o - writes to standard output; a file's format comes from its "
                             "extension (-o FILE." + text_formats.back() + ")");
        if (out) output.target_ = checked_output(*out, formats, project, more);
        return output;
    }
    if (args.flag("--json")) throw UsageError("-o - and --json both write to standard output: give one of them");
    const std::string format = chosen_format(args, formats, text_formats);

    std::string folder = (std::filesystem::temp_directory_path() / "coverplan-stdout-XXXXXX").string();
    if (!mkdtemp(folder.data())) throw Error("cannot make a temporary folder for standard output in " + folder);
    output.folder_ = folder;
    // The guard sees the file too: the format check and the stale temporaries are the same as for -o FILE.
    output.target_ = checked_output((output.folder_ / ("standard-output." + format)).string(), formats, project, more);
    output.target_->display_name = "standard output";
    return output;
}

std::string standard_output_refusal(const std::vector<std::string>& extensions) {
    std::string text = "-o -: standard output takes only the text tables of rank, check --points and sla (CSV, GeoJSON)";
    return text + (extensions.empty() ? "; this command writes files" : "; this output is " + listed(extensions)) +
           ": give a file name";
}

}  // namespace coverplan::cli
