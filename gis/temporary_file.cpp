#include "gis/temporary_file.h"

#include <fcntl.h>
#include <signal.h>
#include <unistd.h>

#include <array>
#include <atomic>
#include <cctype>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <mutex>
#include <optional>

#include "gis/error.h"

namespace coverplan::gis {

namespace fs = std::filesystem;

namespace {

constexpr std::string_view kMarker = ".coverplan-tmp-";
constexpr std::array<std::string_view, 3> kSqliteCompanions{"-journal", "-wal", "-shm"};

// --- the table the signal handler unlinks from -------------------------------
// A handler may only call async-signal-safe functions: no allocation, no
// locks. So live temporaries sit in a fixed table of fixed-size paths, each
// slot claimed and released with lock-free atomics; the handler reads only
// slots marked live. A run writes one or two outputs at a time, each with at
// most a handful of files, so 128 slots are plenty; a path that does not fit
// is not registered (the destructor and the next run's sweep still remove it).

enum SlotState : int { kFree = 0, kClaimed = 1, kLive = 2 };

struct Slot {
    std::atomic<int> state{kFree};
    char path[4096];
};

constexpr std::size_t kSlotCount = 128;
Slot g_slots[kSlotCount];
static_assert(std::atomic<int>::is_always_lock_free);

constexpr std::array<int, 3> kSignals{SIGINT, SIGTERM, SIGHUP};
struct sigaction g_previous[kSignals.size()];

void unlink_live_temporaries() noexcept {
    for (Slot& slot : g_slots)
        if (slot.state.load(std::memory_order_acquire) == kLive) ::unlink(slot.path);
}

extern "C" void on_terminating_signal(int signal, siginfo_t* info, void* context) {
    const int saved_errno = errno;
    unlink_live_temporaries();
    for (std::size_t i = 0; i < kSignals.size(); ++i) {
        if (kSignals[i] != signal) continue;
        const struct sigaction& previous = g_previous[i];
        if (previous.sa_flags & SA_SIGINFO) {
            previous.sa_sigaction(signal, info, context);
        } else if (previous.sa_handler != SIG_DFL && previous.sa_handler != SIG_IGN) {
            previous.sa_handler(signal);
        } else {
            // What the signal did before: end the process, with the signal
            // as its cause (the shell reports 130 / 143 as usual). The signal
            // is blocked while we run, so it is delivered when we return.
            sigaction(signal, &previous, nullptr);
            raise(signal);
        }
    }
    errno = saved_errno;
}

void install_signal_handlers() {
    static std::once_flag once;
    std::call_once(once, [] {
        for (std::size_t i = 0; i < kSignals.size(); ++i) {
            struct sigaction previous {};
            if (sigaction(kSignals[i], nullptr, &previous) != 0) continue;
            if (!(previous.sa_flags & SA_SIGINFO) && previous.sa_handler == SIG_IGN) continue;  // e.g. nohup's SIGHUP
            g_previous[i] = previous;
            struct sigaction ours {};
            ours.sa_sigaction = on_terminating_signal;
            ours.sa_flags = SA_SIGINFO | SA_RESTART;
            sigemptyset(&ours.sa_mask);
            sigaction(kSignals[i], &ours, nullptr);
        }
    });
}

int register_path(const fs::path& path) {
    install_signal_handlers();
    const std::string& text = path.native();
    if (text.size() >= sizeof(Slot::path)) return -1;
    for (std::size_t i = 0; i < kSlotCount; ++i) {
        int expected = kFree;
        if (!g_slots[i].state.compare_exchange_strong(expected, kClaimed, std::memory_order_acq_rel)) continue;
        std::memcpy(g_slots[i].path, text.c_str(), text.size() + 1);
        g_slots[i].state.store(kLive, std::memory_order_release);
        return static_cast<int>(i);
    }
    return -1;
}

void release_slot(int slot) noexcept {
    if (slot >= 0) g_slots[slot].state.store(kFree, std::memory_order_release);
}

// --- naming and syncing ------------------------------------------------------

std::optional<pid_t> temporary_owner(const std::string& name) {
    if (name.empty() || name.front() != '.') return std::nullopt;
    const std::size_t marker = name.rfind(kMarker);
    if (marker == std::string::npos) return std::nullopt;
    std::size_t i = marker + kMarker.size();
    const std::size_t pid_start = i;
    while (i < name.size() && std::isdigit(static_cast<unsigned char>(name[i]))) ++i;
    if (i == pid_start || i - pid_start > 9 || i >= name.size() || name[i] != '-') return std::nullopt;
    const pid_t pid = static_cast<pid_t>(std::stol(name.substr(pid_start, i - pid_start)));
    const std::size_t serial_start = ++i;
    while (i < name.size() && std::isdigit(static_cast<unsigned char>(name[i]))) ++i;
    if (i == serial_start) return std::nullopt;
    return pid;
}

bool process_is_gone(pid_t pid) { return pid > 0 && ::kill(pid, 0) != 0 && errno == ESRCH; }

/// Flushes a file (or a folder's entries) to disk. Folders on file systems
/// that cannot sync them (EINVAL) are let be.
void sync_to_disk(const fs::path& path, bool folder, const fs::path& target) {
    const int fd = ::open(path.c_str(), folder ? O_RDONLY | O_DIRECTORY : O_RDONLY);
    if (fd < 0) throw InputError(Location{target.string(), "", "", "", 0}, "cannot open " + path.string() + " to sync it: " + std::strerror(errno));
    const int result = ::fsync(fd);
    const int error = errno;
    ::close(fd);
    if (result != 0 && !(folder && (error == EINVAL || error == ENOTSUP)))
        throw InputError(Location{target.string(), "", "", "", 0},
                         "cannot sync " + path.filename().string() + " to disk: " + std::strerror(error));
}

fs::path folder_of(const fs::path& path) { return path.has_parent_path() ? path.parent_path() : fs::path("."); }

}  // namespace

bool is_temporary_name(const std::string& name) { return temporary_owner(name).has_value(); }

std::size_t remove_stale_temporaries(const fs::path& folder) {
    std::size_t removed = 0;
    std::error_code error;
    std::vector<fs::path> stale;
    for (fs::directory_iterator it(folder, error), end; !error && it != end; it.increment(error)) {
        const auto owner = temporary_owner(it->path().filename().string());
        std::error_code ignored;
        if (owner && *owner != ::getpid() && process_is_gone(*owner) && !it->is_directory(ignored)) stale.push_back(it->path());
    }
    for (const auto& path : stale) {
        std::error_code ignored;
        if (fs::remove(path, ignored)) ++removed;
    }
    return removed;
}

TemporaryFile::TemporaryFile(const fs::path& target, std::vector<std::string> sidecars)
    : target_(target), sidecars_(std::move(sidecars)) {
    const fs::path folder = folder_of(target_);
    std::error_code error;
    if (!fs::is_directory(folder, error))
        throw InputError(Location{target_.string(), "", "", "", 0}, "the output folder " + folder.string() + " does not exist");
    remove_stale_temporaries(folder);
    static std::atomic<unsigned> serial{0};
    path_ = folder / ("." + target_.stem().string() + std::string(kMarker) + std::to_string(::getpid()) + "-" +
                      std::to_string(serial++) + target_.extension().string());
    slots_.push_back(register_path(path_));
    for (const auto& companion : kSqliteCompanions) slots_.push_back(register_path(path_.string() + std::string(companion)));
    for (const auto& extension : sidecars_) slots_.push_back(register_path(fs::path(path_).replace_extension(extension)));
}

TemporaryFile::~TemporaryFile() {
    if (!done_) discard();
}

void TemporaryFile::discard() noexcept {
    std::error_code ignored;
    fs::remove(path_, ignored);
    for (const auto& companion : kSqliteCompanions) fs::remove(path_.string() + std::string(companion), ignored);
    for (const auto& extension : sidecars_) fs::remove(fs::path(path_).replace_extension(extension), ignored);
    for (int slot : slots_) release_slot(slot);
    slots_.clear();
    done_ = true;
}

void TemporaryFile::commit() {
    const Location where{target_.string(), "", "", "", 0};
    std::error_code error;
    // Every file of the set the writer created moves onto the target's; one it
    // did not create (a table without geometry is a lone .dbf) is removed from
    // beside the target, or a stale .shp or .prj would pair with the new file.
    std::vector<std::pair<fs::path, fs::path>> moves;  // the main file last: it appears when all is in place
    std::vector<fs::path> stale;
    for (std::size_t i = 0; i <= sidecars_.size(); ++i) {
        const bool main = i == sidecars_.size();
        const fs::path from = main ? path_ : fs::path(path_).replace_extension(sidecars_[i]);
        const fs::path to = main ? target_ : fs::path(target_).replace_extension(sidecars_[i]);
        if (fs::is_regular_file(from, error))
            moves.emplace_back(from, to);
        else
            stale.push_back(to);
    }
    if (done_ || moves.empty()) throw InputError(where, "the file was not written");
    for (const auto& path : stale) fs::remove(path, error);
    for (const auto& [from, to] : moves) sync_to_disk(from, false, target_);
    for (const auto& [from, to] : moves) {
        fs::rename(from, to, error);
        if (error) throw InputError(where, "cannot move the finished file into place: " + error.message());
    }
    sync_to_disk(folder_of(target_), true, target_);
    for (int slot : slots_) release_slot(slot);
    slots_.clear();
    done_ = true;
    // SQLite removes its companions when the database closes; a crash between
    // would leave them, so they go too.
    for (const auto& companion : kSqliteCompanions) fs::remove(path_.string() + std::string(companion), error);
}

void write_file_atomically(const std::filesystem::path& target, std::string_view content, const std::string& what) {
    TemporaryFile out(target);
    {
        std::ofstream file(out.path(), std::ios::binary);
        file.write(content.data(), std::streamsize(content.size()));
        if (!file.flush()) throw InputError(Location{target.string(), "", "", "", 0}, "cannot write the " + what);
    }
    out.commit();
}

}  // namespace coverplan::gis
