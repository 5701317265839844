// coverplan scenario --save / --scenario / --compare as a user runs them: a
// saved scenario run again gives the figures of the same changes on the
// command line, byte for byte; a comparison gives each scenario's figures
// alone, in the terminal, JSON, CSV and XLSX (read back with GDAL); bad
// files and options are refused with where and why.

#include <cpl_conv.h>
#include <gdal_priv.h>
#include <gtest/gtest.h>
#include <ogrsf_frmts.h>

#include <map>
#include <nlohmann/json.hpp>
#include <set>

#include "gis/crs.h"
#include "planner/hand_built_plan.h"
#include "planner/scenario_file.h"
#include "support/cli_project.h"
#include "support/run_coverplan.h"

using namespace coverplan;
using namespace coverplan::test;
using nlohmann::json;
namespace fs = std::filesystem;

namespace {

const std::string kSample = shell_quote(kSampleProject);
const std::string kChanges =
    " --add-capacity TC-00095:+256 --new-node 106.2,21.28,600,128,ftth --weight exhaustion=0.5 --weight quality=0.3";

std::string q(const fs::path& path) { return shell_quote(path.string()); }

json run_json(const std::string& arguments, const TempDir& dir, int expected_exit = 1) {
    const CommandRun run = run_coverplan(arguments + " --json", dir);
    EXPECT_EQ(run.exit_code, expected_exit) << arguments << "\n" << run.err;
    return json::parse(run.out, nullptr, false);
}

/// The figures of a --json scenario run, without its timing and its name.
json figures(json run) {
    run.erase("scenario_s");
    run.erase("scenario");
    return run;
}

/// Every feature of a layer as JSON objects keyed by field name (GDAL's reading).
std::vector<json> rows_of(OGRLayer* layer) {
    std::vector<json> rows;
    for (auto& feature : *layer) {
        json row;
        for (int i = 0; i < feature->GetFieldCount(); ++i) {
            const OGRFieldDefn* field = feature->GetFieldDefnRef(i);
            if (!feature->IsFieldSetAndNotNull(i)) row[field->GetNameRef()] = nullptr;
            else if (field->GetType() == OFTInteger || field->GetType() == OFTInteger64)
                row[field->GetNameRef()] = feature->GetFieldAsInteger64(i);
            else if (field->GetType() == OFTReal) row[field->GetNameRef()] = feature->GetFieldAsDouble(i);
            else row[field->GetNameRef()] = feature->GetFieldAsString(i);
        }
        rows.push_back(row);
    }
    return rows;
}

double number(const json& value) { return value.is_string() ? std::stod(value.get<std::string>()) : value.get<double>(); }

}  // namespace

TEST(ScenarioFileCli, ASavedScenarioRunAgainGivesTheSameFiguresByteForByte) {
    TempDir dir;
    const fs::path saved = dir / "thêm cổng.toml";
    const json typed = run_json("scenario " + kSample + kChanges + " --save " + q(saved) +
                                    " --name 'Thêm cổng phía bắc' --author 'Nguyễn Văn An' --note 'Trước Tết' -o " +
                                    q(dir / "typed.csv"),
                                dir);
    ASSERT_TRUE(fs::exists(saved));
    const json again = run_json("scenario " + kSample + " --scenario " + q(saved) + " -o " + q(dir / "again.csv"), dir);
    ASSERT_FALSE(typed["affected_zones"].empty());
    EXPECT_EQ(figures(typed).dump(), figures(again).dump());
    EXPECT_EQ(dir.read("typed.csv"), dir.read("again.csv"));
    EXPECT_EQ(typed["scenario"]["name"], "Thêm cổng phía bắc");
    EXPECT_EQ(again["scenario"]["author"], "Nguyễn Văn An");
    EXPECT_EQ(again["scenario"]["file"], saved.string());

    // The file as the planner's parser reads it: the changes as typed.
    const planner::SavedScenario file = planner::read_scenario_file(saved);
    EXPECT_EQ(file.name, "Thêm cổng phía bắc");
    EXPECT_EQ(file.note, "Trước Tết");
    EXPECT_EQ(file.added_capacity, (std::vector<planner::SavedCapacity>{{"TC-00095", 256, 0}}));
    EXPECT_EQ(file.new_nodes, (std::vector<planner::SavedNode>{{106.2, 21.28, 600, 128, "ftth", 0}}));
    EXPECT_EQ(file.weights.investment[1], 0.5);
    EXPECT_EQ(file.weights.sales[3], 0.3);
    EXPECT_EQ(file.created.find('T'), 10u) << file.created;  // a date-time, saved now

    // Text: the scenario named, then the same tables.
    const CommandRun text = run_coverplan("scenario " + kSample + " --scenario " + q(saved), dir);
    EXPECT_EQ(text.exit_code, 1) << text.err;
    EXPECT_NE(text.out.find("Scenario “Thêm cổng phía bắc” by Nguyễn Văn An, saved " + file.created), std::string::npos)
        << text.out;
    EXPECT_NE(text.out.find("+256 ports on TC-00095; new ftth node of 128 ports, 600 m around 106.2, 21.28; weights "
                            "exhaustion = 0.5, quality = 0.3"),
              std::string::npos)
        << text.out;
}

