#pragma once
// Dates as whole days since 1970-01-01, parsed from ISO 8601 text.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace coverplan::planner {

using Day = std::int32_t;
inline constexpr Day kNoDay = INT32_MIN;

/// Parses "YYYY-MM-DD" (also "YYYY/MM/DD") and the day-first order used in
/// Vietnam, "DD/MM/YYYY" (also with '-' or '.'; one-digit day and month
/// allowed in both); leading spaces and a time after a 'T' or a space are
/// ignored. Nothing for anything else, including impossible dates.
std::optional<Day> parse_date(std::string_view text);

/// "YYYY-MM-DD".
std::string format_date(Day day);

/// Month index (year * 12 + month - 1) of a day, for monthly series.
int month_of(Day day);

/// "YYYY-MM" of a month index.
std::string format_month(int month);

/// The first day of a month index.
Day first_day_of_month(int month);

}  // namespace coverplan::planner
