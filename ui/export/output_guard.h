#pragma once
// Before any work, an output is checked against everything the run reads:
// an output that is, or lies in the same file as, a source of the project,
// the project file or another input is refused, as is a format the command
// cannot write or a folder that cannot be written; a missing folder is
// created. One check for every front end (the CLI's commands, the desktop
// app's exports), so a run never ends by destroying its own input.

#include <string>
#include <vector>

#include "planner/project.h"

namespace coverplan::exporting {

/// Something a run reads; no output may replace it.
using ReadInput = planner::ProjectSource;

/// What the project reads (planner::project_sources) and the project's
/// workspace (snapshots, scenarios, the audit log).
std::vector<ReadInput> project_inputs(const planner::Project& project);

/// What a command can write.
struct OutputFormats {
    /// File extensions, lower case (".gpkg"); empty: the caller has checked the format.
    std::vector<std::string> extensions;
    /// The tables written into a PG: target (to compare with the tables the
    /// run reads); empty: the command does not write to a database.
    std::vector<std::string> database_tables;
};

/// An output that passed prepare_output().
struct OutputTarget {
    std::string path;          ///< for the writer, as given
    std::string display_name;  ///< for messages, reports and files: passwords redacted
};

/// Checks `target` before any work, creates its folder and removes the
/// temporaries killed runs left there (gis::remove_stale_temporaries). Throws
/// InputError (exit 2) naming the output, and for a clash the input too, when
///  - its extension is not one of `formats` (or it is PG: and the command
///    writes no database);
///  - it is a folder, or an existing file that is not a regular file;
///  - it is one of the inputs' files, compared by device and inode where the
///    file exists (so through symlinks and hard links) and by resolved path
///    otherwise, or one file of a Shapefile set an input reads, or the archive
///    an input is read from, or lies inside a folder an input reads;
///  - it is a PG: target writing a table an input reads in the same database
///    (host, port and database; where the input names its table);
///  - its folder is missing and cannot be created, or cannot be written.
OutputTarget prepare_output(const std::string& target, const OutputFormats& formats,
                            const std::vector<ReadInput>& inputs);

}  // namespace coverplan::exporting
