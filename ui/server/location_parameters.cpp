#include "ui/server/location_parameters.h"

namespace coverplan::server {

namespace {

const std::string* parameter(const Query& query, const std::string& name) {
    auto it = query.find(name);
    return it == query.end() ? nullptr : &it->second;
}

}  // namespace

double degrees_parameter(const Query& query, const std::string& name, gis::Axis axis) {
    const bool latitude = axis == gis::Axis::Latitude;
    const std::string meaning = latitude ? "latitude in degrees, WGS84" : "longitude in degrees, WGS84";
    const std::string* text = parameter(query, name);
    if (!text || text->empty())
        throw RequestError(400, "missing parameter '" + name + "' (" + meaning + ")", name, "location_unreadable");
    std::string problem;
    const auto value = gis::parse_degrees(*text, axis, &problem);
    if (!value) {
        if (problem == "is not a number")
            throw RequestError(400, "parameter '" + name + "' must be a number (" + meaning + "), got '" + *text + "'",
                               name, "location_unreadable");
        throw RequestError(400, "parameter '" + name + "' '" + *text + "' " + problem, name, "location_unreadable");
    }
    const double limit = latitude ? 90 : 180;
    if (!(*value >= -limit && *value <= limit))
        throw RequestError(400, name + " " + *text + " is outside " + (latitude ? "-90..90" : "-180..180"), name,
                           "location_unreadable");
    return *value;
}

std::pair<double, double> location_parameters(const Query& query) {
    const std::string* at = parameter(query, "at");
    if (!at) return {degrees_parameter(query, "lat", gis::Axis::Latitude), degrees_parameter(query, "lon", gis::Axis::Longitude)};
    if (parameter(query, "lat") || parameter(query, "lon"))
        throw RequestError(400, "give either at=LAT,LON or lat and lon, not both", "at", "location_unreadable");
    std::string problem;
    const auto where = gis::parse_lat_lon(*at, &problem);
    if (!where)
        throw RequestError(400, "parameter 'at'" + std::string(problem.rfind("expects", 0) == 0 ? " " : ": ") + problem,
                           "at", "location_unreadable");
    return {where->lat, where->lon};
}

}  // namespace coverplan::server
