// planner::parse_quantity and parse_count: what a capacity or a household
// count may be, and why the rest is refused.

#include "planner/quantities.h"

#include <gtest/gtest.h>

#include <cmath>

using namespace coverplan::planner;

namespace {

template <class Parse>
std::string why_not(Parse parse, std::string_view text) {
    std::string problem;
    EXPECT_FALSE(parse(text, &problem)) << text;
    return problem;
}

TEST(Quantities, Quantities) {
    EXPECT_EQ(parse_quantity("64"), 64.0);
    EXPECT_EQ(parse_quantity(" 12.5"), 12.5);
    EXPECT_EQ(parse_quantity("0"), 0.0);
    EXPECT_FALSE(std::signbit(*parse_quantity("-0")));  // no "-0 spare ports"
    EXPECT_EQ(parse_quantity("9007199254740992"), kLargestCount);
    EXPECT_EQ(why_not(parse_quantity, "abc"), "is not a number");
    EXPECT_EQ(why_not(parse_quantity, "-5"), "is negative");
    EXPECT_EQ(why_not(parse_quantity, "1e400"), "is out of range");
    EXPECT_EQ(why_not(parse_quantity, "9007199254740993.5"),
              "is beyond 9,007,199,254,740,992, the largest count held exactly");
    EXPECT_EQ(why_not(parse_quantity, "9223372036854775807"),
              "is beyond 9,007,199,254,740,992, the largest count held exactly");
}

TEST(Quantities, Counts) {
    EXPECT_EQ(parse_count("1200"), 1200);
    EXPECT_EQ(parse_count("1.2e3"), 1200);
    EXPECT_EQ(why_not(parse_count, "12.5"), "is not a whole number");
    EXPECT_EQ(why_not(parse_count, "-3"), "is negative");
    EXPECT_EQ(why_not(parse_count, "nhiều"), "is not a number");
}

}  // namespace
