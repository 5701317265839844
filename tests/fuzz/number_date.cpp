// The readers of numbers and dates in text fields, gis::parse_number and
// planner::parse_date, on any text. Each promises what it accepts (see their
// headers); what they accept must read back the same from its own output.

#include <charconv>
#include <cmath>
#include <string>

#include "fuzz/fuzz_support.h"
#include "gis/parse_number.h"
#include "planner/calendar.h"

using namespace coverplan;
using coverplan::fuzz::finding;

namespace {

/// The form parse_number documents: spaces, an optional '+' or '-', digits
/// with an optional decimal point, an optional exponent, spaces.
bool is_documented_number(std::string_view text) {
    std::size_t i = 0;
    auto digits = [&] {
        const std::size_t start = i;
        while (i < text.size() && text[i] >= '0' && text[i] <= '9') ++i;
        return i - start;
    };
    while (i < text.size() && text[i] == ' ') ++i;
    if (i < text.size() && (text[i] == '+' || text[i] == '-')) ++i;
    std::size_t mantissa = digits();
    if (i < text.size() && text[i] == '.') {
        ++i;
        mantissa += digits();
    }
    if (mantissa == 0) return false;
    if (i < text.size() && (text[i] == 'e' || text[i] == 'E')) {
        ++i;
        if (i < text.size() && (text[i] == '+' || text[i] == '-')) ++i;
        if (digits() == 0) return false;
    }
    while (i < text.size() && text[i] == ' ') ++i;
    return i == text.size();
}

void check_number(std::string_view text) {
    const auto number = gis::parse_number(text);
    if (!number) return;
    const std::string quoted = "'" + std::string(text) + "'";
    if (!std::isfinite(*number)) finding(quoted + " was read as a number that is not finite");
    if (!is_documented_number(text)) finding(quoted + " is not a decimal number, yet was read as " + std::to_string(*number));
    char shortest[64];
    const auto written = std::to_chars(shortest, shortest + sizeof shortest, *number);
    if (gis::parse_number(std::string_view(shortest, written.ptr - shortest)) != number)
        finding(quoted + " does not read back from its own shortest form");
}

void check_date(std::string_view text) {
    const auto day = planner::parse_date(text);
    if (!day) return;
    const std::string quoted = "'" + std::string(text) + "'";
    const std::string iso = planner::format_date(*day);
    if (planner::parse_date(iso) != day) finding(quoted + " was read as " + iso + ", which does not read back");
    const int month = planner::month_of(*day);
    if (planner::format_month(month) != iso.substr(0, 7))
        finding(quoted + ": month " + planner::format_month(month) + " of " + iso);
    const planner::Day first = planner::first_day_of_month(month);
    if (first > *day || *day - first > 30) finding(quoted + ": " + iso + " is not in its own month");
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text = fuzz::as_text(data, size);
    check_number(text);
    check_date(text);
    return 0;
}
