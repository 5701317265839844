#include "planner/calendar.h"

#include <gtest/gtest.h>

using namespace coverplan::planner;

TEST(Calendar, ParsesIsoDatesAndRejectsImpossibleOnes) {
    EXPECT_EQ(parse_date("1970-01-01"), 0);
    EXPECT_EQ(parse_date("1970-01-02"), 1);
    EXPECT_EQ(parse_date("2024-02-29"), parse_date("2024-03-01").value() - 1);
    EXPECT_EQ(parse_date("2026/11/30"), parse_date("2026-11-30"));
    EXPECT_EQ(parse_date("2026-11-30T08:15:00"), parse_date("2026-11-30"));
    EXPECT_FALSE(parse_date("2023-02-29"));
    EXPECT_FALSE(parse_date("2026-13-01"));
    // The day-first order of Vietnamese spreadsheets.
    EXPECT_EQ(parse_date("30/11/2026"), parse_date("2026-11-30"));
    EXPECT_EQ(parse_date("1/2/2026"), parse_date("2026-02-01"));
    EXPECT_EQ(parse_date("01.02.2026 08:15"), parse_date("2026-02-01"));
    EXPECT_EQ(parse_date("2026-2-1"), parse_date("2026-02-01"));
    EXPECT_EQ(parse_date("  2026-02-01 "), parse_date("2026-02-01"));  // spaces around a CSV cell
    EXPECT_FALSE(parse_date("11/30/2026"));  // month-first is not a date here
    EXPECT_FALSE(parse_date("30/11/26"));    // two-digit years are ambiguous
    EXPECT_FALSE(parse_date("2026/11-30"));
    EXPECT_FALSE(parse_date("2026.11.30"));
    EXPECT_FALSE(parse_date("20261130"));
    EXPECT_FALSE(parse_date("30//2026"));
    EXPECT_FALSE(parse_date("-1/11/2026"));
    EXPECT_FALSE(parse_date("2026-11-30x"));
    EXPECT_FALSE(parse_date(""));
}

std::string why_not(std::string_view text) {
    std::string problem;
    const auto day = parse_date(text, &problem);
    EXPECT_FALSE(day) << text << " read as " << format_date(day.value_or(0));
    return problem;
}

TEST(Calendar, ImpossibleDatesSayWhy) {
    EXPECT_EQ(why_not("2026-02-31"), "has no day 31: February 2026 has 28 days");
    EXPECT_EQ(why_not("2023-02-29"), "has no day 29: February 2023 has 28 days");
    EXPECT_EQ(why_not("31/04/2026"), "has no day 31: April 2026 has 30 days");
    EXPECT_EQ(why_not("0000-00-00"), "has year 0, which does not exist");
    EXPECT_EQ(why_not("00/00/0000"), "has year 0, which does not exist");
    EXPECT_EQ(why_not("2026-00-10"), "has no month 0");
    EXPECT_EQ(why_not("2026-13-01"), "has no month 13");
    EXPECT_EQ(why_not("2026-11-00"), "has no day 0: November 2026 has 30 days");
    EXPECT_EQ(why_not("2026-1-32"), "has no day 32: January 2026 has 31 days");
    EXPECT_EQ(why_not("0001-01-01"), "is before 1900: a placeholder, not a date");
    EXPECT_EQ(why_not("1899-12-31"), "is before 1900: a placeholder, not a date");
    EXPECT_EQ(why_not("soon"), "is not a date like 2026-11-30 or 30/11/2026");
    EXPECT_EQ(why_not("20260231"), "is not a date like 2026-11-30 or 30/11/2026");
    EXPECT_EQ(why_not(""), "is not a date like 2026-11-30 or 30/11/2026");
    EXPECT_EQ(parse_date("2024-02-29"), parse_date("2024-03-01").value() - 1);
    EXPECT_EQ(parse_date("1900-01-01"), -25567);
}

TEST(Calendar, FormatsAndGroupsByMonth) {
    const Day day = parse_date("2026-11-30").value();
    EXPECT_EQ(format_date(day), "2026-11-30");
    EXPECT_EQ(month_of(day), 2026 * 12 + 10);
    EXPECT_EQ(month_of(parse_date("2027-01-01").value()) - month_of(day), 2);
    EXPECT_EQ(format_month(month_of(day)), "2026-11");
    EXPECT_EQ(format_month(month_of(parse_date("2027-01-31").value())), "2027-01");
}
