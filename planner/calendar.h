#pragma once
// Dates as whole days since 1970-01-01, parsed from ISO 8601 text.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace coverplan::planner {

using Day = std::int32_t;
inline constexpr Day kNoDay = INT32_MIN;

/// The first year a date may have: earlier ones are placeholders
/// ("0001-01-01", "1900-01-00"), not days anything happened on.
inline constexpr int kFirstYear = 1900;

/// Parses "YYYY-MM-DD" (also "YYYY/MM/DD") and the day-first order used in
/// Vietnam, "DD/MM/YYYY" (also with '-' or '.'; one-digit day and month
/// allowed in both); leading spaces and a time after a 'T' or a space are
/// ignored. Nothing for anything else: impossible dates (31 February,
/// month 0 or 13, day 0, year 0) and years before kFirstYear included. When
/// it gives nothing and `problem` is set, *problem says why, to follow the
/// quoted value: "is not a date like 2026-11-30 or 30/11/2026",
/// "has no day 31: February 2026 has 28 days", ... A pure function.
std::optional<Day> parse_date(std::string_view text, std::string* problem = nullptr);

/// "YYYY-MM-DD".
std::string format_date(Day day);

/// Now, as strftime's `format` makes it, in UTC or in local time.
std::string format_now(const char* format, bool utc);

/// Now, UTC, to the second: "2026-11-30T17:02:11Z".
std::string utc_timestamp();

/// Month index (year * 12 + month - 1) of a day, for monthly series.
int month_of(Day day);

/// "YYYY-MM" of a month index.
std::string format_month(int month);

/// The first day of a month index.
Day first_day_of_month(int month);

}  // namespace coverplan::planner
