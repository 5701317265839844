#pragma once
// Two scenarios side by side against the baseline (the plan of the data):
// per zone the rank and score of both rankings in each, per changed node
// its capacity, utilisation and the month it runs out in each. The CLI's
// `scenario --compare` lays this out as text, JSON and tables; another front
// end reads the same rows.

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "planner/scenario.h"

namespace coverplan::planner {

/// The three columns of a comparison.
enum class Side { Baseline = 0, A = 1, B = 2 };
inline constexpr std::array<Side, 3> kSides = {Side::Baseline, Side::A, Side::B};

/// A zone's place in both rankings on one side.
struct ZoneStanding {
    double investment_score = 0;
    std::int32_t investment_rank = 0;
    double sales_score = 0;
    std::int32_t sales_rank = 0;
    double score(RankingKind kind) const { return kind == RankingKind::Investment ? investment_score : sales_score; }
    std::int32_t rank(RankingKind kind) const { return kind == RankingKind::Investment ? investment_rank : sales_rank; }
};

struct ComparedZone {
    std::uint32_t zone = 0;                   ///< index into Dataset::zones
    std::array<ZoneStanding, 3> standing;     ///< by Side
    std::array<bool, 2> recomputed{};         ///< A, B recomputed the zone's figures (else only its rank moved)
    const ZoneStanding& on(Side side) const { return standing[std::size_t(side)]; }
};

/// A node on one side; `exists` is false for a side without it (a new
/// node on the baseline and on the other scenario).
struct NodeStanding {
    bool exists = false;
    std::optional<double> capacity, used;
    std::optional<double> utilization;            ///< used / capacity now
    std::optional<double> projected_utilization;  ///< at the forecast horizon
    Day exhausts_on = kNoDay;                     ///< the first day of the month it runs out, within the horizon
};

struct ComparedNode {
    /// The data's node id; a new node is named by its scenario and its id
    /// there ("A:new-1"), since each scenario numbers its own new nodes.
    std::string node_id;
    TechIndex technology = kAnyTechnology;
    std::array<bool, 2> changed{};            ///< A, B changed the node (or built it)
    std::array<NodeStanding, 3> standing;     ///< by Side
    const NodeStanding& on(Side side) const { return standing[std::size_t(side)]; }
};

struct SideBySide {
    /// Zones A or B recomputed, or whose investment or sales rank differs
    /// from the baseline in A or B (ranks are relative), by baseline
    /// investment rank.
    std::vector<ComparedZone> zones;
    /// The data's nodes A or B changed, in the data's order, then A's new
    /// nodes, then B's.
    std::vector<ComparedNode> nodes;
    std::array<RankingWeights, 3> weights;  ///< what each side was ranked with, by Side
};

/// Compares the outcomes of two scenarios applied to `baseline` (built on
/// `data`), each ranked with its own weights.
SideBySide side_by_side(const Dataset& data, const Plan& baseline, const ScenarioOutcome& a, const ScenarioOutcome& b);

/// "A" or "B" ("baseline" for the baseline).
const char* side_name(Side side);

}  // namespace coverplan::planner
