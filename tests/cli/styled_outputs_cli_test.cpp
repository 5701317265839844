// Outputs open in QGIS already styled, with typed columns and described
// layers: the real executable on the sample, read back by other programs —
// ogrinfo for the column types and the layer_styles table, Python's sqlite3
// and xml.etree for the stored QML and SLD documents.

#include <gtest/gtest.h>

#include <filesystem>

#include "support/run_coverplan.h"
#include "support/temp_dir.h"
#include "test_config.h"

using coverplan::test::command_output;
using coverplan::test::run_coverplan;
using coverplan::test::shell_quote;
using coverplan::test::TempDir;
namespace fs = std::filesystem;

namespace {

const std::string kProject = shell_quote(coverplan::test::kSampleProject);

/// For each row of layer_styles, read with Python's sqlite3 (not GDAL):
/// "table geometry_column default renderer attribute classes sld_rules",
/// the QML and SLD parsed by xml.etree (a document that is not XML fails).
std::string styles_summary(const fs::path& gpkg) {
    const std::string script = R"PY(
import sqlite3, sys, xml.etree.ElementTree as ET
db = sqlite3.connect(sys.argv[1])
for table, column, default, qml, sld in db.execute(
        "SELECT f_table_name, f_geometry_column, useAsDefault, styleQML, styleSLD FROM layer_styles ORDER BY f_table_name"):
    renderer = ET.fromstring(qml).find("renderer-v2")
    classes = len(renderer.findall("ranges/range")) + len(renderer.findall("categories/category"))
    rules = ET.fromstring(sld).findall(".//{http://www.opengis.net/se}Rule")
    print(table, column, default, renderer.get("type"), renderer.get("attr", "-"), classes, len(rules))
)PY";
    return command_output("python3 -c " + shell_quote(script) + " " + shell_quote(gpkg.string()) + " 2>&1");
}

/// One field's line of `ogrinfo -so`: "capacity: Integer64 (0.0)".
std::string field_line(const fs::path& file, const std::string& layer, const std::string& field) {
    const std::string info = command_output("ogrinfo -ro -so -nomd " + shell_quote(file.string()) + " " + layer);
    const auto at = info.find("\n" + field + ": ");
    if (at == std::string::npos) return "no field " + field + " in:\n" + info;
    return info.substr(at + 1, info.find('\n', at + 1) - at - 1);
}

TEST(StyledOutputsCli, OverlayGeoPackageCarriesAStylePerLayerForQgis) {
    TempDir dir;
    const fs::path out = dir / "results.gpkg";
    const auto run = run_coverplan("overlay " + kProject + " -o " + shell_quote(out.string()), dir);
    ASSERT_LE(run.exit_code, 1) << run.err;
    EXPECT_EQ(styles_summary(out),
              "demand_clusters geom 1 singleSymbol - 0 1\n"
              "nodes geom 1 graduatedSymbol CASE WHEN \"status\" = 'live' THEN \"utilization\" END 5 5\n"
              "points_status geom 1 categorizedSymbol status 5 5\n"
              "zones geom 1 graduatedSymbol investment_score 5 5\n");
    // GDAL sees layer_styles as a table of the GeoPackage (gpkg_contents), typed as QGIS makes it.
    EXPECT_EQ(field_line(out, "layer_styles", "useAsDefault"), "useAsDefault: Integer(Boolean) (0.0)");
    EXPECT_EQ(field_line(out, "layer_styles", "update_time"), "update_time: DateTime (0.0)");
    EXPECT_EQ(command_output("ogrinfo -ro -q " + shell_quote(out.string()) +
                             " -sql \"SELECT data_type FROM gpkg_contents WHERE table_name = 'layer_styles'\""),
              "\nLayer name: SELECT\nOGRFeature(SELECT):0\n  data_type (String) = attributes\n\n");
}

