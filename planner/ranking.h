#pragma once
// The two rankings and their components, named once. The project file's
// weight keys, `rank --weight`, the JSON, the ranking tables, `rank
// --explain`, the map legends and the desktop app's sliders all read this
// table; docs/scoring.md explains each component.

#include <array>
#include <cstddef>
#include <optional>
#include <string_view>

namespace coverplan::planner {

enum class RankingKind { Investment, Sales };
inline constexpr std::array<RankingKind, 2> kRankingKinds = {RankingKind::Investment, RankingKind::Sales};
const char* to_string(RankingKind kind);  ///< "investment", "sales"

/// Each ranking weighs four components.
inline constexpr std::size_t kComponents = 4;

/// How a component's raw figure becomes its 0..1 part of the score.
enum class Scaling {
    ByLargest,          ///< divided by the largest value over the zones; below 0 counts 0
    AboveOneByLargest,  ///< only the part above 1 (above average), divided by the largest such part
    Rate,               ///< a rate on 0..1 already, used as it is
};

struct RankingComponent {
    const char* key;    ///< "unserved_demand": the weight's key in the project file, JSON and --weight
    const char* label;  ///< "Unserved demand": what a person reads in a table, legend or slider
    const char* unit;   ///< the raw figure's unit: "leads", "nodes", "× average", "share", ...
    /// +1: a larger raw figure raises the score (every component: a ranking
    /// puts first the zone with the most to act on).
    int direction;
    Scaling scaling;
    const char* largest;  ///< what the largest raw figure (scaled to 1) counts, for explanations
};

/// The four components of a ranking, in the order of its weights and of
/// ZoneScore::raw / normalised.
const std::array<RankingComponent, kComponents>& ranking_components(RankingKind kind);

/// The component with this key in either ranking.
struct ComponentRef {
    RankingKind kind;
    std::size_t index;
};
std::optional<ComponentRef> find_component(std::string_view key);

/// Weights of one ranking, in ranking_components order. They need not sum to
/// 1: the score divides by their sum.
using Weights = std::array<double, kComponents>;

/// What the rankings are weighted with: the project file's [scoring.*]
/// weights, or a front end's (rank --weight, the desktop app's sliders).
struct RankingWeights {
    Weights investment = {0.40, 0.30, 0.15, 0.15};  ///< unserved_demand, exhaustion, complaints, growth
    Weights sales = {0.40, 0.30, 0.20, 0.10};       ///< spare_capacity, untapped_households, open_leads, quality

    Weights& of(RankingKind kind) { return kind == RankingKind::Investment ? investment : sales; }
    const Weights& of(RankingKind kind) const { return kind == RankingKind::Investment ? investment : sales; }
    bool operator==(const RankingWeights&) const = default;
};

}  // namespace coverplan::planner
