#include "gis/redact.h"

#include <algorithm>
#include <array>
#include <cctype>

namespace coverplan::gis {
namespace {

bool is_space(char c) { return std::isspace(static_cast<unsigned char>(c)) != 0; }
bool is_word(char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0 || c == '_'; }

bool starts_with_nocase(std::string_view text, std::size_t at, std::string_view word) {
    if (text.size() - at < word.size()) return false;
    for (std::size_t i = 0; i < word.size(); ++i)
        if (std::tolower(static_cast<unsigned char>(text[at + i])) != word[i]) return false;
    return true;
}

std::size_t skip_spaces(std::string_view text, std::size_t at) {
    while (at < text.size() && is_space(text[at])) ++at;
    return at;
}

// A key starts a connection-string item after one of these (or at the start):
// libpq separates by blanks, MySQL by commas, ODBC by semicolons, URLs by ?
// and &, GDAL prefixes by a colon; quotes and brackets when a message cites it.
bool key_may_start_after(char c) {
    return is_space(c) || std::string_view(",;:?&('\"`{[").find(c) != std::string_view::npos;
}

// Longest first, so "password" is not read as "pass" followed by "word".
constexpr std::array<std::string_view, 5> kPasswordKeys{"sslpassword", "password", "passwd", "pass", "pwd"};

// `text[at..]` is `name=` (blanks allowed around the '='): another item
// follows, so a separator before it ends the value.
bool item_follows(std::string_view text, std::size_t at) {
    const std::size_t start = at;
    while (at < text.size() && is_word(text[at])) ++at;
    if (at == start) return false;
    at = skip_spaces(text, at);
    return at < text.size() && text[at] == '=';
}

// The end of a value starting at `at` (one past its closing quote).
std::size_t value_end(std::string_view text, std::size_t at) {
    if (at >= text.size()) return at;
    const char open = text[at];
    if (open == '\'' || open == '"') {  // libpq quoting: backslash escapes
        for (std::size_t i = at + 1; i < text.size(); ++i) {
            if (text[i] == '\\') ++i;
            else if (text[i] == open) return i + 1;
        }
        return text.size();
    }
    if (open == '{') {  // ODBC braces: "}}" is a literal brace
        for (std::size_t i = at + 1; i < text.size(); ++i) {
            if (text[i] != '}') continue;
            if (i + 1 < text.size() && text[i + 1] == '}') ++i;
            else return i + 1;
        }
        return text.size();
    }
    // Already redacted, and quoted in a message ("...password=***: cannot
    // connect", "(PG:... password=***);"): the punctuation is the message's.
    // (Only a password of three stars and punctuation would show.)
    if (text.substr(at, kRedacted.size()) == kRedacted) {
        const std::size_t after = at + kRedacted.size();
        std::size_t i = after;
        while (i < text.size() && std::string_view(":;,.)]'\"`").find(text[i]) != std::string_view::npos) ++i;
        if (i == text.size() || is_space(text[i])) return after;
    }
    std::size_t i = at;
    for (; i < text.size() && !is_space(text[i]); ++i) {
        if (text[i] != ',' && text[i] != ';' && text[i] != '&') continue;
        if (i + 1 == text.size() || is_space(text[i + 1]) || item_follows(text, i + 1)) break;
    }
    return i;
}

// key=value items whose key names a password.
std::string redact_password_items(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    std::size_t copied = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (i > 0 && !key_may_start_after(text[i - 1])) continue;
        for (const std::string_view key : kPasswordKeys) {
            if (!starts_with_nocase(text, i, key)) continue;
            std::size_t at = skip_spaces(text, i + key.size());
            if (at >= text.size() || text[at] != '=') break;
            at = skip_spaces(text, at + 1);
            const std::size_t end = value_end(text, at);
            out.append(text.substr(copied, i + key.size() - copied));
            out += '=';
            out += kRedacted;
            copied = end;
            i = end - 1;
            break;
        }
    }
    out.append(text.substr(copied));
    return out;
}

// scheme://user:password@host...
std::string redact_url_passwords(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    std::size_t copied = 0;
    for (std::size_t mark = text.find("://"); mark != std::string_view::npos; mark = text.find("://", mark + 3)) {
        const std::size_t start = mark + 3;
        std::size_t end = start;
        while (end < text.size() && !is_space(text[end]) && std::string_view("/?#'\"`").find(text[end]) == std::string_view::npos)
            ++end;
        const std::size_t at = text.substr(start, end - start).rfind('@');
        if (at == std::string_view::npos) continue;
        const std::size_t colon = text.substr(start, at).find(':');
        if (colon == std::string_view::npos) continue;
        out.append(text.substr(copied, start + colon + 1 - copied));
        out += kRedacted;
        copied = start + at;
    }
    out.append(text.substr(copied));
    return out;
}

// GDAL's ODBC and OCI drivers take ODBC:user/password@dsn,...
std::string redact_slash_passwords(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    std::size_t copied = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (i > 0 && !key_may_start_after(text[i - 1])) continue;
        std::size_t start = 0;
        if (starts_with_nocase(text, i, "odbc:")) start = i + 5;
        else if (starts_with_nocase(text, i, "oci:")) start = i + 4;
        else continue;
        std::size_t end = start;
        while (end < text.size() && !is_space(text[end]) && text[end] != ',' && text[end] != '\'' && text[end] != '"') ++end;
        const std::string_view item = text.substr(start, end - start);
        const std::size_t at = item.rfind('@');
        const std::size_t slash = item.find('/');
        if (at == std::string_view::npos || slash == std::string_view::npos || slash > at) continue;
        out.append(text.substr(copied, start + slash + 1 - copied));
        out += kRedacted;
        copied = start + at;
        i = end;
    }
    out.append(text.substr(copied));
    return out;
}

}  // namespace

std::string redact_secrets(std::string_view source) {
    return redact_password_items(redact_slash_passwords(redact_url_passwords(source)));
}

}  // namespace coverplan::gis
