#pragma once
// Numbers as the readers accept them in text fields and cells.

#include <optional>
#include <string>
#include <string_view>

namespace coverplan::gis {

/// A decimal number (surrounding spaces and a leading '+' allowed, exponents
/// too; no thousands separators). Nothing for anything else: text, "12abc",
/// a decimal comma, infinities, NaN, and values beyond a double ("1e400").
/// When it gives nothing and `problem` is set, *problem says why, to follow
/// the quoted value: "is not a number", "is infinite", "is out of range",
/// ... A pure function.
std::optional<double> parse_number(std::string_view text, std::string* problem = nullptr);

}  // namespace coverplan::gis
