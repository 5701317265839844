#pragma once
// Numbers as text whatever the process locale. printf's "%.1f" follows
// LC_NUMERIC, which a Qt application takes from the environment: under a
// Vietnamese or German locale it prints "87,5" in the middle of English text,
// in files and in the figures other programs read back. These never do.

#include <string>

namespace coverplan::gis {

/// `decimals` digits after a '.', like printf's "%.*f" in the C locale.
std::string format_fixed(double value, int decimals);

/// As format_fixed with a sign always ("+12", "-3", "+0"), like "%+.*f".
std::string format_signed(double value, int decimals);

/// At most `significant` significant digits, like printf's "%.*g" in the C
/// locale (trailing zeros dropped, an exponent for very large or small values).
std::string format_general(double value, int significant = 6);

/// The shortest text that reads back as the same double ("0.4", not
/// "0.40000000000000002"; "256", "1e+20"), for files a program reads back.
std::string format_shortest(double value);

}  // namespace coverplan::gis
