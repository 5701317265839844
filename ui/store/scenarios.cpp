#include "ui/store/scenarios.h"

#include <algorithm>

#include "gis/error.h"
#include "gis/table_store.h"
#include "ui/store/tables.h"
#include "ui/store/workspace.h"

namespace coverplan::store {

namespace {

using gis::Condition;
using gis::Row;

std::string text_of(const gis::FieldValue& value) {
    const auto* text = std::get_if<std::string>(&value);
    return text ? *text : std::string();
}

std::vector<Condition> by_project(const planner::Project& project) { return {{"project", Condition::Op::Equal, project.name}}; }

}  // namespace

std::optional<std::string> stored_scenario_name(std::string_view reference) {
    if (reference.substr(0, kStoredScenarioPrefix.size()) != kStoredScenarioPrefix) return std::nullopt;
    return std::string(reference.substr(kStoredScenarioPrefix.size()));
}

void store_scenario(const planner::Project& project, const planner::SavedScenario& scenario) {
    if (scenario.name.empty()) throw InputError("a scenario saved in the store needs a name (store:NAME)");
    const auto store = open_workspace(project.workspace, Access::Write);
    std::vector<Condition> key = by_project(project);
    key.push_back({"name", Condition::Op::Equal, scenario.name});
    const Row row = {project.name, scenario.name, scenario.author, scenario.note, utc_now(), store_user(*store),
                     planner::scenario_to_toml(scenario)};
    store->replace(scenarios_table(), key, std::span(&row, 1));
}

std::vector<StoredScenario> stored_scenarios(const planner::Project& project) {
    std::vector<StoredScenario> scenarios;
    const auto store = open_workspace(project.workspace, Access::Read);
    if (!store) return scenarios;  // a workspace nobody wrote yet
    const gis::TableSpec& table = scenarios_table();
    for (const Row& row : store->select(table, by_project(project)))
        scenarios.push_back({text_of(row[table.field_index("name")]), text_of(row[table.field_index("author")]),
                             text_of(row[table.field_index("note")]), text_of(row[table.field_index("saved_at")]),
                             text_of(row[table.field_index("saved_by")])});
    std::sort(scenarios.begin(), scenarios.end(), [](const auto& a, const auto& b) { return a.name < b.name; });
    return scenarios;
}

planner::SavedScenario read_stored_scenario(const planner::Project& project, const std::string& name) {
    const auto store = open_workspace(project.workspace, Access::Read);
    const std::string origin = std::string(kStoredScenarioPrefix) + name + " (" + project.workspace.display_name + ")";
    if (store) {
        std::vector<Condition> key = by_project(project);
        key.push_back({"name", Condition::Op::Equal, name});
        const auto rows = store->select(scenarios_table(), key);
        if (!rows.empty())
            return planner::parse_scenario_text(text_of(rows.front()[scenarios_table().field_index("content")]), origin);
    }
    std::string names;
    for (const StoredScenario& stored : stored_scenarios(project)) names += (names.empty() ? "" : ", ") + stored.name;
    throw InputError("no scenario named '" + name + "' in " + project.workspace.display_name + " for project '" +
                     project.name + "' (" + (names.empty() ? "it holds none" : "it holds: " + names) + ")");
}

planner::SavedScenario read_scenario(const planner::Project& project, const std::string& reference) {
    if (const auto name = stored_scenario_name(reference)) return read_stored_scenario(project, *name);
    return planner::read_scenario_file(reference);
}

}  // namespace coverplan::store
