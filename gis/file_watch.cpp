#include "gis/file_watch.h"

#include <poll.h>
#include <sys/eventfd.h>
#include <sys/inotify.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <cerrno>
#include <cstring>
#include <map>
#include <string>

#include "gis/error.h"

namespace coverplan::gis {

namespace fs = std::filesystem;

struct FileWatcher::Folder {
    int descriptor = -1;
    std::map<std::string, fs::path> files;  ///< file name in the folder -> as the caller gave it
};

namespace {

/// The watched file a changed name in its folder stands for: itself, or
/// SQLite's side files of it.
const fs::path* watched_by(const std::map<std::string, fs::path>& files, const std::string& name) {
    if (auto it = files.find(name); it != files.end()) return &it->second;
    for (const char* suffix : {"-wal", "-journal"}) {
        const std::string side(suffix);
        if (name.size() > side.size() && name.compare(name.size() - side.size(), side.size(), side) == 0)
            if (auto it = files.find(name.substr(0, name.size() - side.size())); it != files.end()) return &it->second;
    }
    return nullptr;
}

}  // namespace

FileWatcher::FileWatcher(const std::vector<fs::path>& files) {
    inotify_ = inotify_init1(IN_NONBLOCK | IN_CLOEXEC);
    wake_ = eventfd(0, EFD_NONBLOCK | EFD_CLOEXEC);
    if (inotify_ < 0 || wake_ < 0) {
        const std::string reason = std::strerror(errno);
        close_descriptors();
        throw Error("cannot watch files for changes: " + reason);
    }
    std::map<std::string, std::size_t> folder_of;  // folder, resolved -> index in folders_
    for (const fs::path& file : files) {
        const fs::path absolute = fs::absolute(file).lexically_normal();
        std::error_code ignored;
        // The folder resolved, so two spellings of one folder share a watch
        // (inotify would give both the same descriptor).
        const fs::path folder = fs::weakly_canonical(absolute.parent_path(), ignored);
        const std::string key = folder.string();
        auto [it, added] = folder_of.emplace(key, folders_.size());
        if (added) {
            const int descriptor = inotify_add_watch(inotify_, key.c_str(),
                                                     IN_CLOSE_WRITE | IN_MODIFY | IN_MOVED_TO | IN_MOVED_FROM |
                                                         IN_CREATE | IN_DELETE | IN_ATTRIB | IN_ONLYDIR);
            if (descriptor < 0) {
                const std::string reason = std::strerror(errno);
                close_descriptors();
                throw Error("cannot watch the folder " + key + " for changes: " + reason);
            }
            folders_.push_back({descriptor, {}});
        }
        folders_[it->second].files.emplace(absolute.filename().string(), file);
    }
}

FileWatcher::~FileWatcher() { close_descriptors(); }

void FileWatcher::close_descriptors() {
    if (inotify_ >= 0) ::close(inotify_);
    if (wake_ >= 0) ::close(wake_);
    inotify_ = wake_ = -1;
}

void FileWatcher::wake() {
    const std::uint64_t one = 1;
    [[maybe_unused]] const auto written = ::write(wake_, &one, sizeof one);
}

std::set<fs::path> FileWatcher::wait(std::chrono::milliseconds timeout) {
    std::set<fs::path> changed;
    std::array<pollfd, 2> waiting{{{inotify_, POLLIN, 0}, {wake_, POLLIN, 0}}};
    const int ready = ::poll(waiting.data(), waiting.size(), int(std::max<std::int64_t>(0, timeout.count())));
    if (ready <= 0) return changed;
    if (waiting[1].revents & POLLIN) {
        std::uint64_t wakes = 0;
        [[maybe_unused]] const auto read = ::read(wake_, &wakes, sizeof wakes);
        return changed;
    }
    alignas(inotify_event) std::array<char, 64 * 1024> buffer;
    for (;;) {
        const ssize_t length = ::read(inotify_, buffer.data(), buffer.size());
        if (length <= 0) break;  // EAGAIN: all read
        for (ssize_t at = 0; at < length;) {
            const auto* event = reinterpret_cast<const inotify_event*>(buffer.data() + at);
            at += ssize_t(sizeof(inotify_event) + event->len);
            if (event->len == 0) continue;  // the folder itself
            for (const Folder& folder : folders_)
                if (folder.descriptor == event->wd)
                    if (const fs::path* file = watched_by(folder.files, event->name)) changed.insert(*file);
        }
    }
    return changed;
}

}  // namespace coverplan::gis
