#pragma once
// Quantities read from the data (ports, households): checked, never guessed.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace coverplan::planner {

/// The largest count a double holds exactly (2^53): beyond it one port more
/// or less changes nothing, so such a value is a mistake, not a capacity.
inline constexpr double kLargestCount = 9007199254740992.0;

/// A quantity of units: a number from 0 to kLargestCount. Nothing for
/// anything else, and then *problem (when set) says why, to follow the
/// quoted value ("is not a number", "is negative", ...). A pure function.
std::optional<double> parse_quantity(std::string_view text, std::string* problem = nullptr);

/// A quantity that must also be a whole number (households).
std::optional<std::int64_t> parse_count(std::string_view text, std::string* problem = nullptr);

}  // namespace coverplan::planner
