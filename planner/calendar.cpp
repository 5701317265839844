#include "planner/calendar.h"

#include <chrono>
#include <cstdio>

namespace coverplan::planner {

namespace chr = std::chrono;

std::optional<Day> parse_date(std::string_view text) {
    if (text.size() < 10) return std::nullopt;
    auto digits = [&](std::size_t from, std::size_t count) -> int {
        int value = 0;
        for (std::size_t i = from; i < from + count; ++i) {
            if (text[i] < '0' || text[i] > '9') return -1;
            value = value * 10 + (text[i] - '0');
        }
        return value;
    };
    const char sep = text[4];
    if ((sep != '-' && sep != '/') || text[7] != sep) return std::nullopt;
    if (text.size() > 10 && text[10] != 'T' && text[10] != ' ') return std::nullopt;
    const int year = digits(0, 4), month = digits(5, 2), day = digits(8, 2);
    if (year < 0 || month < 0 || day < 0) return std::nullopt;
    const chr::year_month_day date{chr::year(year), chr::month(month), chr::day(day)};
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