TEST(ScenarioFileCli, ChangesBesideAFileAddToItAndSaveTogether) {
    TempDir dir;
    dir.write("ports.toml", "[scenario]\nname = \"ports\"\n[[add_capacity]]\nnode = \"TC-00095\"\nports = 256\n");
    const json both = run_json("scenario " + kSample + " --scenario " + q(dir / "ports.toml") +
                                   " --new-node 106.2,21.28,600,128,ftth --save " + q(dir / "both.toml"),
                               dir);
    const json typed = run_json("scenario " + kSample + " --add-capacity TC-00095:+256 --new-node 106.2,21.28,600,128,ftth", dir);
    EXPECT_EQ(figures(both).dump(), figures(typed).dump());
    const planner::SavedScenario file = planner::read_scenario_file(dir / "both.toml");
    EXPECT_EQ(file.name, "ports");  // the name of the file it extends
    EXPECT_EQ(file.added_capacity.size(), 1u);
    EXPECT_EQ(file.new_nodes.size(), 1u);
}

TEST(ScenarioFileCli, BadFilesAndOptionsAreRefusedWithWhereAndWhy) {
    TempDir dir;
    const fs::path typo = dir.write("typo.toml", "[scenario]\nname = \"x\"\n[[add_capacity]]\nnode = \"TC-00095\"\nport = 64\n");
    const fs::path unknown = dir.write("unknown.toml", "[[add_capacity]]\nnode = \"NOPE\"\nports = 64\n");
    const fs::path good = dir.write("good.toml", "[[add_capacity]]\nnode = \"TC-00095\"\nports = 64\n");
    const std::string good_text = dir.read("good.toml");
    const std::vector<std::pair<std::string, std::string>> cases = {
        {"--scenario " + q(typo), typo.string() + ":5: unknown key 'port' in [[add_capacity]] (expected: node, ports)"},
        {"--scenario " + q(unknown), unknown.string() + ":1: [[add_capacity]]: no node 'NOPE' in the coverage layer"},
        {"--scenario " + q(dir / "missing.toml"), (dir / "missing.toml").string() + ": cannot read the scenario file"},
        {"--scenario " + q(good) + " --save " + q(good), "the scenario file"},
        {"--add-capacity TC-00095:+1 --save " + shell_quote(kSampleProject), "the project file"},
        {"--add-capacity TC-00095:+1 --save " + q(dir / "x.txt"), "'.txt'"},
        {"--add-capacity TC-00095:+1 --name x", "--name, --author and --note describe the scenario --save writes"},
        {"--compare " + q(good) + " " + q(good) + " --add-capacity TC-00095:+1",
         "--compare compares two saved scenarios; it takes no --add-capacity"},
        {"--compare " + q(good), "--compare needs values (A.toml B.toml)"},
        {"--compare " + q(good) + " " + q(typo), typo.string() + ":5: unknown key 'port'"},
        {"--compare " + q(good) + " " + q(good) + " -o " + q(dir / "cmp.geojson"), "'.geojson'"},
        {"", "give at least one change: --add-capacity, --new-node, --weight or --scenario FILE"},
    };
    for (const auto& [options, message] : cases) {
        const CommandRun run = run_coverplan("scenario " + kSample + " " + options, dir);
        EXPECT_EQ(run.exit_code, 2) << options << "\n" << run.err;
        EXPECT_NE(run.err.find(message), std::string::npos) << options << "\n" << run.err;
    }
    EXPECT_EQ(dir.read("good.toml"), good_text);
    EXPECT_FALSE(fs::exists(dir / "x.txt"));
}