TEST(StyledOutputsCli, OverlayColumnsAreTypedAndTheOutsideRowDescribed) {
    TempDir dir;
    const fs::path out = dir / "results.gpkg";
    const auto run = run_coverplan("overlay " + kProject + " -o " + shell_quote(out.string()), dir);
    ASSERT_LE(run.exit_code, 1) << run.err;
    EXPECT_EQ(field_line(out, "nodes", "capacity"), "capacity: Integer64 (0.0)");
    EXPECT_EQ(field_line(out, "nodes", "used"), "used: Integer64 (0.0)");
    EXPECT_EQ(field_line(out, "nodes", "spare"), "spare: Integer64 (0.0)");
    EXPECT_EQ(field_line(out, "points_status", "open"), "open: Integer(Boolean) (0.0)");
    EXPECT_EQ(field_line(out, "zones", "kind"), "kind: String (0.0)");
    // spare = capacity - used, in whole ports, on every node with both.
    EXPECT_EQ(command_output("ogrinfo -ro -q " + shell_quote(out.string()) +
                             " -sql \"SELECT COUNT(*) AS bad FROM nodes WHERE spare != capacity - used\""),
              "\nLayer name: SELECT\nOGRFeature(SELECT):0\n  bad (Integer) = 0\n\n");
    // Open says something of leads and orders only.
    EXPECT_EQ(command_output("ogrinfo -ro -q " + shell_quote(out.string()) +
                             " -sql \"SELECT COUNT(*) AS n FROM points_status WHERE open IS NOT NULL AND layer IN "
                             "('subscribers', 'complaints')\""),
              "\nLayer name: SELECT\nOGRFeature(SELECT):0\n  n (Integer) = 0\n\n");
    const std::string description = command_output(
        "ogrinfo -ro -q " + shell_quote(out.string()) +
        " -sql \"SELECT description FROM gpkg_contents WHERE table_name = 'zones'\"");
    EXPECT_NE(description.find("The last row has an empty zone_id and no geometry: it counts the points outside every "
                               "zone, which are never dropped."),
              std::string::npos)
        << description;
}

TEST(StyledOutputsCli, RankingsCarryTheirStyle) {
    TempDir dir;
    const fs::path gpkg = dir / "sales.gpkg";
    auto run = run_coverplan("rank " + kProject + " --for sales -o " + shell_quote(gpkg.string()), dir);
    ASSERT_LE(run.exit_code, 1) << run.err;
    EXPECT_EQ(styles_summary(gpkg), "sales_ranking geom 1 graduatedSymbol score 5 5\n");
    // The zone kinds (the sample maps them): text, and the rank among zones of the kind a whole number.
    EXPECT_EQ(field_line(gpkg, "sales_ranking", "kind"), "kind: String (0.0)");
    EXPECT_EQ(field_line(gpkg, "sales_ranking", "kind_rank"), "kind_rank: Integer64 (0.0)");

    // Filtered to one kind, the table keeps the style (classes of the whole
    // project's scores, as the ranks are the whole project's) and only that kind.
    const fs::path towns = dir / "towns.gpkg";
    run = run_coverplan("rank " + kProject + " --kind \"Thị trấn\" -o " + shell_quote(towns.string()), dir);
    ASSERT_LE(run.exit_code, 1) << run.err;
    EXPECT_EQ(styles_summary(towns), "investment_ranking geom 1 graduatedSymbol score 5 5\n");
    EXPECT_EQ(command_output("ogrinfo -ro -q " + shell_quote(towns.string()) +
                             " -sql \"SELECT COUNT(*) AS n, MIN(kind_rank) AS first, MAX(kind_rank) AS last, "
                             "COUNT(DISTINCT kind) AS kinds FROM investment_ranking\""),
              "\nLayer name: SELECT\nOGRFeature(SELECT):0\n  n (Integer) = 4\n  first (Integer) = 1\n"
              "  last (Integer) = 4\n  kinds (Integer) = 1\n\n");

    // Beside a GeoJSON: <stem>.qml, which QGIS loads with the file.
    const fs::path geojson = dir / "ranking.geojson";
    run = run_coverplan("rank " + kProject + " -o " + shell_quote(geojson.string()), dir);
    ASSERT_LE(run.exit_code, 1) << run.err;
    ASSERT_TRUE(fs::exists(dir / "ranking.qml"));
    const std::string parsed = command_output(
        "python3 -c \"import sys, xml.etree.ElementTree as ET; r = ET.parse(sys.argv[1]).getroot().find('renderer-v2'); "
        "print(r.get('type'), r.get('attr'), len(r.findall('ranges/range')))\" " +
        shell_quote((dir / "ranking.qml").string()) + " 2>&1");
    EXPECT_EQ(parsed, "graduatedSymbol score 5\n");

    // A CSV has no place for a style: nothing is written beside it.
    run = run_coverplan("rank " + kProject + " -o " + shell_quote((dir / "table.csv").string()), dir);
    ASSERT_LE(run.exit_code, 1) << run.err;
    EXPECT_FALSE(fs::exists(dir / "table.qml"));
}

}  // namespace
