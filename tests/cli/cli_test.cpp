// The coverplan command as users and scripts meet it: exit codes, messages,
// outputs, atomic writes. Runs the real executable.

#include <gdal_priv.h>
#include <gtest/gtest.h>
#include <ogrsf_frmts.h>

#include <nlohmann/json.hpp>

#include "support/cli_project.h"
#include "support/run_coverplan.h"

using coverplan::test::CommandRun;
using coverplan::test::run_coverplan;
using coverplan::test::TempDir;
namespace fs = std::filesystem;

namespace {

using coverplan::test::kCliProject;

void write_project(const TempDir& dir, const std::string& subscribers_csv, const std::string& project = kCliProject) {
    coverplan::test::write_cli_project(dir, subscribers_csv, project);
}

const std::string kCleanSubscribers = "id,lon,lat\nS1,106.05,21.05\nS2,106.12,21.05\nS3,106.5,21.5\n";

}  // namespace

TEST(Cli, EveryCommandHasHelp) {
    TempDir dir;
    for (const char* command : {"demo", "validate", "overlay", "rank", "scenario", "sla"}) {
        const CommandRun run = run_coverplan(std::string(command) + " --help", dir);
        EXPECT_EQ(run.exit_code, 0) << command;
        EXPECT_NE(run.out.find(std::string("usage: coverplan ") + command), std::string::npos) << run.out;
    }
    const CommandRun overview = run_coverplan("--help", dir);
    EXPECT_EQ(overview.exit_code, 0);
    EXPECT_NE(overview.out.find("validate"), std::string::npos);
}

TEST(Cli, UsageErrorsExitWithTwo) {
    TempDir dir;
    EXPECT_EQ(run_coverplan("frobnicate", dir).exit_code, 2);
    const CommandRun unknown = run_coverplan("validate x.toml --colour", dir);
    EXPECT_EQ(unknown.exit_code, 2);
    EXPECT_NE(unknown.err.find("unknown option '--colour'"), std::string::npos) << unknown.err;
    const CommandRun no_output = run_coverplan("overlay x.toml", dir);
    EXPECT_EQ(no_output.exit_code, 2);
    EXPECT_NE(no_output.err.find("-o OUT is required"), std::string::npos) << no_output.err;
}

TEST(Cli, MistypedCommandsAndOptionsGetASuggestion) {
    TempDir dir;
    const CommandRun command = run_coverplan("ovelray x.toml -o out.gpkg", dir);
    EXPECT_EQ(command.exit_code, 2);
    EXPECT_EQ(command.err.substr(0, command.err.find('\n')),
              "coverplan: unknown command 'ovelray' (did you mean 'overlay'?)");
    const CommandRun option = run_coverplan("map x.toml --thme sales -o map.png", dir);
    EXPECT_EQ(option.exit_code, 2);
    EXPECT_EQ(option.err,
              "coverplan map: unknown option '--thme' for 'coverplan map' (did you mean '--theme'?)\n"
              "('coverplan map --help' lists the options)\n");
    // An option every command takes is suggested too; nothing near, nothing suggested.
    EXPECT_NE(run_coverplan("rank x.toml --verison", dir).err.find("(did you mean '--version'?)"), std::string::npos);
    const CommandRun far = run_coverplan("validate x.toml --colour", dir);
    EXPECT_EQ(far.err.find("did you mean"), std::string::npos) << far.err;
    EXPECT_EQ(run_coverplan("frobnicate", dir).err.find("did you mean"), std::string::npos);
}

TEST(Cli, ValidateCleanProjectExitsZero) {
    TempDir dir;
    write_project(dir, kCleanSubscribers);
    const CommandRun run = run_coverplan("validate " + (dir / "project.toml").string(), dir);
    EXPECT_EQ(run.exit_code, 0) << run.out << run.err;
    EXPECT_NE(run.out.find("Result: clean"), std::string::npos) << run.out;
    EXPECT_NE(run.out.find("EPSG:32648"), std::string::npos);  // UTM zone 48N chosen from the extent
}

TEST(Cli, ValidateReportsEveryBadRowAndExitsOne) {
    TempDir dir;
    write_project(dir, kCleanSubscribers + "S4,abc,21.05\nS5,106.05,121.05\nS1,106.06,21.05\n");
    const CommandRun run = run_coverplan("validate --json " + (dir / "project.toml").string(), dir);
    EXPECT_EQ(run.exit_code, 1) << run.err;
    const auto report = nlohmann::json::parse(run.out);
    const auto& subscribers = report["layers"][2];
    EXPECT_EQ(subscribers["role"], "subscribers");
    EXPECT_EQ(subscribers["read"], 6);
    EXPECT_EQ(subscribers["used"], 3);
    EXPECT_EQ(subscribers["rejected"], 3);
    const auto& problems = subscribers["problems"];
    ASSERT_EQ(problems.size(), 3u);
    EXPECT_EQ(problems[0]["reason"], "x coordinate 'abc' is not a number");
    EXPECT_EQ(problems[0]["field"], "lon");
    EXPECT_EQ(problems[0]["feature"], "4 (id 'S4')");
    EXPECT_EQ(problems[1]["reason"], "latitude 121.05 outside -90..90");
    EXPECT_EQ(problems[2]["reason"], "duplicate id 'S1' (first used by feature 1)");
}

