#pragma once
// What the bodies of POST /api/check and POST /api/leads say. Every refusal
// is a RequestError 400 naming the body: text that is not UTF-8, JSON nested
// more than 32 levels (parsing, copying and freeing a value recurse once per
// level: 50,000 brackets overflowed the stack), JSON that does not parse.
// Plain functions of the body's text, so a fuzzer can drive them directly.

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace coverplan::server {

/// Refuses a body that is not valid UTF-8, naming the offset.
void require_utf8_body(std::string_view body);

/// The body as JSON; refused when not UTF-8, nested too deep, malformed, or
/// holding a number beyond a double.
nlohmann::ordered_json parsed_json_body(const std::string& body);

/// The "idempotency_key" of a POST /api/leads body ("" when it has none):
/// the phone's name for one prospect, the same on every resending (a UUID).
/// Kept in the store and echoed in answers, so only 8 to 128 letters,
/// digits and - _ . : are taken; anything else is refused (400).
std::string idempotency_key(const nlohmann::ordered_json& body);

/// A point of POST /api/check before checking: what was read, or why it
/// cannot be (`problem`, and the parameter at fault).
struct PointRequest {
    std::optional<double> lat, lon;
    std::string tech;
    nlohmann::ordered_json id;
    std::string problem, problem_parameter;
};

/// The points of a JSON body: an array of {"lat", "lon", "tech"?, "id"?} or
/// [lat, lon, tech?], or {"points": [...], "tech": ".."}. A point that is
/// neither is kept with its problem, so that answers stay in order.
std::vector<PointRequest> points_from_json(const std::string& body);

/// The points of a CSV body whose header names lat and lon (and tech, id).
std::vector<PointRequest> points_from_csv(const std::string& body);

}  // namespace coverplan::server
