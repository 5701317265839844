#include "gis/geojson.h"

#include <algorithm>
#include <charconv>
#include <cmath>

#include "gis/error.h"

namespace coverplan::gis {

namespace {

void append_number(std::string& out, double value, int decimals) {
    char text[64];
    auto [end, ec] = std::to_chars(text, text + sizeof text, value, std::chars_format::fixed, decimals);
    if (ec != std::errc()) throw Error("cannot format a coordinate");
    // 106.200000 -> 106.2; 21.000000 -> 21
    char* last = end;
    if (std::find(text, end, '.') != end) {
        while (last > text && last[-1] == '0') --last;
        if (last > text && last[-1] == '.') --last;
    }
    if (last - text == 2 && text[0] == '-' && text[1] == '0') {  // "-0" after rounding
        out += '0';
        return;
    }
    out.append(text, last);
}

void append_sequence(std::string& out, GEOSContextHandle_t ctx, const GEOSCoordSequence* sequence, int decimals,
                     bool single) {
    unsigned size = 0;
    if (!GEOSCoordSeq_getSize_r(ctx, sequence, &size)) throw Error("GEOS cannot read a coordinate sequence");
    if (!single) out += '[';
    for (unsigned i = 0; i < size; ++i) {
        double x = 0, y = 0;
        GEOSCoordSeq_getXY_r(ctx, sequence, i, &x, &y);
        if (i) out += ',';
        out += '[';
        append_number(out, x, decimals);
        out += ',';
        append_number(out, y, decimals);
        out += ']';
        if (single) break;
    }
    if (!single) out += ']';
}

void append_polygon_rings(std::string& out, GEOSContextHandle_t ctx, const GEOSGeometry* polygon, int decimals) {
    out += '[';
    append_sequence(out, ctx, GEOSGeom_getCoordSeq_r(ctx, GEOSGetExteriorRing_r(ctx, polygon)), decimals, false);
    const int holes = GEOSGetNumInteriorRings_r(ctx, polygon);
    for (int i = 0; i < holes; ++i) {
        out += ',';
        append_sequence(out, ctx, GEOSGeom_getCoordSeq_r(ctx, GEOSGetInteriorRingN_r(ctx, polygon, i)), decimals, false);
    }
    out += ']';
}

}  // namespace

void append_geojson(std::string& out, const GEOSGeometry* geometry, int decimals) {
    auto ctx = geos_context();
    if (!geometry || GEOSisEmpty_r(ctx, geometry)) {
        out += "null";
        return;
    }
    const int type = GEOSGeomTypeId_r(ctx, geometry);
    const int parts = GEOSGetNumGeometries_r(ctx, geometry);
    switch (type) {
        case GEOS_POINT:
            out += R"({"type":"Point","coordinates":)";
            append_sequence(out, ctx, GEOSGeom_getCoordSeq_r(ctx, geometry), decimals, true);
            break;
        case GEOS_LINESTRING:
        case GEOS_LINEARRING:
            out += R"({"type":"LineString","coordinates":)";
            append_sequence(out, ctx, GEOSGeom_getCoordSeq_r(ctx, geometry), decimals, false);
            break;
        case GEOS_POLYGON:
            out += R"({"type":"Polygon","coordinates":)";
            append_polygon_rings(out, ctx, geometry, decimals);
            break;
        case GEOS_MULTIPOINT:
        case GEOS_MULTILINESTRING:
        case GEOS_MULTIPOLYGON:
            out += type == GEOS_MULTIPOINT        ? R"({"type":"MultiPoint","coordinates":[)"
                   : type == GEOS_MULTILINESTRING ? R"({"type":"MultiLineString","coordinates":[)"
                                                  : R"({"type":"MultiPolygon","coordinates":[)";
            for (int i = 0; i < parts; ++i) {
                if (i) out += ',';
                const GEOSGeometry* part = GEOSGetGeometryN_r(ctx, geometry, i);
                if (type == GEOS_MULTIPOLYGON)
                    append_polygon_rings(out, ctx, part, decimals);
                else
                    append_sequence(out, ctx, GEOSGeom_getCoordSeq_r(ctx, part), decimals, type == GEOS_MULTIPOINT);
            }
            out += ']';
            break;
        case GEOS_GEOMETRYCOLLECTION:
            out += R"({"type":"GeometryCollection","geometries":[)";
            for (int i = 0; i < parts; ++i) {
                if (i) out += ',';
                append_geojson(out, GEOSGetGeometryN_r(ctx, geometry, i), decimals);
            }
            out += ']';
            break;
        default: throw Error("cannot write GEOS geometry type " + std::to_string(type) + " as GeoJSON");
    }
    out += '}';
}

}  // namespace coverplan::gis
