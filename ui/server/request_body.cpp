#include "ui/server/request_body.h"

#include <sstream>

#include "gis/layer_reader.h"
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

std::vector<std::string> csv_cells(const std::string& line) {
    std::vector<std::string> cells(1);
    bool quoted = false;
    for (std::size_t i = 0; i < line.size(); ++i) {
        const char c = line[i];
        if (quoted && c == '"' && i + 1 < line.size() && line[i + 1] == '"') {
            cells.back() += '"';
            ++i;
        } else if (c == '"') {
            quoted = !quoted;
        } else if (c == ',' && !quoted) {
            cells.emplace_back();
        } else if (c != '\r') {
            cells.back() += c;
        }
    }
    return cells;
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
    std::stringstream lines(body);
    std::string line;
    if (!std::getline(lines, line)) throw RequestError(400, "the CSV is empty; it needs a header with lat and lon", "body");
    const std::vector<std::string> header = csv_cells(line);
    auto column = [&](std::initializer_list<const char*> names) -> int {
        for (std::size_t c = 0; c < header.size(); ++c) {
            const std::string name = gis::lowercase(header[c]);
            for (const char* wanted : names)
                if (name == wanted) return static_cast<int>(c);
        }
        return -1;
    };
    const int lat = column({"lat", "latitude", "vi_do"}), lon = column({"lon", "lng", "longitude", "kinh_do"});
    const int tech = column({"tech", "technology"}), id = column({"id"});
    if (lat < 0 || lon < 0) throw RequestError(400, "the CSV header needs lat and lon columns, got '" + line + "'", "body");
    std::vector<PointRequest> points;
    while (std::getline(lines, line)) {
        if (line.empty() || line == "\r") continue;
        const std::vector<std::string> cells = csv_cells(line);
        auto cell = [&](int c) { return c >= 0 && std::size_t(c) < cells.size() ? cells[c] : std::string(); };
        PointRequest point;
        point.lat = gis::parse_number(cell(lat));
        point.lon = gis::parse_number(cell(lon));
        point.tech = cell(tech);
        if (id >= 0) point.id = cell(id);
        points.push_back(std::move(point));
    }
    return points;
}

}  // namespace coverplan::server
