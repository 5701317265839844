#include "planner/calendar.h"

#include <chrono>
#include <cstdio>

namespace coverplan::planner {

namespace chr = std::chrono;

std::optional<Day> parse_date(std::string_view text) {
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
            if (lengths[part] == 4) return std::nullopt;
            parts[part] = parts[part] * 10 + (c - '0');
            ++lengths[part];
        } else if ((c == '-' || c == '/' || c == '.') && part < 2 && lengths[part] > 0 &&
                   (separator == 0 || c == separator)) {
            separator = c;
            ++part;
        } else {
            return std::nullopt;
        }
    }
    if (part != 2 || lengths[2] == 0) return std::nullopt;
    int year = 0, month = 0, day = 0;
    if (lengths[0] == 4 && lengths[1] <= 2 && lengths[2] <= 2 && separator != '.') {
        year = parts[0], month = parts[1], day = parts[2];
    } else if (lengths[2] == 4 && lengths[0] <= 2 && lengths[1] <= 2) {
        day = parts[0], month = parts[1], year = parts[2];
    } else {
        return std::nullopt;
    }
    const chr::year_month_day date{chr::year(year), chr::month(static_cast<unsigned>(month)),
                                   chr::day(static_cast<unsigned>(day))};
    if (!date.ok()) return std::nullopt;
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

}  // namespace coverplan::planner
