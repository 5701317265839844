#pragma once
// From an HTTP request, whatever library read it, to the field service's
// answer: the request target decoded (path and query), every part the
// service uses checked for UTF-8, the route chosen, and the one error
// boundary: whatever happens inside, the caller gets a JSON answer that
// tells the client what was wrong (4xx) or only that something failed (5xx,
// with a short line on stderr, never the internals in the answer).

#include <string>
#include <string_view>

#include "ui/server/field_service.h"

namespace coverplan::server {

/// The parts of an HTTP request the service reads, as received (the target
/// still percent-encoded, headers as sent; empty when absent).
struct Request {
    std::string method;         ///< "GET", "POST", ...
    std::string target;         ///< "/api/check?lat=21.2&lon=106.1"
    std::string content_type;   ///< Content-Type
    std::string authorization;  ///< Authorization ("Bearer T")
    std::string token;          ///< X-Coverplan-Token
    std::string token_encoded;  ///< X-Coverplan-Token-Encoded: the token percent-encoded (browsers send no UTF-8 headers)
    std::string body;
};

/// A request target split and percent-decoded ("+" is a space in the query).
struct Target {
    std::string path;
    Query query;
};

/// Decodes `target`. Throws RequestError (400) naming the part at fault: a
/// malformed escape ("%4", "%zz"), or text that is not valid UTF-8 once
/// decoded ("path", or the query parameter by name).
Target parse_target(std::string_view target);

/// The answer to `request`; never throws.
Answer answer_request(FieldService& service, const Request& request) noexcept;

}  // namespace coverplan::server