TEST(ScenarioCompareCli, EachSideHasTheFiguresOfItsScenarioRunAlone) {
    TempDir dir;
    const fs::path a = dir.write("ports.toml", "[scenario]\nname = \"Thêm cổng\"\nauthor = \"An\"\n"
                                               "[[add_capacity]]\nnode = \"TC-00095\"\nports = 256\n");
    const fs::path b = dir.write("node.toml", "[scenario]\nname = \"Trạm mới\"\nnote = \"phía bắc\"\n"
                                              "[[new_node]]\nlon = 106.2\nlat = 21.28\nradius_m = 600\ncapacity = 128\n"
                                              "technology = \"ftth\"\n[weights]\ngrowth = 0.5\n");
    const json compared = run_json("scenario " + kSample + " --compare " + q(a) + " " + q(b), dir);
    const std::array<json, 2> alone = {run_json("scenario " + kSample + " --scenario " + q(a), dir),
                                       run_json("scenario " + kSample + " --scenario " + q(b), dir)};
    EXPECT_EQ(compared["scenarios"]["a"]["name"], "Thêm cổng");
    EXPECT_EQ(compared["scenarios"]["b"]["note"], "phía bắc");
    EXPECT_EQ(compared["scenarios"]["b"]["weights"]["investment"]["growth"], 0.5);

    // Zones: exactly those either run lists, with its before and after.
    std::set<std::string> expected;
    std::map<std::string, json> zones;
    for (const json& row : compared["zones"]) zones[row["zone_id"].get<std::string>()] = row;
    EXPECT_EQ(zones.size(), compared["zones"].size());
    for (std::size_t s = 0; s < 2; ++s) {
        const char* side = s == 0 ? "a" : "b";
        for (const char* list : {"affected_zones", "rank_moved"})
            for (const json& row : alone[s][list]) {
                const std::string id = row["zone_id"];
                expected.insert(id);
                ASSERT_TRUE(zones.count(id)) << id;
                EXPECT_EQ(zones[id]["recomputed"][side], std::string(list) == "affected_zones") << id;
                for (const char* kind : {"investment", "sales"}) {
                    EXPECT_EQ(zones[id][kind][side]["rank"], row[kind]["rank_after"]) << id << kind;
                    EXPECT_EQ(zones[id][kind][side]["score"], row[kind]["score_after"]) << id << kind;
                    EXPECT_EQ(zones[id][kind]["baseline"]["rank"], row[kind]["rank_before"]) << id << kind;
                }
            }
    }
    std::set<std::string> listed;
    for (const auto& [id, row] : zones) listed.insert(id);
    EXPECT_EQ(listed, expected);
    // By baseline investment rank.
    for (std::size_t k = 1; k < compared["zones"].size(); ++k)
        EXPECT_LT(compared["zones"][k - 1]["investment"]["baseline"]["rank"], compared["zones"][k]["investment"]["baseline"]["rank"]);

    // Nodes: A's TC-00095 and B's new node with the figures each run gives.
    std::map<std::string, json> nodes;
    for (const json& row : compared["nodes"]) nodes[row["node_id"].get<std::string>()] = row;
    for (std::size_t s = 0; s < 2; ++s)
        for (const json& changed : alone[s]["changed_nodes"]) {
            std::string id = changed["node_id"];
            if (id.rfind("new-", 0) == 0) id = std::string(s == 0 ? "A:" : "B:") + id;
            ASSERT_TRUE(nodes.count(id)) << id;
            const json& side = nodes[id][s == 0 ? "a" : "b"];
            EXPECT_EQ(side["capacity"], changed["capacity"]) << id;
            EXPECT_EQ(side["projected_utilization"], changed["projected_utilization"]) << id;
        }
    EXPECT_EQ(nodes["TC-00095"]["a"]["capacity"], 512);
    EXPECT_EQ(nodes["TC-00095"]["baseline"]["capacity"], 256);
    EXPECT_EQ(nodes["TC-00095"]["b"]["capacity"], 256);
    EXPECT_TRUE(nodes["B:new-1"]["baseline"].is_null());
    EXPECT_TRUE(nodes["B:new-1"]["a"].is_null());
    EXPECT_EQ(nodes["B:new-1"]["b"]["used"], 0);

    // The terminal: both scenarios named, the same rows.
    const CommandRun text = run_coverplan("scenario " + kSample + " --compare " + q(a) + " " + q(b), dir);
    EXPECT_EQ(text.exit_code, 1) << text.err;
    EXPECT_NE(text.out.find("A  “Thêm cổng” by An (" + a.string() + ")"), std::string::npos) << text.out;
    EXPECT_NE(text.out.find("B  “Trạm mới” (" + b.string() + ")"), std::string::npos) << text.out;
    EXPECT_NE(text.out.find("256 / 512 / 256"), std::string::npos) << text.out;
    EXPECT_NE(text.out.find("B:new-1"), std::string::npos) << text.out;

    // CSV (zones, and the nodes beside them) and XLSX (three sheets), read back with GDAL.
    for (const char* name : {"cmp.csv", "cmp.xlsx"}) {
        SCOPED_TRACE(name);
        const CommandRun written = run_coverplan("scenario " + kSample + " --compare " + q(a) + " " + q(b) + " -o " + q(dir / name), dir);
        ASSERT_EQ(written.exit_code, 1) << written.err;
        const bool xlsx = std::string(name) == "cmp.xlsx";
        // The scenarios sheet holds text only: tell GDAL its first row is the header.
        CPLSetConfigOption("OGR_XLSX_HEADERS", "FORCE");
        auto file = open_vector(dir / name);
        ASSERT_TRUE(file);
        auto nodes_file = xlsx ? nullptr : open_vector(dir / "cmp_nodes.csv");
        OGRLayer* zone_layer = xlsx ? file->GetLayerByName("compare_zones") : file->GetLayer(0);
        OGRLayer* node_layer = xlsx ? file->GetLayerByName("compare_nodes") : nodes_file ? nodes_file->GetLayer(0) : nullptr;
        ASSERT_TRUE(zone_layer && node_layer);
        const std::vector<json> zone_rows = rows_of(zone_layer);
        ASSERT_EQ(zone_rows.size(), compared["zones"].size());
        for (std::size_t k = 0; k < zone_rows.size(); ++k) {
            const json& expected_row = compared["zones"][k];
            EXPECT_EQ(zone_rows[k][xlsx ? "Zone" : "zone_id"], expected_row["zone_id"]);
            EXPECT_EQ(zone_rows[k][xlsx ? "Name" : "zone_name"], expected_row["zone_name"]);
            EXPECT_EQ(number(zone_rows[k][xlsx ? "Investment rank (A)" : "a_investment_rank"]),
                      expected_row["investment"]["a"]["rank"].get<double>());
            EXPECT_NEAR(number(zone_rows[k][xlsx ? "Sales score (B)" : "b_sales_score"]),
                        expected_row["sales"]["b"]["score"].get<double>(), 1e-14);
            EXPECT_EQ(number(zone_rows[k][xlsx ? "Investment rank (baseline)" : "baseline_investment_rank"]),
                      expected_row["investment"]["baseline"]["rank"].get<double>());
        }
        const std::vector<json> node_rows = rows_of(node_layer);
        ASSERT_EQ(node_rows.size(), compared["nodes"].size());
        for (std::size_t k = 0; k < node_rows.size(); ++k) {
            const json& expected_row = compared["nodes"][k];
            EXPECT_EQ(node_rows[k][xlsx ? "Node" : "node_id"], expected_row["node_id"]);
            const json& capacity = node_rows[k][xlsx ? "Capacity (A)" : "a_capacity"];
            if (expected_row["a"].is_null()) EXPECT_TRUE(capacity.is_null() || capacity == "") << capacity;
            else EXPECT_EQ(number(capacity), expected_row["a"]["capacity"].get<double>());
        }
        if (xlsx) {
            const std::vector<json> scenarios = rows_of(file->GetLayerByName("compare_scenarios"));
            ASSERT_EQ(scenarios.size(), 3u);
            EXPECT_EQ(scenarios[1]["Name"], "Thêm cổng");
            EXPECT_EQ(scenarios[2]["Note"], "phía bắc");
        } else {
            EXPECT_NE(written.out.find("Wrote " + (dir / "cmp_nodes.csv").string()), std::string::npos) << written.out;
        }
    }
}

