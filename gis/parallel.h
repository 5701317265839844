#pragma once
// Splitting work across cores. Chunks are handed out dynamically, so the
// split differs run to run; callers write results by item index (or combine
// integer tallies), which keeps outputs identical whatever the thread count.

#include <cstddef>
#include <functional>

namespace coverplan::gis {

/// 0 means "all hardware threads".
unsigned resolve_threads(unsigned requested);

/// Calls work(worker, begin, end) over [0, n) in chunks of `grain` items on
/// `threads` workers (worker numbers 0..threads-1). Rethrows the first
/// exception a worker raised, after all workers stopped.
void parallel_for(std::size_t n, unsigned threads, std::size_t grain,
                  const std::function<void(unsigned worker, std::size_t begin, std::size_t end)>& work);

}  // namespace coverplan::gis
