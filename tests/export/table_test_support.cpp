#include "table_test_support.h"

#include <gtest/gtest.h>

#include <cstdio>

#include "test_support.h"

namespace coverplan::exporting::test {

const std::string kDinhKe = "Dĩnh Kế";
const std::string kTanMy = "Xã Tân Mỹ";
const std::string kDongSon = "Đồng Sơn";
// 25 characters in 35 bytes: a column sized by bytes would be far too wide.
const std::string kLongName = "Thị trấn Nếnh – Việt Yên";

const std::vector<TableColumn> kColumns = {
    {"zone_id", ColumnType::Text, 2, ""},
    {"zone_name", ColumnType::Text, 2, "Xã / phường"},
    {"subscribers", ColumnType::Integer, 2, "Thuê bao"},
    {"spare_capacity", ColumnType::Real, 1, ""},
    {"covered_share", ColumnType::Percent, 2, ""},
    {"exhausts_on", ColumnType::Date, 2, ""},
};

const std::vector<std::vector<Cell>> kRows = {
    {std::string("Z-01"), kDinhKe, std::int64_t{1234567}, 1.0 / 3.0, 0.875, std::string("2026-11-30")},
    {std::string("Z-02"), kTanMy, std::int64_t{-42}, -2.75, 0.0625, std::monostate{}},
    {std::string("Z-03"), kDongSon, std::monostate{}, std::monostate{}, std::monostate{}, std::string("2027-02-28")},
    {std::string("Z-04"), kLongName, std::int64_t{0}, 12345.5, 1.0, std::string("2030-01-01")},
};

// Polygons in EPSG:32648 around Bắc Giang (106.2° E, 21.3° N); the third
// row has no geometry.
const char* const kPolygons[4] = {
    "POLYGON ((625000 2355000, 626000 2355000, 626000 2356000, 625000 2356000, 625000 2355000))",
    "MULTIPOLYGON (((627000 2355000, 628000 2355000, 627500 2355800, 627000 2355000)), "
    "((629000 2355000, 629500 2355000, 629500 2355500, 629000 2355000)))",
    nullptr,
    "POLYGON ((630000 2357000, 630800 2357000, 630800 2357600, 630000 2357600, 630000 2357000), "
    "(630200 2357200, 630200 2357400, 630400 2357400, 630400 2357200, 630200 2357200))",
};

/// The zones table with its polygons (kept alive by `owned`).
Table zones_table(std::vector<gis::GeosGeometry>& owned, const std::string& name) {
    Table table{name, kColumns, kRows, {}, "EPSG:32648"};
    for (const char* wkt : kPolygons) {
        if (!wkt) {
            table.geometries.push_back(nullptr);
            continue;
        }
        owned.push_back(gis::geos_from_wkt(wkt));
        table.geometries.push_back(owned.back().get());
    }
    return table;
}

Table plain_table(const std::string& name) { return Table{name, kColumns, kRows, {}, ""}; }

// --- reading back with plain GDAL ----------------------------------------------------

Dataset open_vector(const std::string& source, const std::vector<const char*>& drivers,
                    const std::vector<const char*>& options) {
    gis::test::register_gdal();
    std::vector<const char*> driver_list = drivers, option_list = options;
    driver_list.push_back(nullptr);
    option_list.push_back(nullptr);
    Dataset dataset(GDALDataset::Open(source.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY, driver_list.data(),
                                      option_list.data(), nullptr));
    EXPECT_TRUE(dataset) << "GDAL cannot open " << source;
    return dataset;
}

ReadLayer read_layer(OGRLayer& layer) {
    ReadLayer out;
    out.name = layer.GetName();
    OGRFeatureDefn* defn = layer.GetLayerDefn();
    for (int i = 0; i < defn->GetFieldCount(); ++i)
        out.fields.push_back({defn->GetFieldDefn(i)->GetNameRef(), defn->GetFieldDefn(i)->GetType()});
    out.geometry_fields = defn->GetGeomFieldCount();
    if (const OGRSpatialReference* srs = layer.GetSpatialRef())
        if (srs->GetAuthorityName(nullptr) && srs->GetAuthorityCode(nullptr))
            out.crs = std::string(srs->GetAuthorityName(nullptr)) + ":" + srs->GetAuthorityCode(nullptr);
    layer.ResetReading();
    while (std::unique_ptr<OGRFeature> feature{layer.GetNextFeature()}) {
        std::vector<Cell> row;
        for (int i = 0; i < defn->GetFieldCount(); ++i) {
            if (!feature->IsFieldSetAndNotNull(i)) {
                row.emplace_back();
                continue;
            }
            switch (defn->GetFieldDefn(i)->GetType()) {
                case OFTInteger:
                case OFTInteger64: row.emplace_back(std::int64_t(feature->GetFieldAsInteger64(i))); break;
                case OFTReal: row.emplace_back(feature->GetFieldAsDouble(i)); break;
                case OFTDate: {
                    int y = 0, m = 0, d = 0, hh = 0, mm = 0, tz = 0;
                    float ss = 0;
                    feature->GetFieldAsDateTime(i, &y, &m, &d, &hh, &mm, &ss, &tz);
                    char text[16];
                    std::snprintf(text, sizeof text, "%04d-%02d-%02d", y, m, d);
                    row.emplace_back(std::string(text));
                    break;
                }
                default: row.emplace_back(std::string(feature->GetFieldAsString(i)));
            }
        }
        out.rows.push_back(std::move(row));
        char* wkt = nullptr;
        if (const OGRGeometry* geometry = feature->GetGeometryRef()) geometry->exportToWkt(&wkt);
        out.wkt.push_back(wkt ? wkt : "");
        CPLFree(wkt);
    }
    return out;
}

ReadLayer read_only_layer(const std::string& source, const std::vector<const char*>& drivers,
                          const std::vector<const char*>& options) {
    Dataset dataset = open_vector(source, drivers, options);
    if (!dataset) return {};
    EXPECT_EQ(dataset->GetLayerCount(), 1) << source;
    return read_layer(*dataset->GetLayer(0));
}

std::string describe(const Cell& cell) {
    if (std::holds_alternative<std::monostate>(cell)) return "NULL";
    if (const auto* i = std::get_if<std::int64_t>(&cell)) return "int " + std::to_string(*i);
    if (const auto* d = std::get_if<double>(&cell)) {
        char text[40];
        std::snprintf(text, sizeof text, "real %.17g", *d);
        return text;
    }
    return "text '" + std::get<std::string>(cell) + "'";
}

void expect_rows(const ReadLayer& layer, const std::vector<std::vector<Cell>>& rows, double relative) {
    ASSERT_EQ(layer.rows.size(), rows.size());
    for (std::size_t r = 0; r < rows.size(); ++r) {
        ASSERT_EQ(layer.rows[r].size(), rows[r].size()) << "row " << r;
        for (std::size_t c = 0; c < rows[r].size(); ++c) {
            const auto* got = std::get_if<double>(&layer.rows[r][c]);
            const auto* wrote = std::get_if<double>(&rows[r][c]);
            if (relative > 0 && got && wrote)
                EXPECT_NEAR(*got, *wrote, std::abs(*wrote) * relative) << "row " << r << ", column " << c;
            else
                EXPECT_EQ(describe(layer.rows[r][c]), describe(rows[r][c])) << "row " << r << ", column " << c;
        }
    }
}

void expect_fields(const ReadLayer& layer, const std::vector<ReadField>& fields) {
    ASSERT_EQ(layer.fields.size(), fields.size());
    for (std::size_t i = 0; i < fields.size(); ++i) {
        EXPECT_EQ(layer.fields[i].name, fields[i].name);
        EXPECT_EQ(OGRFieldDefn::GetFieldTypeName(layer.fields[i].type), OGRFieldDefn::GetFieldTypeName(fields[i].type))
            << fields[i].name;
    }
}

const std::vector<ReadField> kTypedFields = {
    {"zone_id", OFTString}, {"zone_name", OFTString},     {"subscribers", OFTInteger64},
    {"spare_capacity", OFTReal}, {"covered_share", OFTReal}, {"exhausts_on", OFTDate},
};

void expect_same_geometry(const std::string& got_wkt, const char* wrote_wkt, const std::string& label) {
    if (!wrote_wkt) {
        EXPECT_EQ(got_wkt, "") << label;
        return;
    }
    ASSERT_FALSE(got_wkt.empty()) << label;
    gis::GeosGeometry got = gis::geos_from_wkt(got_wkt);
    gis::GeosGeometry wrote = gis::geos_from_wkt(wrote_wkt);
    EXPECT_EQ(GEOSEquals_r(gis::geos_context(), got.get(), wrote.get()), 1) << label << ": " << got_wkt;
}

}  // namespace coverplan::exporting::test
