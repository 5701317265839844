#include "planner/quantities.h"

#include <cmath>

#include "gis/parse_number.h"

namespace coverplan::planner {

std::optional<double> parse_quantity(std::string_view text, std::string* problem) {
    std::string why;
    const std::optional<double> value = gis::parse_number(text, &why);
    if (value && *value < 0)
        why = "is negative";
    else if (value && *value > kLargestCount)
        why = "is beyond 9,007,199,254,740,992, the largest count held exactly";
    else if (value)
        return *value == 0 ? 0.0 : *value;  // "-0" is 0
    if (problem) *problem = why;
    return std::nullopt;
}

std::optional<std::int64_t> parse_count(std::string_view text, std::string* problem) {
    const std::optional<double> value = parse_quantity(text, problem);
    if (!value) return std::nullopt;
    if (*value != std::floor(*value)) {
        if (problem) *problem = "is not a whole number";
        return std::nullopt;
    }
    return static_cast<std::int64_t>(*value);
}

}  // namespace coverplan::planner
