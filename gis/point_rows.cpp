// read_point_rows: every row of a point layer with all its attributes,
// typed, for tools that give each input row back with something added.

#include <cpl_error.h>
#include <ogrsf_frmts.h>

#include <cmath>
#include <limits>

#include "gis/detail/read_context.h"
#include "gis/error.h"
#include "gis/layer_reader.h"
#include "gis/utf8.h"

namespace coverplan::gis {

using namespace detail;

namespace {

FieldType field_type_of(OGRFieldType type) {
    switch (type) {
        case OFTInteger:
        case OFTInteger64: return FieldType::Integer;
        case OFTReal: return FieldType::Real;
        case OFTDate: return FieldType::Date;
        default: return FieldType::String;
    }
}

FieldValue typed_value(OGRFeature& feature, int index, FieldType type, const TextDecoder* decoder) {
    if (!feature.IsFieldSetAndNotNull(index)) return {};
    switch (type) {
        case FieldType::Integer: return static_cast<std::int64_t>(feature.GetFieldAsInteger64(index));
        case FieldType::Real: return feature.GetFieldAsDouble(index);
        default: return field_text(feature, index, decoder);
    }
}

/// The point of a feature (or why there is none usable).
std::string feature_point(OGRFeature& feature, const LayerSource& source, int x_index, int y_index, double& x,
                          double& y) {
    if (x_index >= 0) {
        const std::string x_text = field_text(feature, x_index, nullptr), y_text = field_text(feature, y_index, nullptr);
        const auto px = parse_number(x_text), py = parse_number(y_text);
        if (!px)
            return x_text.empty() ? "no " + source.x_field + " coordinate"
                                  : source.x_field + " coordinate '" + x_text + "' is not a number";
        if (!py)
            return y_text.empty() ? "no " + source.y_field + " coordinate"
                                  : source.y_field + " coordinate '" + y_text + "' is not a number";
        x = *px;
        y = *py;
        return "";
    }
    const OGRGeometry* geometry = feature.GetGeometryRef();
    if (!geometry) return "no geometry";
    if (geometry->IsEmpty()) return "empty geometry";
    const auto type = wkbFlatten(geometry->getGeometryType());
    if (type == wkbPoint) {
        x = geometry->toPoint()->getX();
        y = geometry->toPoint()->getY();
        return "";
    }
    if (type == wkbMultiPoint && geometry->toMultiPoint()->getNumGeometries() == 1) {
        x = geometry->toMultiPoint()->getGeometryRef(0)->getX();
        y = geometry->toMultiPoint()->getGeometryRef(0)->getY();
        return "";
    }
    return std::string("expected a point, got ") + geometry->getGeometryName();
}

}  // namespace

PointRows read_point_rows(const LayerSource& given_source, const std::string& working_crs) {
    QuietGdalErrors quiet;
    LayerSource source = given_source;
    PointRows rows;
    ReadOptions options;  // every field is read: the caller gives each row back whole
    options.working_crs = working_crs;
    {
        const OpenedLayer probe = open_layer(source);
        OGRFeatureDefn* defn = probe.layer->GetLayerDefn();
        std::vector<std::string> names;
        for (int i = 0; i < defn->GetFieldCount(); ++i) {
            OGRFieldDefn* field = defn->GetFieldDefn(i);
            const std::string raw = field->GetNameRef();
            names.push_back(probe.decoder ? (*probe.decoder)(raw) : raw);
            options.fields.push_back({names.back(), names.back()});
            rows.fields.push_back({names.back(), field_type_of(field->GetType())});
        }
        // A table without geometry: find its coordinate columns by name.
        if (source.x_field.empty() && source.y_field.empty() && probe.layer->GetGeomType() == wkbNone) {
            auto find = [&](const std::string& wanted) -> std::string {
                for (const auto& name : names)
                    if (lowercase(name) == wanted) return name;
                return "";
            };
            for (const auto& [x_name, y_name] : kCoordinateColumnNames) {
                const std::string x = find(x_name), y = find(y_name);
                if (!x.empty() && !y.empty()) {
                    source.x_field = x;
                    source.y_field = y;
                    break;
                }
            }
            if (source.x_field.empty())
                throw InputError(Location{source.display_name, probe.name, "", "", 0},
                                 "no geometry and no coordinate columns such as lon/lat (fields: " + comma_list(names) +
                                     "); name them with --x and --y");
        }
    }
    const bool uses_xy = !source.x_field.empty() || !source.y_field.empty();
    if (uses_xy && (source.x_field.empty() || source.y_field.empty()))
        throw InputError(Location{source.display_name, source.layer, "", "", 0}, "coordinate columns need both x and y");
    if (uses_xy && source.crs.empty()) source.crs = "EPSG:4326";

    ReadContext ctx(source, options, uses_xy);
    rows.layer = ctx.opened.name;
    rows.coordinates = uses_xy ? "columns " + source.x_field + ", " + source.y_field : "geometry";
    rows.columns.resize(rows.fields.size());
    int x_index = -1, y_index = -1;
    if (uses_xy) {
        x_index = field_index(ctx.opened, source, "x", source.x_field);
        y_index = field_index(ctx.opened, source, "y", source.y_field);
    }
    const double nan = std::numeric_limits<double>::quiet_NaN();
    ctx.restart();
    std::string unreadable;
    for (OGRFeatureUniquePtr feature; (feature = ctx.next_feature(unreadable));) {
        ++ctx.report.read;
        for (std::size_t f = 0; f < rows.fields.size(); ++f)
            rows.columns[f].push_back(typed_value(*feature, ctx.indexes[f], rows.fields[f].type, ctx.opened.decoder.get()));
        double x = nan, y = nan;
        std::string problem = unreadable;
        if (problem.empty() && x_index < 0 && !feature->GetGeometryRef()) problem = ctx.missing_geometry(*feature);
        if (problem.empty()) problem = feature_point(*feature, source, x_index, y_index, x, y);
        if (problem.empty()) problem = ctx.range->check(x, y);
        if (!problem.empty()) x = y = nan;
        rows.x.push_back(x);
        rows.y.push_back(y);
        rows.problems.push_back(std::move(problem));
    }
    ctx.check_read_error(source);
    if (ctx.transform) {
        // The usable points in one call: PROJ is much faster on arrays.
        std::vector<std::size_t> usable;
        for (std::size_t i = 0; i < rows.size(); ++i)
            if (rows.problems[i].empty()) usable.push_back(i);
        std::vector<double> xs(usable.size()), ys(usable.size());
        for (std::size_t k = 0; k < usable.size(); ++k) {
            xs[k] = rows.x[usable[k]];
            ys[k] = rows.y[usable[k]];
        }
        std::vector<int> ok(usable.size());
        if (!usable.empty()) ctx.transform->Transform(xs.size(), xs.data(), ys.data(), nullptr, ok.data());
        for (std::size_t k = 0; k < usable.size(); ++k) {
            const std::size_t i = usable[k];
            if (ok[k] && std::isfinite(xs[k]) && std::isfinite(ys[k])) {
                rows.x[i] = xs[k];
                rows.y[i] = ys[k];
            } else {
                rows.x[i] = rows.y[i] = nan;
                rows.problems[i] = "cannot be reprojected to " + working_crs;
            }
        }
    }
    return rows;
}

}  // namespace coverplan::gis
