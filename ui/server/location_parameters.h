#pragma once
// A location in a request's query, read by the one coordinate parser
// (gis/coordinates.h): ?lat=21,2731&lon=106°12'05"E or ?at=21.2731 106.2014.

#include <string>
#include <utility>

#include "gis/coordinates.h"
#include "ui/server/field_service.h"

namespace coverplan::server {

/// One angle parameter: missing, not degrees (gis::parse_degrees) or outside
/// its axis's range (-90..90, -180..180) is a RequestError (400) naming it.
double degrees_parameter(const Query& query, const std::string& name, gis::Axis axis);

/// Latitude and longitude of ?lat=..&lon=.., or of ?at=LAT,LON (any form
/// gis::parse_lat_lon reads; what the field page's location box sends).
/// Giving both forms is refused.
std::pair<double, double> location_parameters(const Query& query);

}  // namespace coverplan::server
