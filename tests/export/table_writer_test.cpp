// write_tables: every format read back with plain GDAL (the XLSX through
// GDAL's own XLSX driver), the spreadsheet's styling read from its XML,
// GeoJSON coordinates against a direct OSR transform, atomic replacement and
// the errors a caller sees.

#include <gdal_priv.h>
#include <gmock/gmock.h>
#include <ogrsf_frmts.h>

#include <cmath>
#include <cstdio>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <regex>
#include <string>
#include <vector>

#include "gis/error.h"
#include "gis/geos_handle.h"
#include "table_test_support.h"
#include "test_support.h"
#include "ui/export/table_writer.h"

namespace coverplan::exporting {
namespace {

namespace fs = std::filesystem;
using gis::test::input_error_message;
using gis::test::TempDir;
using ::testing::HasSubstr;
using namespace test;

std::string read_text(const fs::path& path) { return gis::test::read_bytes(path); }

/// A file inside a ZIP archive, through `unzip -p`.
std::string unzip_entry(const fs::path& archive, const std::string& entry) {
    const std::string command =
        "unzip -p " + gis::test::shell_quote(archive.string()) + " " + gis::test::shell_quote(entry);
    std::string out;
    if (FILE* pipe = ::popen(command.c_str(), "r")) {
        char buffer[4096];
        for (std::size_t n; (n = std::fread(buffer, 1, sizeof buffer, pipe)) > 0;) out.append(buffer, n);
        EXPECT_EQ(::pclose(pipe), 0) << command;
    }
    EXPECT_FALSE(out.empty()) << command << " gave nothing";
    return out;
}

/// The n-th (0-based) element named `tag` inside the first <`list`> element.
std::string nth_element(const std::string& xml, const std::string& list, const std::string& tag, std::size_t n) {
    const std::size_t begin = xml.find("<" + list);
    const std::size_t end = xml.find("</" + list + ">", begin);
    if (begin == std::string::npos || end == std::string::npos) return "";
    const std::string body = xml.substr(begin, end - begin);
    const std::regex element("<" + tag + "[ >/][\\s\\S]*?(/>|</" + tag + ">)");
    std::size_t i = 0;
    for (auto it = std::sregex_iterator(body.begin(), body.end(), element); it != std::sregex_iterator(); ++it, ++i)
        if (i == n) return it->str();
    return "";
}

std::string attribute(const std::string& element, const std::string& name) {
    std::smatch match;
    if (std::regex_search(element, match, std::regex("\\b" + name + "=\"([^\"]*)\""))) return match[1];
    return "";
}

/// Entries of a folder (hidden ones included) with their bytes.
std::map<std::string, std::string> snapshot(const TempDir& dir) {
    std::map<std::string, std::string> files;
    for (const auto& name : dir.entries())
        files[name] = fs::is_directory(dir / name) ? "<folder>" : read_text(dir / name);
    return files;
}

// --- round trips ------------------------------------------------------------------------

/// Writes the zones table (with polygons) and a "summary" table without
/// geometry to one file and opens it with the given GDAL driver.
Dataset write_two_tables(const TempDir& dir, const std::string& file, const char* driver) {
    std::vector<gis::GeosGeometry> owned;
    const fs::path target = dir / file;
    write_tables({zones_table(owned), plain_table("summary")}, target.string());
    EXPECT_EQ(dir.entries(), std::vector<std::string>{file});
    Dataset dataset = open_vector(target.string(), {driver});
    if (dataset) {
        EXPECT_EQ(dataset->GetLayerCount(), 2);
    }
    return dataset;
}

TEST(TableWriterGeoPackage, RowsTypesVietnameseAndPolygonsRoundTrip) {
    TempDir dir;
    Dataset dataset = write_two_tables(dir, "ranking.gpkg", "GPKG");
    ASSERT_TRUE(dataset);
    const ReadLayer zones = read_layer(*dataset->GetLayerByName("zones"));
    expect_fields(zones, kTypedFields);
    expect_rows(zones, kRows);
    EXPECT_EQ(zones.geometry_fields, 1);
    EXPECT_EQ(zones.crs, "EPSG:32648");
    for (std::size_t r = 0; r < kRows.size(); ++r) expect_same_geometry(zones.wkt[r], kPolygons[r], "row " + std::to_string(r));

    const ReadLayer summary = read_layer(*dataset->GetLayerByName("summary"));
    expect_fields(summary, kTypedFields);
    expect_rows(summary, kRows);
    EXPECT_EQ(summary.geometry_fields, 0);
}

/// Field types GDAL infers when reading text formats (CSV with
/// AUTODETECT_TYPE, GeoJSON): small integers come back as 32-bit Integer.
const std::vector<ReadField> kInferredFields = {
    {"zone_id", OFTString}, {"zone_name", OFTString},     {"subscribers", OFTInteger},
    {"spare_capacity", OFTReal}, {"covered_share", OFTReal}, {"exhausts_on", OFTDate},
};

/// Writes the zones table (with polygons) alone; returns the file's path.
fs::path write_zones_alone(const TempDir& dir, const std::string& file) {
    std::vector<gis::GeosGeometry> owned;
    const fs::path target = dir / file;
    write_tables({zones_table(owned)}, target.string());
    EXPECT_EQ(dir.entries(), std::vector<std::string>{file});
    return target;
}

TEST(TableWriterGeoPackage, PointTablesBecomePointLayers) {
    TempDir dir;
    std::vector<gis::GeosGeometry> owned;
    Table clusters = plain_table("clusters");
    clusters.crs = "EPSG:32648";
    for (std::size_t r = 0; r < clusters.rows.size(); ++r) {
        owned.push_back(gis::geos_from_wkt("POINT (" + std::to_string(625000 + 100 * r) + " 2355000)"));
        clusters.geometries.push_back(r == 1 ? nullptr : owned.back().get());
    }
    const fs::path target = dir / "clusters.gpkg";
    write_tables({clusters}, target.string());
    Dataset dataset = open_vector(target.string(), {"GPKG"});
    ASSERT_TRUE(dataset);
    EXPECT_EQ(wkbFlatten(dataset->GetLayer(0)->GetGeomType()), wkbPoint);
    const ReadLayer layer = read_layer(*dataset->GetLayer(0));
    expect_rows(layer, kRows);
    EXPECT_EQ(layer.wkt, (std::vector<std::string>{"POINT (625000 2355000)", "", "POINT (625200 2355000)",
                                                   "POINT (625300 2355000)"}));
}

TEST(TableWriterCsv, PlainTableWithoutGeometryColumns) {
    TempDir dir;
    const fs::path target = write_zones_alone(dir, "ranking.csv");

    // The header is exactly the contract's column names: no WKT, no X/Y.
    const std::string text = read_text(target);
    EXPECT_EQ(text.substr(0, text.find_first_of("\r\n")),
              "zone_id,zone_name,subscribers,spare_capacity,covered_share,exhausts_on");
    EXPECT_THAT(text, HasSubstr(kDongSon));
    EXPECT_THAT(text, ::testing::Not(HasSubstr("POLYGON")));

    const ReadLayer layer = read_only_layer(target.string(), {"CSV"}, {"AUTODETECT_TYPE=YES"});
    expect_fields(layer, kInferredFields);
    expect_rows(layer, kRows, 1e-15);
    EXPECT_EQ(layer.geometry_fields, 0);
}

TEST(TableWriterGeoJson, Rfc7946LongitudeLatitude) {
    TempDir dir;
    const fs::path target = write_zones_alone(dir, "ranking.geojson");

    const ReadLayer layer = read_only_layer(target.string(), {"GeoJSON"});
    expect_fields(layer, kInferredFields);
    expect_rows(layer, kRows);

    // The file itself, parsed as plain JSON: no "crs" member (RFC 7946), and
    // the corner (625000, 2355000) of the first zone as a direct OSR transform
    // from EPSG:32648 gives it, longitude first.
    const auto json = nlohmann::json::parse(read_text(target));
    EXPECT_FALSE(json.contains("crs"));
    const auto [lon, lat] = gis::test::transform_epsg(32648, 4326, 625000, 2355000);
    EXPECT_NEAR(lon, 106.2, 0.1);
    EXPECT_NEAR(lat, 21.3, 0.1);
    // (GDAL's RFC 7946 writer gives a one-part multipolygon as a Polygon.)
    const auto& geometry = json["features"][0]["geometry"];
    ASSERT_TRUE(geometry["type"] == "Polygon" || geometry["type"] == "MultiPolygon") << geometry.dump();
    const auto& ring = geometry["type"] == "Polygon" ? geometry["coordinates"][0] : geometry["coordinates"][0][0];
    ASSERT_EQ(ring.size(), 5u);
    bool found = false;
    for (const auto& vertex : ring) {
        ASSERT_EQ(vertex.size(), 2u);
        const double x = vertex[0], y = vertex[1];
        EXPECT_GT(x, 106.0) << "longitude first";
        EXPECT_LT(y, 22.0) << "latitude second";
        if (std::abs(x - lon) < 1e-7 && std::abs(y - lat) < 1e-7) found = true;
    }
    EXPECT_TRUE(found) << "no vertex at " << lon << ", " << lat << " in " << ring.dump();
    EXPECT_TRUE(json["features"][2]["geometry"].is_null());
    // GDAL reads the polygon back in WGS 84: the corner lies on its boundary.
    auto ctx = gis::geos_context();
    gis::GeosGeometry first = gis::geos_from_wkt(layer.wkt[0]);
    gis::GeosGeometry boundary(GEOSBoundary_r(ctx, first.get()));
    gis::GeosGeometry corner(GEOSGeom_createPointFromXY_r(ctx, lon, lat));
    double distance = 1;
    ASSERT_EQ(GEOSDistance_r(ctx, corner.get(), boundary.get(), &distance), 1);
    EXPECT_LT(distance, 1e-7) << layer.wkt[0];
}

TEST(TableWriterXlsx, GdalReadsTheSheetsWithTypesAndVietnameseText) {
    TempDir dir;
    Dataset dataset = write_two_tables(dir, "ranking.xlsx", "XLSX");
    ASSERT_TRUE(dataset);
    for (const char* name : {"zones", "summary"}) {
        SCOPED_TRACE(name);
        OGRLayer* sheet = dataset->GetLayerByName(name);
        ASSERT_NE(sheet, nullptr);
        const ReadLayer layer = read_layer(*sheet);
        // XLSX headers are the human titles; numbers and dates are typed cells.
        expect_fields(layer, {{"zone_id", OFTString},
                              {"Xã / phường", OFTString},
                              {"Thuê bao", OFTInteger},
                              {"spare_capacity", OFTReal},
                              {"covered_share", OFTReal},
                              {"exhausts_on", OFTDate}});
        // The percentage is stored as its ratio (1.0 comes back as the integer 1
        // only if the whole column were integral; it is not).
        expect_rows(layer, kRows);
        EXPECT_EQ(layer.geometry_fields, 0);
    }
}

TEST(TableWriterXlsx, HeaderIsBoldFilledFrozenAndFiltered) {
    TempDir dir;
    const fs::path target = dir / "ranking.xlsx";
    write_tables({plain_table()}, target.string());
    const std::string sheet = unzip_entry(target, "xl/worksheets/sheet1.xml");
    const std::string styles = unzip_entry(target, "xl/styles.xml");

    // Frozen first row, autofilter over the header and every row.
    EXPECT_THAT(sheet, ::testing::ContainsRegex("<pane [^>]*ySplit=\"1\""));
    EXPECT_THAT(sheet, ::testing::ContainsRegex("<pane [^>]*state=\"frozen\""));
    EXPECT_THAT(sheet, HasSubstr("<autoFilter ref=\"A1:F5\"/>"));

    // The header cell A1's style: bold font, solid fill.
    std::smatch a1;
    ASSERT_TRUE(std::regex_search(sheet, a1, std::regex("<c r=\"A1\"[^>]*>")));
    const std::string header_style = attribute(a1.str(), "s");
    ASSERT_FALSE(header_style.empty()) << a1.str();
    const std::string xf = nth_element(styles, "cellXfs", "xf", std::stoul(header_style));
    const std::string font = nth_element(styles, "fonts", "font", std::stoul(attribute(xf, "fontId")));
    EXPECT_THAT(font, HasSubstr("<b/>")) << xf;
    const std::string fill = nth_element(styles, "fills", "fill", std::stoul(attribute(xf, "fillId")));
    EXPECT_THAT(fill, HasSubstr("patternType=\"solid\"")) << xf;
    // A data cell is not bold.
    std::smatch a2;
    ASSERT_TRUE(std::regex_search(sheet, a2, std::regex("<c r=\"A2\"[^>]*>")));
    const std::string data_xf = nth_element(styles, "cellXfs", "xf", std::stoul(attribute(a2.str(), "s").empty() ? "0" : attribute(a2.str(), "s")));
    EXPECT_THAT(nth_element(styles, "fonts", "font", std::stoul(attribute(data_xf, "fontId"))), ::testing::Not(HasSubstr("<b/>")));
}

TEST(TableWriterXlsx, NumberFormatsAndRealDates) {
    TempDir dir;
    const fs::path target = dir / "ranking.xlsx";
    write_tables({plain_table()}, target.string());
    const std::string sheet = unzip_entry(target, "xl/worksheets/sheet1.xml");
    const std::string styles = unzip_entry(target, "xl/styles.xml");

    // The number format code of a cell, through its style.
    auto format_of = [&](const std::string& cell) {
        std::smatch match;
        EXPECT_TRUE(std::regex_search(sheet, match, std::regex("<c r=\"" + cell + "\"[^>]*>"))) << cell;
        const std::string xf = nth_element(styles, "cellXfs", "xf", std::stoul(attribute(match.str(), "s")));
        const std::string id = attribute(xf, "numFmtId");
        std::smatch code;
        if (std::regex_search(styles, code, std::regex("<numFmt numFmtId=\"" + id + "\" formatCode=\"([^\"]*)\"")))
            return code[1].str();
        return "builtin " + id;
    };
    EXPECT_EQ(format_of("C2"), "#,##0");       // integer with thousands separators
    EXPECT_EQ(format_of("D2"), "#,##0.0");     // Real with decimals = 1
    EXPECT_EQ(format_of("E2"), "0.0 %");       // percent
    EXPECT_EQ(format_of("F2"), "yyyy-mm-dd");  // date

    // A real date: the cell holds Excel's day number (2026-11-30 = 46356), not text.
    std::smatch f2;
    ASSERT_TRUE(std::regex_search(sheet, f2, std::regex("<c r=\"F2\"[^>]*>(<v>[^<]*</v>)")));
    EXPECT_EQ(f2[1].str(), "<v>46356</v>");
    EXPECT_EQ(attribute(std::string(f2[0]).substr(0, std::string(f2[0]).find('>')), "t"), "");
    // The percentage stays a ratio.
    std::smatch e2;
    ASSERT_TRUE(std::regex_search(sheet, e2, std::regex("<c r=\"E2\"[^>]*><v>([^<]*)</v>")));
    EXPECT_EQ(std::stod(e2[1]), 0.875);
}

TEST(TableWriterXlsx, ColumnWidthsCountCharactersNotBytes) {
    TempDir dir;
    const fs::path target = dir / "ranking.xlsx";
    write_tables({plain_table()}, target.string());
    const std::string sheet = unzip_entry(target, "xl/worksheets/sheet1.xml");
    auto width_of = [&](int column) {
        const std::string col = nth_element(sheet, "cols", "col", std::size_t(column - 1));
        EXPECT_EQ(attribute(col, "min"), std::to_string(column)) << col;
        return std::stod(attribute(col, "width"));
    };
    // zone_name: longest value 25 characters (36 bytes).
    const double name_width = width_of(2);
    EXPECT_GE(name_width, 25);
    EXPECT_LT(name_width, 32);
    // subscribers: the header "Thuê bao" (8 characters) plus the filter
    // button is wider than "1,234,567".
    EXPECT_GE(width_of(3), 9);
    EXPECT_LT(width_of(3), 16);
}

TEST(TableWriterXlsx, LongSheetNamesAreCutOnCharacterBoundaries) {
    TempDir dir;
    const fs::path target = dir / "ranking.xlsx";
    // 40 characters; the 31st is 'ư' (two bytes), so a byte cut would split it.
    const std::string long_name = "Xếp hạng đầu tư: các xã Bắc Giang quý 1/2027";
    Table first = plain_table(long_name);
    Table second = plain_table(long_name + " (bán hàng)");
    write_tables({first, second}, target.string());
    Dataset dataset = open_vector(target.string(), {"XLSX"});
    ASSERT_TRUE(dataset);
    ASSERT_EQ(dataset->GetLayerCount(), 2);
    // ':' and '/' are not allowed in sheet names; 31 characters kept.
    EXPECT_EQ(std::string(dataset->GetLayer(0)->GetName()), "Xếp hạng đầu tư_ các xã Bắc Gia");
    // The second cuts to the same 31 characters: made unique.
    EXPECT_EQ(std::string(dataset->GetLayer(1)->GetName()), "Xếp hạng đầu tư_ các xã Bắc (2)");
    EXPECT_EQ(read_layer(*dataset->GetLayer(1)).rows.size(), kRows.size());
}

TEST(TableWriterXlsx, EmptyTableStillHasItsHeader) {
    TempDir dir;
    const fs::path target = dir / "empty.xlsx";
    Table table = plain_table();
    table.rows.clear();
    write_tables({table}, target.string());
    const std::string sheet = unzip_entry(target, "xl/worksheets/sheet1.xml");
    EXPECT_THAT(sheet, HasSubstr("<autoFilter ref=\"A1:F1\"/>"));
    EXPECT_THAT(sheet, ::testing::ContainsRegex("<c r=\"F1\""));
}

// --- atomicity ---------------------------------------------------------------------------

/// A table whose write fails only once its temporary file is being written:
/// GeoPackage column names are case-insensitive (SQLite), and a spreadsheet
/// cell holds at most 32,767 characters.
Table failing_table(const std::string& ext) {
    Table table = plain_table("broken");
    if (ext == ".gpkg") {
        table.columns.push_back({"Zone_ID", ColumnType::Text, 2, ""});
        for (auto& row : table.rows) row.emplace_back(std::string("x"));
    } else {
        table.rows[2][1] = std::string(40000, 'x');
    }
    return table;
}

TEST(TableWriterAtomicity, FailedWriteMidwayLeavesTheTargetAndNoTemporaryFile) {
    for (const std::string ext : {".gpkg", ".xlsx"}) {
        SCOPED_TRACE(ext);
        TempDir dir;
        const fs::path target = dir / ("ranking" + ext);
        write_tables({plain_table()}, target.string());
        const auto before = snapshot(dir);
        const std::string message = input_error_message([&] { write_tables({failing_table(ext)}, target.string()); });
        EXPECT_THAT(message, ::testing::StartsWith(target.string() + ": layer 'broken'"));
        EXPECT_EQ(snapshot(dir), before);
    }
}

TEST(TableWriterAtomicity, FailedMoveIntoPlaceLeavesNoTemporaryFile) {
    // The target is a folder: everything is written, then the rename fails.
    for (const std::string ext : {".csv", ".xlsx", ".gpkg", ".geojson"}) {
        SCOPED_TRACE(ext);
        TempDir dir;
        const fs::path target = dir / ("ranking" + ext);
        fs::create_directory(target);
        gis::test::write_text(target / "keep.txt", "kept");
        const auto before = snapshot(dir);
        const std::string message = input_error_message([&] { write_tables({plain_table()}, target.string()); });
        EXPECT_THAT(message, ::testing::StartsWith(target.string() + ": cannot move the finished file into place"));
        EXPECT_EQ(snapshot(dir), before);
        EXPECT_EQ(read_text(target / "keep.txt"), "kept");
    }
}

TEST(TableWriterAtomicity, SuccessfulWriteReplacesThePreviousOutput) {
    for (const std::string ext : {".csv", ".xlsx", ".gpkg", ".geojson"}) {
        SCOPED_TRACE(ext);
        TempDir dir;
        const fs::path target = dir / ("ranking" + ext);
        write_tables({plain_table()}, target.string());
        Table smaller = plain_table();
        smaller.rows.resize(1);
        write_tables({smaller}, target.string());
        EXPECT_EQ(dir.entries(), std::vector<std::string>{"ranking" + ext});
        const std::vector<const char*> drivers = {ext == ".csv" ? "CSV" : ext == ".xlsx" ? "XLSX" : ext == ".gpkg" ? "GPKG" : "GeoJSON"};
        Dataset dataset = open_vector(target.string(), drivers);
        ASSERT_TRUE(dataset);
        EXPECT_EQ(dataset->GetLayer(0)->GetFeatureCount(), 1);
    }
}

TEST(TableWriterAtomicity, TheTablesPassedInAreNotModified) {
    TempDir dir;
    Table table = plain_table();
    table.rows[0][3] = std::nan("");  // written empty, kept in the input
    const Table copy = table;
    for (const char* ext : {".csv", ".xlsx", ".gpkg", ".geojson"}) write_tables({table}, (dir / (std::string("t") + ext)).string());
    ASSERT_EQ(table.rows.size(), copy.rows.size());
    EXPECT_TRUE(std::isnan(std::get<double>(table.rows[0][3])));
    for (std::size_t r = 1; r < table.rows.size(); ++r) EXPECT_EQ(table.rows[r], copy.rows[r]);
    const ReadLayer layer = read_only_layer((dir / "t.gpkg").string(), {"GPKG"});
    EXPECT_EQ(describe(layer.rows[0][3]), "NULL");
}

// --- errors --------------------------------------------------------------------------------

TEST(TableWriterErrors, UnknownExtension) {
    TempDir dir;
    const std::string target = (dir / "ranking.txt").string();
    EXPECT_EQ(input_error_message([&] { write_tables({plain_table()}, target); }),
              target + ": cannot tell the output format from the extension '.txt' (expected .csv, .xlsx, .gpkg, "
                       ".geojson or a PG: connection string)");
    EXPECT_EQ(input_error_message([&] { write_tables({plain_table()}, (dir / "ranking").string()); }),
              (dir / "ranking").string() +
                  ": cannot tell the output format from the extension '' (expected .csv, .xlsx, .gpkg, .geojson or "
                  "a PG: connection string)");
    EXPECT_TRUE(dir.entries().empty());
}

TEST(TableWriterErrors, OneTableToCsvAndGeoJson) {
    TempDir dir;
    const std::string csv = (dir / "ranking.csv").string();
    EXPECT_EQ(input_error_message([&] { write_tables({plain_table("a"), plain_table("b")}, csv); }),
              csv + ": a CSV file holds one table; got 2 (write them to a .gpkg or .xlsx, or to one file each)");
    const std::string geojson = (dir / "ranking.GeoJSON").string();
    EXPECT_EQ(input_error_message([&] { write_tables({}, geojson); }), geojson + ": no tables to write");
    EXPECT_EQ(input_error_message([&] { write_tables({plain_table("a"), plain_table("b")}, geojson); }),
              geojson + ": a GeoJSON file holds one table; got 2 (write them to a .gpkg or .xlsx, or to one file each)");
    EXPECT_TRUE(dir.entries().empty());
}

TEST(TableWriterErrors, MissingOutputFolder) {
    TempDir dir;
    for (const char* ext : {".csv", ".xlsx", ".gpkg", ".geojson"}) {
        const std::string target = (dir / "nope" / (std::string("ranking") + ext)).string();
        EXPECT_EQ(input_error_message([&] { write_tables({plain_table()}, target); }),
                  target + ": the output folder " + (dir / "nope").string() + " does not exist");
    }
    EXPECT_TRUE(dir.entries().empty());
}

TEST(TableWriterErrors, MalformedTablesAreProgrammingErrorsCaughtBeforeWriting) {
    TempDir dir;
    const std::string target = (dir / "ranking.gpkg").string();
    auto message = [&](const Table& table) -> std::string {
        try {
            write_tables({table}, target);
        } catch (const InputError& error) {
            ADD_FAILURE() << "a programming error, not bad input: " << error.what();
        } catch (const Error& error) {
            return error.what();
        }
        return "nothing thrown";
    };
    Table wrong_type = plain_table();
    wrong_type.rows[1][2] = 3.5;
    EXPECT_EQ(message(wrong_type), "table 'zones', row 2, column 'subscribers': expected an integer, got a real");
    Table bad_date = plain_table();
    bad_date.rows[0][5] = std::string("30/11/2026");
    EXPECT_EQ(message(bad_date),
              "table 'zones', row 1, column 'exhausts_on': expected an ISO 8601 date such as \"2026-11-30\", got "
              "'30/11/2026'");
    Table short_row = plain_table();
    short_row.rows[3].pop_back();
    EXPECT_EQ(message(short_row), "table 'zones', row 4: 5 cells for 6 columns");
    Table no_crs = plain_table();
    std::vector<gis::GeosGeometry> owned;
    no_crs.geometries = zones_table(owned).geometries;
    EXPECT_EQ(message(no_crs), "table 'zones': has geometries but no CRS");
    Table line = zones_table(owned);
    owned.push_back(gis::geos_from_wkt("LINESTRING (0 0, 1 1)"));
    line.geometries[2] = owned.back().get();
    EXPECT_EQ(message(line), "table 'zones', row 3: a LineString; tables hold points or polygons");
    Table mixed = zones_table(owned);
    owned.push_back(gis::geos_from_wkt("POINT (625000 2355000)"));
    mixed.geometries[3] = owned.back().get();
    EXPECT_EQ(message(mixed), "table 'zones', row 4: mixes points and polygons in one table");
    Table other_crs = zones_table(owned, "other");
    other_crs.crs = "EPSG:32649";
    try {
        write_tables({zones_table(owned), other_crs}, target);
        ADD_FAILURE() << "nothing thrown";
    } catch (const Error& error) {
        EXPECT_STREQ(error.what(),
                     "tables 'zones' (EPSG:32648) and 'other' (EPSG:32649) have geometries in different CRSs; write "
                     "them to separate files");
    }
    EXPECT_TRUE(dir.entries().empty());
}

}  // namespace
}  // namespace coverplan::exporting
