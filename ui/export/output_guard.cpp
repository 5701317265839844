#include "ui/export/output_guard.h"

#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>

#include "gis/error.h"
#include "gis/file_identity.h"
#include "gis/redact.h"
#include "gis/temporary_file.h"
#include "gis/utf8.h"

namespace coverplan::exporting {

namespace fs = std::filesystem;

namespace {

bool is_database(const std::string& target) { return gis::lowercase(target.substr(0, 3)) == "pg:"; }

std::string expected_formats(const OutputFormats& formats) {
    std::string text;
    for (std::size_t i = 0; i < formats.extensions.size(); ++i)
        text += (i == 0 ? "" : i + 1 == formats.extensions.size() && formats.database_tables.empty() ? " or " : ", ") +
                formats.extensions[i];
    if (!formats.database_tables.empty()) text += (text.empty() ? "" : " or ") + std::string("a PG: connection string");
    return text;
}

void check_format(const std::string& target, const std::string& shown, const OutputFormats& formats) {
    const Location where{shown, "", "", "", 0};
    if (is_database(target)) {
        if (formats.database_tables.empty())
            throw InputError(where, "this output cannot go to a database (expected " + expected_formats(formats) + ")");
        return;
    }
    if (formats.extensions.empty()) return;
    const std::string extension = gis::lowercase(fs::path(target).extension().string());
    if (std::find(formats.extensions.begin(), formats.extensions.end(), extension) == formats.extensions.end())
        throw InputError(where, "cannot tell the output format from the extension '" + extension + "' (expected " +
                                    expected_formats(formats) + ")");
}

/// The table of `input` a database target would overwrite, if any.
std::optional<std::string> overwritten_table(const std::string& target, const OutputFormats& formats,
                                             const ReadInput& input) {
    const auto read = gis::database_table(input.source, input.layer);
    if (!read || read->table.empty()) return std::nullopt;  // cannot be told
    for (const auto& table : formats.database_tables) {
        const auto written = gis::database_table(target, table);
        if (written && written->database == read->database && written->table == read->table) return read->table;
    }
    return std::nullopt;
}

void refuse_clash(const std::string& shown, const std::string& clash, const ReadInput& input) {
    throw InputError(Location{shown, "", "", "", 0},
                     "the output would overwrite " + clash + input.what + " (" + gis::redact_secrets(input.source) +
                         "); write it somewhere else");
}

void check_clashes(const std::string& target, const std::string& shown, const OutputFormats& formats,
                   const std::vector<ReadInput>& inputs) {
    if (is_database(target)) {
        for (const auto& input : inputs)
            if (const auto table = overwritten_table(target, formats, input))
                refuse_clash(shown, "table " + *table + ", ", input);
        return;
    }
    const std::vector<fs::path> written = gis::files_of(target);
    for (const auto& input : inputs) {
        for (const fs::path& read : gis::files_of(input.source)) {
            std::error_code error;
            if (fs::is_directory(read, error)) {
                for (const fs::path& file : written)
                    if (gis::is_inside(file, read))
                        throw InputError(Location{shown, "", "", "", 0},
                                         "the output would be written inside the folder " + read.string() + ", " +
                                             input.what + "; write it somewhere else");
                continue;
            }
            for (const fs::path& file : written) {
                if (!gis::same_file(file, read)) continue;
                // Name the file itself when it is not the one the input names
                // (a Shapefile's .dbf, the archive a layer is read from).
                const bool named = gis::same_file(read, fs::path(input.source));
                refuse_clash(shown, named ? "" : read.string() + ", part of ", input);
            }
        }
    }
}

void check_file_and_folder(const std::string& target, const std::string& shown) {
    const Location where{shown, "", "", "", 0};
    const fs::path path(target);
    std::error_code error;
    const fs::file_status status = fs::status(path, error);
    if (fs::is_directory(status)) throw InputError(where, "is a folder; name a file for the output");
    if (fs::exists(status) && !fs::is_regular_file(status))
        throw InputError(where, "is not a regular file (a device, a pipe or a socket); name a file for the output");
    const fs::path folder = path.has_parent_path() ? path.parent_path() : fs::path(".");
    if (!fs::is_directory(folder, error)) {
        fs::create_directories(folder, error);
        if (error) throw InputError(where, "cannot create the output folder " + folder.string() + ": " + error.message());
    }
    if (::access(folder.c_str(), W_OK | X_OK) != 0)
        throw InputError(where, "cannot write in the output folder " + folder.string() + ": " + std::strerror(errno));
    // What a killed run left goes now, even if this run fails before it writes.
    gis::remove_stale_temporaries(folder);
}

}  // namespace

std::vector<ReadInput> project_inputs(const planner::Project& project) {
    std::vector<ReadInput> inputs = planner::project_sources(project);
    // Snapshots, scenarios and the audit log live there: never an output.
    if (!project.workspace.store.empty())
        inputs.push_back({"the project's workspace ([workspace] store)", project.workspace.store, ""});
    // Not among the sources followed for changes (tiles are not planning data), but never an output.
    if (project.basemap.named()) inputs.push_back({"the basemap ([basemap] source)", project.basemap.source.string(), ""});
    return inputs;
}

OutputTarget prepare_output(const std::string& target, const OutputFormats& formats,
                            const std::vector<ReadInput>& inputs) {
    OutputTarget checked{target, gis::redact_secrets(target)};
    if (target.empty()) throw InputError("the output is named by an empty string");
    check_format(target, checked.display_name, formats);
    check_clashes(target, checked.display_name, formats, inputs);
    if (!is_database(target)) check_file_and_folder(target, checked.display_name);
    return checked;
}

}  // namespace coverplan::exporting
