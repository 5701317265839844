#include "gis/parse_number.h"

#include <charconv>
#include <cmath>
#include <utility>

#include "gis/utf8.h"

namespace coverplan::gis {

namespace {

std::optional<double> fail(std::string* problem, std::string reason) {
    if (problem) *problem = std::move(reason);
    return std::nullopt;
}

/// The whole of `text` as a double, or the error from_chars gives.
std::errc read_all(std::string_view text, double& value) {
    if (!text.empty() && text.front() == '+') {
        text.remove_prefix(1);
        if (!text.empty() && text.front() == '-') return std::errc::invalid_argument;  // "+-5"
    }
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec != std::errc()) return ec;
    return end == text.data() + text.size() ? std::errc() : std::errc::invalid_argument;
}

}  // namespace

std::optional<double> parse_number(std::string_view text, std::string* problem) {
    while (!text.empty() && text.front() == ' ') text.remove_prefix(1);
    while (!text.empty() && text.back() == ' ') text.remove_suffix(1);
    if (text.empty()) return fail(problem, "is empty");
    double value = 0;
    const std::errc error = read_all(text, value);
    if (error == std::errc::result_out_of_range) return fail(problem, "is out of range");
    if (error == std::errc()) {
        if (std::isnan(value)) return fail(problem, "is not a number (NaN)");
        if (std::isinf(value)) return fail(problem, "is infinite");
        return value;
    }
    // Vietnamese spreadsheets write 1,5 for 1.5: say so rather than guess.
    if (const std::size_t comma = text.find(','); comma != std::string_view::npos) {
        std::string with_point(text);
        with_point[comma] = '.';
        double ignored = 0;
        if (with_point.find(',') == std::string::npos && read_all(with_point, ignored) == std::errc())
            return fail(problem, "is not a number (decimals take a point: 1.5, not 1,5)");
    }
    return fail(problem, "is not a number");
}

}  // namespace coverplan::gis
