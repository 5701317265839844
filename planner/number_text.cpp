#include "planner/number_text.h"

#include <cstdio>

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
    char text[32];
    std::snprintf(text, sizeof text, "%.*f %%", decimals, share * 100.0);
    return text;
}

}  // namespace coverplan::planner
