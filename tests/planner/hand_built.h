#pragma once
// Building blocks for hand-built test projects: GeoJSON squares and CSV
// points in EPSG:32648, in metres relative to (500000, 2300000).

#include <string>
#include <vector>

namespace coverplan::test {

inline std::string at(double x, double y) { return std::to_string(500000 + x) + "," + std::to_string(2300000 + y); }

inline std::string square(double x0, double y0, double x1, double y1) {
    auto p = [](double x, double y) { return "[" + at(x, y) + "]"; };
    return R"({"type":"Polygon","coordinates":[[)" + p(x0, y0) + "," + p(x1, y0) + "," + p(x1, y1) + "," + p(x0, y1) +
           "," + p(x0, y0) + "]]}";
}

inline std::string collection(const std::string& features) {
    return R"({"type":"FeatureCollection","crs":{"type":"name","properties":{"name":"urn:ogc:def:crs:EPSG::32648"}},"features":[)" +
           features + "]}";
}

inline std::string feature(const std::string& properties, const std::string& geometry) {
    return R"({"type":"Feature","properties":{)" + properties + R"(},"geometry":)" + geometry + "}";
}

inline std::string points_csv(const std::string& header, const std::vector<std::string>& rows) {
    std::string text = header + "\n";
    for (const auto& row : rows) text += row + "\n";
    return text;
}

}  // namespace coverplan::test
