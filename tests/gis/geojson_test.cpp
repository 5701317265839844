// GeoJSON text from GEOS: read back by GDAL's own GeoJSON parser and
// compared with the source geometry.

#include "gis/geojson.h"

#include <gmock/gmock.h>
#include <ogr_geometry.h>

#include "gis/geos_handle.h"

namespace coverplan::gis {
namespace {

std::string geojson(const std::string& wkt, int decimals = 6) {
    std::string out;
    append_geojson(out, geos_from_wkt(wkt).get(), decimals);
    return out;
}

/// The GeoJSON parsed by GDAL, as WKT.
std::string reparsed(const std::string& json) {
    std::unique_ptr<OGRGeometry> g(OGRGeometryFactory::createFromGeoJson(json.c_str()));
    if (!g) return "(unparsable) " + json;
    return g->exportToWkt();
}

TEST(GeoJson, EveryGeometryTypeReadsBackTheSame) {
    for (const std::string wkt : {"POINT (106.2 21.3)", "LINESTRING (0 0, 1 1, 2 0)",
                                  "POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0), (2 2, 3 2, 3 3, 2 2))",
                                  "MULTIPOLYGON (((0 0, 1 0, 1 1, 0 0)), ((5 5, 6 5, 6 6, 5 5)))",
                                  "MULTIPOINT ((1 2), (3 4))", "MULTILINESTRING ((0 0, 1 1), (2 2, 3 3))",
                                  "GEOMETRYCOLLECTION (POINT (1 2), LINESTRING (0 0, 1 1))"}) {
        const std::string json = geojson(wkt);
        std::unique_ptr<OGRGeometry> expected;
        OGRGeometry* parsed = nullptr;
        ASSERT_EQ(OGRGeometryFactory::createFromWkt(wkt.c_str(), nullptr, &parsed), OGRERR_NONE);
        expected.reset(parsed);
        EXPECT_EQ(reparsed(json), expected->exportToWkt()) << json;
    }
}

TEST(GeoJson, FixedDecimalsWithoutTrailingZeros) {
    EXPECT_EQ(geojson("POINT (106.123456789 21.5)"), R"({"type":"Point","coordinates":[106.123457,21.5]})");
    EXPECT_EQ(geojson("POINT (-0.0000001 3)"), R"({"type":"Point","coordinates":[0,3]})");
    EXPECT_EQ(geojson("POINT (1234.5678 0)", 1), R"({"type":"Point","coordinates":[1234.6,0]})");
    EXPECT_EQ(geojson("POLYGON EMPTY"), "null");
}

}  // namespace
}  // namespace coverplan::gis
