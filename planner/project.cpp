#include "planner/project.h"

#include <toml++/toml.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <ctime>
#include <set>
#include <type_traits>

#include "gis/error.h"
#include "gis/number_format.h"
#include "gis/redact.h"
#include "gis/utf8.h"
#include "planner/calendar.h"

namespace coverplan::planner {

namespace {

/// Mapping keys each layer accepts (the values name fields in the user's data).
const std::map<std::string, std::vector<std::string>> kMappingKeys = {
    {"zones", {"id", "name", "households", "team", "kind"}},
    {"coverage", {"id", "technology", "capacity", "used", "status", "planned_date", "radius_m"}},
    {"subscribers", {"id", "technology", "activated"}},
    {"leads", {"id", "technology", "status", "created", "customer", "phone", "note"}},
    {"complaints", {"id", "technology", "category", "date"}},
    {"orders", {"id", "created", "due", "installed", "team", "address", "customer"}},
    // One full-address field, or the house number and street apart; the
    // ward and district either way (a full address may hold them too).
    {"addresses", {"id", "address", "number", "street", "ward", "district"}},
};
const std::vector<std::string> kSourceKeys = {"source", "layer", "x", "y", "crs"};

std::string join(const std::vector<std::string>& items) {
    std::string text;
    for (const auto& item : items) text += (text.empty() ? "" : ", ") + item;
    return text;
}

class ProjectReader {
public:
    ProjectReader(std::filesystem::path file) : file_(std::move(file)) {}

    [[noreturn]] void fail(const toml::node* node, const std::string& reason) const {
        fail_at(node ? static_cast<int>(node->source().begin.line) : 0, reason);
    }
    [[noreturn]] void fail_at(int line, const std::string& reason) const {
        throw InputError(Location{file_.string(), "", "", "", line}, reason);
    }

    std::string string_at(const toml::table& table, const std::string& key, const std::string& context) const {
        const toml::node* node = table.get(key);
        if (!node) return "";
        if (auto value = node->value<std::string>()) return *value;
        fail(node, "'" + key + "' in " + context + " must be a string (in quotes)");
    }

    double number_at(const toml::table& table, const std::string& key, const std::string& context) const {
        const toml::node* node = table.get(key);
        if (auto value = node->value<double>()) return *value;
        fail(node, "'" + key + "' in " + context + " must be a number");
    }

    /// Fails on keys of [section] outside `allowed`.
    void only_keys(const toml::table& table, const std::string& section, const std::vector<std::string>& allowed) const {
        for (const auto& [key, node] : table) {
            const std::string name(key.str());
            if (std::find(allowed.begin(), allowed.end(), name) == allowed.end())
                fail(&node, "unknown key '" + name + "' in [" + section + "] (expected: " + join(allowed) + ")");
        }
    }

    /// An optional number within [low, high]; `target` keeps its default when absent.
    template <class T>
    void bounded(const toml::table& table, const std::string& key, const std::string& section, double low, double high,
                 T& target) const {
        const toml::node* node = table.get(key);
        if (!node) return;
        auto value = node->value<double>();
        const bool whole = std::is_integral_v<T>;
        if (!value || !(*value >= low && *value <= high) || (whole && *value != std::floor(*value)))
            fail(node, "'" + key + "' in [" + section + "] must be a " + (whole ? "whole number" : "number") +
                           " between " + format_number(low) + " and " + format_number(high));
        target = static_cast<T>(*value);
    }

    static std::string format_number(double value) { return gis::format_general(value); }

