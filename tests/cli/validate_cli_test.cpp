// coverplan validate (and the commands that read the same data) on data a
// careless hand or another program left: values GDAL would misread, sources
// that are not files. Runs the real executable.

#include <gdal_priv.h>
#include <gtest/gtest.h>
#include <ogrsf_frmts.h>

#include <nlohmann/json.hpp>
#include <stdexcept>

#include "support/cli_project.h"
#include "support/raw_edits.h"
#include "support/run_coverplan.h"
#include "support/tilesets.h"

using coverplan::test::CommandRun;
using coverplan::test::run_coverplan;
using coverplan::test::TempDir;
using json = nlohmann::json;
namespace fs = std::filesystem;

namespace {

const std::string kSubscribers = "id,lon,lat\nS1,106.05,21.05\nS2,106.12,21.05\n";

/// The CLI project with its coverage moved into a GeoPackage whose port
/// counts are 64-bit integer columns (as QGIS and ogr2ogr make them).
std::string write_gpkg_coverage_project(const TempDir& dir) {
    std::string project = coverplan::test::write_cli_project(dir, kSubscribers);
    GDALAllRegister();
    GDALDatasetUniquePtr source(GDALDataset::Open((dir / "coverage.geojson").c_str(), GDAL_OF_VECTOR));
    GDALDriver* gpkg = GetGDALDriverManager()->GetDriverByName("GPKG");
    GDALDatasetUniquePtr target(gpkg->Create((dir / "network.gpkg").c_str(), 0, 0, 0, GDT_Unknown, nullptr));
    OGRLayer* in = source->GetLayer(0);
    OGRLayer* out = target->CreateLayer("nodes", in->GetSpatialRef(), wkbPolygon, nullptr);
    for (auto [name, type] : {std::pair{"id", OFTString}, {"tech", OFTString}, {"cap", OFTInteger64}, {"used", OFTInteger64}}) {
        OGRFieldDefn field(name, type);
        if (out->CreateField(&field) != OGRERR_NONE) throw std::runtime_error("cannot create field");
    }
    for (auto& feature : *in) {
        OGRFeature copy(out->GetLayerDefn());
        copy.SetFrom(feature.get());
        if (out->CreateFeature(&copy) != OGRERR_NONE) throw std::runtime_error("cannot write a node");
    }
    target.reset();
    std::string text = dir.read("project.toml");
    text.replace(text.find("coverage.geojson"), std::string("coverage.geojson").size(), "network.gpkg");
    dir.write("project.toml", text);
    return project;
}

TEST(ValidateCli, InfiniteCapacityInAGeoPackageIsFlaggedNotAHugeSpare) {
    // GDAL reads 1e400 stored in an INTEGER column as 9.2 x 10^18: the
    // zones ranked first for sales with "-0 spare ports".
    TempDir dir;
    const std::string project = write_gpkg_coverage_project(dir);
    coverplan::test::run_gpkg_sql(dir / "network.gpkg", "UPDATE nodes SET cap = 1e400 WHERE id = 'N1'");

    const CommandRun validate = run_coverplan("validate " + project, dir);
    EXPECT_EQ(validate.exit_code, 1) << validate.out << validate.err;
    EXPECT_NE(validate.out.find("  flagged: feature 1 (id 'N1'): field 'cap': capacity 'Inf' is infinite; the node's "
                                "spare capacity is unknown (not guessed)\n"),
              std::string::npos)
        << validate.out;

    const CommandRun rank = run_coverplan("rank " + project + " --for sales --json", dir);
    EXPECT_EQ(rank.exit_code, 1) << rank.err;
    EXPECT_EQ(rank.out.find("-0 spare"), std::string::npos) << rank.out;
    const json ranking = json::parse(rank.out);
    for (const auto& row : ranking["zones"]) EXPECT_EQ(row["spare_capacity"], 0) << row.dump();
}

TEST(ValidateCli, TextInAnIntegerColumnIsFlaggedWithItsValue) {
    TempDir dir;
    const std::string project = write_gpkg_coverage_project(dir);
    coverplan::test::run_gpkg_sql(dir / "network.gpkg", "UPDATE nodes SET used = 'mười' WHERE id = 'N1'");
    const CommandRun run = run_coverplan("validate --json " + project, dir);
    EXPECT_EQ(run.exit_code, 1) << run.err;
    const json report = json::parse(run.out);
    const json& coverage = report["layers"][1];
    EXPECT_EQ(coverage["role"], "coverage");
    EXPECT_EQ(coverage["source"], "network.gpkg");
    EXPECT_EQ(coverage["layer"], "nodes");
    ASSERT_EQ(coverage["problems"].size(), 1u) << coverage.dump(2);
    EXPECT_EQ(coverage["problems"][0],
              (json{{"outcome", "flagged"},
                    {"feature", "1 (id 'N1')"},
                    {"field", "used"},
                    {"reason", "used 'mười' is not a number; the node's spare capacity is unknown (not guessed)"}}));
}

TEST(ValidateCli, GeoJsonFeatureWithTextCoordinatesIsRejectedAloneAndTheRunGoesOn) {
    TempDir dir;
    std::string project = coverplan::test::kCliProject;
    project += "\n[layers.complaints]\nsource = \"khieu_nai.geojson\"\nid = \"ma_kn\"\n";
    dir.write("khieu_nai.geojson", R"({"type":"FeatureCollection","features":[
{"type":"Feature","properties":{"ma_kn":"KN-1"},"geometry":{"type":"Point","coordinates":[106.05,21.05]}},
{"type":"Feature","properties":{"ma_kn":"KN-2"},"geometry":{"type":"Point","coordinates":["106.05","21.05"]}}]})");
    const std::string file = coverplan::test::write_cli_project(dir, kSubscribers, project);
    const CommandRun run = run_coverplan("validate " + file, dir);
    EXPECT_EQ(run.exit_code, 1) << run.out << run.err;
    EXPECT_NE(run.out.find("complaints (khieu_nai.geojson): 1 problem\n  rejected: feature 1 (id 'KN-2'): geometry "
                           "cannot be read: {\"type\":\"Point\",\"coordinates\":[\"106.05\",\"21.05\"]}\n"),
              std::string::npos)
        << run.out;
    // The overlay runs, with the one complaint it could read.
    const CommandRun overlay = run_coverplan("overlay " + file + " -o " + (dir / "out.gpkg").string(), dir);
    EXPECT_EQ(overlay.exit_code, 1) << overlay.err;
}