TEST(Cli, MissingMappedFieldNamesLayerAndListsFields) {
    TempDir dir;
    std::string project = kCliProject;
    project.replace(project.find("name = \"ten\""), 12, "name = \"ten_xa\"");
    write_project(dir, kCleanSubscribers, project);
    const CommandRun run = run_coverplan("validate " + (dir / "project.toml").string(), dir);
    EXPECT_EQ(run.exit_code, 2);
    EXPECT_NE(run.err.find("zones.geojson: layer 'zones': field 'ten_xa': field mapped as 'name' does not exist in "
                           "the layer (fields: ma, ten, don_vi)"),
              std::string::npos)
        << run.err;
}

TEST(Cli, NoUsableZonesIsUnusable) {
    TempDir dir;
    write_project(dir, kCleanSubscribers);
    dir.write("zones.geojson", R"({"type":"FeatureCollection","features":[
{"type":"Feature","properties":{"ma":"Z1","ten":"x","don_vi":"y"},"geometry":null}]})");
    const CommandRun run = run_coverplan("validate " + (dir / "project.toml").string(), dir);
    EXPECT_EQ(run.exit_code, 2) << run.out;
    EXPECT_NE(run.out.find("rejected: feature 0 (id 'Z1'): no geometry"), std::string::npos) << run.out;
    EXPECT_NE(run.out.find("unusable: zones.geojson: layer 'zones': no usable zones"), std::string::npos) << run.out;
}

TEST(Cli, DamagedGeoPackageGivesAClearErrorNotACrash) {
    TempDir dir;
    write_project(dir, kCleanSubscribers);
    // A real GeoPackage of many zones, then cut in half.
    const std::string gpkg = (dir / "zones.gpkg").string();
    ASSERT_EQ(std::system(("ogr2ogr -f GPKG " + gpkg + " " + (dir / "zones.geojson").string() + " -nln zones").c_str()), 0);
    const auto size = fs::file_size(gpkg);
    fs::resize_file(gpkg, size / 2);
    std::string project = kCliProject;
    project.replace(project.find("zones.geojson"), 13, "zones.gpkg");
    dir.write("project.toml", project);
    const CommandRun run = run_coverplan("validate " + (dir / "project.toml").string(), dir);
    EXPECT_EQ(run.exit_code, 2) << run.out << run.err;
    EXPECT_NE(run.err.find("error: zones.gpkg"), std::string::npos) << run.err;
}

TEST(Cli, OverlayWritesTheContractLayers) {
    TempDir dir;
    write_project(dir, kCleanSubscribers);
    const auto out = dir / "results.gpkg";
    const CommandRun run = run_coverplan("overlay " + (dir / "project.toml").string() + " -o " + out.string(), dir);
    ASSERT_EQ(run.exit_code, 0) << run.out << run.err;
    GDALAllRegister();
    GDALDatasetUniquePtr results(GDALDataset::Open(out.string().c_str(), GDAL_OF_VECTOR));
    ASSERT_TRUE(results);
    for (const char* name : {"zones", "nodes", "demand_clusters", "points_status", "rejects"})
        EXPECT_NE(results->GetLayerByName(name), nullptr) << name;
    OGRLayer* zones = results->GetLayerByName("zones");
    EXPECT_EQ(zones->GetFeatureCount(), 3);  // two zones and the outside row
    std::map<std::string, long long> subscribers;
    for (auto& feature : *zones) subscribers[feature->GetFieldAsString("zone_id")] = feature->GetFieldAsInteger64("subscribers");
    EXPECT_EQ(subscribers["Z1"], 1);
    EXPECT_EQ(subscribers["Z2"], 1);
    EXPECT_EQ(subscribers[""], 1);  // outside every zone, kept
    for (const char* column : {"zone_id", "zone_name", "subscribers", "leads_open", "leads_available", "leads_full",
                               "leads_planned", "leads_not_covered", "complaints", "covered_share",
                               "covered_share_ftth", "spare_capacity", "investment_score", "investment_rank",
                               "sales_score", "sales_rank", "reasons"})
        EXPECT_GE(zones->GetLayerDefn()->GetFieldIndex(column), 0) << column;
    OGRLayer* nodes = results->GetLayerByName("nodes");
    for (const char* column : {"node_id", "technology", "status", "capacity", "used", "spare", "utilization",
                               "subscribers_inside", "leads_inside", "projected_utilization", "exhausts_on"})
        EXPECT_GE(nodes->GetLayerDefn()->GetFieldIndex(column), 0) << column;
    EXPECT_EQ(results->GetLayerByName("points_status")->GetFeatureCount(), 3);
}

TEST(Cli, FailedOverlayLeavesThePreviousOutputUntouched) {
    TempDir dir;
    write_project(dir, kCleanSubscribers);
    const auto out = dir / "results.gpkg";
    ASSERT_EQ(run_coverplan("overlay " + (dir / "project.toml").string() + " -o " + out.string(), dir).exit_code, 0);
    const auto before = fs::last_write_time(out);
    const auto size = fs::file_size(out);
    dir.write("coverage.geojson", "{ not json");
    const CommandRun run = run_coverplan("overlay " + (dir / "project.toml").string() + " -o " + out.string(), dir);
    EXPECT_EQ(run.exit_code, 2);
    EXPECT_EQ(fs::last_write_time(out), before);
    EXPECT_EQ(fs::file_size(out), size);
    for (const auto& entry : fs::directory_iterator(dir.path()))
        EXPECT_EQ(entry.path().filename().string().find("coverplan-tmp"), std::string::npos) << entry.path();
}
