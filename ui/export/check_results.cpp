#include "ui/export/check_results.h"

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <cmath>
#include <optional>

#include "gis/crs.h"
#include "gis/error.h"
#include "gis/number_format.h"
#include "gis/utf8.h"
#include "gis/vector_writer.h"
#include "ui/export/reader_words.h"
#include "ui/export/table_writer.h"

namespace coverplan::exporting {

using planner::CheckResult;
using planner::Dataset;
using planner::Serviceability;
using planner::TechnologyAnswer;

namespace {

nlohmann::ordered_json optional_quantity(const std::optional<double>& value) {
    return value ? quantity_json(*value) : nlohmann::ordered_json();
}

/// A sheet of `fields`: text, whole numbers, numbers and dates as the layer holds them.
Table table_of(const std::string& name, const std::vector<gis::FieldDef>& fields) {
    Table table;
    table.name = name;
    for (const gis::FieldDef& field : fields) {
        const bool whole = field.type == gis::FieldType::Integer || field.type == gis::FieldType::Boolean;
        const ColumnType type = whole                                 ? ColumnType::Integer
                                : field.type == gis::FieldType::Real  ? ColumnType::Real
                                : field.type == gis::FieldType::Date  ? ColumnType::Date
                                                                      : ColumnType::Text;
        const int decimals = field.name == "spare" ? 0 : field.name == "distance_m" ? 1 : 6;  // ports; metres; degrees
        table.columns.push_back({field.name, type, decimals, ""});
    }
    return table;
}

nlohmann::ordered_json date_json(planner::Day day) {
    return day == planner::kNoDay ? nlohmann::ordered_json() : nlohmann::ordered_json(planner::format_date(day));
}

nlohmann::ordered_json technology_json(const Dataset& data, planner::TechIndex t) {
    return t == planner::kAnyTechnology ? nlohmann::ordered_json() : nlohmann::ordered_json(data.technology_name(t));
}

/// The per-technology part of an answer: status first, then (after the
/// caller's zone keys) serving node, date, nodes and the nearest node.
void add_status(nlohmann::ordered_json& out, const TechnologyAnswer& answer) {
    out["status"] = planner::to_string(answer.verdict.status);
}

void add_nodes(nlohmann::ordered_json& out, const Dataset& data, const TechnologyAnswer& answer) {
    const auto& verdict = answer.verdict;
    const bool covered = verdict.status != Serviceability::NotCovered;
    out["serving_node"] = covered && verdict.node >= 0 ? nlohmann::ordered_json(data.nodes.ids[verdict.node]) : nlohmann::ordered_json();
    out["planned_date"] = date_json(verdict.planned_date);
    out["nodes"] = nlohmann::ordered_json::array();
    for (std::uint32_t n : answer.nodes) out["nodes"].push_back(node_json(data, n));
    if (!covered && verdict.node >= 0) {
        const auto n = static_cast<std::uint32_t>(verdict.node);
        out["nearest_node"] = {{"node_id", data.nodes.ids[n]},
                               {"distance_m", std::round(verdict.distance_m * 10) / 10},
                               {"technology", technology_json(data, data.nodes.technology[n])},
                               {"status", data.nodes.status[n] == planner::NodeStatus::Live ? "live" : "planned"}};
    } else {
        out["nearest_node"] = nullptr;
    }
}

std::string value_text(const gis::FieldValue& value) {
    if (const auto* text = std::get_if<std::string>(&value)) return *text;
    if (const auto* whole = std::get_if<std::int64_t>(&value)) return std::to_string(*whole);
    if (const auto* real = std::get_if<double>(&value)) return gis::format_fixed(*real, 6);
    return "";
}

using Clock = std::chrono::steady_clock;
double seconds_since(Clock::time_point start) { return std::chrono::duration<double>(Clock::now() - start).count(); }

}  // namespace

nlohmann::ordered_json quantity_json(double value) {
    if (std::isfinite(value) && value == std::floor(value) && std::abs(value) < 9e15)
        return static_cast<std::int64_t>(value);
    return value;
}

nlohmann::ordered_json node_json(const Dataset& data, std::uint32_t n) {
    const auto& nodes = data.nodes;
    return {{"node_id", nodes.ids[n]},
            {"technology", technology_json(data, nodes.technology[n])},
            {"status", nodes.status[n] == planner::NodeStatus::Live ? "live" : "planned"},
            {"spare", optional_quantity(nodes.spare(n))},
            {"capacity", optional_quantity(nodes.capacity[n])},
            {"used", optional_quantity(nodes.used[n])},
            {"planned_date", date_json(nodes.planned_date[n])}};
}

nlohmann::ordered_json check_json(const Dataset& data, const CheckResult& result, double lat, double lon) {
    nlohmann::ordered_json out;
    add_status(out, result.answer);
    out["technology"] = technology_json(data, result.answer.technology);
    const bool inside = result.zone >= 0;
    out["zone_id"] = inside ? nlohmann::ordered_json(data.zones.ids[result.zone]) : nlohmann::ordered_json();
    out["zone_name"] = inside ? nlohmann::ordered_json(data.zones.names[result.zone]) : nlohmann::ordered_json();
    const std::string team = inside ? data.zones.teams[result.zone] : std::string();
    out["team"] = team.empty() ? nlohmann::ordered_json() : nlohmann::ordered_json(team);
    add_nodes(out, data, result.answer);
    out["location"] = {{"lat", lat}, {"lon", lon}};
    if (!result.by_technology.empty()) {
        out["technologies"] = nlohmann::ordered_json::array();
        for (const auto& answer : result.by_technology) {
            nlohmann::ordered_json one;
            one["technology"] = technology_json(data, answer.technology);
            add_status(one, answer);
            add_nodes(one, data, answer);
            out["technologies"].push_back(std::move(one));
        }
    }
    return out;
}

OutputFormats batch_check_formats(const gis::LayerSource& input) {
    // The output layer takes the input's name: the layer named, else GDAL's
    // name for a one-layer file, its stem.
    const std::string layer = input.layer.empty() ? std::filesystem::path(input.source).stem().string() : input.layer;
    std::vector<std::string> extensions = gis::vector_extensions();
    extensions.emplace_back(".xlsx");
    return {extensions, {layer}};
}

BatchCheckSummary check_layer(const planner::ServiceChecker& checker, const gis::LayerSource& input,
                              const std::string& target, const BatchCheckOptions& options) {
    const Dataset& data = checker.data();
    auto report = [&](const char* stage, std::size_t done, std::size_t total) {
        if (options.progress) options.progress(stage, done, total);
    };
    BatchCheckSummary summary;
    // A workbook is written by the shared table writer (print set-up, typed
    // cells); every other format by GDAL.
    const bool workbook = gis::lowercase(std::filesystem::path(target).extension().string()) == ".xlsx";
    if (!workbook) gis::driver_for_target(target);  // an unknown extension fails before the reading, not after

    // One technology for every row, or each row's own.
    std::optional<planner::TechIndex> common = planner::kAnyTechnology;
    if (!options.technology.empty()) {
        common = planner::find_technology(data, options.technology);
        if (!common)
            throw InputError("unknown technology '" + options.technology + "' (the project has: " +
                             planner::technology_list(data) + ")");
    }

    auto start = Clock::now();
    report("read", 0, 0);
    gis::PointRows rows = gis::read_point_rows(input, data.working_crs);
    summary.read_s = seconds_since(start);
    summary.rows = rows.size();
    summary.layer = rows.layer;
    summary.coordinates = rows.coordinates;
    report("read", rows.size(), rows.size());

    int tech_column = -1;
    if (!options.technology_field.empty()) {
        for (std::size_t f = 0; f < rows.fields.size(); ++f)
            if (gis::lowercase(rows.fields[f].name) == gis::lowercase(options.technology_field)) tech_column = static_cast<int>(f);
        if (tech_column < 0) {
            std::string names;
            for (const auto& field : rows.fields) names += (names.empty() ? "" : ", ") + field.name;
            throw InputError(Location{input.display_name, rows.layer, "", options.technology_field, 0},
                             "no such field for the technology (fields: " + names + ")");
        }
    }

    // The rows that can be checked, with their technology.
    std::vector<std::size_t> usable;
    std::vector<double> xs, ys;
    std::vector<planner::TechIndex> techs;
    for (std::size_t i = 0; i < rows.size(); ++i) {
        if (!rows.problems[i].empty()) continue;
        planner::TechIndex tech = *common;
        if (tech_column >= 0) {
            const std::string name = value_text(rows.columns[tech_column][i]);
            const auto found = planner::find_technology(data, name);
            if (!found) {
                rows.problems[i] = "unknown technology '" + name + "' (the project has: " + planner::technology_list(data) + ")";
                continue;
            }
            tech = *found;
        }
        usable.push_back(i);
        xs.push_back(rows.x[i]);
        ys.push_back(rows.y[i]);
        techs.push_back(tech);
    }
    summary.unchecked = rows.size() - usable.size();

    start = Clock::now();
    std::vector<std::int32_t> zones;
    const std::vector<planner::CheckVerdict> verdicts = checker.check_points(
        xs, ys, techs, options.threads, zones, [&](std::size_t done) { report("check", done, usable.size()); });
    summary.check_s = seconds_since(start);

    start = Clock::now();
    // A CSV keeps the input's own coordinate columns; other formats carry the
    // point (in the working CRS, like every Coverplan output). A CSV of points
    // that came from a geometry gets lon and lat, or it would lose where they are.
    const bool table = workbook || gis::driver_for_target(target) == "CSV";
    const bool adds_lonlat = table && rows.coordinates == "geometry";
    std::vector<const char*> added(kCheckColumns.begin(), kCheckColumns.end());
    std::vector<gis::FieldType> types = {gis::FieldType::String, gis::FieldType::String, gis::FieldType::String,
                                         gis::FieldType::String, gis::FieldType::String, gis::FieldType::Integer,
                                         gis::FieldType::Real,   gis::FieldType::Date,   gis::FieldType::String};
    if (adds_lonlat) {
        added.insert(added.begin(), {"lon", "lat"});
        types.insert(types.begin(), {gis::FieldType::Real, gis::FieldType::Real});
    }
    std::vector<gis::FieldDef> fields = rows.fields;
    for (auto& field : fields)
        if (std::find_if(added.begin(), added.end(), [&](const char* name) { return gis::lowercase(field.name) == name; }) !=
            added.end())
            field.name = "input_" + field.name;
    for (std::size_t c = 0; c < added.size(); ++c) fields.push_back({added[c], types[c]});
    std::optional<gis::LonLatConverter> to_lonlat;
    if (adds_lonlat) to_lonlat.emplace(data.working_crs);
    std::vector<std::string> layer_options;
    summary.unindexed = !table && !gis::indexes_point_layer(target, rows.size());
    if (summary.unindexed) layer_options.push_back("SPATIAL_INDEX=NO");
    if (table) layer_options.push_back("STRING_QUOTING=IF_NEEDED");  // 106.2 stays 106.2, not "106.2"
    std::optional<gis::VectorWriter> writer;
    gis::VectorWriter::Layer* layer = nullptr;
    Table sheet;
    if (workbook) {
        sheet = table_of(rows.layer, fields);
    } else {
        writer.emplace(target, data.working_crs);
        layer = &writer->create_layer(rows.layer, table ? gis::GeometryType::None : gis::GeometryType::Point, fields,
                                      layer_options);
    }
    std::vector<gis::FieldValue> row(fields.size());
    const std::size_t first_location = rows.fields.size();
    const std::size_t first_added = first_location + (adds_lonlat ? 2 : 0);
    std::size_t next_usable = 0;
    for (std::size_t i = 0; i < rows.size(); ++i) {
        for (std::size_t f = 0; f < first_location; ++f) row[f] = std::move(rows.columns[f][i]);
        std::fill(row.begin() + first_location, row.end(), gis::FieldValue());
        if (to_lonlat && std::isfinite(rows.x[i])) {
            const auto [lon, lat] = to_lonlat->to_lonlat(rows.x[i], rows.y[i]);
            row[first_location] = lon;
            row[first_location + 1] = lat;
        }
        const bool checked = next_usable < usable.size() && usable[next_usable] == i;
        if (checked) {
            const planner::CheckVerdict& verdict = verdicts[next_usable];
            const std::int32_t zone = zones[next_usable];
            ++next_usable;
            ++summary.by_status[static_cast<std::size_t>(verdict.status)];
            row[first_added] = std::string(planner::to_string(verdict.status));
            if (zone >= 0) {
                row[first_added + 1] = data.zones.ids[zone];
                row[first_added + 2] = data.zones.names[zone];
                row[first_added + 3] = data.zones.teams[zone];
            }
            if (verdict.node >= 0) {
                row[first_added + 4] = data.nodes.ids[verdict.node];
                if (auto spare = data.nodes.spare(verdict.node)) row[first_added + 5] = std::int64_t(std::llround(*spare));
                // To the decimetre: the service areas' outlines are not truer than that.
                row[first_added + 6] = std::round(verdict.distance_m * 10) / 10;
            }
            if (verdict.planned_date != planner::kNoDay) row[first_added + 7] = planner::format_date(verdict.planned_date);
        } else {
            row[first_added + 8] = rows.problems[i];
        }
        if (workbook)
            sheet.rows.push_back(row);
        else if (!table && std::isfinite(rows.x[i]))
            layer->add_point(rows.x[i], rows.y[i], row);
        else
            layer->add_row(row);
        if ((i + 1) % 65536 == 0) report("write", i + 1, rows.size());
    }
    if (workbook)
        write_tables({sheet}, target, {reader_word("Workbook", "Serviceability checks"), data.project.name, data.project.as_of, ""});
    else
        writer->commit();
    report("write", rows.size(), rows.size());
    summary.write_s = seconds_since(start);
    return summary;
}

}  // namespace coverplan::exporting
