#include "ui/server/router.h"

#include <iostream>
#include <new>

#include "gis/redact.h"
#include "gis/utf8.h"
#include "ui/server/basemap_tiles.h"

namespace coverplan::server {

namespace {

int hex_value(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

/// `text` with %XX escapes decoded (and "+" as a space in a query); `part`
/// names it in the refusal ("the path", "query parameter lat").
std::string percent_decoded(std::string_view text, bool plus_is_space, const std::string& part,
                            const std::string& parameter) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '%') {
            const int high = i + 2 < text.size() ? hex_value(text[i + 1]) : -1;
            const int low = i + 2 < text.size() ? hex_value(text[i + 2]) : -1;
            if (high < 0 || low < 0)
                throw RequestError(400, part + " has a malformed escape at byte " + std::to_string(i) +
                                            " (a % must be followed by two hexadecimal digits)",
                                   parameter);
            out += static_cast<char>(high * 16 + low);
            i += 2;
        } else {
            out += plus_is_space && c == '+' ? ' ' : c;
        }
    }
    return out;
}

/// Refuses text that is not valid UTF-8, naming the part and the byte.
void require_utf8(std::string_view text, const std::string& part, const std::string& parameter,
                  const std::string& explanation = "", int status = 400) {
    if (const auto at = gis::invalid_utf8_at(text)) {
        static const char* digits = "0123456789ABCDEF";
        const auto byte = static_cast<unsigned char>(text[*at]);
        throw RequestError(status,
                           part + " is not valid UTF-8 (byte 0x" + digits[byte >> 4] + digits[byte & 15] +
                               " at offset " + std::to_string(*at) + ")" + explanation,
                           parameter);
    }
}

/// The token a request presents: "Authorization: Bearer T", "X-Coverplan-Token: T"
/// or "X-Coverplan-Token-Encoded: T percent-encoded" (what the field page
/// sends: a browser cannot put UTF-8 in a header, and a token may be any
/// Unicode text). Tokens are Unicode text: bytes that are not UTF-8 cannot be
/// anyone's token, so they are refused as a failed sign-in (401), saying why.
std::string presented_token(const Request& request) {
    const std::string why = ": a token is Unicode text, sent as UTF-8";
    require_utf8(request.authorization, "header Authorization", "token", why, 401);
    require_utf8(request.token, "header X-Coverplan-Token", "token", why, 401);
    if (!request.token_encoded.empty()) {
        const std::string token = percent_decoded(request.token_encoded, false, "header X-Coverplan-Token-Encoded", "token");
        require_utf8(token, "header X-Coverplan-Token-Encoded (decoded)", "token", why, 401);
        return token;
    }
    const std::string bearer = "Bearer ";
    if (request.authorization.rfind(bearer, 0) == 0) return request.authorization.substr(bearer.size());
    return request.token;
}

Answer route(FieldService& service, const Request& request) {
    const Target target = parse_target(request.target);
    const std::string& path = target.path;
    // HEAD is answered as GET; the HTTP layer leaves the body out.
    const bool get = request.method == "GET" || request.method == "HEAD";
    const bool post = request.method == "POST";
    if (get && path == "/api/check") return service.check(target.query);
    if (post && path == "/api/check") {
        require_utf8(request.content_type, "header Content-Type", "Content-Type");
        return service.check_many(request.body, request.content_type);
    }
    if (get && path == "/api/search") return service.search(target.query);
    if (get && path == "/api/zones") return service.zones(target.query);
    if (get && path == "/api/ranking") return service.ranking(target.query);
    if (get && path == "/api/coverage") return service.coverage(target.query);
    if (get && path == "/healthz") return service.health();
    if (get && path.rfind(kTilePrefix, 0) == 0) return service.tile(path);
    if (post && path == "/api/leads") return service.record_lead(request.body, presented_token(request));
    if (get && (path == "/" || path == "/index.html" || path == "/sw.js" || path == "/manifest.webmanifest" ||
                path == "/favicon.ico" || path.rfind("/static/", 0) == 0)) {
        if (auto page = service.page(path)) return *page;
        throw RequestError(404, "no such file: " + path, "");
    }
    throw RequestError(404, "no such endpoint: " + request.method + " " + path, "");
}

/// A line for the service's log: at most `limit` bytes, control characters
/// escaped so that nothing a request or a file holds can forge log lines.
/// (Passwords are taken out before: cutting first could leave half of one.)
std::string log_text(std::string_view text, std::size_t limit = 300) {
    std::string out;
    for (const char c : text.substr(0, limit)) {
        const auto byte = static_cast<unsigned char>(c);
        if (byte < 0x20 || byte == 0x7F) {
            static const char* digits = "0123456789abcdef";
            out += "\\x";
            out += digits[byte >> 4];
            out += digits[byte & 15];
        } else {
            out += c;
        }
    }
    if (text.size() > limit) out += "...";
    return out;
}

/// What the log says a failed request was: its method and path, without the
/// query (it may hold a customer's location or a token).
std::string request_name(const Request& request) {
    const std::string_view target(request.target);
    return log_text(request.method, 16) + " " + log_text(target.substr(0, target.find('?')), 120);
}

}  // namespace

Target parse_target(std::string_view target) {
    Target out;
    const std::size_t question = target.find('?');
    out.path = percent_decoded(target.substr(0, question), false, "the path", "path");
    require_utf8(out.path, "the path", "path");
    if (question == std::string_view::npos) return out;
    std::string_view query = target.substr(question + 1);
    while (!query.empty()) {
        const std::size_t amp = query.find('&');
        const std::string_view pair = query.substr(0, amp);
        query = amp == std::string_view::npos ? std::string_view() : query.substr(amp + 1);
        if (pair.empty()) continue;
        const std::size_t equals = pair.find('=');
        std::string name = percent_decoded(pair.substr(0, equals), true, "a query parameter's name", "query");
        require_utf8(name, "a query parameter's name", "query");
        const std::string part = "query parameter " + name;
        std::string value = equals == std::string_view::npos
                                ? std::string()
                                : percent_decoded(pair.substr(equals + 1), true, part, name);
        require_utf8(value, part, name);
        out.query.emplace(std::move(name), std::move(value));
    }
    return out;
}

Answer answer_request(FieldService& service, const Request& request) noexcept {
    try {
        try {
            return route(service, request);
        } catch (const RequestError& error) {
            return FieldService::error(error.status(), error.what(), error.parameter(), error.code());
        } catch (const std::bad_alloc&) {
            std::cerr << "out of memory answering " << request_name(request) << "\n";
            return FieldService::error(503, "the service is short of memory; try again");
        } catch (const std::exception& error) {
            std::cerr << "internal error answering " << request_name(request) << ": "
                      << log_text(gis::redact_secrets(error.what())) << "\n";
            return FieldService::error(500, "internal error");
        } catch (...) {
            std::cerr << "internal error answering " << request_name(request) << "\n";
            return FieldService::error(500, "internal error");
        }
    } catch (...) {  // not even the error answer could be built (memory)
        return Answer{503, "application/json; charset=utf-8", R"({"error":"the service cannot answer now"})", {}};
    }
}

}  // namespace coverplan::server
