#include "planner/scenario_file.h"

#include <toml++/toml.h>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <ctime>
#include <fstream>
#include <iterator>

#include "gis/crs.h"
#include "gis/number_format.h"
#include "gis/temporary_file.h"
#include "gis/utf8.h"

namespace coverplan::planner {

namespace {

const std::vector<std::string> kSections = {"scenario", "add_capacity", "new_node", "weights"};

std::string join(const std::vector<std::string>& items) {
    std::string text;
    for (const auto& item : items) text += (text.empty() ? "" : ", ") + item;
    return text;
}

std::vector<std::string> weight_keys() {
    std::vector<std::string> keys;
    for (RankingKind kind : kRankingKinds)
        for (const RankingComponent& component : ranking_components(kind)) keys.push_back(component.key);
    return keys;
}

int line_of(const toml::node& node) { return static_cast<int>(node.source().begin.line); }

/// A TOML date or date-time as the text that writes it again ("2026-12-01",
/// "2026-12-01T09:30:00+07:00"); nothing for any other value.
std::optional<std::string> date_text(const toml::node& node) {
    char text[64];
    auto date_part = [&](const toml::date& d) {
        std::snprintf(text, sizeof text, "%04d-%02d-%02d", int(d.year), int(d.month), int(d.day));
        return std::string(text);
    };
    if (const auto* date = node.as_date()) return date_part(date->get());
    const auto* value = node.as_date_time();
    if (!value) return std::nullopt;
    const toml::date_time& stamp = value->get();
    std::string out = date_part(stamp.date);
    std::snprintf(text, sizeof text, "T%02d:%02d:%02d", int(stamp.time.hour), int(stamp.time.minute), int(stamp.time.second));
    out += text;
    if (stamp.time.nanosecond) {
        std::snprintf(text, sizeof text, ".%09d", int(stamp.time.nanosecond));
        std::string fraction(text);
        while (fraction.back() == '0') fraction.pop_back();
        out += fraction;
    }
    if (stamp.offset) {
        const int minutes = stamp.offset->minutes;
        if (minutes == 0) return out + "Z";
        std::snprintf(text, sizeof text, "%c%02d:%02d", minutes < 0 ? '-' : '+', std::abs(minutes) / 60, std::abs(minutes) % 60);
        out += text;
    }
    return out;
}

/// Reads one scenario text, failing with its origin and the line.
class ScenarioReader {
public:
    explicit ScenarioReader(std::string origin) : origin_(std::move(origin)) {}

    [[noreturn]] void fail_at(int line, const std::string& reason) const {
        throw InputError(Location{origin_, "", "", "", line}, reason);
    }
    [[noreturn]] void fail(const toml::node& node, const std::string& reason) const { fail_at(line_of(node), reason); }

    void only_keys(const toml::table& table, const std::string& section, const std::vector<std::string>& allowed) const {
        for (const auto& [key, node] : table) {
            const std::string name(key.str());
            if (std::find(allowed.begin(), allowed.end(), name) == allowed.end())
                fail(node, "unknown key '" + name + "' in " + section + " (expected: " + join(allowed) + ")");
        }
    }

    std::string text(const toml::table& table, const std::string& key, const std::string& section,
                     const std::string& what) const {
        const toml::node* node = table.get(key);
        if (!node) return "";
        if (auto value = node->value<std::string>()) return *value;
        fail(*node, "'" + key + "' in " + section + " must be " + what + " in quotes");
    }

    /// A required number passing `good`; `expected` says what it must be.
    double number(const toml::table& table, const std::string& key, const std::string& section,
                  const std::string& expected, bool (*good)(double)) const {
        const toml::node* node = table.get(key);
        if (!node) fail(table, section + " needs '" + key + "' (" + expected + ")");
        // An integer is taken whole: toml++ gives an integer beyond 2^53 as a
        // double only when exact, and the writer spells a large whole double
        // as an integer (a fuzzer's finding: radius_m = 6666666666666667008).
        const auto value = node->is_integer() ? std::optional<double>(double(*node->value<std::int64_t>()))
                           : node->is_floating_point() ? node->value<double>()
                                                       : std::nullopt;
        if (!value) fail(*node, "'" + key + "' in " + section + " must be " + expected);
        if (!std::isfinite(*value) || !good(*value))
            fail(*node, "'" + key + "' in " + section + " must be " + expected + ", not " + gis::format_shortest(*value));
        // -0.0 becomes 0: written back as "-0" it would read as the integer 0,
        // and the file would not be written the same twice (a fuzzer's finding).
        return *value + 0.0;
    }

