#include "gis/parallel.h"

#include "gis/progress.h"

#include <algorithm>
#include <atomic>
#include <exception>
#include <mutex>
#include <thread>
#include <vector>

namespace coverplan::gis {

unsigned resolve_threads(unsigned requested) {
    if (requested > 0) return requested;
    return std::max(1u, std::thread::hardware_concurrency());
}

void parallel_for(std::size_t n, unsigned threads, std::size_t grain,
                  const std::function<void(unsigned, std::size_t, std::size_t)>& work) {
    threads = resolve_threads(threads);
    grain = std::max<std::size_t>(grain, 1);
    // The caller's cancel flag is checked before every chunk, in every worker.
    const Progress* progress = current_progress();
    if (threads == 1 || n <= grain) {
        for (std::size_t begin = 0; begin < n; begin += grain) {
            check_cancelled();
            work(0, begin, std::min(n, begin + grain));
        }
        return;
    }
    std::atomic<std::size_t> next{0};
    std::exception_ptr failure;
    std::mutex failure_mutex;
    auto run = [&](unsigned worker) {
        ProgressScope scope(progress);
        try {
            for (;;) {
                check_cancelled();
                const std::size_t begin = next.fetch_add(grain);
                if (begin >= n) break;
                work(worker, begin, std::min(n, begin + grain));
            }
        } catch (...) {
            std::lock_guard lock(failure_mutex);
            if (!failure) failure = std::current_exception();
            next = n;
        }
    };
    std::vector<std::thread> pool;
    for (unsigned w = 1; w < threads; ++w) pool.emplace_back(run, w);
    run(0);
    for (auto& t : pool) t.join();
    if (failure) std::rethrow_exception(failure);
}

}  // namespace coverplan::gis