// On the hand-built project every figure is known (tests/planner/hand_built_plan.h).
TEST(ScenarioCompareCli, TheHandBuiltProjectsWorkedFigures) {
    TempDir dir;
    const std::string project = q(write_hand_built_project(dir));
    const auto [lon, lat] = gis::LonLatConverter("EPSG:32648").to_lonlat(502500, 2300500);
    dir.write("a.toml", "[[add_capacity]]\nnode = \"N1\"\nports = 10\n");
    planner::SavedScenario b;
    b.new_nodes.push_back({lon, lat, 800, 100, "ftth", 0});
    b.weights.investment = {0.0, 0.0, 0.0, 1.0};
    dir.write("b.toml", planner::scenario_to_toml(b));
    const CommandRun run = run_coverplan("scenario " + project + " --compare " + q(dir / "a.toml") + " " + q(dir / "b.toml") + " --json", dir);
    ASSERT_LE(run.exit_code, 1) << run.err;
    const json compared = json::parse(run.out);
    // Zones by baseline investment rank: C, A, B.
    ASSERT_EQ(compared["zones"].size(), 3u);
    EXPECT_EQ(compared["zones"][0]["zone_id"], "C");
    EXPECT_EQ(compared["zones"][1]["zone_id"], "A");
    EXPECT_NEAR(compared["zones"][1]["investment"]["baseline"]["score"].get<double>(), 0.4 * 2 / 97 + 0.3 + 0.15, 1e-9);
    EXPECT_NEAR(compared["zones"][1]["investment"]["a"]["score"].get<double>(), 0.15, 1e-9);
    EXPECT_EQ(compared["zones"][0]["investment"]["b"]["rank"], 1);
    EXPECT_NEAR(compared["zones"][0]["investment"]["b"]["score"].get<double>(), 1.0, 1e-12);
    const json& n1 = compared["nodes"][0];
    EXPECT_EQ(n1["node_id"], "N1");
    EXPECT_NEAR(n1["baseline"]["projected_utilization"].get<double>(), 1.06, 1e-9);
    EXPECT_NEAR(n1["a"]["projected_utilization"].get<double>(), 0.53, 1e-9);
    EXPECT_EQ(n1["baseline"]["exhausts_on"], "2027-04-01");
    EXPECT_TRUE(n1["a"]["exhausts_on"].is_null());
    EXPECT_EQ(n1["b"]["exhausts_on"], "2027-04-01");
    const json& built = compared["nodes"].back();
    EXPECT_EQ(built["node_id"], "B:new-1");
    EXPECT_NEAR(built["b"]["projected_utilization"].get<double>(), 0.934, 1e-9);
}

