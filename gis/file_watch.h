#pragma once
// Tells when files change on disk, without polling them: inotify on the
// folders that hold them, so a file replaced by a rename (how editors and
// GDAL's own writers save), deleted and written again, or appended to is
// seen alike. SQLite's side files (a GeoPackage's -wal and -journal) count
// as the GeoPackage. Linux only, like the rest of the service.

#include <chrono>
#include <filesystem>
#include <set>
#include <vector>

namespace coverplan::gis {

class FileWatcher {
public:
    /// Watches `files` (they need not exist yet; their folders must). Throws
    /// Error naming the folder when it cannot be watched.
    explicit FileWatcher(const std::vector<std::filesystem::path>& files);
    ~FileWatcher();
    FileWatcher(const FileWatcher&) = delete;
    FileWatcher& operator=(const FileWatcher&) = delete;

    /// Waits up to `timeout` for changes; returns the watched files that
    /// changed (as given to the constructor), empty on timeout or wake().
    /// One thread waits at a time.
    std::set<std::filesystem::path> wait(std::chrono::milliseconds timeout);

    /// Ends the wait in progress, or the next one, at once (any thread).
    void wake();

private:
    struct Folder;
    void close_descriptors();
    int inotify_ = -1;
    int wake_ = -1;  ///< eventfd written by stop()
    std::vector<Folder> folders_;
};

}  // namespace coverplan::gis
