#include "sinks.h"

#include <cstdio>
#include <stdexcept>

namespace coverplan::datasets {

namespace {

std::string fixed7(double v) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.7f", v);
    return buffer;
}

}  // namespace

gis::GeosGeometry to_lonlat_rounded(const GEOSGeometry* g, const Utm48& utm) {
    return rewrite(g, [&](std::vector<double>& x, std::vector<double>& y) {
        utm.to_lonlat(x, y);
        for (auto& v : x) v = round_to(v, 1e-7);
        for (auto& v : y) v = round_to(v, 1e-7);
    });
}

Sink point_sink(gis::VectorWriter::Layer& layer, const Utm48* to_lonlat) {
    return [&layer, to_lonlat](PointRow& row) {
        if (!row.has_geometry) {
            layer.add_row(row.values);
            return;
        }
        if (to_lonlat) {
            Pt ll = to_lonlat->to_lonlat(row.p.x, row.p.y);
            ll = {round_to(ll.x, 1e-7), round_to(ll.y, 1e-7)};
            if (row.swap_lonlat) std::swap(ll.x, ll.y);
            layer.add_point(ll.x, ll.y, row.values);
        } else {
            layer.add_point(round_to(row.p.x, 0.01), round_to(row.p.y, 0.01), row.values);
        }
    };
}

Sink csv_sink(gis::VectorWriter::Layer& layer, const Utm48& utm) {
    return [&layer, &utm](PointRow& row) {
        const Pt ll = utm.to_lonlat(row.p.x, row.p.y);
        row.values.emplace_back(row.bad_x ? std::string(row.bad_x) : fixed7(round_to(ll.x, 1e-7)));
        row.values.emplace_back(fixed7(round_to(ll.y, 1e-7)));
        layer.add_row(row.values);
    };
}

std::vector<gis::FieldDef> zone_fields() {
    using gis::FieldType;
    return {{"ma_xa", FieldType::String},
            {"ten_xa", FieldType::String},
            {"loai", FieldType::String},
            {"so_ho", FieldType::Integer},
            {"don_vi", FieldType::String}};
}

std::vector<gis::FieldDef> coverage_fields() {
    using gis::FieldType;
    return {{"node_id", FieldType::String}, {"tech", FieldType::String},  {"ten", FieldType::String},
            {"ports", FieldType::Integer},  {"ports_used", FieldType::Integer}, {"status", FieldType::String},
            {"ready", FieldType::Date}};
}

std::vector<gis::FieldValue> coverage_values(const Node& n) {
    using gis::FieldValue;
    return {n.id,
            std::string(tech_name(n.tech)),
            n.name,
            n.capacity ? FieldValue(*n.capacity) : FieldValue(std::monostate{}),
            n.used,
            std::string(n.planned ? "planned" : "live"),
            n.ready.empty() ? FieldValue(std::monostate{}) : FieldValue(n.ready)};
}

std::vector<gis::FieldValue> zone_values(const Zone& z, double area_m2) {
    return {z.id, z.name, z.kind_label, households(z, area_m2), z.team};
}

std::vector<gis::FieldDef> renamed(std::vector<gis::FieldDef> fields, const std::vector<const char*>& names) {
    if (names.size() != fields.size()) throw std::logic_error("renamed: one name per field");
    for (std::size_t i = 0; i < fields.size(); ++i) fields[i].name = names[i];
    return fields;
}

}  // namespace coverplan::datasets
