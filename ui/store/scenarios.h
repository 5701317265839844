#pragma once
// Saved scenarios kept in the project's store (the workspace GeoPackage or
// the shared PostGIS schema), so colleagues open the scenario a planner
// saved: the same TOML text a scenario file holds (planner/scenario_file.h),
// one row per project and name. Everywhere a scenario file is taken, the
// command line also takes "store:NAME".

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "planner/project.h"
#include "planner/scenario_file.h"

namespace coverplan::store {

/// "store:NAME" names a scenario of the project's store.
inline constexpr std::string_view kStoredScenarioPrefix = "store:";

/// NAME when `reference` is "store:NAME"; nothing for a file.
std::optional<std::string> stored_scenario_name(std::string_view reference);

/// Saves `scenario` under its name (replacing one of that name), with who
/// saved it and when. Throws InputError naming the store when it cannot.
void store_scenario(const planner::Project& project, const planner::SavedScenario& scenario);

/// The scenario saved under `name`; throws InputError naming the store and
/// the names it holds when there is none.
planner::SavedScenario read_stored_scenario(const planner::Project& project, const std::string& name);

struct StoredScenario {
    std::string name, author, note, saved_at, saved_by;
};

/// The project's saved scenarios, by name.
std::vector<StoredScenario> stored_scenarios(const planner::Project& project);

/// A scenario file, or "store:NAME".
planner::SavedScenario read_scenario(const planner::Project& project, const std::string& reference);

}  // namespace coverplan::store
