#pragma once
// Portable randomness for the generator. std::mt19937_64 is fully specified
// by the standard, so its raw output is the same everywhere; the standard
// distributions are not, so the few we need are written here on top of the
// raw 64-bit words. Same seed and arguments => same data on every platform
// (up to libm's last-bit differences in log/cos, which the generator
// absorbs by rounding every output coordinate).

#include <cmath>
#include <cstdint>
#include <cstdio>
#include <numbers>
#include <random>
#include <string>
#include <vector>

namespace coverplan::datasets {

/// SplitMix64 finaliser: turns (seed, stream tag) into a well-mixed engine seed.
inline std::uint64_t mix64(std::uint64_t z) {
    z += 0x9e3779b97f4a7c15ULL;
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

/// Stream tag from a short name, so every layer draws from its own stream and
/// changing one layer's count leaves the others untouched.
inline std::uint64_t stream_tag(const char* name) {
    std::uint64_t h = 1469598103934665603ULL;  // FNV-1a
    for (const char* p = name; *p; ++p) h = (h ^ static_cast<unsigned char>(*p)) * 1099511628211ULL;
    return h;
}

/// High 64 bits of a 64x64-bit product (portable, no __int128).
inline std::uint64_t mulhi(std::uint64_t a, std::uint64_t b) {
    const std::uint64_t a_lo = a & 0xffffffffu, a_hi = a >> 32, b_lo = b & 0xffffffffu, b_hi = b >> 32;
    const std::uint64_t p0 = a_lo * b_lo, p1 = a_lo * b_hi, p2 = a_hi * b_lo, p3 = a_hi * b_hi;
    const std::uint64_t mid = (p0 >> 32) + (p1 & 0xffffffffu) + (p2 & 0xffffffffu);
    return p3 + (p1 >> 32) + (p2 >> 32) + (mid >> 32);
}

class Rng {
public:
    Rng(std::uint64_t seed, const char* stream) : engine_(mix64(seed ^ mix64(stream_tag(stream)))) {}

    std::uint64_t bits() { return engine_(); }
    /// Uniform in [0, 1) with 53 random bits.
    double uniform() { return static_cast<double>(engine_() >> 11) * 0x1.0p-53; }
    double uniform(double lo, double hi) { return lo + (hi - lo) * uniform(); }
    /// Uniform integer in [0, n) (multiply-shift; bias < 2^-40 for our n).
    std::uint64_t below(std::uint64_t n) {
        return mulhi(engine_(), n);
    }
    /// Uniform integer in [lo, hi], inclusive.
    std::int64_t between(std::int64_t lo, std::int64_t hi) {
        return lo + static_cast<std::int64_t>(below(static_cast<std::uint64_t>(hi - lo + 1)));
    }
    bool chance(double p) { return uniform() < p; }
    /// Standard normal (Box-Muller, one value per call).
    double normal() {
        const double u1 = 1.0 - uniform();  // (0, 1]
        const double u2 = uniform();
        return std::sqrt(-2.0 * std::log(u1)) * std::cos(2.0 * std::numbers::pi * u2);
    }
    /// An element of a list, uniformly.
    template <class T>
    const T& pick(const std::vector<T>& items) {
        return items[below(items.size())];
    }

private:
    std::mt19937_64 engine_;
};

/// Walker/Vose alias table: O(1) draws from a fixed discrete distribution.
class AliasTable {
public:
    AliasTable() = default;
    explicit AliasTable(const std::vector<double>& weights) {
        const std::size_t n = weights.size();
        prob_.assign(n, 0.0);
        alias_.assign(n, 0);
        double total = 0;
        for (double w : weights) total += w > 0 ? w : 0;
        if (n == 0 || total <= 0) {
            prob_.assign(n, 1.0);
            return;
        }
        std::vector<double> scaled(n);
        std::vector<std::uint32_t> small, large;
        for (std::size_t i = 0; i < n; ++i) {
            scaled[i] = (weights[i] > 0 ? weights[i] : 0) * static_cast<double>(n) / total;
            (scaled[i] < 1.0 ? small : large).push_back(static_cast<std::uint32_t>(i));
        }
        while (!small.empty() && !large.empty()) {
            const auto s = small.back();
            small.pop_back();
            const auto l = large.back();
            prob_[s] = scaled[s];
            alias_[s] = l;
            scaled[l] = (scaled[l] + scaled[s]) - 1.0;
            if (scaled[l] < 1.0) {
                large.pop_back();
                small.push_back(l);
            }
        }
        for (auto i : large) prob_[i] = 1.0;
        for (auto i : small) prob_[i] = 1.0;
    }
    std::size_t size() const { return prob_.size(); }
    bool empty() const { return prob_.empty(); }
    std::size_t draw(Rng& rng) const {
        const std::size_t i = rng.below(prob_.size());
        return rng.uniform() < prob_[i] ? i : alias_[i];
    }

private:
    std::vector<double> prob_;
    std::vector<std::uint32_t> alias_;
};

// ---- calendar (proleptic Gregorian, days since 1970-01-01) ----

inline std::int64_t days_from_civil(int y, int m, int d) {
    y -= m <= 2;
    const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = static_cast<unsigned>(y - era * 400);
    const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + static_cast<unsigned>(d) - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + static_cast<std::int64_t>(doe) - 719468;
}

inline std::string iso_date(std::int64_t z) {
    z += 719468;
    const std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    const unsigned doe = static_cast<unsigned>(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const std::int64_t y0 = static_cast<std::int64_t>(yoe) + era * 400;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    const unsigned d = doy - (153 * mp + 2) / 5 + 1;
    const unsigned m = mp < 10 ? mp + 3 : mp - 9;
    const std::int64_t y = y0 + (m <= 2);
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02u", static_cast<int>(y), m, d);
    return buffer;
}

}  // namespace coverplan::datasets
