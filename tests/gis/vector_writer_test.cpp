// VectorWriter: round trips of every field type and geometry type through
// each file format (read back with the library's reader and with plain
// GDAL), atomic replacement, and the errors it reports.

#include <gdal_priv.h>
#include <gmock/gmock.h>
#include <ogrsf_frmts.h>

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "gis/layer_reader.h"
#include "gis/vector_writer.h"
#include "test_support.h"

namespace coverplan::gis {
namespace {

namespace fs = std::filesystem;
using test::file_source;
using test::input_error_message;
using test::read_options;
using test::TempDir;
using ::testing::HasSubstr;
using ::testing::StartsWith;

const std::string kVietnamese = "Dĩnh Kế — thành phố Bắc Giang, Nguyễn Thị Hường";

const std::vector<FieldDef> kFields = {
    {"ma", FieldType::String}, {"so_ho", FieldType::Integer}, {"ty_le", FieldType::Real},
    {"ngay", FieldType::Date}, {"ten", FieldType::String},
};

// Three rows: full values, negative values, and NULLs.
const std::vector<std::vector<FieldValue>> kRows = {
    {std::string("Z-1"), std::int64_t{9007199254740993}, 0.8125, std::string("2026-11-30"), kVietnamese},
    {std::string("Z-2"), std::int64_t{-42}, -3.5, std::string("2027-01-05"), std::string("Xương Giang")},
    {std::string("Z-3"), std::monostate{}, std::monostate{}, std::monostate{}, std::monostate{}},
};

/// The text the reader should give for a written value.
std::string expected_text(const FieldValue& value) {
    if (std::holds_alternative<std::monostate>(value)) return "";
    if (auto* i = std::get_if<std::int64_t>(&value)) return std::to_string(*i);
    if (auto* d = std::get_if<double>(&value)) return std::to_string(*d);
    return std::get<std::string>(value);
}

const char* const kPoints[] = {"POINT (500000 2350000)", "POINT (500123.5 2350456.25)", "POINT (499000 2351000)"};
const char* const kPolygons[] = {
    "POLYGON ((500000 2350000, 501000 2350000, 501000 2351000, 500000 2351000, 500000 2350000), "
    "(500200 2350200, 500200 2350400, 500400 2350400, 500400 2350200, 500200 2350200))",
    "POLYGON ((502000 2350000, 503000 2350000, 502500 2350800, 502000 2350000))",
    "POLYGON ((504000 2350000, 504100 2350000, 504100 2350100, 504000 2350100, 504000 2350000))",
};
const char* const kMultiPolygons[] = {
    "MULTIPOLYGON (((500000 2350000, 501000 2350000, 501000 2351000, 500000 2351000, 500000 2350000), "
    "(500200 2350200, 500200 2350400, 500400 2350400, 500400 2350200, 500200 2350200)), "
    "((502000 2350000, 503000 2350000, 502500 2350800, 502000 2350000)))",
    // A plain polygon written to a multipolygon layer.
    "POLYGON ((504000 2350000, 504100 2350000, 504100 2350100, 504000 2350100, 504000 2350000))",
    "MULTIPOLYGON (((505000 2350000, 505100 2350000, 505100 2350100, 505000 2350000)), "
    "((505200 2350000, 505300 2350000, 505300 2350100, 505200 2350000)))",
};

struct Format {
    std::string ext;
    std::vector<std::string> point_options, polygon_options;
    bool multi_layer;
};

const std::vector<Format> kFormats = {
    {".gpkg", {}, {}, true},
    {".shp", {"ENCODING=UTF-8"}, {"ENCODING=UTF-8"}, false},
    {".geojson", {}, {}, false},
    {".csv", {"GEOMETRY=AS_XY"}, {"GEOMETRY=AS_WKT"}, false},
    {".fgb", {}, {}, false},
};

ReadOptions all_fields() {
    return read_options("roundtrip", {{"ma", ""}, {"so_ho", ""}, {"ty_le", ""}, {"ngay", ""}, {"ten", ""}}, "ma");
}

/// Row of the feature whose "ma" is `id` (FlatGeobuf reorders features).
std::size_t row_of(const AttributeTable& table, const std::string& id) {
    for (std::size_t row = 0; row < table.column("ma").size(); ++row)
        if (table.column("ma")[row] == id) return row;
    ADD_FAILURE() << "no row " << id;
    return 0;
}

void expect_attributes(const AttributeTable& table, const std::string& label, bool check_dates = true) {
    ASSERT_EQ(table.column("ma").size(), kRows.size()) << label;
    for (const auto& row : kRows) {
        const std::string id = std::get<std::string>(row[0]);
        const std::size_t r = row_of(table, id);
        EXPECT_EQ(table.column("so_ho")[r], expected_text(row[1])) << label << " " << id;
        if (std::holds_alternative<double>(row[2]))
            EXPECT_EQ(std::stod(std::string(table.column("ty_le")[r])), std::get<double>(row[2])) << label << " " << id;
        else
            EXPECT_EQ(table.column("ty_le")[r], "") << label << " " << id;
        if (check_dates) {
            EXPECT_EQ(table.column("ngay")[r], expected_text(row[3])) << label << " " << id;
        }
        EXPECT_EQ(table.column("ten")[r], expected_text(row[4])) << label << " " << id;
    }
}

void expect_same_geometry(const GEOSGeometry* got, const std::string& wkt, const std::string& label) {
    auto ctx = geos_context();
    GeosGeometry expected = geos_from_wkt(wkt);
    EXPECT_EQ(GEOSEquals_r(ctx, got, expected.get()), 1) << label << ": got " << geos_to_wkt(got) << ", wrote " << wkt;
    EXPECT_DOUBLE_EQ(geos_area(got), geos_area(expected.get())) << label;
}

void write_points(const std::string& target, const std::vector<std::string>& options, bool commit = true) {
    VectorWriter writer(target, "EPSG:32648");
    auto& layer = writer.create_layer("points", GeometryType::Point, kFields, options);
    for (std::size_t i = 0; i < kRows.size(); ++i) {
        GeosGeometry p = geos_from_wkt(kPoints[i]);
        double x = 0, y = 0;
        GEOSGeomGetX_r(geos_context(), p.get(), &x);
        GEOSGeomGetY_r(geos_context(), p.get(), &y);
        layer.add_point(x, y, kRows[i]);
    }
    EXPECT_EQ(layer.written(), kRows.size());
    if (commit) writer.commit();
}

void write_polygons(const std::string& target, GeometryType type, const char* const* wkts,
                    const std::vector<std::string>& options) {
    VectorWriter writer(target, "EPSG:32648");
    auto& layer = writer.create_layer(type == GeometryType::Polygon ? "polygons" : "multipolygons", type, kFields, options);
    for (std::size_t i = 0; i < kRows.size(); ++i) {
        GeosGeometry g = geos_from_wkt(wkts[i]);
        layer.add_geometry(g.get(), kRows[i]);
    }
    writer.commit();
}

LayerSource source_for(const fs::path& path, const std::string& ext, const std::string& layer, bool points) {
    LayerSource source = file_source(path, layer);
    if (ext == ".csv") {
        source.crs = "EPSG:32648";
        if (points) {
            source.x_field = "X";
            source.y_field = "Y";
        }
    }
    return source;
}

TEST(VectorWriterRoundTrip, EveryFieldTypeAndGeometryThroughEveryFormat) {
    for (const auto& format : kFormats) {
        SCOPED_TRACE(format.ext);
        TempDir dir;
        const fs::path one = dir / ("all" + format.ext);
        const fs::path pts = format.multi_layer ? one : dir / ("points" + format.ext);
        const fs::path polys = format.multi_layer ? one : dir / ("polygons" + format.ext);
        const fs::path multis = format.multi_layer ? one : dir / ("multipolygons" + format.ext);
        if (format.multi_layer) {
            VectorWriter writer(one.string(), "EPSG:32648");
            auto& p = writer.create_layer("points", GeometryType::Point, kFields);
            auto& q = writer.create_layer("polygons", GeometryType::Polygon, kFields);
            auto& m = writer.create_layer("multipolygons", GeometryType::MultiPolygon, kFields);
            for (std::size_t i = 0; i < kRows.size(); ++i) {
                GeosGeometry point = geos_from_wkt(kPoints[i]), polygon = geos_from_wkt(kPolygons[i]),
                             multi = geos_from_wkt(kMultiPolygons[i]);
                p.add_geometry(point.get(), kRows[i]);
                q.add_geometry(polygon.get(), kRows[i]);
                m.add_geometry(multi.get(), kRows[i]);
            }
            writer.commit();
        } else {
            write_points(pts.string(), format.point_options);
            write_polygons(polys.string(), GeometryType::Polygon, kPolygons, format.polygon_options);
            write_polygons(multis.string(), GeometryType::MultiPolygon, kMultiPolygons, format.polygon_options);
        }

        const PointTable points = read_points(
            source_for(pts, format.ext, format.multi_layer ? "points" : "", true), all_fields());
        EXPECT_EQ(points.report.used, kRows.size());
        // CSV dates: see CsvDatesStayIso8601 (a known bug).
        const bool dates = format.ext != ".csv";
        expect_attributes(points, "points", dates);
        for (std::size_t i = 0; i < kRows.size(); ++i) {
            const std::size_t r = row_of(points, std::get<std::string>(kRows[i][0]));
            GeosGeometry expected = geos_from_wkt(kPoints[i]);
            double x = 0, y = 0;
            GEOSGeomGetX_r(geos_context(), expected.get(), &x);
            GEOSGeomGetY_r(geos_context(), expected.get(), &y);
            EXPECT_EQ(points.x[r], x);
            EXPECT_EQ(points.y[r], y);
        }

        const PolygonTable polygons = read_polygons(
            source_for(polys, format.ext, format.multi_layer ? "polygons" : "", false), all_fields());
        EXPECT_EQ(polygons.report.used, kRows.size());
        EXPECT_EQ(polygons.report.repaired, 0u);
        expect_attributes(polygons, "polygons", dates);
        for (std::size_t i = 0; i < kRows.size(); ++i)
            expect_same_geometry(polygons.geometries[row_of(polygons, std::get<std::string>(kRows[i][0]))].get(),
                                 kPolygons[i], "polygon " + std::to_string(i));

        const PolygonTable multi = read_polygons(
            source_for(multis, format.ext, format.multi_layer ? "multipolygons" : "", false), all_fields());
        EXPECT_EQ(multi.report.used, kRows.size());
        expect_attributes(multi, "multipolygons", dates);
        for (std::size_t i = 0; i < kRows.size(); ++i)
            expect_same_geometry(multi.geometries[row_of(multi, std::get<std::string>(kRows[i][0]))].get(),
                                 kMultiPolygons[i], "multipolygon " + std::to_string(i));

        // No temporary file is left beside the outputs.
        for (const auto& name : dir.entries()) EXPECT_NE(name.front(), '.') << "left behind: " << name;
    }
}

/// Field types as GDAL sees them in a written file (layer 0 or by name).
std::map<std::string, OGRFieldType> field_types(const fs::path& path, const std::string& layer_name = "") {
    GDALDatasetUniquePtr dataset(GDALDataset::Open(path.string().c_str(), GDAL_OF_VECTOR));
    EXPECT_TRUE(dataset) << path;
    if (!dataset) return {};
    OGRLayer* layer = layer_name.empty() ? dataset->GetLayer(0) : dataset->GetLayerByName(layer_name.c_str());
    std::map<std::string, OGRFieldType> types;
    for (int i = 0; i < layer->GetLayerDefn()->GetFieldCount(); ++i)
        types[layer->GetLayerDefn()->GetFieldDefn(i)->GetNameRef()] = layer->GetLayerDefn()->GetFieldDefn(i)->GetType();
    return types;
}

TEST(VectorWriterRoundTrip, FieldTypesAreDeclaredInTypedFormats) {
    TempDir dir;
    write_points((dir / "p.gpkg").string(), {});
    write_points((dir / "p.fgb").string(), {});
    write_points((dir / "p.shp").string(), {"ENCODING=UTF-8"});
    for (const char* name : {"p.gpkg", "p.fgb", "p.shp"}) {
        SCOPED_TRACE(name);
        auto types = field_types(dir / name);
        EXPECT_EQ(types["ma"], OFTString);
        EXPECT_EQ(types["so_ho"], OFTInteger64);
        EXPECT_EQ(types["ty_le"], OFTReal);
        EXPECT_EQ(types["ten"], OFTString);
    }
    EXPECT_EQ(field_types(dir / "p.gpkg")["ngay"], OFTDate);
    EXPECT_EQ(field_types(dir / "p.shp")["ngay"], OFTDate);
}

TEST(VectorWriterRoundTrip, RowsWithoutGeometry) {
    TempDir dir;
    {
        VectorWriter writer((dir / "t.gpkg").string(), "EPSG:32648");
        auto& rows = writer.create_layer("ranking", GeometryType::None, kFields);
        for (const auto& row : kRows) rows.add_row(row);
        writer.commit();
    }
    GDALDatasetUniquePtr dataset(GDALDataset::Open((dir / "t.gpkg").string().c_str(), GDAL_OF_VECTOR));
    ASSERT_TRUE(dataset);
    OGRLayer* layer = dataset->GetLayerByName("ranking");
    ASSERT_NE(layer, nullptr);
    EXPECT_EQ(layer->GetGeomType(), wkbNone);
    EXPECT_EQ(layer->GetFeatureCount(), static_cast<GIntBig>(kRows.size()));
    std::size_t i = 0;
    for (auto& feature : *layer) {
        ASSERT_LT(i, kRows.size());
        EXPECT_EQ(feature->GetGeometryRef(), nullptr);
        EXPECT_EQ(std::string(feature->GetFieldAsString("ma")), std::get<std::string>(kRows[i][0]));
        EXPECT_EQ(std::string(feature->GetFieldAsString("ten")), expected_text(kRows[i][4]));
        EXPECT_EQ(feature->IsFieldNull(feature->GetFieldIndex("so_ho")), i == 2);
        ++i;
    }
    EXPECT_EQ(i, kRows.size());
}

TEST(VectorWriterRoundTrip, ShapefileKeepsVietnameseWithoutOptions) {
    // BUG: a Shapefile written without layer options gets GDAL's default
    // ENCODING=LDID/87 (ISO-8859-1): every Vietnamese letter outside Latin-1
    // becomes '?' ("D?nh K?") and only a GDAL warning is emitted. The
    // writer's callers (export of overlay layers, `rank -o x.shp`) pass no
    // options. Fix in gis/vector_writer.cpp VectorWriter::create_layer():
    // when driver_ == "ESRI Shapefile" and no option starts with
    // "ENCODING=", append "ENCODING=UTF-8" (GDAL then writes a .cpg "UTF-8").
    TempDir dir;
    write_points((dir / "p.shp").string(), {});
    const PointTable table = read_points(file_source(dir / "p.shp"), all_fields());
    expect_attributes(table, "shapefile without options");
}

TEST(VectorWriterRoundTrip, CsvPointsKeepTheirCoordinatesWithoutOptions) {
    // BUG: for a .csv target the CSV driver writes no geometry unless the
    // layer option GEOMETRY=AS_XY / AS_WKT is given, so add_point() and
    // add_geometry() silently drop the coordinates: the file has only the
    // attribute columns (a batch `check --points ... -o out.csv` or
    // `rank -o x.csv` loses locations). Fix in gis/vector_writer.cpp
    // VectorWriter::create_layer(): when driver_ == "CSV", geometry !=
    // GeometryType::None and no option starts with "GEOMETRY=", append
    // "GEOMETRY=AS_XY" for points and "GEOMETRY=AS_WKT" for polygons.
    TempDir dir;
    write_points((dir / "p.csv").string(), {});
    const std::string text = test::read_bytes(dir / "p.csv");
    EXPECT_THAT(text, HasSubstr("500123.5"));
    EXPECT_THAT(text, HasSubstr("2350456.25"));
}

TEST(VectorWriterRoundTrip, CsvDatesStayIso8601) {
    // BUG: FieldType::Date becomes an OFTDate CSV column, which GDAL's CSV
    // driver writes as "2026/11/30"; read back (the reader opens CSVs with
    // AUTODETECT_TYPE=NO) the value is the text "2026/11/30", not the ISO
    // 8601 the writer was given and layer_reader.h promises ("Dates arrive
    // as ISO 8601 text"). Fix in gis/vector_writer.cpp create_layer(): for
    // driver_ == "CSV" create Date fields as OFTString (FieldValue dates are
    // already ISO text), so the file holds "2026-11-30".
    TempDir dir;
    write_points((dir / "p.csv").string(), {"GEOMETRY=AS_XY"});
    EXPECT_THAT(test::read_bytes(dir / "p.csv"), HasSubstr("2026-11-30"));
    LayerSource source = source_for(dir / "p.csv", ".csv", "", true);
    const PointTable table = read_points(source, all_fields());
    expect_attributes(table, "csv dates");
}

TEST(VectorWriterRoundTrip, KmlValuesLandInTheirOwnFields) {
    // BUG: VectorWriter::Layer::write (gis/vector_writer.cpp, the
    // std::visit loop) sets values by position `index = i`, assuming the
    // layer's fields are exactly those created. The KML driver's layers
    // start with its own "Name" and "Description" fields, so value 0 goes to
    // <name>, value 1 to <description>, value 2 to the first declared field
    // and the last two values are lost. Fix: in create_layer(), after
    // CreateField(), record layer->GetLayerDefn()->GetFieldIndex(field.name)
    // for each declared field (Shapefile may also launder names) and pass
    // that index table to Layer; write() sets values[i] at that index.
    TempDir dir;
    VectorWriter writer((dir / "p.kml").string(), "EPSG:32648");
    auto& layer = writer.create_layer("points", GeometryType::Point, kFields);
    layer.add_point(500000, 2350000, kRows[0]);
    layer.add_point(500123.5, 2350456.25, kRows[1]);
    writer.commit();
    const PointTable table = read_points(file_source(dir / "p.kml"), all_fields());
    ASSERT_EQ(table.report.used, 2u);
    EXPECT_EQ(table.column("ma")[0], "Z-1");
    EXPECT_EQ(table.column("ten")[0], kVietnamese);
    EXPECT_EQ(table.column("ngay")[1], "2027-01-05");
    EXPECT_NEAR(table.x[1], 500123.5, 1e-3);
    EXPECT_NEAR(table.y[1], 2350456.25, 1e-3);
}

TEST(VectorWriterRoundTrip, KmlCoordinatesAreReprojectedAndBack) {
    // What does work in KML: the geometry goes to WGS 84 and comes back.
    TempDir dir;
    {
        VectorWriter writer((dir / "p.kml").string(), "EPSG:32648");
        auto& layer = writer.create_layer("points", GeometryType::Point, {});
        layer.add_point(500123.5, 2350456.25, {});
        writer.commit();
    }
    const PointTable table = read_points(file_source(dir / "p.kml"), read_options("p", {}));
    ASSERT_EQ(table.report.used, 1u);
    EXPECT_NEAR(table.x[0], 500123.5, 1e-3);
    EXPECT_NEAR(table.y[0], 2350456.25, 1e-3);
}

// --- atomicity -------------------------------------------------------------------

const std::vector<std::string> kAtomicExtensions = {".gpkg", ".shp", ".geojson", ".csv", ".fgb", ".kml"};

TEST(VectorWriterAtomicity, WriterDestroyedWithoutCommitLeavesNothing) {
    for (const auto& ext : kAtomicExtensions) {
        SCOPED_TRACE(ext);
        TempDir dir;
        {
            VectorWriter writer((dir / ("out" + ext)).string(), "EPSG:32648");
            auto& layer = writer.create_layer("points", GeometryType::Point, kFields);
            for (const auto& row : kRows) layer.add_point(500000, 2350000, row);
            // While writing, only a hidden temporary file may exist
            // (FlatGeobuf creates its file only when closed).
            for (const auto& name : dir.entries()) EXPECT_EQ(name.front(), '.') << name;
            if (ext == ".gpkg" || ext == ".shp") {
                EXPECT_FALSE(dir.entries().empty());
            }
        }
        EXPECT_TRUE(dir.entries().empty()) << "left behind: " << ::testing::PrintToString(dir.entries());
    }
}

TEST(VectorWriterAtomicity, AbandonedWriterLeavesThePreviousOutputUntouched) {
    for (const auto& ext : kAtomicExtensions) {
        SCOPED_TRACE(ext);
        TempDir dir;
        const std::string target = (dir / ("out" + ext)).string();
        write_points(target, ext == ".shp" ? std::vector<std::string>{"ENCODING=UTF-8"} : std::vector<std::string>{});
        const auto before = dir.entries();
        std::map<std::string, std::string> bytes;
        for (const auto& name : before) bytes[name] = test::read_bytes(dir / name);
        {
            VectorWriter writer(target, "EPSG:32648");
            auto& layer = writer.create_layer("other", GeometryType::Polygon, {{"x", FieldType::Integer}});
            GeosGeometry g = geos_from_wkt(kPolygons[1]);
            layer.add_geometry(g.get(), std::vector<FieldValue>{std::int64_t{1}});
        }
        EXPECT_EQ(dir.entries(), before);
        for (const auto& name : before) EXPECT_EQ(test::read_bytes(dir / name), bytes[name]) << name << " changed";
    }
}

TEST(VectorWriterAtomicity, CommitReplacesThePreviousOutput) {
    for (const auto& ext : kAtomicExtensions) {
        SCOPED_TRACE(ext);
        TempDir dir;
        const std::string target = (dir / ("out" + ext)).string();
        const std::vector<std::string> options =
            ext == ".shp" ? std::vector<std::string>{"ENCODING=UTF-8"} : std::vector<std::string>{};
        write_points(target, options);
        const auto before = dir.entries();
        {
            VectorWriter writer(target, "EPSG:32648");
            auto& layer = writer.create_layer("points", GeometryType::Point, {{"ma", FieldType::String}}, options);
            layer.add_point(500000, 2350000, std::vector<FieldValue>{std::string("only")});
            writer.commit();
        }
        EXPECT_EQ(dir.entries(), before);
        LayerSource source = file_source(target);
        if (ext == ".csv") {
            source.x_field = "X";
            source.y_field = "Y";
            source.crs = "EPSG:32648";
        }
        if (ext == ".csv") {
            // No GEOMETRY option: this writer wrote no coordinates (see the
            // CSV BUG test above); the replacement is still visible.
            const std::string text = test::read_bytes(target);
            EXPECT_THAT(text, HasSubstr("only"));
            EXPECT_THAT(text, ::testing::Not(HasSubstr("Z-1")));
            continue;
        }
        // KML: attributes land in the wrong fields (see the KML BUG test);
        // count and position show the replacement.
        const PointTable table =
            read_points(source, read_options("p", ext == ".kml" ? std::vector<std::pair<std::string, std::string>>{}
                                                                : std::vector<std::pair<std::string, std::string>>{{"ma", ""}}));
        ASSERT_EQ(table.report.read, 1u);
        EXPECT_NEAR(table.x[0], 500000, 1e-3);
        if (ext != ".kml") {
            EXPECT_EQ(table.column("ma")[0], "only");
        }
    }
}

TEST(VectorWriterAtomicity, ShapefileSidecarsAreReplacedTogether) {
    // The old output declares ISO-8859-1 in its .cpg; the new one UTF-8.
    TempDir dir;
    const std::string target = (dir / "out.shp").string();
    {
        VectorWriter writer(target, "EPSG:4326");
        auto& layer = writer.create_layer("x", GeometryType::Point, {{"ten", FieldType::String}}, {"ENCODING=ISO-8859-1"});
        layer.add_point(106.2, 21.3, std::vector<FieldValue>{std::string("Hà Nội")});
        writer.commit();
    }
    EXPECT_EQ(test::read_bytes(dir / "out.cpg"), "ISO-8859-1");
    {
        VectorWriter writer(target, "EPSG:32648");
        auto& layer = writer.create_layer("x", GeometryType::Point, {{"ten", FieldType::String}}, {"ENCODING=UTF-8"});
        layer.add_point(500000, 2350000, std::vector<FieldValue>{kVietnamese});
        writer.commit();
    }
    EXPECT_EQ(test::read_bytes(dir / "out.cpg"), "UTF-8");
    EXPECT_EQ(dir.entries(), (std::vector<std::string>{"out.cpg", "out.dbf", "out.prj", "out.shp", "out.shx"}));
    const PointTable table = read_points(file_source(target), read_options("p", {{"name", "ten"}}));
    ASSERT_EQ(table.report.used, 1u);
    EXPECT_EQ(table.column("name")[0], kVietnamese);
    EXPECT_EQ(table.x[0], 500000.0);  // the .prj is the new one too
}

TEST(VectorWriterAtomicity, StaleShapefileSidecarsAreNotLeftBehind) {
    // A table without geometry is written as a lone .dbf (+ .cpg): commit()
    // must remove the previous output's .shp, .shx and .prj, which would
    // otherwise pair old geometries with the new table.
    TempDir dir;
    const std::string target = (dir / "out.shp").string();
    {
        VectorWriter writer(target, "EPSG:32648");
        auto& layer = writer.create_layer("x", GeometryType::Point, {{"ten", FieldType::String}});
        layer.add_point(500000, 2350000, std::vector<FieldValue>{std::string("Xã Thành Công")});
        writer.commit();
    }
    for (const char* ext : {".shp", ".shx", ".dbf", ".prj", ".cpg"}) EXPECT_TRUE(fs::exists(dir / ("out" + std::string(ext)))) << ext;
    {
        VectorWriter writer(target, "EPSG:32648");
        auto& layer = writer.create_layer("x", GeometryType::None, {{"ten", FieldType::String}});
        layer.add_row(std::vector<FieldValue>{std::string("Phường Trần Phú")});
        writer.commit();
    }
    for (const char* ext : {".shp", ".shx", ".prj"}) EXPECT_FALSE(fs::exists(dir / ("out" + std::string(ext)))) << ext;
    EXPECT_TRUE(fs::exists(dir / "out.dbf"));
    for (const auto& entry : fs::directory_iterator(dir.path()))
        EXPECT_EQ(entry.path().filename().string().find("coverplan-tmp"), std::string::npos) << entry.path();
}

TEST(VectorWriterDefaults, ShapefileTextIsUtf8WithoutOptions) {
    TempDir dir;
    const std::string target = (dir / "out.shp").string();
    VectorWriter writer(target, "EPSG:32648");
    auto& layer = writer.create_layer("x", GeometryType::Point, {{"ten", FieldType::String}});
    layer.add_point(500000, 2350000, std::vector<FieldValue>{std::string("Xã Dĩnh Trì")});
    writer.commit();
    EXPECT_EQ(test::read_bytes(dir / "out.cpg"), "UTF-8");
    const PointTable table = read_points(file_source(target), read_options("p", {{"name", "ten"}}));
    EXPECT_EQ(table.column("name")[0], "Xã Dĩnh Trì");
}

TEST(VectorWriterAtomicity, TwoWritersToTheSameTargetInOneProcess) {
    // Two writers for one target in one process (the HTTP server or the GUI
    // exporting twice) each write their own temporary (the name carries a
    // process-wide counter), so neither destroys the other's file.
    TempDir dir;
    const std::string target = (dir / "out.gpkg").string();
    VectorWriter first(target, "EPSG:32648");
    VectorWriter second(target, "EPSG:32648");
    auto& a = first.create_layer("points", GeometryType::Point, {{"ma", FieldType::String}});
    auto& b = second.create_layer("points", GeometryType::Point, {{"ma", FieldType::String}});
    a.add_point(500000, 2350000, std::vector<FieldValue>{std::string("first")});
    b.add_point(500000, 2350000, std::vector<FieldValue>{std::string("second")});
    b.add_point(500001, 2350001, std::vector<FieldValue>{std::string("second")});
    EXPECT_NO_THROW(first.commit());
    EXPECT_NO_THROW(second.commit());
    const PointTable table = read_points(file_source(target), read_options("p", {{"ma", ""}}));
    EXPECT_EQ(table.report.read, 2u);
    EXPECT_EQ(dir.entries(), (std::vector<std::string>{"out.gpkg"}));
}

// --- errors ----------------------------------------------------------------------

TEST(VectorWriterErrors, DriverForTarget) {
    EXPECT_EQ(driver_for_target("a/b.gpkg"), "GPKG");
    EXPECT_EQ(driver_for_target("B.GPKG"), "GPKG");
    EXPECT_EQ(driver_for_target("x.shp"), "ESRI Shapefile");
    EXPECT_EQ(driver_for_target("x.geojson"), "GeoJSON");
    EXPECT_EQ(driver_for_target("x.json"), "GeoJSON");
    EXPECT_EQ(driver_for_target("x.csv"), "CSV");
    EXPECT_EQ(driver_for_target("x.fgb"), "FlatGeobuf");
    EXPECT_EQ(driver_for_target("x.kml"), "KML");
    EXPECT_EQ(driver_for_target("PG:dbname=coverplan"), "PostgreSQL");
    EXPECT_EQ(input_error_message([] { driver_for_target("out/ranking.xlsx"); }),
              "out/ranking.xlsx: cannot tell the output format from the extension '.xlsx' (expected .gpkg, .shp, "
              ".geojson, .csv, .fgb, .kml or a PG: connection string)");
    EXPECT_EQ(input_error_message([] { driver_for_target("results"); }),
              "results: cannot tell the output format from the extension '' (expected .gpkg, .shp, .geojson, .csv, "
              ".fgb, .kml or a PG: connection string)");
}

TEST(VectorWriterErrors, MissingOutputFolder) {
    TempDir dir;
    const std::string target = (dir / "nope" / "out.gpkg").string();
    EXPECT_EQ(input_error_message([&] { VectorWriter writer(target, "EPSG:32648"); }),
              target + ": the output folder " + (dir / "nope").string() + " does not exist");
    EXPECT_EQ(input_error_message([&] { VectorWriter writer((dir / "out.gpkg").string(), "EPSG:0"); }),
              "unknown CRS 'EPSG:0' (expected e.g. \"EPSG:32648\" or WKT)");
    EXPECT_TRUE(dir.entries().empty());
}

TEST(VectorWriterErrors, WrongValueCountAndUseAfterCommit) {
    TempDir dir;
    const std::string target = (dir / "out.gpkg").string();
    VectorWriter writer(target, "EPSG:32648");
    auto& layer = writer.create_layer("points", GeometryType::Point, kFields);
    try {
        layer.add_point(0, 0, std::vector<FieldValue>{std::string("a"), std::int64_t{1}});
        ADD_FAILURE() << "no exception";
    } catch (const InputError&) {
        ADD_FAILURE() << "a programming error, not bad input";
    } catch (const Error& error) {
        EXPECT_STREQ(error.what(), "layer points: 2 values for 5 fields");
    }
    EXPECT_EQ(layer.written(), 0u);
    layer.add_point(500000, 2350000, kRows[0]);
    EXPECT_EQ(layer.written(), 1u);
    writer.commit();
    EXPECT_EQ(writer.target(), target);
    EXPECT_THROW(writer.commit(), Error);
    EXPECT_THROW(writer.create_layer("more", GeometryType::Point, {}), Error);
    EXPECT_EQ(dir.entries(), (std::vector<std::string>{"out.gpkg"}));
}

}  // namespace
}  // namespace coverplan::gis