TEST(ValidateCli, MissingSourceSaysNoSuchFile) {
    TempDir dir;
    const std::string project = coverplan::test::write_cli_project(dir, kSubscribers);
    fs::remove(dir / "subscribers.csv");
    const CommandRun missing = run_coverplan("validate " + project, dir);
    EXPECT_EQ(missing.exit_code, 2);
    EXPECT_EQ(missing.err, "error: subscribers.csv: no such file: " + (dir / "subscribers.csv").string() + "\n");
}

TEST(ValidateCli, TheBasemapIsCheckedLikeALayer) {
    TempDir dir;
    const std::string project = coverplan::test::write_cli_project(dir, kSubscribers);
    dir.write("project.toml", dir.read("project.toml") + "\n[basemap]\nsource = \"streets.mbtiles\"\n");
    const std::string file = (dir / "streets.mbtiles").string();
    const CommandRun missing = run_coverplan("validate " + project, dir);
    EXPECT_EQ(missing.exit_code, 2);
    EXPECT_EQ(missing.err, "error: the basemap ([basemap] source) " + file + " does not exist\n");
    const CommandRun missing_json = run_coverplan("validate --json " + project, dir);
    EXPECT_EQ(missing_json.exit_code, 2);
    EXPECT_EQ(json::parse(missing_json.out)["error"], "the basemap ([basemap] source) " + file + " does not exist");

    dir.write("streets.mbtiles", "<html>a page saved by mistake</html>");
    const CommandRun page = run_coverplan("validate " + project, dir);
    EXPECT_EQ(page.exit_code, 2);
    EXPECT_EQ(page.err, "error: the basemap ([basemap] source) " + file +
                            " is not an MBTiles file, a GeoPackage with tiles or a folder of XYZ tiles\n");

    fs::remove(dir / "streets.mbtiles");
    coverplan::test::write_fixture_tileset(dir / "streets.mbtiles", "MBTILES");
    const CommandRun good = run_coverplan("validate " + project, dir);
    EXPECT_EQ(good.exit_code, 0) << good.err;
    EXPECT_NE(good.out.find("Basemap:     " + file + " (MBTiles, png tiles, zoom 12-14)\n"), std::string::npos) << good.out;
    const json report = json::parse(run_coverplan("validate --json " + project, dir).out);
    EXPECT_EQ(report["basemap"]["kind"], "MBTiles");
    EXPECT_EQ(report["basemap"]["max_zoom"], 14);

    dir.write("project.toml", dir.read("project.toml") + "url = \"https://tile.example.org/{z}/{x}/{y}.png\"\n");
    const CommandRun unknown = run_coverplan("validate " + project, dir);
    EXPECT_EQ(unknown.exit_code, 2);
    EXPECT_NE(unknown.err.find("unknown key 'url' in [basemap] (expected: source, table)"), std::string::npos) << unknown.err;
}

}  // namespace

