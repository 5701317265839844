#pragma once
// Figures as people read them, shared by reasons, tables, maps and reports.

#include <string>

namespace coverplan::planner {

/// "12,345" style thousands separators.
std::string group_thousands(long long value);
/// A share 0..1 as "87.5 %".
std::string percent(double share, int decimals = 1);

}  // namespace coverplan::planner
