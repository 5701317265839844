#pragma once
// Latitude and longitude as people write them: the one parser behind
// `coverplan check --at`, the service's lat / lon / at parameters and the
// field page's location box. Decimal points or decimal commas (Vietnamese
// spreadsheets and phones write 21,2731), degrees-minutes-seconds with
// hemisphere letters (21°16'23"N 106°12'05"E), separated by a comma, a
// semicolon or spaces.

#include <optional>
#include <string>
#include <string_view>

namespace coverplan::gis {

enum class Axis { Latitude, Longitude };

/// One angle in degrees: "21.2731", "21,2731" (a decimal comma, when the
/// text has no point), "-21.5", "+106", "21°16'23\"N", "21° 16.383' N",
/// "N21°16'23.5\"", "106°12'05\"E", "21°S" (negative). Degrees take ° (or º),
/// minutes ' (or ′), seconds " (or ″ or ''); minutes and seconds below 60,
/// and only the last part may have a fraction. A hemisphere letter must fit
/// the axis (N/S for latitude, E/W for longitude) and excludes a sign. The
/// range is not checked here (parse_lat_lon does; callers of this check
/// their own). Nothing, with `*problem` saying why after the quoted value
/// ("is not a number", "has 75 minutes (at most 59)", ...), for anything
/// else. A pure function.
std::optional<double> parse_degrees(std::string_view text, Axis axis, std::string* problem = nullptr);

struct LatLon {
    double lat = 0, lon = 0;
};

/// A latitude and a longitude, in that order unless hemisphere letters say
/// which is which ("106°12'05\"E 21°16'23\"N" is read right). Accepted:
///   "21.2731,106.2014"   "21.2731, 106.2014"   "21.2731 106.2014"
///   "21,2731 106,2014"   "21,2731; 106,2014"   "21.2731;106.2014"
///   "21°16'23\"N 106°12'05\"E"   "N21°16'23\" E106°12'05\""
/// Nothing, with `*problem` set, otherwise; the problems read (after
/// "--at: " or the like):
///   expects LAT,LON in degrees (WGS 84), e.g. 21.2731,106.2014; got 'abc'
///   (with a hint when four comma-separated numbers are ambiguous)
///   latitude 'x' is not a number
///   latitude 106.2 is outside -90..90 (LAT,LON: latitude first)
///   longitude 190 is outside -180..180
/// A pure function.
std::optional<LatLon> parse_lat_lon(std::string_view text, std::string* problem = nullptr);

}  // namespace coverplan::gis
