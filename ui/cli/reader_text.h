#pragma once
// Small pieces of terminal text in the reader's language (ui/i18n), shared by
// the commands' tables: figures, days and months, a team or a zone that
// has no name of its own, "Wrote FILE". English comes out exactly as the
// commands wrote it before they spoke Vietnamese.

#include <cstdint>
#include <string>

#include "planner/calendar.h"
#include "planner/dataset.h"

namespace coverplan::cli {

/// A count as the commands print it: English without grouping ("1234", as
/// std::to_string), Vietnamese grouped with dots ("1.234").
std::string plain_count(long long value);

// Grouped counts and percentages: i18n::count_text, i18n::percent_text.

/// A day: "2026-11-30" / "30/11/2026".
std::string day_text(planner::Day day);

/// A month (planner::format_month's number): "2026-11" / "11/2026".
std::string month_text(int month);

/// A team's name, or "(no team)" in the reader's language for the orders and
/// zones without one.
std::string team_text(const std::string& team);

/// A zone's name, or "(outside every zone)" in the reader's language.
std::string zone_name_text(const planner::Zones& zones, std::int64_t zone);

/// "Wrote FILE" in the reader's language.
std::string wrote_text(const std::string& what);

}  // namespace coverplan::cli
