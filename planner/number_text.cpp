#include "planner/number_text.h"

#include "gis/number_format.h"

namespace coverplan::planner {

std::string group_thousands(long long value) {
    std::string digits = std::to_string(value < 0 ? -value : value);
    std::string out;
    for (std::size_t i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0) out += ',';
        out += digits[i];
    }
    return value < 0 ? "-" + out : out;
}

std::string percent(double share, int decimals) {
    return gis::format_fixed(share * 100.0, decimals) + " %";
}

}  // namespace coverplan::planner
