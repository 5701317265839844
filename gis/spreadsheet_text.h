#pragma once
// Text bound for a spreadsheet that must not run as a formula. Spreadsheet
// programs opening a CSV evaluate a cell starting with = + - @ (and, in some,
// tab or carriage return) as a formula, so a zone name or a prospect's note
// such as =HYPERLINK("http://x","y") or +cmd|' /C calc'!A0 would run on the
// reader's machine (CSV injection). OWASP's rule: such a cell gets a leading
// single quote and reads as text.

#include <string>
#include <string_view>

namespace coverplan::gis {

/// Whether `text` would be read as a formula: it starts with = + - @ tab or
/// carriage return and is not a plain number ("-12.5", "+3", "-1e-3" stay:
/// a negative number is a number, not a formula).
bool reads_as_formula(std::string_view text);

/// `text` prefixed with a single quote when it reads as a formula, else as it is.
std::string spreadsheet_text(std::string_view text);

}  // namespace coverplan::gis
