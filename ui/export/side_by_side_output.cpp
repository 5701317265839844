#include "ui/export/side_by_side_output.h"

#include <algorithm>
#include <filesystem>

#include "gis/error.h"
#include "gis/utf8.h"
#include "planner/calendar.h"

namespace coverplan::exporting {

using planner::ComparedNode;
using planner::ComparedZone;
using planner::kSides;
using planner::NodeStanding;
using planner::RankingKind;
using planner::Side;

namespace {

constexpr std::array<const char*, 3> kPrefix = {"baseline", "a", "b"};
constexpr std::array<const char*, 3> kTitle = {"baseline", "A", "B"};

/// The three columns of one figure: baseline_NAME, a_NAME, b_NAME.
void add_sided(std::vector<TableColumn>& columns, const std::string& name, ColumnType type, int decimals,
               const std::string& title) {
    for (std::size_t s = 0; s < 3; ++s)
        columns.push_back({std::string(kPrefix[s]) + "_" + name, type, decimals, title + " (" + kTitle[s] + ")"});
}

Cell optional_cell(const std::optional<double>& value) { return value ? Cell(*value) : Cell(); }

Cell text_cell(const std::string& text) { return text.empty() ? Cell() : Cell(text); }

Cell date_cell(planner::Day day) { return day == planner::kNoDay ? Cell() : Cell(planner::format_date(day)); }

Table zone_table(const planner::Dataset& data, const planner::SideBySide& compared) {
    Table table;
    table.name = "compare_zones";
    table.crs = data.working_crs;
    table.columns = {{"zone_id", ColumnType::Text, 0, "Zone"},
                     {"zone_name", ColumnType::Text, 0, "Name"},
                     {"a_recomputed", ColumnType::Integer, 0, "Recomputed by A"},
                     {"b_recomputed", ColumnType::Integer, 0, "Recomputed by B"}};
    for (RankingKind kind : planner::kRankingKinds) {
        const std::string name = planner::to_string(kind);
        const std::string title = kind == RankingKind::Investment ? "Investment" : "Sales";
        add_sided(table.columns, name + "_rank", ColumnType::Integer, 0, title + " rank");
        add_sided(table.columns, name + "_score", ColumnType::Real, 3, title + " score");
    }
    for (const ComparedZone& row : compared.zones) {
        std::vector<Cell> cells = {data.zones.ids[row.zone], data.zones.names[row.zone], std::int64_t(row.recomputed[0]),
                                   std::int64_t(row.recomputed[1])};
        for (RankingKind kind : planner::kRankingKinds) {
            for (Side side : kSides) cells.emplace_back(std::int64_t(row.on(side).rank(kind)));
            for (Side side : kSides) cells.emplace_back(row.on(side).score(kind));
        }
        table.rows.push_back(std::move(cells));
        table.geometries.push_back(data.zones.geometries[row.zone].get());
    }
    return table;
}

Table node_table(const planner::Dataset& data, const planner::SideBySide& compared) {
    Table table;
    table.name = "compare_nodes";
    table.columns = {{"node_id", ColumnType::Text, 0, "Node"},
                     {"technology", ColumnType::Text, 0, "Technology"},
                     {"a_changed", ColumnType::Integer, 0, "Changed by A"},
                     {"b_changed", ColumnType::Integer, 0, "Changed by B"}};
    add_sided(table.columns, "capacity", ColumnType::Real, 0, "Capacity");
    add_sided(table.columns, "used", ColumnType::Real, 0, "Used");
    add_sided(table.columns, "utilization", ColumnType::Percent, 1, "Utilisation");
    add_sided(table.columns, "projected_utilization", ColumnType::Percent, 1, "Projected utilisation");
    add_sided(table.columns, "exhausts_on", ColumnType::Date, 0, "Runs out");
    for (const ComparedNode& node : compared.nodes) {
        std::vector<Cell> cells = {node.node_id, data.technology_name(node.technology), std::int64_t(node.changed[0]),
                                   std::int64_t(node.changed[1])};
        for (auto figure : {&NodeStanding::capacity, &NodeStanding::used, &NodeStanding::utilization,
                            &NodeStanding::projected_utilization})
            for (Side side : kSides) cells.push_back(optional_cell(node.on(side).*figure));
        for (Side side : kSides) cells.push_back(date_cell(node.on(side).exhausts_on));
        table.rows.push_back(std::move(cells));
    }
    return table;
}

Table scenario_table(const planner::Dataset& data, const ComparedFiles& files) {
    Table table;
    table.name = "compare_scenarios";
    table.columns = {{"side", ColumnType::Text, 0, "Side"},       {"name", ColumnType::Text, 0, "Name"},
                     {"author", ColumnType::Text, 0, "Author"},   {"created", ColumnType::Text, 0, "Saved"},
                     {"note", ColumnType::Text, 0, "Note"},       {"changes", ColumnType::Text, 0, "Changes"},
                     {"file", ColumnType::Text, 0, "File"}};
    table.rows.push_back({std::string("baseline"), "the data as it is (" + data.project.name + ")", Cell(), Cell(), Cell(),
                          Cell(), data.project.file.string()});
    for (Side side : {Side::A, Side::B}) {
        const planner::SavedScenario& scenario = files.of(side);
        table.rows.push_back({std::string(kTitle[std::size_t(side)]), text_cell(scenario.name), text_cell(scenario.author),
                              text_cell(scenario.created), text_cell(scenario.note),
                              text_cell(planner::changes_text(scenario)), text_cell(scenario.origin)});
    }
    return table;
}

nlohmann::json optional_json(const std::optional<double>& value) {
    return value ? nlohmann::json(*value) : nlohmann::json(nullptr);
}

nlohmann::json weights_json(const planner::RankingWeights& weights) {
    nlohmann::json out;
    for (RankingKind kind : planner::kRankingKinds)
        for (std::size_t c = 0; c < planner::kComponents; ++c)
            out[planner::to_string(kind)][planner::ranking_components(kind)[c].key] = weights.of(kind)[c];
    return out;
}

nlohmann::json node_json(const NodeStanding& node) {
    if (!node.exists) return nullptr;
    return {{"capacity", optional_json(node.capacity)},
            {"used", optional_json(node.used)},
            {"utilization", optional_json(node.utilization)},
            {"projected_utilization", optional_json(node.projected_utilization)},
            {"exhausts_on", node.exhausts_on == planner::kNoDay ? nlohmann::json(nullptr)
                                                                : nlohmann::json(planner::format_date(node.exhausts_on))}};
}

}  // namespace

std::vector<Table> side_by_side_tables(const planner::Dataset& data, const planner::SideBySide& compared,
                                       const ComparedFiles& files) {
    return {zone_table(data, compared), node_table(data, compared), scenario_table(data, files)};
}

OutputFormats side_by_side_formats() {
    OutputFormats formats = table_formats({"compare_zones", "compare_nodes", "compare_scenarios"});
    formats.extensions.erase(std::remove(formats.extensions.begin(), formats.extensions.end(), ".geojson"),
                             formats.extensions.end());
    return formats;
}

std::vector<std::string> side_by_side_targets(const std::string& target) {
    const std::filesystem::path path(target);
    if (target.rfind("PG:", 0) == 0 || gis::lowercase(path.extension().string()) != ".csv") return {target};
    return {target, (path.parent_path() / (path.stem().string() + "_nodes" + path.extension().string())).string()};
}

void write_side_by_side(const std::vector<Table>& tables, const std::string& target) {
    const std::vector<std::string> targets = side_by_side_targets(target);
    if (target.rfind("PG:", 0) != 0 && gis::lowercase(std::filesystem::path(target).extension().string()) == ".geojson")
        throw InputError(Location{target, "", "", "", 0},
                         "a comparison is written as .csv, .xlsx, .gpkg or to a PG: database, not as GeoJSON");
    if (targets.size() == 1) {
        write_tables(tables, target);
        return;
    }
    write_tables({tables[1]}, targets[1]);  // a CSV file holds one table: the nodes beside the zones
    write_tables({tables[0]}, targets[0]);
}

nlohmann::json side_by_side_json(const planner::Dataset& data, const planner::SideBySide& compared,
                                 const ComparedFiles& files) {
    nlohmann::json scenarios;
    for (Side side : {Side::A, Side::B}) {
        const planner::SavedScenario& scenario = files.of(side);
        scenarios[kPrefix[std::size_t(side)]] = {{"file", scenario.origin},
                                                 {"name", scenario.name},
                                                 {"author", scenario.author},
                                                 {"note", scenario.note},
                                                 {"created", scenario.created},
                                                 {"changes", planner::changes_text(scenario)},
                                                 {"weights", weights_json(compared.weights[std::size_t(side)])}};
    }
    nlohmann::json zones = nlohmann::json::array();
    for (const ComparedZone& row : compared.zones) {
        nlohmann::json zone = {{"zone_id", data.zones.ids[row.zone]},
                               {"zone_name", data.zones.names[row.zone]},
                               {"recomputed", {{"a", row.recomputed[0]}, {"b", row.recomputed[1]}}}};
        for (RankingKind kind : planner::kRankingKinds)
            for (Side side : kSides)
                zone[planner::to_string(kind)][kPrefix[std::size_t(side)]] = {{"rank", row.on(side).rank(kind)},
                                                                               {"score", row.on(side).score(kind)}};
        zones.push_back(std::move(zone));
    }
    nlohmann::json nodes = nlohmann::json::array();
    for (const ComparedNode& node : compared.nodes) {
        nlohmann::json row = {{"node_id", node.node_id},
                              {"technology", data.technology_name(node.technology)},
                              {"changed", {{"a", node.changed[0]}, {"b", node.changed[1]}}}};
        for (Side side : kSides) row[kPrefix[std::size_t(side)]] = node_json(node.on(side));
        nodes.push_back(std::move(row));
    }
    return {{"project", data.project.name},
            {"as_of", data.project.as_of},
            {"baseline", {{"weights", weights_json(compared.weights[0])}}},
            {"scenarios", scenarios},
            {"zones", zones},
            {"nodes", nodes}};
}

}  // namespace coverplan::exporting
