#pragma once
// Progress and cancel for long operations (loading a dataset, building a
// plan): a front end passes a callback and a flag, the library reports the
// stages it goes through and checks the flag often (every few thousand
// points in the readers and the overlay's workers, between stages), so a
// cancel is answered within a fraction of a second at 10^7 points.
//
// The operation makes its Progress current with a ProgressScope; the loops
// deep inside the readers and parallel_for's workers then call
// check_cancelled() without every function taking a parameter.

#include <atomic>
#include <cstddef>
#include <functional>
#include <stdexcept>
#include <string_view>

namespace coverplan::gis {

/// Thrown when the caller's cancel flag is set: the operation stopped and its
/// result is gone. Not an error: neither InputError nor Error.
class Cancelled : public std::exception {
public:
    const char* what() const noexcept override { return "cancelled"; }
};

/// Called with the stage starting ("reading subscribers", "overlay", ...),
/// the number of stages already done and the total; the last call has
/// done == total. Calls come from the thread that started the operation,
/// never concurrently, with `done` never decreasing.
using ProgressCallback = std::function<void(std::string_view stage, std::size_t done, std::size_t total)>;

struct Progress {
    ProgressCallback report;                     ///< may be empty
    const std::atomic<bool>* cancel = nullptr;   ///< set to true (from any thread) to stop; may be null
};

/// Makes `progress` the current one of this thread for the scope's life
/// (restoring the previous one after); parallel_for hands it to its workers.
class ProgressScope {
public:
    explicit ProgressScope(const Progress* progress);
    ~ProgressScope();
    ProgressScope(const ProgressScope&) = delete;
    ProgressScope& operator=(const ProgressScope&) = delete;

private:
    const Progress* previous_;
};

/// The current thread's Progress, or null.
const Progress* current_progress();

/// Throws Cancelled when the current Progress's flag is set. Cheap (a
/// thread-local read and a relaxed load): loops call it every few thousand items.
void check_cancelled();

/// Checks the flag, then reports a stage to the current Progress (if any).
void report_stage(std::string_view stage, std::size_t done, std::size_t total);

}  // namespace coverplan::gis
