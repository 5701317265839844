#include "gis/number_format.h"

#include <charconv>
#include <cmath>

namespace coverplan::gis {

namespace {

std::string chars(double value, std::chars_format format, int precision) {
    if (std::isnan(value)) return "nan";
    if (std::isinf(value)) return value < 0 ? "-inf" : "inf";
    // 400 characters hold any double in fixed notation with 60 decimals.
    char text[400];
    const auto result = std::to_chars(text, text + sizeof text, value, format, precision);
    if (result.ec != std::errc()) return "nan";
    return std::string(text, result.ptr);
}

}  // namespace

std::string format_fixed(double value, int decimals) {
    return chars(value, std::chars_format::fixed, decimals < 0 ? 0 : decimals > 60 ? 60 : decimals);
}

std::string format_signed(double value, int decimals) {
    std::string text = format_fixed(value, decimals);
    return text.front() == '-' ? text : "+" + text;
}

std::string format_general(double value, int significant) {
    return chars(value, std::chars_format::general, significant < 1 ? 1 : significant);
}

std::string format_shortest(double value) {
    if (std::isnan(value)) return "nan";
    if (std::isinf(value)) return value < 0 ? "-inf" : "inf";
    char text[64];
    const auto result = std::to_chars(text, text + sizeof text, value);
    return std::string(text, result.ptr);
}

}  // namespace coverplan::gis