    /// The tables of [[name]]; none when the file has no such section.
    std::vector<const toml::table*> tables(const toml::table& root, const std::string& name, const std::string& form) const {
        const toml::node* node = root.get(name);
        if (!node) return {};
        const toml::array* array = node->as_array();
        if (!array || !array->is_array_of_tables())
            fail(*node, name + " must be written [[" + name + "]], one table per change (" + form + ")");
        std::vector<const toml::table*> out;
        for (const toml::node& element : *array) out.push_back(element.as_table());
        return out;
    }

private:
    std::string origin_;
};

void read_metadata(const ScenarioReader& reader, const toml::table& root, SavedScenario& scenario) {
    const toml::node* node = root.get("scenario");
    if (!node) return;
    const toml::table* meta = node->as_table();
    if (!meta) reader.fail(*node, "[scenario] must be a table (name, author, note, created)");
    reader.only_keys(*meta, "[scenario]", {"name", "author", "note", "created"});
    scenario.name = reader.text(*meta, "name", "[scenario]", "the scenario's name");
    scenario.author = reader.text(*meta, "author", "[scenario]", "the author's name");
    scenario.note = reader.text(*meta, "note", "[scenario]", "text");
    if (const toml::node* created = meta->get("created")) {
        const auto text = date_text(*created);
        if (!text)
            reader.fail(*created, "'created' in [scenario] must be a date or date-time like 2026-12-01T09:30:00+07:00 "
                                  "(no quotes)");
        scenario.created = *text;
    }
}

void read_capacity(const ScenarioReader& reader, const toml::table& root, SavedScenario& scenario) {
    const std::string section = "[[add_capacity]]";
    for (const toml::table* table : reader.tables(root, "add_capacity", "node = \"FTTH-0042\", ports = 64")) {
        reader.only_keys(*table, section, {"node", "ports"});
        SavedCapacity change;
        change.line = line_of(*table);
        if (!table->get("node")) reader.fail(*table, section + " needs 'node' (the id of a node of the coverage layer)");
        change.node_id = reader.text(*table, "node", section, "a node id");
        if (change.node_id.empty()) reader.fail(*table->get("node"), "'node' in " + section + " is empty");
        change.ports = reader.number(*table, "ports", section, "a number of ports, negative to remove",
                                     [](double) { return true; });
        scenario.added_capacity.push_back(std::move(change));
    }
}

void read_new_nodes(const ScenarioReader& reader, const toml::table& root, SavedScenario& scenario) {
    const std::string section = "[[new_node]]";
    for (const toml::table* table :
         reader.tables(root, "new_node", "lon = 106.21, lat = 21.28, radius_m = 600, capacity = 128, technology = \"ftth\"")) {
        reader.only_keys(*table, section, {"lon", "lat", "radius_m", "capacity", "technology"});
        SavedNode node;
        node.line = line_of(*table);
        node.lon = reader.number(*table, "lon", section, "a longitude in degrees between -180 and 180 (WGS 84)",
                                 [](double v) { return v >= -180 && v <= 180; });
        node.lat = reader.number(*table, "lat", section, "a latitude in degrees between -90 and 90 (WGS 84)",
                                 [](double v) { return v >= -90 && v <= 90; });
        node.radius_m = reader.number(*table, "radius_m", section, "a number of metres above 0",
                                      [](double v) { return v > 0; });
        node.capacity = reader.number(*table, "capacity", section, "a number of ports above 0",
                                      [](double v) { return v > 0; });
        node.technology = reader.text(*table, "technology", section, "a technology of the data (e.g. \"ftth\")");
        scenario.new_nodes.push_back(std::move(node));
    }
}

void read_weights(const ScenarioReader& reader, const toml::table& root, SavedScenario& scenario) {
    const toml::node* node = root.get("weights");
    if (!node) return;
    const toml::table* table = node->as_table();
    if (!table) reader.fail(*node, "[weights] must be a table of weights (unserved_demand = 0.5, ...)");
    const std::vector<std::string> keys = weight_keys();
    for (const auto& [key, value] : *table) {
        const std::string name(key.str());
        const auto component = find_component(name);
        if (!component) reader.fail(value, "unknown weight '" + name + "' in [weights] (expected: " + join(keys) + ")");
        scenario.weights.of(component->kind)[component->index] =
            reader.number(*table, name, "[weights]", "a number >= 0", [](double v) { return v >= 0; });
    }
}

/// A TOML basic string: quotes, backslashes and control characters escaped, the rest as it is.
std::string quoted(const std::string& text, const char* what) {
    if (gis::invalid_utf8_at(text)) throw InputError(std::string("the scenario's ") + what + " is not UTF-8 text");
    std::string out = "\"";
    for (const char c : text) {
        const auto byte = static_cast<unsigned char>(c);
        if (c == '"') out += "\\\"";
        else if (c == '\\') out += "\\\\";
        else if (c == '\n') out += "\\n";
        else if (c == '\t') out += "\\t";
        else if (c == '\r') out += "\\r";
        else if (byte < 0x20 || byte == 0x7f) {
            char escape[8];
            std::snprintf(escape, sizeof escape, "\\u%04X", unsigned(byte));
            out += escape;
        } else {
            out += c;
        }
    }
    return out + "\"";
}

std::string number(double value, const char* what) {
    if (!std::isfinite(value)) throw InputError(std::string("the scenario's ") + what + " is not a finite number");
    // A whole number beyond a 64-bit integer is spelt with an exponent: as
    // digits alone TOML would read an integer too large to hold (a fuzzer's
    // finding: radius_m = 666666666666166666e2).
    if (std::abs(value) >= 0x1p63) {
        char text[64];
        const auto result = std::to_chars(text, text + sizeof text, value, std::chars_format::scientific);
        return std::string(text, result.ptr);
    }
    return gis::format_shortest(value);
}

}  // namespace

bool WeightOverrides::empty() const {
    auto none = [](const auto& values) { return std::none_of(values.begin(), values.end(), [](auto v) { return v.has_value(); }); };
    return none(investment) && none(sales);
}

RankingWeights WeightOverrides::applied_to(RankingWeights weights) const {
    for (RankingKind kind : kRankingKinds)
        for (std::size_t c = 0; c < kComponents; ++c)
            if (of(kind)[c]) weights.of(kind)[c] = *of(kind)[c];
    return weights;
}

WeightOverrides WeightOverrides::difference(const RankingWeights& from, const RankingWeights& to) {
    WeightOverrides overrides;
    for (RankingKind kind : kRankingKinds)
        for (std::size_t c = 0; c < kComponents; ++c)
            if (from.of(kind)[c] != to.of(kind)[c]) overrides.of(kind)[c] = to.of(kind)[c];
    return overrides;
}

SavedScenario parse_scenario_text(std::string_view text, const std::string& origin_name) {
    ScenarioReader reader(origin_name);
    toml::table root;
    try {
        root = toml::parse(text, origin_name);
    } catch (const toml::parse_error& error) {
        reader.fail_at(static_cast<int>(error.source().begin.line), std::string(error.description()));
    }
    for (const auto& [key, node] : root) {
        const std::string name(key.str());
        if (std::find(kSections.begin(), kSections.end(), name) == kSections.end())
            reader.fail(node, "unknown key '" + name + "' (expected the sections [scenario], [[add_capacity]], "
                              "[[new_node]] and [weights])");
    }
    SavedScenario scenario;
    scenario.origin = origin_name;
    read_metadata(reader, root, scenario);
    read_capacity(reader, root, scenario);
    read_new_nodes(reader, root, scenario);
    read_weights(reader, root, scenario);
    if (scenario.changes_nothing())
        reader.fail_at(0, "the scenario changes nothing: give at least one [[add_capacity]], [[new_node]] or [weights]");
    return scenario;
}

std::string scenario_to_toml(const SavedScenario& scenario) {
    std::string out =
        "# A Coverplan scenario: coverplan scenario PROJECT --scenario THIS_FILE\n"
        "# (the format: docs/data-model.md, \"Scenario files\").\n\n[scenario]\n";
    out += "name = " + quoted(scenario.name, "name") + "\n";
    if (!scenario.author.empty()) out += "author = " + quoted(scenario.author, "author") + "\n";
    if (!scenario.note.empty()) out += "note = " + quoted(scenario.note, "note") + "\n";
    if (!scenario.created.empty()) {
        // Written bare (a TOML date-time), so it must read back as one, unchanged.
        std::optional<std::string> checked;
        try {
            const toml::table parsed = toml::parse("created = " + scenario.created);
            if (const toml::node* node = parsed.get("created")) checked = date_text(*node);
        } catch (const toml::parse_error&) {
        }
        if (checked != scenario.created)
            throw InputError("the scenario's date '" + scenario.created + "' is not a date-time like 2026-12-01T09:30:00+07:00");
        out += "created = " + scenario.created + "\n";
    }
    if (!scenario.added_capacity.empty()) out += "\n# Ports added to nodes of the coverage layer (negative removes).\n";
    for (const SavedCapacity& change : scenario.added_capacity)
        out += "[[add_capacity]]\nnode = " + quoted(change.node_id, "node id") + "\nports = " + number(change.ports, "ports") +
               "\n";
    if (!scenario.new_nodes.empty())
        out += "\n# Nodes built as if live today, nothing used: a circle of radius_m metres\n"
               "# around lon, lat (WGS 84 degrees); capacity in ports.\n";
    for (const SavedNode& node : scenario.new_nodes) {
        out += "[[new_node]]\nlon = " + number(node.lon, "longitude") + "\nlat = " + number(node.lat, "latitude") +
               "\nradius_m = " + number(node.radius_m, "radius") + "\ncapacity = " + number(node.capacity, "capacity") + "\n";
        if (!node.technology.empty()) out += "technology = " + quoted(node.technology, "technology") + "\n";
    }
    if (!scenario.weights.empty()) {
        out += "\n# Ranking weights in place of the project file's (names as in rank --weight).\n[weights]\n";
        for (RankingKind kind : kRankingKinds)
            for (std::size_t c = 0; c < kComponents; ++c)
                if (const auto& weight = scenario.weights.of(kind)[c])
                    out += std::string(ranking_components(kind)[c].key) + " = " + number(*weight, "weight") + "\n";
    }
    return out;
}

SavedScenario read_scenario_file(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    if (!in || std::filesystem::is_directory(file))
        throw InputError(Location{file.string(), "", "", "", 0}, "cannot read the scenario file");
    const std::string text((std::istreambuf_iterator<char>(in)), {});
    SavedScenario scenario = parse_scenario_text(text, file.string());
    if (scenario.name.empty()) scenario.name = file.stem().string();
    return scenario;
}

void write_scenario_file(const SavedScenario& scenario, const std::filesystem::path& target) {
    gis::write_file_atomically(target, scenario_to_toml(scenario), "scenario file");
}

std::string changes_text(const SavedScenario& scenario) {
    std::vector<std::string> parts;
    for (const SavedCapacity& change : scenario.added_capacity)
        parts.push_back((change.ports >= 0 ? "+" : "") + gis::format_shortest(change.ports) + " ports on " + change.node_id);
    for (const SavedNode& node : scenario.new_nodes)
        parts.push_back("new " + (node.technology.empty() ? std::string("any-technology") : node.technology) + " node of " +
                        gis::format_shortest(node.capacity) + " ports, " + gis::format_shortest(node.radius_m) +
                        " m around " + gis::format_shortest(node.lon) + ", " + gis::format_shortest(node.lat));
    std::string weights;
    for (RankingKind kind : kRankingKinds)
        for (std::size_t c = 0; c < kComponents; ++c)
            if (const auto& weight = scenario.weights.of(kind)[c])
                weights += (weights.empty() ? "weights " : ", ") + std::string(ranking_components(kind)[c].key) + " = " +
                           gis::format_shortest(*weight);
    if (!weights.empty()) parts.push_back(weights);
    std::string text;
    for (const std::string& part : parts) text += (text.empty() ? "" : "; ") + part;
    return text;
}

std::string local_timestamp() {
    const std::time_t now = std::time(nullptr);
    std::tm local{};
    localtime_r(&now, &local);
    char text[96];
    const long offset = local.tm_gmtoff / 60;
    std::snprintf(text, sizeof text, "%04d-%02d-%02dT%02d:%02d:%02d", local.tm_year + 1900, local.tm_mon + 1,
                  local.tm_mday, local.tm_hour, local.tm_min, local.tm_sec);
    std::string stamp = text;
    if (offset == 0) return stamp + "Z";  // as TOML reads it back
    std::snprintf(text, sizeof text, "%c%02ld:%02ld", offset < 0 ? '-' : '+', std::labs(offset) / 60, std::labs(offset) % 60);
    return stamp + text;
}

Scenario scenario_for(const SavedScenario& saved, const Dataset& data) {
    Scenario scenario;
    for (const SavedCapacity& change : saved.added_capacity) scenario.added_capacity.push_back({change.node_id, change.ports});
    gis::LonLatConverter converter(data.working_crs);
    for (const SavedNode& spec : saved.new_nodes) {
        NewNode node;
        try {
            std::tie(node.x, node.y) = converter.to_crs(spec.lon, spec.lat);
        } catch (const InputError& error) {
            if (saved.origin.empty()) throw;
            throw InputError(Location{saved.origin, "", "", "", spec.line}, error.what());
        }
        node.radius_m = spec.radius_m;
        node.capacity = spec.capacity;
        node.technology = spec.technology;
        scenario.new_nodes.push_back(std::move(node));
    }
    if (!saved.weights.empty()) scenario.weights = saved.weights.applied_to(data.project.weights);
    return scenario;
}

ScenarioOutcome apply_saved_scenario(const Dataset& data, const Plan& before, const SavedScenario& saved) {
    const Scenario scenario = scenario_for(saved, data);
    try {
        return apply_scenario(data, before, scenario);
    } catch (const ScenarioChangeError& error) {
        const bool capacity = error.kind() == ScenarioChangeError::Kind::AddedCapacity;
        const int line = capacity ? saved.added_capacity[error.index()].line : saved.new_nodes[error.index()].line;
        if (saved.origin.empty() || line == 0) throw;  // a change given on the command line
        std::string reason = error.what();
        const std::string prefix = "scenario: ";
        if (reason.rfind(prefix, 0) == 0) reason.erase(0, prefix.size());
        throw InputError(Location{saved.origin, "", "", "", line},
                         (capacity ? "[[add_capacity]]: " : "[[new_node]]: ") + reason);
    }
}

SavedScenario saved_changes(const Scenario& scenario, const Dataset& data, const RankingWeights& weights) {
    SavedScenario saved;
    for (const CapacityChange& change : scenario.added_capacity) saved.added_capacity.push_back({change.node_id, change.ports});
    gis::LonLatConverter converter(data.working_crs);
    for (const NewNode& node : scenario.new_nodes) {
        SavedNode spec;
        std::tie(spec.lon, spec.lat) = converter.to_lonlat(node.x, node.y);
        spec.radius_m = node.radius_m;
        spec.capacity = node.capacity;
        spec.technology = node.technology;
        saved.new_nodes.push_back(std::move(spec));
    }
    saved.weights = WeightOverrides::difference(data.project.weights, weights);
    return saved;
}

}  // namespace coverplan::planner
