// gis::format_*: the same text as printf in the C locale, and the same text
// again when the process locale writes a decimal comma.

#include "gis/number_format.h"

#include <gtest/gtest.h>

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "support/decimal_comma_locale.h"

namespace coverplan::gis {
namespace {

std::string printf_text(const char* format, double value) {
    char text[512];
    std::snprintf(text, sizeof text, format, value);
    return text;
}

const std::vector<double> kValues = {0.0,     -0.0,  0.5,     1.5,      2.5,      87.5,   0.875 * 100, 1.05,
                                     -3.25,   1e-7,  123456.789, 1e21,  -1e-300,  2.0 / 3, 599999.9996, 2300000.5};

TEST(NumberFormat, EqualsPrintfInTheCLocale) {
    for (double v : kValues) {
        EXPECT_EQ(format_fixed(v, 0), printf_text("%.0f", v)) << v;
        EXPECT_EQ(format_fixed(v, 1), printf_text("%.1f", v)) << v;
        EXPECT_EQ(format_fixed(v, 3), printf_text("%.3f", v)) << v;
        EXPECT_EQ(format_signed(v, 0), printf_text("%+.0f", v)) << v;
        EXPECT_EQ(format_general(v), printf_text("%g", v)) << v;
        EXPECT_EQ(format_general(v, 4), printf_text("%.4g", v)) << v;
    }
}

TEST(NumberFormat, ADecimalCommaLocaleChangesNothing) {
    test::DecimalCommaLocale comma;
    ASSERT_FALSE(comma.name().empty()) << "no decimal-comma locale installed: scripts/install-deps.sh installs locales-all";
    ASSERT_TRUE(comma.writes_decimal_comma()) << comma.name();
    EXPECT_EQ(format_fixed(87.5, 1), "87.5");
    EXPECT_EQ(format_signed(170.8, 0), "+171");
    EXPECT_EQ(format_general(12.25), "12.25");
    EXPECT_EQ(format_general(1.5e-7), "1.5e-07");
}

TEST(NumberFormat, ShortestReadsBackAsTheSameDouble) {
    for (double v : kValues) {
        const std::string text = format_shortest(v);
        EXPECT_EQ(std::strtod(text.c_str(), nullptr), v) << text;
        EXPECT_LE(text.size(), printf_text("%.17g", v).size()) << text;
    }
    EXPECT_EQ(format_shortest(0.4), "0.4");
    EXPECT_EQ(format_shortest(256), "256");
    EXPECT_EQ(format_shortest(106.2), "106.2");
    EXPECT_EQ(format_shortest(-64), "-64");
    test::DecimalCommaLocale comma;
    EXPECT_EQ(format_shortest(21.28), "21.28");
}

TEST(NumberFormat, NotANumberAndInfinities) {
    EXPECT_EQ(format_fixed(NAN, 1), "nan");
    EXPECT_EQ(format_fixed(INFINITY, 1), "inf");
    EXPECT_EQ(format_general(-INFINITY), "-inf");
    EXPECT_EQ(format_shortest(NAN), "nan");
    EXPECT_EQ(format_shortest(-INFINITY), "-inf");
}

}  // namespace
}  // namespace coverplan::gis
