// read_polygons: polygon layers into valid (multi)polygons in the working
// CRS, repairs reported; points buffered into circles when a node reach is
// configured.

#include <cpl_error.h>
#include <ogrsf_frmts.h>

#include <algorithm>

#include "gis/detail/gdal_fields.h"
#include "gis/detail/read_context.h"
#include "gis/error.h"
#include "gis/number_format.h"
#include "gis/layer_reader.h"

namespace coverplan::gis {

using namespace detail;

namespace {

/// Brings an OGR geometry to a (multi)polygon, or says why it cannot be one.
/// `repair` receives a note when the geometry had to be changed.
std::unique_ptr<OGRGeometry> to_polygonal(const OGRGeometry& geometry, std::string& repair, std::string& reject) {
    std::unique_ptr<OGRGeometry> g(geometry.clone());
    if (g->getCoordinateDimension() != 2) g->flattenTo2D();
    if (g->hasCurveGeometry()) {
        g.reset(g->getLinearGeometry());
        repair = "curved geometry linearised";
    }
    const auto type = wkbFlatten(g->getGeometryType());
    if (type == wkbPolygon || type == wkbMultiPolygon) return g;
    if (type == wkbGeometryCollection) {
        auto polygons = std::make_unique<OGRMultiPolygon>();
        for (const OGRGeometry* part : *g->toGeometryCollection()) {
            const auto part_type = wkbFlatten(part->getGeometryType());
            if (part_type == wkbPolygon) polygons->addGeometry(part);
            if (part_type == wkbMultiPolygon)
                for (const OGRPolygon* p : *part->toMultiPolygon()) polygons->addGeometry(p);
        }
        if (polygons->IsEmpty()) {
            reject = "expected a polygon, got a geometry collection without polygons";
            return nullptr;
        }
        repair = "polygons kept from a geometry collection, other parts dropped";
        return polygons;
    }
    reject = std::string("expected a polygon, got ") + geometry.getGeometryName();
    return nullptr;
}

/// A node given as a point and a reach: the circle it serves, in the working
/// CRS. Null (and the feature rejected) when the radius or point is unusable.
GeosGeometry buffer_point(ReadContext& ctx, const ReadOptions& options, int radius_index, OGRFeature& feature,
                          const OGRPoint& point) {
    double radius = options.radius_value;
    std::string radius_field;
    if (radius_index != -2) {
        radius_field = field_of(options, options.radius_key);
        const std::string text = field_text(feature, radius_index, nullptr);
        if (auto value = parse_number(text)) {
            radius = *value;
        } else if (!text.empty() || radius <= 0) {
            ctx.reject(feature, radius_field, "reach radius '" + text + "' is not a number of metres");
            return nullptr;
        }
    }
    if (!(radius > 0)) {
        ctx.reject(feature, radius_field, "a point node needs a reach radius > 0 metres");
        return nullptr;
    }
    double x = point.getX(), y = point.getY();
    if (std::string reason = ctx.range->check(x, y); !reason.empty()) {
        ctx.reject(feature, "", reason);
        return nullptr;
    }
    if (ctx.transform && !ctx.transform->Transform(1, &x, &y)) {
        ctx.reject(feature, "", "cannot be reprojected to " + options.working_crs);
        return nullptr;
    }
    auto gctx = geos_context();
    GeosGeometry centre(GEOSGeom_createPointFromXY_r(gctx, x, y));
    return GeosGeometry(GEOSBuffer_r(gctx, centre.get(), radius, 16));
}

}  // namespace


PolygonTable read_polygons(const LayerSource& source, const ReadOptions& options) {
    QuietGdalErrors quiet;
    ReadContext ctx(source, options, false);
    ctx.misread = find_misread_cells(ctx.opened, ctx.indexes);
    PolygonTable table;
    init_columns(table, options);
    auto gctx = geos_context();
    GEOSMakeValidParams* params = GEOSMakeValidParams_create_r(gctx);
    GEOSMakeValidParams_setMethod_r(gctx, params, GEOS_MAKE_VALID_STRUCTURE);
    GEOSMakeValidParams_setKeepCollapsed_r(gctx, params, 0);
    struct ParamsGuard {
        GEOSMakeValidParams* p;
        ~ParamsGuard() { GEOSMakeValidParams_destroy_r(geos_context(), p); }
    } guard{params};

    ctx.ignore_unread_fields({});
    int radius_index = -2;  // no radius field
    for (std::size_t i = 0; i < options.fields.size(); ++i)
        if (!options.radius_key.empty() && options.fields[i].key == options.radius_key) radius_index = ctx.indexes[i];

    ctx.restart();
    std::string unreadable;
    for (OGRFeatureUniquePtr feature; (feature = ctx.next_feature(unreadable));) {
        ++ctx.report.read;
        if (!unreadable.empty()) {
            ctx.reject(*feature, "", unreadable);
            continue;
        }
        const OGRGeometry* geometry = ctx.geometry_or_reject(*feature);
        if (!geometry) continue;
        const bool buffers_points = !options.radius_key.empty() || options.radius_value > 0;
        if (buffers_points && wkbFlatten(geometry->getGeometryType()) == wkbPoint) {
            if (GeosGeometry circle = buffer_point(ctx, options, radius_index, *feature, *geometry->toPoint())) {
                table.geometries.push_back(std::move(circle));
                store_attributes(table, options, ctx, *feature);
                ++ctx.report.used;
            }
            continue;
        }
        std::string repair, reject;
        std::unique_ptr<OGRGeometry> polygon = to_polygonal(*geometry, repair, reject);
        if (!polygon) {
            ctx.reject(*feature, "", reject);
            continue;
        }
        OGREnvelope envelope;
        polygon->getEnvelope(&envelope);
        std::string range_problem = ctx.range->check(envelope.MinX, envelope.MinY);
        if (range_problem.empty()) range_problem = ctx.range->check(envelope.MaxX, envelope.MaxY);
        if (!range_problem.empty()) {
            ctx.reject(*feature, "", range_problem);
            continue;
        }
        if (ctx.transform && polygon->transform(ctx.transform.get()) != OGRERR_NONE) {
            ctx.reject(*feature, "", "cannot be reprojected to " + options.working_crs);
            continue;
        }
        GeosGeometry g(polygon->exportToGEOS(gctx));
        if (!g) {
            ctx.reject(*feature, "", "GEOS cannot take the geometry: " + gdal_message());
            continue;
        }
        char* reason = nullptr;
        GEOSGeometry* location = nullptr;
        const char valid = GEOSisValidDetail_r(gctx, g.get(), 0, &reason, &location);
        if (valid == 0) {
            std::string why = reason ? reason : "invalid";
            if (location) {
                double lx = 0, ly = 0;
                GEOSGeomGetX_r(gctx, location, &lx);
                GEOSGeomGetY_r(gctx, location, &ly);
                why += " at (" + format_fixed(lx, 1) + ", " + format_fixed(ly, 1) + ")";
                GEOSGeom_destroy_r(gctx, location);
            }
            GEOSFree_r(gctx, reason);
            GeosGeometry fixed(GEOSMakeValidWithParams_r(gctx, g.get(), params));
            GeosGeometry parts = fixed ? geos_polygonal_parts(fixed.get()) : nullptr;
            if (!parts || GEOSisEmpty_r(gctx, parts.get())) {
                ctx.reject(*feature, "", "invalid polygon (" + why + ") with nothing left after make-valid");
                continue;
            }
            g = std::move(parts);
            repair += std::string(repair.empty() ? "" : "; ") + "invalid polygon (" + why + ") repaired with make-valid";
        } else if (valid != 1) {
            ctx.reject(*feature, "", "GEOS cannot check validity: " + geos_last_message());
            continue;
        }
        if (geos_area(g.get()) <= 0) {
            ctx.reject(*feature, "", "polygon has zero area");
            continue;
        }
        if (!repair.empty()) ctx.report.add(Outcome::Repaired, ctx.feature_name(*feature), "", repair);
        table.geometries.push_back(std::move(g));
        store_attributes(table, options, ctx, *feature);
        ++ctx.report.used;
    }
    ctx.check_read_error(source);

    std::vector<bool> keep(table.geometries.size(), true);
    reject_duplicate_ids(table, ctx.report, options.id_key, field_of(options, options.id_key), keep);
    if (std::find(keep.begin(), keep.end(), false) != keep.end()) {
        std::size_t out = 0;
        for (std::size_t i = 0; i < keep.size(); ++i)
            if (keep[i]) table.geometries[out++] = std::move(table.geometries[i]);
        table.geometries.resize(out);
        filter_rows(table, keep);
    }
    ctx.report.reader = "feature by feature";
    table.report = std::move(ctx.report);
    return table;
}

}  // namespace coverplan::gis
