#include "gis/geos_handle.h"

#include <cstdarg>
#include <cstdio>
#include <vector>

#include "gis/error.h"

namespace coverplan::gis {

namespace {

thread_local std::string last_message;

void record_message(const char* fmt, ...) {
    char buffer[1024];
    va_list args;
    va_start(args, fmt);
    std::vsnprintf(buffer, sizeof buffer, fmt, args);
    va_end(args);
    last_message = buffer;
}

struct ContextOwner {
    GEOSContextHandle_t handle = nullptr;
    ContextOwner() {
        handle = GEOS_init_r();
        GEOSContext_setNoticeHandler_r(handle, record_message);
        GEOSContext_setErrorHandler_r(handle, record_message);
    }
    ~ContextOwner() { GEOS_finish_r(handle); }
};

}  // namespace

GEOSContextHandle_t geos_context() {
    thread_local ContextOwner owner;
    return owner.handle;
}

std::string geos_last_message() { return last_message; }

GeosGeometry geos_from_wkt(const std::string& wkt) {
    auto ctx = geos_context();
    GEOSWKTReader* reader = GEOSWKTReader_create_r(ctx);
    GEOSGeometry* g = GEOSWKTReader_read_r(ctx, reader, wkt.c_str());
    GEOSWKTReader_destroy_r(ctx, reader);
    if (!g) throw Error("cannot parse WKT '" + wkt + "': " + geos_last_message());
    return GeosGeometry(g);
}

std::string geos_to_wkt(const GEOSGeometry* g, int precision) {
    auto ctx = geos_context();
    GEOSWKTWriter* writer = GEOSWKTWriter_create_r(ctx);
    GEOSWKTWriter_setRoundingPrecision_r(ctx, writer, precision);
    GEOSWKTWriter_setTrim_r(ctx, writer, 1);
    char* text = GEOSWKTWriter_write_r(ctx, writer, g);
    std::string result = text ? text : "";
    GEOSFree_r(ctx, text);
    GEOSWKTWriter_destroy_r(ctx, writer);
    return result;
}

GeosGeometry geos_clone(const GEOSGeometry* g) { return GeosGeometry(GEOSGeom_clone_r(geos_context(), g)); }

Envelope geos_envelope(const GEOSGeometry* g) {
    auto ctx = geos_context();
    Envelope e;
    if (!GEOSGeom_getXMin_r(ctx, g, &e.minx) || !GEOSGeom_getYMin_r(ctx, g, &e.miny) ||
        !GEOSGeom_getXMax_r(ctx, g, &e.maxx) || !GEOSGeom_getYMax_r(ctx, g, &e.maxy))
        throw Error("GEOS cannot compute an envelope: " + geos_last_message());
    return e;
}

double geos_area(const GEOSGeometry* g) {
    double area = 0;
    if (!GEOSArea_r(geos_context(), g, &area)) throw Error("GEOS cannot compute an area: " + geos_last_message());
    return area;
}

GeosGeometry geos_polygonal_parts(const GEOSGeometry* g) {
    auto ctx = geos_context();
    const int type = GEOSGeomTypeId_r(ctx, g);
    if (type == GEOS_POLYGON || type == GEOS_MULTIPOLYGON) return geos_clone(g);
    std::vector<GEOSGeometry*> parts;
    const int n = GEOSGetNumGeometries_r(ctx, g);
    for (int i = 0; i < n; ++i) {
        const GEOSGeometry* part = GEOSGetGeometryN_r(ctx, g, i);
        const int part_type = GEOSGeomTypeId_r(ctx, part);
        if (part_type == GEOS_POLYGON) {
            parts.push_back(GEOSGeom_clone_r(ctx, part));
        } else if (part_type == GEOS_MULTIPOLYGON) {
            for (int k = 0; k < GEOSGetNumGeometries_r(ctx, part); ++k)
                parts.push_back(GEOSGeom_clone_r(ctx, GEOSGetGeometryN_r(ctx, part, k)));
        }
    }
    if (parts.empty()) return nullptr;
    if (parts.size() == 1) return GeosGeometry(parts.front());
    return GeosGeometry(GEOSGeom_createCollection_r(ctx, GEOS_MULTIPOLYGON, parts.data(),
                                                    static_cast<unsigned>(parts.size())));
}

}  // namespace coverplan::gis
