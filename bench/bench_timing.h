#pragma once
// Timing helpers of the plain timed benchmark programs (plan_bench,
// map_bench): wall-clock seconds and the median of repeated runs.

#include <algorithm>
#include <chrono>
#include <vector>

namespace coverplan::bench {

using Clock = std::chrono::steady_clock;

inline double seconds(Clock::time_point start) { return std::chrono::duration<double>(Clock::now() - start).count(); }

/// Runs work(0) .. work(repeats - 1) and returns the median wall time.
template <class F>
double median_of(int repeats, F&& work) {
    std::vector<double> times;
    for (int r = 0; r < repeats; ++r) {
        const auto start = Clock::now();
        work(r);
        times.push_back(seconds(start));
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

}  // namespace coverplan::bench