    std::filesystem::path file_;
};

std::string resolve_source(const std::filesystem::path& project_file, const std::string& source) {
    if (source.rfind("PG:", 0) == 0 || source.find("://") != std::string::npos || source.rfind("/vsi", 0) == 0)
        return source;
    std::filesystem::path path(source);
    if (path.is_absolute()) return source;
    return (project_file.parent_path() / path).lexically_normal().string();
}

void read_weights(const ProjectReader& reader, const toml::table& root, RankingKind kind, Weights& weights) {
    const std::string section = to_string(kind);
    const auto& components = ranking_components(kind);
    const toml::node* scoring = root.get("scoring");
    if (!scoring) return;
    const toml::table* table = scoring->as_table() ? scoring->as_table()->get_as<toml::table>(section) : nullptr;
    if (!table) return;
    const toml::node* weights_node = table->get("weights");
    if (!weights_node) return;
    const toml::table* values = weights_node->as_table();
    if (!values) reader.fail(weights_node, "[scoring." + section + "] weights must be a table like { name = 0.4, ... }");
    std::vector<std::string> names;
    for (const RankingComponent& component : components) names.push_back(component.key);
    for (const auto& [key, node] : *values) {
        const std::string name(key.str());
        auto it = std::find(names.begin(), names.end(), name);
        if (it == names.end())
            reader.fail(&node, "unknown weight '" + name + "' in [scoring." + section + "] (expected: " + join(names) + ")");
        auto value = node.template value<double>();
        if (!value || *value < 0 || !std::isfinite(*value))
            reader.fail(&node, "weight '" + name + "' must be a number >= 0");
        weights[std::size_t(it - names.begin())] = *value;
    }
}

}  // namespace

std::string today_iso() { return format_now("%Y-%m-%d", false); }

std::string store_connection(const std::string& source) {
    const std::string lower = gis::lowercase(source);
    if (lower.rfind("pg:", 0) != 0) return source;
    // A URI (PG:postgresql://...) takes no key=value options: its schema is the search_path's.
    if (lower.find("://") != std::string::npos) return source;
    if (lower.find("active_schema=") != std::string::npos || lower.find("schemas=") != std::string::npos) return source;
    return source + " active_schema=" + kStoreSchema;
}

Project load_project(const std::filesystem::path& file, const std::string& today) {
    ProjectReader reader(file);
    if (!std::filesystem::exists(file)) throw InputError(Location{file.string(), "", "", "", 0}, "no such project file");
    toml::table root;
    try {
        root = toml::parse_file(file.string());
    } catch (const toml::parse_error& error) {
        reader.fail_at(static_cast<int>(error.source().begin.line), std::string(error.description()));
    }

    Project project;
    project.file = file;
    project.as_of = today;
    for (const auto& [key, node] : root) {
        const std::string name(key.str());
        static const std::vector<std::string> sections = {"project", "layers", "zones",    "scoring",
                                                          "forecast", "clusters", "sla", "serve", "workspace",
                                                          "basemap"};
        if (std::find(sections.begin(), sections.end(), name) == sections.end())
            reader.fail(&node, "unknown section [" + name + "] (expected: " + join(sections) + ")");
    }

    if (const toml::table* meta = root.get_as<toml::table>("project")) {
        for (const auto& [key, node] : *meta) {
            const std::string name(key.str());
            if (name != "name" && name != "crs" && name != "as_of")
                reader.fail(&node, "unknown key '" + name + "' in [project] (expected: name, crs, as_of)");
        }
        project.name = reader.string_at(*meta, "name", "[project]");
        project.crs = reader.string_at(*meta, "crs", "[project]");
        if (const toml::node* as_of = meta->get("as_of")) {
            if (auto date = as_of->value<toml::date>()) {
                char text[16];
                std::snprintf(text, sizeof text, "%04d-%02d-%02d", int(date->year), int(date->month), int(date->day));
                project.as_of = text;
            } else if (auto textual = as_of->value<std::string>()) {
                const auto day = parse_date(*textual);
                if (!day) reader.fail(as_of, "as_of '" + *textual + "' is not a date like \"2026-11-30\"");
                project.as_of = format_date(*day);
            } else {
                reader.fail(as_of, "as_of must be a date like \"2026-11-30\"");
            }
        }
    }
    if (project.name.empty()) project.name = file.parent_path().filename().string();

    const toml::node* layers_node = root.get("layers");
    const toml::table* layers = layers_node ? layers_node->as_table() : nullptr;
    if (!layers) reader.fail_at(0, "no [layers.*] tables: a project needs at least [layers.coverage] and [layers.subscribers]");
    for (const auto& [key, node] : *layers) {
        const std::string role(key.str());
        auto keys = kMappingKeys.find(role);
        if (keys == kMappingKeys.end())
            reader.fail(&node, "unknown layer [layers." + role + "] (expected: " + join(kLayerRoles) + ")");
        const toml::table* table = node.as_table();
        if (!table) reader.fail(&node, "[layers." + role + "] must be a table");
        const std::string context = "[layers." + role + "]";
        LayerConfig config;
        config.role = role;
        config.line = static_cast<int>(node.source().begin.line);
        for (const auto& [field_key, field_node] : *table) {
            const std::string name(field_key.str());
            const bool is_mapping = std::find(keys->second.begin(), keys->second.end(), name) != keys->second.end();
            const bool is_source = std::find(kSourceKeys.begin(), kSourceKeys.end(), name) != kSourceKeys.end();
            if (role == "coverage" && name == "radius_m_value") {
                config.radius_m_value = reader.number_at(*table, name, context);
                if (!(config.radius_m_value > 0)) reader.fail(&field_node, "radius_m_value must be a number of metres > 0");
                continue;
            }
            if (role == "leads" && name == "closed_status_values") {
                const toml::array* values = field_node.as_array();
                if (values)
                    for (const toml::node& value : *values) {
                        const auto text = value.value<std::string>();
                        if (!text || text->empty()) {
                            values = nullptr;
                            break;
                        }
                        config.closed_status_values.push_back(*text);
                    }
                if (!values || values->empty())
                    reader.fail(&field_node, "closed_status_values must be a list of statuses, e.g. [\"won\", \"lost\"]");
                continue;
            }
            // A layer of one technology may say so instead of mapping a field.
            const bool is_value = (role == "coverage" || role == "complaints") && name == "technology_value";
            if (!is_mapping && !is_source && !is_value)
                reader.fail(&field_node, "unknown key '" + name + "' in " + context + " (expected: " +
                                             join(kSourceKeys) + ", " + join(keys->second) +
                                             (role == "coverage"     ? ", technology_value, radius_m_value"
                                              : role == "leads"      ? ", closed_status_values"
                                              : role == "complaints" ? ", technology_value"
                                                                     : "") +
                                             ")");
            const std::string value = reader.string_at(*table, name, context);
            if (value.empty()) reader.fail(&field_node, "'" + name + "' in " + context + " is empty");
            if (is_mapping) config.fields[name] = value;
        }
        const std::string source = reader.string_at(*table, "source", context);
        if (source.empty()) reader.fail(&node, context + " needs source = \"...\" (a file path or a PG: connection)");
        config.source.source = resolve_source(file, source);
        config.source.display_name = gis::redact_secrets(source);
        config.source.layer = reader.string_at(*table, "layer", context);
        config.source.x_field = reader.string_at(*table, "x", context);
        config.source.y_field = reader.string_at(*table, "y", context);
        config.source.crs = reader.string_at(*table, "crs", context);
        config.technology_value = reader.string_at(*table, "technology_value", context);
        if (config.source.x_field.empty() != config.source.y_field.empty())
            reader.fail(&node, context + " names one coordinate column; give both x and y");
        if (!config.maps("id"))
            reader.fail(&node, context + " needs id = \"<field>\" (or id = \"$fid\" to use the feature id)");
        if (role == "coverage") {
            for (const char* required : {"capacity", "used"})
                if (!config.maps(required))
                    reader.fail(&node, context + " needs " + required + " = \"<field>\"");
            if (!config.maps("technology") && config.technology_value.empty())
                reader.fail(&node, context + " needs technology = \"<field>\" or technology_value = \"ftth\"");
        }
        if (role == "addresses") {
            if (config.maps("address") && (config.maps("street") || config.maps("number")))
                reader.fail(&node, context + " maps address (one full-address field) and " +
                                       (config.maps("street") ? "street" : "number") +
                                       "; give either address = \"<field>\" or number and street");
            if (!config.maps("address") && !config.maps("street"))
                reader.fail(&node, context + " needs address = \"<field>\" (one full-address field) or street = "
                                             "\"<field>\" (with number, ward and district as the data has them)");
        }
        project.layers[role] = std::move(config);
    }

    if (const toml::table* zones = root.get_as<toml::table>("zones")) {
        const std::string grid = reader.string_at(*zones, "grid", "[zones]");
        if (grid != "hex") reader.fail(zones, "[zones] supports grid = \"hex\" only");
        const double cell = zones->get("cell_m") ? reader.number_at(*zones, "cell_m", "[zones]") : 500.0;
        if (!(cell > 0)) reader.fail(zones->get("cell_m"), "cell_m must be a positive number of metres");
        if (project.has("zones")) reader.fail(zones, "give either [layers.zones] or [zones] grid = \"hex\", not both");
        project.hex_cell_m = cell;
    }
    for (const char* required : {"coverage", "subscribers"})
        if (!project.has(required)) reader.fail_at(0, std::string("missing [layers.") + required + "]");
    if (!project.has("zones") && !project.hex_cell_m)
        reader.fail_at(0, "missing [layers.zones] (or [zones] grid = \"hex\" for a generated grid)");

    for (RankingKind kind : kRankingKinds) read_weights(reader, root, kind, project.weights.of(kind));
    if (const toml::table* scoring = root.get_as<toml::table>("scoring")) {
        reader.only_keys(*scoring, "scoring",
                         {"investment", "sales", "exhaustion_threshold", "complaint_window_days", "growth_window_months"});
        reader.bounded(*scoring, "exhaustion_threshold", "scoring", 0.01, 10, project.scoring.exhaustion_threshold);
        reader.bounded(*scoring, "complaint_window_days", "scoring", 1, 3660, project.scoring.complaint_window_days);
        reader.bounded(*scoring, "growth_window_months", "scoring", 1, 60, project.scoring.growth_window_months);
    }
    if (const toml::table* forecast = root.get_as<toml::table>("forecast")) {
        reader.only_keys(*forecast, "forecast",
                         {"horizon_months", "backtest_months", "damping", "conversion", "default_conversion"});
        reader.bounded(*forecast, "horizon_months", "forecast", 1, 60, project.horizon_months);
        reader.bounded(*forecast, "backtest_months", "forecast", 1, 36, project.forecast.backtest_months);
        reader.bounded(*forecast, "damping", "forecast", 0, 1, project.forecast.damping);
        reader.bounded(*forecast, "default_conversion", "forecast", 0, 1, project.forecast.default_conversion);
        if (const toml::node* conversion = forecast->get("conversion")) {
            const toml::table* rates = conversion->as_table();
            if (!rates) reader.fail(conversion, "conversion in [forecast] must be a table like { new = 0.1, qualified = 0.5 }");
            project.forecast.conversion.clear();
            for (const auto& [status, node] : *rates) {
                auto rate = node.value<double>();
                if (!rate || !(*rate >= 0 && *rate <= 1))
                    reader.fail(&node, "conversion rate of lead status '" + std::string(status.str()) +
                                           "' must be a number between 0 and 1");
                project.forecast.conversion[gis::lowercase(status.str())] = *rate;
            }
        }
    }
    if (const toml::table* clusters = root.get_as<toml::table>("clusters")) {
        reader.only_keys(*clusters, "clusters", {"radius_m", "min_leads", "buffer_m", "ports_per_lead", "port_headroom"});
        reader.bounded(*clusters, "radius_m", "clusters", 1, 100000, project.clusters.radius_m);
        reader.bounded(*clusters, "min_leads", "clusters", 1, 100000, project.clusters.min_leads);
        reader.bounded(*clusters, "buffer_m", "clusters", 0, 100000, project.clusters.buffer_m);
        reader.bounded(*clusters, "ports_per_lead", "clusters", 0, 1000, project.clusters.ports_per_lead);
        reader.bounded(*clusters, "port_headroom", "clusters", 0, 10, project.clusters.port_headroom);
    }
    if (const toml::table* sla = root.get_as<toml::table>("sla")) {
        reader.only_keys(*sla, "sla", {"target", "at_risk_days"});
        reader.bounded(*sla, "target", "sla", 0, 1, project.sla.target);
        reader.bounded(*sla, "at_risk_days", "sla", 0, 365, project.sla.at_risk_days);
    }
    const toml::table* workspace = root.get_as<toml::table>("workspace");
    if (workspace) {
        reader.only_keys(*workspace, "workspace", {"store"});
        const std::string store = reader.string_at(*workspace, "store", "[workspace]");
        if (store.empty()) reader.fail(workspace, "[workspace] needs store = \"...\" (a GeoPackage path or a PG: connection)");
        project.workspace.store = store_connection(resolve_source(file, store));
        project.workspace.display_name = gis::redact_secrets(store);
        project.workspace.named = true;
    } else {
        const std::filesystem::path store = file.parent_path() / (file.stem().string() + ".workspace.gpkg");
        project.workspace.store = store.lexically_normal().string();
        project.workspace.display_name = project.workspace.store;
    }
    if (const toml::table* basemap = root.get_as<toml::table>("basemap")) {
        reader.only_keys(*basemap, "basemap", {"source", "table"});
        const std::string source = reader.string_at(*basemap, "source", "[basemap]");
        if (source.empty())
            reader.fail(basemap, "[basemap] needs source = \"...\" (an MBTiles file, a GeoPackage with tiles or a folder "
                                 "of XYZ tiles)");
        project.basemap.source = resolve_source(file, source);
        project.basemap.table = reader.string_at(*basemap, "table", "[basemap]");
    }
    std::string leads_store, leads_layer = "field_leads";
    if (const toml::table* serve = root.get_as<toml::table>("serve")) {
        reader.only_keys(*serve, "serve", {"token", "leads", "leads_layer", "users"});
        project.serve.token = reader.string_at(*serve, "token", "[serve]");
        if (serve->get("users")) {
            const std::string users = reader.string_at(*serve, "users", "[serve]");
            if (users.empty()) reader.fail(serve->get("users"), "users in [serve] is empty (a user file, e.g. \"users.toml\")");
            project.serve.users_file = (file.parent_path() / users).lexically_normal();
        }
        leads_store = reader.string_at(*serve, "leads", "[serve]");
        if (serve->get("leads_layer")) leads_layer = reader.string_at(*serve, "leads_layer", "[serve]");
        if (leads_layer.empty()) reader.fail(serve->get("leads_layer"), "leads_layer in [serve] is empty");
    }
    if (leads_store.empty() && project.workspace.named)
        leads_store = project.workspace.store;
    else if (leads_store.empty())
        leads_store = project.has("leads") && project.layer("leads").source.source.rfind("PG:", 0) == 0
                          ? project.layer("leads").source.source
                          : (file.parent_path() / "field-leads.gpkg").lexically_normal().string();
    else
        leads_store = resolve_source(file, leads_store);
    project.serve.leads_store.source = leads_store;
    project.serve.leads_store.display_name = gis::redact_secrets(leads_store);
    project.serve.leads_store.layer = leads_layer;
    return project;
}

std::vector<ProjectSource> project_sources(const Project& project) {
    std::vector<ProjectSource> sources = {{"the project file", project.file.string(), ""}};
    for (const auto& role : kLayerRoles) {
        if (!project.has(role)) continue;
        const gis::LayerSource& source = project.layer(role).source;
        sources.push_back({"the source of [layers." + role + "]", source.source, source.layer});
    }
    const gis::LayerSource& store = project.serve.leads_store;
    if (!store.source.empty()) sources.push_back({"the field service's leads store ([serve] leads)", store.source, store.layer});
    return sources;
}

}  // namespace coverplan::planner
