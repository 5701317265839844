#pragma once
// Every output file is written under a temporary name beside its target and
// renamed onto it when complete, so a failed, interrupted or killed run never
// leaves half a file where the last good one was, nor a temporary behind:
//  - an exception: the destructor removes the temporary files;
//  - SIGINT, SIGTERM, SIGHUP: a signal handler unlinks every live temporary
//    (a fixed table, async-signal-safe), then the signal does what it did
//    before (ends the process, or reaches the handler that was installed);
//  - SIGKILL or a crash: the next TemporaryFile in that folder removes the
//    temporaries whose process no longer runs (their names carry its id).
// commit() syncs the file to disk before the rename and the folder after.

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace coverplan::gis {

class TemporaryFile {
public:
    /// Names a fresh temporary beside `target`:
    /// ".<stem>.coverplan-tmp-<pid>-<n><extension>", and removes the stale
    /// temporaries of dead processes in that folder. `sidecars`: extensions
    /// of further files the writer creates beside the temporary (a
    /// Shapefile's ".shx", ".dbf", ...); they are removed and moved with it.
    /// SQLite's -journal, -wal and -shm companions are always removed.
    /// Throws InputError naming the target when its folder does not exist.
    explicit TemporaryFile(const std::filesystem::path& target, std::vector<std::string> sidecars = {});
    ~TemporaryFile();
    TemporaryFile(const TemporaryFile&) = delete;
    TemporaryFile& operator=(const TemporaryFile&) = delete;

    /// Where to write (the main file; sidecars replace its extension).
    const std::filesystem::path& path() const { return path_; }
    const std::filesystem::path& target() const { return target_; }

    /// Syncs the written files, renames each onto the target (a file of the
    /// set the writer did not create is removed from beside the target, or a
    /// stale .prj would describe the new file), syncs the folder. Throws
    /// InputError naming the target when nothing was written or a step fails.
    void commit();

    /// Removes the temporary files now (the destructor does it otherwise).
    void discard() noexcept;

private:
    std::filesystem::path target_, path_;
    std::vector<std::string> sidecars_;
    std::vector<int> slots_;  // entries in the signal handler's table
    bool done_ = false;
};

/// Writes `content` to `target` through a TemporaryFile (whole or not at
/// all). Throws InputError naming the target: "cannot write the <what>".
void write_file_atomically(const std::filesystem::path& target, std::string_view content, const std::string& what);

/// Whether `name` (a file name, no folder) is a Coverplan temporary.
bool is_temporary_name(const std::string& name);

/// Removes the temporaries in `folder` whose process no longer runs (left by
/// a killed run), with their SQLite companions; returns how many files went.
std::size_t remove_stale_temporaries(const std::filesystem::path& folder);

}  // namespace coverplan::gis
