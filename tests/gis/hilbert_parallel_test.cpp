// hilbert.h and parallel.h: the ordering is a permutation sorted by the
// curve, the curve is a real Hilbert curve, and parallel_for covers every
// index exactly once and rethrows a worker's exception.

#include <atomic>
#include <chrono>
#include <mutex>
#include <numeric>
#include <random>
#include <set>
#include <stdexcept>
#include <thread>
#include <vector>

#include <gtest/gtest.h>

#include "gis/hilbert.h"
#include "gis/parallel.h"

namespace coverplan::gis {
namespace {

TEST(Hilbert, OrderIsAPermutationSortedAlongTheCurve) {
    std::mt19937 rng(11);
    std::uniform_real_distribution<double> coordinate(-1000, 5000);
    std::vector<double> x(10000), y(10000);
    for (std::size_t i = 0; i < x.size(); ++i) {
        x[i] = coordinate(rng);
        y[i] = coordinate(rng);
    }
    // Some exact duplicates, to exercise ties.
    for (std::size_t i = 0; i < 100; ++i) {
        x[5000 + i] = x[i];
        y[5000 + i] = y[i];
    }
    const auto order = hilbert_order(x, y);
    ASSERT_EQ(order.size(), x.size());
    std::vector<std::uint32_t> sorted(order.begin(), order.end());
    std::sort(sorted.begin(), sorted.end());
    for (std::uint32_t i = 0; i < sorted.size(); ++i) ASSERT_EQ(sorted[i], i);

    const double minx = *std::min_element(x.begin(), x.end()), maxx = *std::max_element(x.begin(), x.end());
    const double miny = *std::min_element(y.begin(), y.end()), maxy = *std::max_element(y.begin(), y.end());
    for (std::size_t k = 1; k < order.size(); ++k) {
        const auto a = hilbert_index(x[order[k - 1]], y[order[k - 1]], minx, miny, maxx, maxy);
        const auto b = hilbert_index(x[order[k]], y[order[k]], minx, miny, maxx, maxy);
        ASSERT_LE(a, b) << k;
        if (a == b) {
            ASSERT_LT(order[k - 1], order[k]) << "ties by index, at " << k;
        }
    }
}

TEST(Hilbert, DegenerateInputs) {
    EXPECT_TRUE(hilbert_order({}, {}).empty());
    const std::vector<double> one{3.0};
    EXPECT_EQ(hilbert_order(one, one), (std::vector<std::uint32_t>{0}));
    // All points equal (a zero-size box): index order.
    const std::vector<double> same(50, 7.5);
    std::vector<std::uint32_t> identity(50);
    std::iota(identity.begin(), identity.end(), 0u);
    EXPECT_EQ(hilbert_order(same, same), identity);
    // Points on a vertical line (zero width box).
    std::vector<double> xs(20, 1.0), ys(20);
    for (std::size_t i = 0; i < ys.size(); ++i) ys[i] = double(19 - i);
    auto order = hilbert_order(xs, ys);
    std::sort(order.begin(), order.end());
    EXPECT_EQ(order, std::vector<std::uint32_t>(identity.begin(), identity.begin() + 20));
}

TEST(Hilbert, IndexIsAHilbertCurve) {
    // With the box [0, 65535]² a coordinate is its own cell. The 256 x 256
    // lower-left block must hold exactly the first 65,536 curve positions,
    // and consecutive positions must be edge neighbours.
    constexpr int side = 256;
    std::vector<std::pair<int, int>> cell_at(side * side, {-1, -1});
    for (int cx = 0; cx < side; ++cx)
        for (int cy = 0; cy < side; ++cy) {
            const std::uint32_t d = hilbert_index(cx, cy, 0, 0, 65535, 65535);
            ASSERT_LT(d, std::uint32_t(side * side)) << cx << ", " << cy;
            ASSERT_EQ(cell_at[d].first, -1) << "position " << d << " twice";
            cell_at[d] = {cx, cy};
        }
    EXPECT_EQ(cell_at[0], std::make_pair(0, 0));
    for (std::size_t d = 1; d < cell_at.size(); ++d) {
        const int step = std::abs(cell_at[d].first - cell_at[d - 1].first) + std::abs(cell_at[d].second - cell_at[d - 1].second);
        ASSERT_EQ(step, 1) << "positions " << d - 1 << " and " << d << " are not neighbours";
    }
    // The whole range: corners of the box, values clamped outside it.
    EXPECT_EQ(hilbert_index(0, 0, 0, 0, 1, 1), 0u);
    EXPECT_GE(hilbert_index(1, 0, 0, 0, 1, 1), 3u << 30);  // last quadrant
    EXPECT_EQ(hilbert_index(-5, -5, 0, 0, 1, 1), 0u);
    EXPECT_EQ(hilbert_index(7, 0, 0, 0, 1, 1), hilbert_index(1, 0, 0, 0, 1, 1));
}

// --- parallel_for --------------------------------------------------------------------

TEST(Parallel, ResolveThreads) {
    EXPECT_EQ(resolve_threads(1), 1u);
    EXPECT_EQ(resolve_threads(7), 7u);
    EXPECT_EQ(resolve_threads(0), std::max(1u, std::thread::hardware_concurrency()));
}

TEST(Parallel, EveryIndexExactlyOnce) {
    for (unsigned threads : {1u, 2u, 7u, 0u}) {
        for (std::size_t n : {std::size_t(0), std::size_t(1), std::size_t(5), std::size_t(100), std::size_t(1000),
                              std::size_t(4097)}) {
            for (std::size_t grain : {std::size_t(0), std::size_t(1), std::size_t(3), std::size_t(64), std::size_t(5000)}) {
                std::vector<std::atomic<int>> seen(n);
                std::atomic<bool> bad_chunk{false}, bad_worker{false};
                const unsigned workers = resolve_threads(threads);
                parallel_for(n, threads, grain, [&](unsigned worker, std::size_t begin, std::size_t end) {
                    if (worker >= workers) bad_worker = true;
                    if (!(begin < end && end <= n)) bad_chunk = true;
                    if (workers > 1 && n > std::max<std::size_t>(grain, 1) && end - begin > std::max<std::size_t>(grain, 1))
                        bad_chunk = true;
                    for (std::size_t i = begin; i < end; ++i) ++seen[i];
                });
                EXPECT_FALSE(bad_worker) << threads << " " << n << " " << grain;
                EXPECT_FALSE(bad_chunk) << threads << " " << n << " " << grain;
                for (std::size_t i = 0; i < n; ++i)
                    ASSERT_EQ(seen[i].load(), 1) << "index " << i << " threads " << threads << " n " << n << " grain " << grain;
            }
        }
    }
}

TEST(Parallel, SeveralWorkersReallyRun) {
    std::mutex mutex;
    std::set<unsigned> workers;
    std::set<std::thread::id> ids;
    parallel_for(64, 2, 1, [&](unsigned worker, std::size_t, std::size_t) {
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
        std::lock_guard lock(mutex);
        workers.insert(worker);
        ids.insert(std::this_thread::get_id());
    });
    EXPECT_EQ(workers, (std::set<unsigned>{0, 1}));
    EXPECT_EQ(ids.size(), 2u);
}

TEST(Parallel, RethrowsAWorkersExceptionAfterAllStopped) {
    for (unsigned threads : {1u, 2u, 7u}) {
        // The very first chunk fails; every other chunk takes 1 ms, so
        // finishing the rest would take at least 999 / (threads - 1) ms.
        std::atomic<int> chunks{0}, running{0};
        try {
            parallel_for(1000, threads, 1, [&](unsigned, std::size_t begin, std::size_t) {
                ++chunks;
                if (begin == 0) throw std::invalid_argument("bad item 0");
                ++running;
                std::this_thread::sleep_for(std::chrono::milliseconds(1));
                --running;
            });
            ADD_FAILURE() << "no exception, threads " << threads;
        } catch (const std::invalid_argument& error) {
            EXPECT_STREQ(error.what(), "bad item 0");
        }
        // When parallel_for returns, no worker is still inside `work` ...
        EXPECT_EQ(running.load(), 0) << threads;
        // ... and the other workers stopped instead of finishing the range.
        EXPECT_LT(chunks.load(), 500) << threads;
        if (threads == 1) {
            EXPECT_EQ(chunks.load(), 1);
        }
    }
}

TEST(Parallel, FirstOfSeveralExceptions) {
    try {
        parallel_for(1000, 7, 1, [&](unsigned, std::size_t begin, std::size_t) {
            throw std::runtime_error("item " + std::to_string(begin));
        });
        ADD_FAILURE() << "no exception";
    } catch (const std::runtime_error& error) {
        EXPECT_EQ(std::string(error.what()).rfind("item ", 0), 0u);
    }
}

}  // namespace
}  // namespace coverplan::gis
