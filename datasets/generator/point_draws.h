#pragma once
// What the point layers (subscribers.cpp, leads.cpp, complaints.cpp,
// orders.cpp) draw with: ids, dates that grow towards as_of, weighted
// choices and nodes picked by weight. Internal to the generator.

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <string>
#include <utility>
#include <vector>

#include "model.h"
#include "random.h"

namespace coverplan::datasets::draws {

inline const std::int64_t kAsOfDay = days_from_civil(2026, 11, 30);

inline std::string make_id(const char* prefix, std::int64_t n, int width) {
    char buffer[48];
    std::snprintf(buffer, sizeof buffer, "%s%0*lld", prefix, width, static_cast<long long>(n));
    return buffer;
}

/// Fraction in [0, 1) with density growing like exp(rate * t).
inline double growing(Rng& rng, double rate) {
    const double u = rng.uniform();
    if (rate < 1e-9) return u;
    return std::log1p(u * std::expm1(rate)) / rate;
}

/// Days before as_of (0 = as_of) within a window, recent days likelier.
inline std::int64_t days_ago(Rng& rng, std::int64_t window, double rate) {
    const double t = growing(rng, rate);  // 1 = now
    return std::clamp<std::int64_t>(static_cast<std::int64_t>((1.0 - t) * window), 0, window - 1);
}

inline double growth_rate(Kind kind) {
    switch (kind) {
        case Kind::City: return 0.9;
        case Kind::Industrial: return 2.4;
        case Kind::Town: return 1.1;
        case Kind::Village: return 0.7;
        case Kind::Background: return 0.5;
    }
    return 1.0;
}

template <class T>
const T& weighted(Rng& rng, const std::vector<std::pair<T, double>>& items) {
    double total = 0;
    for (const auto& item : items) total += item.second;
    double r = rng.uniform() * total;
    for (const auto& item : items) {
        if (r < item.second) return item.first;
        r -= item.second;
    }
    return items.back().first;
}

/// Nodes with a positive weight each, drawn in proportion to it.
struct NodePicker {
    std::vector<std::uint32_t> ids;
    AliasTable table;
    bool empty() const { return ids.empty(); }
    const Node& draw(const Province& p, Rng& rng) const { return p.nodes[ids[table.draw(rng)]]; }
};

template <class W>
NodePicker picker(const Province& p, W weight) {
    NodePicker out;
    std::vector<double> w;
    for (std::uint32_t i = 0; i < p.nodes.size(); ++i) {
        const double x = weight(p.nodes[i]);
        if (x > 0) {
            out.ids.push_back(i);
            w.push_back(x);
        }
    }
    out.table = AliasTable(w);
    return out;
}

inline std::size_t tech_index(Tech t) { return static_cast<std::size_t>(t); }

}  // namespace coverplan::datasets::draws
