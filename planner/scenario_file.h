#pragma once
// A saved scenario: the changes of a what-if (ports added to nodes, nodes
// planned at a place, other ranking weights) with who made it, why and
// when, as TOML text. The same text is a file (`coverplan scenario PROJECT
// --scenario FILE`, the desktop app's File > Open scenario…) or a row of a
// shared store, so parsing and writing work on strings; the file functions
// only wrap them. New nodes keep their place in WGS 84 longitude/latitude,
// so a file runs on any project whatever its working CRS.
// docs/data-model.md ("Scenario files") describes the format.

#include <array>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "planner/dataset.h"
#include "planner/scenario.h"

namespace coverplan::planner {

/// Ports added to a node of the coverage layer ([[add_capacity]]).
struct SavedCapacity {
    std::string node_id;
    double ports = 0;  ///< negative removes
    int line = 0;      ///< where it was read (0: not read from a file)
    bool operator==(const SavedCapacity& other) const { return node_id == other.node_id && ports == other.ports; }
};

/// A planned node ([[new_node]]): a circle of radius_m metres around lon, lat.
struct SavedNode {
    double lon = 0, lat = 0;  ///< WGS 84 degrees
    double radius_m = 0;
    double capacity = 0;      ///< ports
    std::string technology;   ///< empty: serves every technology
    int line = 0;
    bool operator==(const SavedNode& other) const {
        return lon == other.lon && lat == other.lat && radius_m == other.radius_m && capacity == other.capacity &&
               technology == other.technology;
    }
};

/// Ranking weights a scenario sets ([weights]); the components it leaves
/// out keep the project file's, as with `rank --weight NAME=W`.
struct WeightOverrides {
    std::array<std::optional<double>, kComponents> investment{}, sales{};

    std::array<std::optional<double>, kComponents>& of(RankingKind kind) {
        return kind == RankingKind::Investment ? investment : sales;
    }
    const std::array<std::optional<double>, kComponents>& of(RankingKind kind) const {
        return kind == RankingKind::Investment ? investment : sales;
    }
    bool empty() const;
    /// `weights` with every override set.
    RankingWeights applied_to(RankingWeights weights) const;
    /// The components of `to` that differ from `from`.
    static WeightOverrides difference(const RankingWeights& from, const RankingWeights& to);
    bool operator==(const WeightOverrides&) const = default;
};

struct SavedScenario {
    std::string origin;  ///< the file (or store row) it was read from, for messages; empty when built in memory
    std::string name, author, note;
    /// When it was saved: a TOML date-time or date as text
    /// ("2026-12-01T09:30:00+07:00", "2026-12-01"); empty: not recorded.
    std::string created;
    std::vector<SavedCapacity> added_capacity;
    std::vector<SavedNode> new_nodes;
    WeightOverrides weights;

    bool changes_nothing() const { return added_capacity.empty() && new_nodes.empty() && weights.empty(); }
    /// Same name, author, note, date and changes (where each was read is not compared).
    bool operator==(const SavedScenario& other) const {
        return name == other.name && author == other.author && note == other.note && created == other.created &&
               added_capacity == other.added_capacity && new_nodes == other.new_nodes && weights == other.weights;
    }
};

/// Parses a scenario's TOML text. `origin_name` names it in messages (a
/// file's path, "store: north") and becomes SavedScenario::origin. Throws
/// InputError naming origin_name, the line and what was expected: a TOML
/// syntax error, an unknown section or key (a typo must not drop a change
/// silently), a value of the wrong type or out of range (longitude,
/// latitude, radius and capacity above 0, weights >= 0), a missing required
/// key, or a scenario without any change. What only the data can refuse
/// (an unknown node or technology) is checked by apply_saved_scenario().
SavedScenario parse_scenario_text(std::string_view text, const std::string& origin_name);

/// The scenario as TOML text, commented for a person, which
/// parse_scenario_text() reads back to an equal SavedScenario (numbers in
/// their shortest exact form). Throws InputError when a text is not UTF-8
/// or `created` is not a TOML date-time or date, or a number is not finite.
std::string scenario_to_toml(const SavedScenario& scenario);

/// Reads a scenario file (parse_scenario_text with the path as origin); a
/// scenario without a name takes the file's stem. Throws InputError naming
/// the file when it cannot be read.
SavedScenario read_scenario_file(const std::filesystem::path& file);

/// Writes scenario_to_toml(scenario) to `target` atomically
/// (gis::TemporaryFile). The caller checks the target first
/// (exporting::prepare_output: never an input of the run).
void write_scenario_file(const SavedScenario& scenario, const std::filesystem::path& target);

/// The changes in one line of English, for headings and tables: "+64 ports
/// on N1; new ftth node of 128 ports, 600 m around 106.21, 21.28; weights
/// growth = 0.4".
std::string changes_text(const SavedScenario& scenario);

/// Now in local time with its offset, as `created` holds it
/// ("2026-12-01T09:30:00+07:00"; "…Z" in UTC).
std::string local_timestamp();

/// The scenario's changes on `data`: new nodes moved into the working CRS,
/// weights set on top of the project file's. Throws InputError at the
/// change's line when a place cannot be moved into the working CRS.
Scenario scenario_for(const SavedScenario& saved, const Dataset& data);

/// apply_scenario(data, before, scenario_for(saved, data)); a change the
/// data refuses is reported at its line of the file (InputError naming
/// origin and line, with the planner's reason).
ScenarioOutcome apply_saved_scenario(const Dataset& data, const Plan& before, const SavedScenario& saved);

/// The other way: a scenario built on `data` (the desktop app's tools) as
/// a SavedScenario without name or date, new nodes' centres in WGS 84, and
/// the components of `weights` that differ from the project file's.
SavedScenario saved_changes(const Scenario& scenario, const Dataset& data, const RankingWeights& weights);

}  // namespace coverplan::planner
