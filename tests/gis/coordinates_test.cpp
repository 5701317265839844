// Latitude and longitude as people write them, and the exact words of every
// refusal (the command line and the service show them as they are).

#include <gtest/gtest.h>

#include "gis/coordinates.h"

using coverplan::gis::Axis;
using coverplan::gis::parse_degrees;
using coverplan::gis::parse_lat_lon;

namespace {

void expect_pair(const std::string& text, double lat, double lon) {
    std::string problem;
    const auto at = parse_lat_lon(text, &problem);
    ASSERT_TRUE(at) << text << ": " << problem;
    EXPECT_NEAR(at->lat, lat, 1e-9) << text;
    EXPECT_NEAR(at->lon, lon, 1e-9) << text;
}

std::string problem_of(const std::string& text) {
    std::string problem;
    const auto at = parse_lat_lon(text, &problem);
    EXPECT_FALSE(at) << text << " was read as " << (at ? at->lat : 0) << ", " << (at ? at->lon : 0);
    return problem;
}

constexpr double kDmsLat = 21 + 16 / 60.0 + 23 / 3600.0;
constexpr double kDmsLon = 106 + 12 / 60.0 + 5 / 3600.0;

}  // namespace

TEST(Coordinates, DecimalPointsCommasAndSeparators) {
    expect_pair("21.2731,106.2014", 21.2731, 106.2014);
    expect_pair("21.2731, 106.2014", 21.2731, 106.2014);
    expect_pair(" 21.2731 106.2014 ", 21.2731, 106.2014);
    expect_pair("21.2731 , 106.2014", 21.2731, 106.2014);
    expect_pair("21.2731;106.2014", 21.2731, 106.2014);
    expect_pair("21,2731 106,2014", 21.2731, 106.2014);
    expect_pair("21,2731; 106,2014", 21.2731, 106.2014);
    expect_pair("21,2731;106,2014", 21.2731, 106.2014);
    expect_pair("21,5 106", 21.5, 106);
    expect_pair("-33.8688,151.2093", -33.8688, 151.2093);
    expect_pair("+21.2,+106.2", 21.2, 106.2);
}

TEST(Coordinates, DegreesMinutesSeconds) {
    expect_pair("21°16'23\"N 106°12'05\"E", kDmsLat, kDmsLon);
    expect_pair("21°16'23\"N, 106°12'05\"E", kDmsLat, kDmsLon);
    expect_pair("21° 16' 23\" N 106° 12' 05\" E", kDmsLat, kDmsLon);
    expect_pair("N21°16'23\" E106°12'05\"", kDmsLat, kDmsLon);
    expect_pair("106°12'05\"E 21°16'23\"N", kDmsLat, kDmsLon);  // the letters say which is which
    expect_pair("21º16′23″N 106º12′05″E", kDmsLat, kDmsLon);     // what phones' keyboards offer
    expect_pair("21°16'23''N 106°12'5''E", kDmsLat, kDmsLon);   // two quotes for seconds
    expect_pair("21°16,5'N 106°12,25'E", 21 + 16.5 / 60, 106 + 12.25 / 60);
    expect_pair("21°16'23\";106°12'05\"", kDmsLat, kDmsLon);
    expect_pair("33°52'S 151°12'E", -(33 + 52 / 60.0), 151.2);
    expect_pair("21.2731N 106.2014E", 21.2731, 106.2014);
}

TEST(Coordinates, OneAngle) {
    EXPECT_DOUBLE_EQ(*parse_degrees("21,2731", Axis::Latitude), 21.2731);
    EXPECT_DOUBLE_EQ(*parse_degrees("106°12'05\"E", Axis::Longitude), kDmsLon);
    EXPECT_DOUBLE_EQ(*parse_degrees("21°16'23\"S", Axis::Latitude), -kDmsLat);
    EXPECT_DOUBLE_EQ(*parse_degrees("-106.5", Axis::Longitude), -106.5);
    std::string problem;
    EXPECT_FALSE(parse_degrees("106°12'05\"E", Axis::Latitude, &problem));
    EXPECT_EQ(problem, "has the hemisphere E, a longitude's (E/W) where a latitude belongs");
    EXPECT_FALSE(parse_degrees("-21°N", Axis::Latitude, &problem));
    EXPECT_EQ(problem, "has both a sign and a hemisphere letter");
    EXPECT_FALSE(parse_degrees("--21", Axis::Latitude, &problem));
    EXPECT_EQ(problem, "is not a number");
    EXPECT_FALSE(parse_degrees("1,2,3", Axis::Latitude, &problem));
    EXPECT_EQ(problem, "is not a number");
}

TEST(Coordinates, RefusalsSayWhatIsWrong) {
    EXPECT_EQ(problem_of("abc"), "expects LAT,LON in degrees (WGS 84), e.g. 21.2731,106.2014; got 'abc'");
    EXPECT_EQ(problem_of(""), "expects LAT,LON in degrees (WGS 84), e.g. 21.2731,106.2014; got ''");
    EXPECT_EQ(problem_of("21,2731,106,2014"),
              "expects LAT,LON in degrees (WGS 84), e.g. 21.2731,106.2014; got '21,2731,106,2014'; with decimal "
              "commas put a space or a semicolon between latitude and longitude: 21,2731 106,2014");
    EXPECT_EQ(problem_of("21 16 106"), "expects LAT,LON in degrees (WGS 84), e.g. 21.2731,106.2014; got '21 16 106'");
    EXPECT_EQ(problem_of("x,106.2"), "latitude 'x' is not a number");
    EXPECT_EQ(problem_of("21.2,"), "longitude '' is not a number");
    EXPECT_EQ(problem_of("106.2,21.2"), "latitude 106.2 is outside -90..90 (LAT,LON: latitude first)");
    EXPECT_EQ(problem_of("95,200"), "latitude 95 is outside -90..90");
    EXPECT_EQ(problem_of("21.2,190"), "longitude 190 is outside -180..180");
    EXPECT_EQ(problem_of("21°75'N 106°12'E"), "latitude '21°75'N' has 75 minutes (at most 59)");
    EXPECT_EQ(problem_of("21°16'60\"N 106°12'E"), "latitude '21°16'60\"N' has 60 seconds (at most 59)");
    EXPECT_EQ(problem_of("21.5°16'N 106°12'E"),
              "latitude '21.5°16'N' has a fraction before its last part (only the last of degrees, minutes and "
              "seconds may have one)");
    EXPECT_EQ(problem_of("21'16°N 106°E"), "latitude '21'16°N' is not degrees, minutes and seconds like 21°16'23\"N");
    EXPECT_EQ(problem_of("21.2,1e999"), "longitude '1e999' is out of range");
    EXPECT_EQ(problem_of("nan,106"), "latitude 'nan' is not a number");
}
