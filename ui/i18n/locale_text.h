#pragma once
// Figures as a reader of the current language writes them: English
// "1,516", "87.9 %" (planner/number_text.h, unchanged), Vietnamese "1.516",
// "87,9 %", "30/11/2026". For text meant for people; data files keep ISO
// dates and plain numbers.

#include <string>

namespace coverplan::i18n {

/// A whole number with thousands separators.
std::string count_text(long long value);

/// A number with `decimals` decimals (thousands grouped).
std::string decimal_text(double value, int decimals);

/// A share 0..1 as a percentage with `decimals` decimals.
std::string percent_text(double share, int decimals = 1);

/// An ISO day "2026-11-30" as the reader writes a date: English keeps the
/// ISO form, Vietnamese "30/11/2026". Text that is not an ISO day comes back as it is.
std::string date_text(const std::string& iso_day);

/// A zone's kind ([layers.zones] kind) as people read it: the data's own
/// text, or "(no kind)" in the reader's language for a zone without one.
std::string kind_text(const std::string& kind);

}  // namespace coverplan::i18n
