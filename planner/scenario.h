#pragma once
// What-if: add ports to a node or a new node with a service area, and see the
// plan after. Only what the change touches is recomputed: the leads the
// changed nodes cover, the zones they reach, their models; then every zone
// is re-ranked (ranks are relative).

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "gis/error.h"
#include "planner/plan.h"

namespace coverplan::planner {

struct CapacityChange {
    std::string node_id;
    double ports = 0;  ///< added to the node's capacity (negative removes)
};

/// A node built as if live today, with nothing used yet.
struct NewNode {
    double x = 0, y = 0;   ///< centre, working CRS
    double radius_m = 0;   ///< service area: a circle of this radius
    double capacity = 0;   ///< ports
    std::string technology;  ///< one of Dataset::technologies; empty serves every technology
};

struct Scenario {
    std::vector<CapacityChange> added_capacity;
    std::vector<NewNode> new_nodes;
    /// Weights the outcome is ranked with; empty: those `before` was ranked with.
    std::optional<RankingWeights> weights = std::nullopt;
};

/// A change of a scenario the data refuses (an unknown node or technology,
/// ports on a node without capacity, too many removed, a new node without
/// radius or capacity): which change, so that a front end can say where it
/// was written (the line of a scenario file).
class ScenarioChangeError : public InputError {
public:
    enum class Kind { AddedCapacity, NewNode };
    ScenarioChangeError(Kind kind, std::size_t index, const std::string& message)
        : InputError(message), kind_(kind), index_(index) {}
    Kind kind() const { return kind_; }
    std::size_t index() const { return index_; }  ///< into Scenario::added_capacity or new_nodes

private:
    Kind kind_;
    std::size_t index_;
};

struct ScenarioOutcome {
    Nodes nodes;  ///< the changed network; new nodes appended with ids "new-1", "new-2", ...
    Plan plan;    ///< the plan on that network (parallel to `nodes`); clusters are not recomputed (left empty)
    std::vector<std::uint32_t> changed_nodes;   ///< ascending
    std::vector<std::uint32_t> affected_zones;  ///< zones whose figures were recomputed, ascending
};

/// The zones a scenario's before → after is shown for.
struct ScenarioComparison {
    std::vector<std::uint32_t> recomputed;  ///< the zones whose figures the change recomputed, ascending
    /// Every other zone whose investment or sales rank moved (ranks are
    /// relative: a change elsewhere moves them), ascending.
    std::vector<std::uint32_t> rank_moved;
};

/// Compares the plan a scenario started from with its outcome.
ScenarioComparison compare_scenario(const Plan& before, const ScenarioOutcome& outcome);

/// Applies the scenario to a plan built by build_plan() on `data`, and ranks
/// the outcome with the scenario's weights (else `before`'s). Throws
/// ScenarioChangeError for an unknown node id or technology, a node without
/// capacity in the data, or a non-positive radius or capacity.
ScenarioOutcome apply_scenario(const Dataset& data, const Plan& before, const Scenario& scenario);

/// A deep copy of a network (GEOS geometries cloned).
Nodes copy_nodes(const Nodes& nodes);

}  // namespace coverplan::planner
