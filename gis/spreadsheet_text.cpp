#include "gis/spreadsheet_text.h"

#include <cctype>

namespace coverplan::gis {

namespace {

bool is_digit(char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; }

// [+-] digits [. digits] [e [+-] digits], with a digit before or after the point.
bool is_plain_number(std::string_view text) {
    std::size_t i = 0;
    if (i < text.size() && (text[i] == '+' || text[i] == '-')) ++i;
    std::size_t digits = 0;
    for (; i < text.size() && is_digit(text[i]); ++i) ++digits;
    if (i < text.size() && text[i] == '.')
        for (++i; i < text.size() && is_digit(text[i]); ++i) ++digits;
    if (digits == 0) return false;
    if (i < text.size() && (text[i] == 'e' || text[i] == 'E')) {
        if (++i < text.size() && (text[i] == '+' || text[i] == '-')) ++i;
        const std::size_t exponent_start = i;
        while (i < text.size() && is_digit(text[i])) ++i;
        if (i == exponent_start) return false;
    }
    return i == text.size();
}

}  // namespace

bool reads_as_formula(std::string_view text) {
    if (text.empty()) return false;
    switch (text.front()) {
        case '=':
        case '@':
        case '\t':
        case '\r': return true;
        case '+':
        case '-': return !is_plain_number(text);
        default: return false;
    }
}

std::string spreadsheet_text(std::string_view text) {
    return reads_as_formula(text) ? "'" + std::string(text) : std::string(text);
}

}  // namespace coverplan::gis