TEST(ValidateCli, ControlCharactersFromTheDataAreEscaped) {
    // A zone name and an id carrying ESC sequences (recolour, clear the
    // screen, retitle the window), a carriage return and a C1 CSI.
    TempDir dir;
    std::string project = coverplan::test::write_cli_project(
        dir, "id,lon,lat\nS1\x1b[2J\x1b]0;owned\x07,106.05,21.05\nS1\x1b[2J\x1b]0;owned\x07,106.06,21.05\n"
             "\"S3\rOK\",106.12,x\nPhú©\xc2\x9b" "31m,106.12,y\n");
    const CommandRun validate = run_coverplan("validate --all " + project, dir);
    EXPECT_EQ(validate.exit_code, 1) << validate.out << validate.err;
    const std::string all = validate.out + validate.err;
    EXPECT_EQ(all.find('\x1b'), std::string::npos) << all;
    EXPECT_EQ(all.find('\r'), std::string::npos) << all;
    EXPECT_EQ(all.find('\x07'), std::string::npos) << all;
    EXPECT_EQ(all.find("\xc2\x9b"), std::string::npos) << all;
    EXPECT_NE(all.find("S1\\x1b[2J\\x1b]0;owned\\x07"), std::string::npos) << all;
    EXPECT_NE(all.find("S3\\nOK"), std::string::npos) << all;  // GDAL reads the quoted CR as a newline
    // Letters are untouched, '©' (C2 A9) among them, though C2 also begins a C1 control.
    EXPECT_NE(all.find("Phú©\\u009b31m"), std::string::npos) << all;

    // --json escapes them its own way and stays valid JSON.
    const CommandRun json_run = run_coverplan("validate --json " + project, dir);
    EXPECT_EQ(json_run.out.find('\x1b'), std::string::npos);
    json parsed;
    EXPECT_NO_THROW(parsed = json::parse(json_run.out)) << json_run.out;
    EXPECT_TRUE(parsed.contains("layers"));
}

TEST(ValidateCli, OverlappingZonesAreReported) {
    TempDir dir;
    std::string project = coverplan::test::write_cli_project(dir, kSubscribers);
    dir.write("zones.geojson", R"({"type":"FeatureCollection","features":[
{"type":"Feature","properties":{"ma":"Z1","ten":"Phường Trần Phú","don_vi":"A"},"geometry":{"type":"Polygon","coordinates":[[[106.0,21.0],[106.1,21.0],[106.1,21.1],[106.0,21.1],[106.0,21.0]]]}},
{"type":"Feature","properties":{"ma":"Z2","ten":"Xã Dĩnh Trì","don_vi":"B"},"geometry":{"type":"Polygon","coordinates":[[[106.09,21.0],[106.2,21.0],[106.2,21.1],[106.09,21.1],[106.09,21.0]]]}}]})");
    const CommandRun validate = run_coverplan("validate " + project, dir);
    EXPECT_EQ(validate.exit_code, 1) << validate.out << validate.err;
    EXPECT_NE(validate.out.find("repaired: feature 1 (id 'Z2'): overlaps zone 'Z1' (Phường Trần Phú) by "),
              std::string::npos)
        << validate.out;
    const CommandRun json_run = run_coverplan("validate --json " + project, dir);
    const json parsed = json::parse(json_run.out);
    bool found = false;
    for (const auto& layer : parsed["layers"])
        if (layer["role"] == "zones") {
            ASSERT_EQ(layer["problems"].size(), 1u) << layer.dump();
            EXPECT_EQ(layer["problems"][0]["feature"], "1 (id 'Z2')");
            EXPECT_EQ(layer["repaired"], 1);
            EXPECT_TRUE(layer["warnings"].empty());
            found = true;
        }
    EXPECT_TRUE(found);
}