TEST(StoredScenarioCli, ASavedScenarioLivesInTheProjectsStoreAndRunsLikeAFile) {
    TempDir dir;
    fs::copy(fs::path(kSampleProject).parent_path(), dir / "sample", fs::copy_options::recursive);
    const std::string project = q(dir / "sample" / "project.toml");
    const json typed = run_json("scenario " + project + kChanges + " --save 'store:Phía bắc' --author 'Nguyễn Văn An'", dir);
    EXPECT_EQ(typed["scenario"]["name"], "Phía bắc");
    EXPECT_EQ(typed["scenario"]["file"], "store:Phía bắc");
    EXPECT_TRUE(fs::exists(dir / "sample" / "project.workspace.gpkg"));

    const json listed = run_json("scenario " + project + " --list", dir, 0);
    ASSERT_EQ(listed.size(), 1u) << listed.dump();
    EXPECT_EQ(listed[0]["reference"], "store:Phía bắc");
    EXPECT_EQ(listed[0]["author"], "Nguyễn Văn An");
    EXPECT_FALSE(listed[0]["saved_by"].get<std::string>().empty());

    // Run from the store: the figures of the changes typed.
    const json again = run_json("scenario " + project + " --scenario 'store:Phía bắc'", dir);
    ASSERT_FALSE(typed["affected_zones"].empty());
    EXPECT_EQ(figures(typed).dump(), figures(again).dump());
    EXPECT_NE(again["scenario"]["file"].get<std::string>().find("store:Phía bắc"), std::string::npos);

    // Saved again under the name: replaced, not added.
    run_json("scenario " + project + " --add-capacity TC-00095:+8 --save 'store:Phía bắc'", dir);
    EXPECT_EQ(run_json("scenario " + project + " --list", dir, 0).size(), 1u);
    EXPECT_EQ(run_json("scenario " + project + " --scenario 'store:Phía bắc'", dir)["scenario"]["changes"],
              "+8 ports on TC-00095");

    // Compared with a file, side by side.
    run_json("scenario " + project + kChanges + " --save " + q(dir / "b.toml"), dir);
    const json compared = run_json("scenario " + project + " --compare 'store:Phía bắc' " + q(dir / "b.toml"), dir);
    EXPECT_TRUE(compared.is_object()) << compared.dump();

    // A name the store does not hold: which names it does.
    const CommandRun missing = run_coverplan("scenario " + project + " --scenario 'store:Không có'", dir);
    EXPECT_EQ(missing.exit_code, 2);
    EXPECT_NE(missing.err.find("no scenario named 'Không có'"), std::string::npos) << missing.err;
    EXPECT_NE(missing.err.find("it holds: Phía bắc"), std::string::npos) << missing.err;
}
