// gis::parse_number: what is a number, and why the rest is not.

#include <gtest/gtest.h>

#include "gis/parse_number.h"

namespace coverplan::gis {
namespace {

std::string why_not(std::string_view text) {
    std::string problem;
    const auto value = parse_number(text, &problem);
    EXPECT_FALSE(value) << text << " read as " << value.value_or(0);
    return problem;
}

TEST(ParseNumber, Numbers) {
    EXPECT_EQ(parse_number("12"), 12.0);
    EXPECT_EQ(parse_number(" +12.5 "), 12.5);
    EXPECT_EQ(parse_number("-0.25"), -0.25);
    EXPECT_EQ(parse_number("1e3"), 1000.0);
    EXPECT_EQ(parse_number("2.1E1"), 21.0);
    EXPECT_EQ(parse_number("1.7976931348623157e308"), 1.7976931348623157e308);
}

TEST(ParseNumber, EverythingElseWithItsReason) {
    EXPECT_EQ(why_not(""), "is empty");
    EXPECT_EQ(why_not("   "), "is empty");
    EXPECT_EQ(why_not("abc"), "is not a number");
    EXPECT_EQ(why_not("12abc"), "is not a number");
    EXPECT_EQ(why_not("0x10"), "is not a number");
    EXPECT_EQ(why_not("1 000"), "is not a number");
    EXPECT_EQ(why_not("1,000,000"), "is not a number");
    EXPECT_EQ(why_not("1,5"), "is not a number (decimals take a point: 1.5, not 1,5)");
    EXPECT_EQ(why_not("1e400"), "is out of range");
    EXPECT_EQ(why_not("-1e400"), "is out of range");
    EXPECT_EQ(why_not("inf"), "is infinite");
    EXPECT_EQ(why_not("-Infinity"), "is infinite");
    EXPECT_EQ(why_not("nan"), "is not a number (NaN)");
    EXPECT_EQ(why_not("NaN"), "is not a number (NaN)");
    EXPECT_EQ(why_not("++1"), "is not a number");
    EXPECT_EQ(why_not("+-5"), "is not a number");
    EXPECT_EQ(why_not(std::string_view("1\0" "2", 3)), "is not a number");
    EXPECT_FALSE(parse_number("abc"));  // the reason is optional
}

}  // namespace
}  // namespace coverplan::gis
