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

TEST(Calendar, FormatsAndGroupsByMonth) {
    const Day day = parse_date("2026-11-30").value();
    EXPECT_EQ(format_date(day), "2026-11-30");
    EXPECT_EQ(month_of(day), 2026 * 12 + 10);
    EXPECT_EQ(month_of(parse_date("2027-01-01").value()) - month_of(day), 2);
    EXPECT_EQ(format_month(month_of(day)), "2026-11");
    EXPECT_EQ(format_month(month_of(parse_date("2027-01-31").value())), "2027-01");
}
