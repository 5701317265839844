#include "ui/server/request_body.h"

#include <algorithm>
#include <type_traits>
#include <variant>

#include "gis/layer_reader.h"
#include "gis/memory_file.h"
#include "gis/number_format.h"
#include "gis/utf8.h"
#include "ui/server/field_service.h"

namespace coverplan::server {

using json = nlohmann::ordered_json;

namespace {

/// Arrays and objects nested deeper than this in a request body are refused
/// before parsing: the points and prospects the service reads nest three
/// levels, and parsing, copying and freeing a value recurse once per level.
constexpr std::size_t kMaxJsonDepth = 32;

/// The byte where `text` opens its (kMaxJsonDepth + 1)-th nested array or
/// object, if it does (brackets inside strings do not count).
std::optional<std::size_t> too_deep_at(std::string_view text) {
    std::size_t depth = 0;
    bool in_string = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (in_string) {
            if (c == '\\') ++i;
            else if (c == '"') in_string = false;
        } else if (c == '"') {
            in_string = true;
        } else if (c == '[' || c == '{') {
            if (++depth > kMaxJsonDepth) return i;
        } else if ((c == ']' || c == '}') && depth > 0) {
            --depth;
        }
    }
    return std::nullopt;
}

std::optional<double> json_number(const json& value) {
    if (value.is_number()) return value.get<double>();
    if (value.is_string()) return gis::parse_number(value.get<std::string>());
    return std::nullopt;
}

}  // namespace

void require_utf8_body(std::string_view body) {
    if (const auto at = gis::invalid_utf8_at(body))
        throw RequestError(400, "body is not valid UTF-8 (at byte " + std::to_string(*at) + ")", "body");
}

json parsed_json_body(const std::string& body) {
    require_utf8_body(body);
    if (const auto at = too_deep_at(body))
        throw RequestError(400, "body nests arrays or objects more than " + std::to_string(kMaxJsonDepth) +
                                    " levels deep (at byte " + std::to_string(*at) + ")",
                           "body");
    try {
        return json::parse(body);
    } catch (const json::exception& error) {
        // nlohmann's text after its "[json.exception.parse_error.101] " tag:
        // where and why, without the library's internals.
        std::string why = error.what();
        if (const auto tag = why.find("] "); why.rfind("[json.exception.", 0) == 0 && tag != std::string::npos)
            why.erase(0, tag + 2);
        throw RequestError(400, "body is not valid JSON: " + why, "body");
    }
}

std::string idempotency_key(const json& body) {
    if (!body.contains("idempotency_key") || body["idempotency_key"].is_null()) return "";
    const json& value = body["idempotency_key"];
    const std::string rule = "'idempotency_key' must be 8 to 128 letters, digits, '-', '_', '.' or ':' (a UUID, say)";
    if (!value.is_string()) throw RequestError(400, rule + ", not " + std::string(value.type_name()), "idempotency_key");
    const std::string key = value;
    const bool allowed = std::all_of(key.begin(), key.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_' ||
               c == '.' || c == ':';
    });
    if (key.size() < 8 || key.size() > 128 || !allowed)
        throw RequestError(400, rule + "; got " + std::to_string(key.size()) + " bytes" +
                                    (allowed ? "" : " with other characters"),
                           "idempotency_key");
    return key;
}

std::vector<PointRequest> points_from_json(const std::string& body) {
    const json parsed = parsed_json_body(body);
    json list = parsed;
    std::string common_tech;
    if (parsed.is_object()) {
        if (!parsed.contains("points") || !parsed["points"].is_array())
            throw RequestError(400, "body must be a JSON array of points or {\"points\": [...]}", "body");
        list = parsed["points"];
        if (parsed.contains("tech") && !parsed["tech"].is_null()) {
            if (!parsed["tech"].is_string()) throw RequestError(400, "'tech' must be text (a technology name)", "tech");
            common_tech = parsed["tech"];
        }
    }
    // A technology that is not text is refused, not read as "any technology".
    auto tech_of = [](const json& value, PointRequest& point) {
        if (value.is_null()) return;
        if (value.is_string()) {
            point.tech = value;
        } else {
            point.problem = "tech must be text (a technology name)";
            point.problem_parameter = "tech";
        }
    };
    if (!list.is_array()) throw RequestError(400, "body must be a JSON array of points or {\"points\": [...]}", "body");
    std::vector<PointRequest> points;
    for (const auto& item : list) {
        PointRequest point;
        point.tech = common_tech;
        if (item.is_array() && item.size() >= 2) {
            point.lat = json_number(item[0]);
            point.lon = json_number(item[1]);
            if (item.size() >= 3) tech_of(item[2], point);
        } else if (item.is_object()) {
            if (item.contains("lat")) point.lat = json_number(item["lat"]);
            if (item.contains("lon")) point.lon = json_number(item["lon"]);
            if (item.contains("tech")) tech_of(item["tech"], point);
            if (item.contains("id")) point.id = item["id"];
        } else {
            point.problem = "a point is {\"lat\": .., \"lon\": ..} or [lat, lon]";
            point.problem_parameter = "body";
        }
        points.push_back(std::move(point));
    }
    return points;
}

std::vector<PointRequest> points_from_csv(const std::string& body) {
    if (body.find_first_not_of(" \t\r\n") == std::string::npos)
        throw RequestError(400, "the CSV is empty; it needs a header with lat and lon", "body");
    // Read as `coverplan check --points` reads a file (GDAL's CSV driver
    // through gis::read_point_rows: byte-order mark, quoted newlines, ';' or
    // tab separators, the same coordinate column names), in WGS 84 so the
    // points come back as longitude/latitude.
    const gis::MemoryFile file(body, "body.csv");
    gis::LayerSource source;
    source.source = file.path();
    source.display_name = "the CSV body";
    source.crs = "EPSG:4326";
    source.drivers = {"CSV"};
    gis::PointRows rows;
    try {
        rows = gis::read_point_rows(source, "EPSG:4326");
    } catch (const InputError& error) {
        throw RequestError(400, error.what(), "body");
    }
    auto column = [&](std::initializer_list<const char*> names) -> int {
        for (std::size_t c = 0; c < rows.fields.size(); ++c)
            for (const char* wanted : names)
                if (gis::lowercase(rows.fields[c].name) == wanted) return static_cast<int>(c);
        return -1;
    };
    const int tech = column({"tech", "technology"}), id = column({"id"});
    auto text = [&](int c, std::size_t row) -> std::string {
        if (c < 0) return "";
        return std::visit(
            [](const auto& v) -> std::string {
                using T = std::decay_t<decltype(v)>;
                if constexpr (std::is_same_v<T, std::monostate>) return "";
                else if constexpr (std::is_same_v<T, std::string>) return v;
                else if constexpr (std::is_same_v<T, std::int64_t>) return std::to_string(v);
                else return gis::format_general(v, 17);
            },
            rows.columns[c][row]);
    };
    std::vector<PointRequest> points(rows.size());
    for (std::size_t i = 0; i < rows.size(); ++i) {
        PointRequest& point = points[i];
        if (rows.problems[i].empty()) {
            point.lon = rows.x[i];
            point.lat = rows.y[i];
        } else {
            point.problem = rows.problems[i];  // the reason `check --points` writes for the row
            point.problem_parameter = "body";
        }
        point.tech = text(tech, i);
        if (id >= 0) point.id = text(id, i);
    }
    return points;
}

}  // namespace coverplan::server
