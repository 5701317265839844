#include "planner/calendar.h"

#include <chrono>
#include <cstdio>
#include <ctime>
#include <utility>

namespace coverplan::planner {

namespace chr = std::chrono;

namespace {

std::optional<Day> fail(std::string* problem, std::string reason) {
    if (problem) *problem = std::move(reason);
    return std::nullopt;
}

const char* const kMonthNames[] = {"January", "February", "March",     "April",   "May",      "June",
                                   "July",    "August",   "September", "October", "November", "December"};

}  // namespace

std::optional<Day> parse_date(std::string_view text, std::string* problem) {
    static const std::string not_a_date = "is not a date like 2026-11-30 or 30/11/2026";
    while (!text.empty() && text.front() == ' ') text.remove_prefix(1);
    // A time after the date is ignored.
    const std::size_t date_end = text.find_first_of("T ");
    if (date_end != std::string_view::npos) text = text.substr(0, date_end);
    // Three runs of digits with one separator: Y-M-D when the first has four
    // digits, D/M/Y (the Vietnamese order) when the last has.
    int parts[3] = {0, 0, 0};
    std::size_t lengths[3] = {0, 0, 0};
    char separator = 0;
    int part = 0;
    for (char c : text) {
        if (c >= '0' && c <= '9') {
            if (lengths[part] == 4) return fail(problem, not_a_date);
            parts[part] = parts[part] * 10 + (c - '0');
            ++lengths[part];
        } else if ((c == '-' || c == '/' || c == '.') && part < 2 && lengths[part] > 0 &&
                   (separator == 0 || c == separator)) {
            separator = c;
            ++part;
        } else {
            return fail(problem, not_a_date);
        }
    }
    if (part != 2 || lengths[2] == 0) return fail(problem, not_a_date);
    int year = 0, month = 0, day = 0;
    if (lengths[0] == 4 && lengths[1] <= 2 && lengths[2] <= 2 && separator != '.') {
        year = parts[0], month = parts[1], day = parts[2];
    } else if (lengths[2] == 4 && lengths[0] <= 2 && lengths[1] <= 2) {
        day = parts[0], month = parts[1], year = parts[2];
    } else {
        return fail(problem, not_a_date);
    }
    if (year == 0) return fail(problem, "has year 0, which does not exist");
    if (month < 1 || month > 12) return fail(problem, "has no month " + std::to_string(month));
    const chr::year_month_day_last last{chr::year(year), chr::month_day_last(chr::month(unsigned(month)))};
    const int days_in_month = int(unsigned(last.day()));
    if (day < 1 || day > days_in_month)
        return fail(problem, "has no day " + std::to_string(day) + ": " + kMonthNames[month - 1] + " " +
                                 std::to_string(year) + " has " + std::to_string(days_in_month) + " days");
    if (year < kFirstYear)
        return fail(problem, "is before " + std::to_string(kFirstYear) + ": a placeholder, not a date");
    const chr::year_month_day date{chr::year(year), chr::month(unsigned(month)), chr::day(unsigned(day))};
    return static_cast<Day>(chr::sys_days(date).time_since_epoch().count());
}

std::string format_date(Day day) {
    const chr::year_month_day date{chr::sys_days(chr::days(day))};
    char text[16];
    std::snprintf(text, sizeof text, "%04d-%02u-%02u", int(date.year()), unsigned(date.month()), unsigned(date.day()));
    return text;
}

int month_of(Day day) {
    const chr::year_month_day date{chr::sys_days(chr::days(day))};
    return int(date.year()) * 12 + int(unsigned(date.month())) - 1;
}

std::string format_month(int month) {
    char text[32];
    std::snprintf(text, sizeof text, "%04d-%02d", month / 12, month % 12 + 1);
    return text;
}

Day first_day_of_month(int month) {
    const chr::year_month_day date{chr::year(month / 12), chr::month(unsigned(month % 12 + 1)), chr::day(1)};
    return Day(chr::sys_days(date).time_since_epoch().count());
}

std::string format_now(const char* format, bool utc) {
    const std::time_t now = std::time(nullptr);
    std::tm parts{};
    if (utc) gmtime_r(&now, &parts);
    else localtime_r(&now, &parts);
    char text[64];
    return std::strftime(text, sizeof text, format, &parts) ? text : "";
}

std::string utc_timestamp() { return format_now("%Y-%m-%dT%H:%M:%SZ", true); }

}  // namespace coverplan::planner
