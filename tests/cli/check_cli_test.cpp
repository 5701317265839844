// `coverplan check` as salespeople and scripts run it: one location, a list,
// bad coordinates, unknown technologies. Runs the real executable on the
// bundled sample province.

#include <gtest/gtest.h>

#include <fstream>
#include <nlohmann/json.hpp>

#include "support/run_coverplan.h"
#include "support/temp_dir.h"
#include "test_config.h"

using coverplan::test::CommandRun;
using coverplan::test::run_coverplan;
using coverplan::test::TempDir;

namespace {

std::string sample() { return std::string("'") + coverplan::test::kSampleProject + "'"; }

nlohmann::json check_json(const std::string& at, const std::string& extra, const TempDir& dir) {
    const CommandRun run = run_coverplan("check " + sample() + " --at " + at + " " + extra + " --json", dir);
    EXPECT_EQ(run.exit_code, 0) << run.err;
    return nlohmann::json::parse(run.out);
}

/// Rows of a CSV (RFC 4180 quoting, no line breaks inside values).
std::vector<std::vector<std::string>> read_csv(const std::string& path) {
    std::ifstream in(path);
    std::vector<std::vector<std::string>> rows;
    std::string line;
    while (std::getline(in, line)) {
        std::vector<std::string> cells(1);
        bool quoted = false;
        for (std::size_t i = 0; i < line.size(); ++i) {
            const char c = line[i];
            if (quoted && c == '"' && i + 1 < line.size() && line[i + 1] == '"') {
                cells.back() += '"';
                ++i;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                cells.emplace_back();
            } else {
                cells.back() += c;
            }
        }
        rows.push_back(cells);
    }
    return rows;
}

}  // namespace

TEST(CheckCli, HelpDescribesBothForms) {
    TempDir dir;
    const CommandRun run = run_coverplan("check --help", dir);
    EXPECT_EQ(run.exit_code, 0);
    EXPECT_NE(run.out.find("--at LAT,LON"), std::string::npos) << run.out;
    EXPECT_NE(run.out.find("--points FILE"), std::string::npos);
}

TEST(CheckCli, OneLocationAsContractJson) {
    TempDir dir;
    // Subscriber TB00000001 of the sample sits here (lat, lon).
    const nlohmann::json answer = check_json("21.2653106,106.2019717", "--tech ftth", dir);
    for (const char* key : {"status", "zone_id", "zone_name", "team", "nodes", "nearest_node"})
        EXPECT_TRUE(answer.contains(key)) << key;
    EXPECT_EQ(answer["status"], "available");
    EXPECT_EQ(answer["technology"], "ftth");
    EXPECT_EQ(answer["zone_id"], "XA-00001");
    EXPECT_EQ(answer["zone_name"], "Phường Trần Phú");
    EXPECT_TRUE(answer["nearest_node"].is_null());
    ASSERT_FALSE(answer["nodes"].empty());
    for (const auto& node : answer["nodes"]) {
        EXPECT_EQ(node["technology"], "ftth");
        for (const char* key : {"node_id", "technology", "spare", "status"}) EXPECT_TRUE(node.contains(key)) << key;
    }
    EXPECT_FALSE(answer.contains("technologies"));  // one technology asked
}

TEST(CheckCli, WithoutTechnologyAnswersEachTechnology) {
    TempDir dir;
    const nlohmann::json answer = check_json("21.2653106,106.2019717", "", dir);
    EXPECT_TRUE(answer["technology"].is_null());
    ASSERT_TRUE(answer.contains("technologies"));
    std::vector<std::string> names;
    for (const auto& one : answer["technologies"]) names.push_back(one["technology"]);
    EXPECT_EQ(names, (std::vector<std::string>{"4g", "5g", "ftth"}));
    const CommandRun text = run_coverplan("check " + sample() + " --at 21.2653106,106.2019717", dir);
    EXPECT_EQ(text.exit_code, 0);
    EXPECT_NE(text.out.find("Phường Trần Phú"), std::string::npos) << text.out;
    EXPECT_NE(text.out.find("Covering nodes"), std::string::npos) << text.out;
}

TEST(CheckCli, FarAwayIsNotCoveredWithTheNearestNode) {
    TempDir dir;
    const nlohmann::json answer = check_json("21.40,106.00", "--tech ftth", dir);
    EXPECT_EQ(answer["status"], "not_covered");
    EXPECT_TRUE(answer["zone_id"].is_null());
    ASSERT_TRUE(answer["nearest_node"].is_object());
    EXPECT_GT(answer["nearest_node"]["distance_m"].get<double>(), 1000);
    EXPECT_EQ(answer["nearest_node"]["technology"], "ftth");
}

TEST(CheckCli, BadCoordinatesAndTechnologiesExitWithTwo) {
    TempDir dir;
    struct Case {
        std::string arguments, message;
    };
    const std::vector<Case> cases = {
        {"--at abc", "--at expects LAT,LON"},
        {"--at x,106.2", "latitude 'x' is not a number"},
        {"--at 21.2,", "longitude '' is not a number"},
        {"--at 106.2,21.2", "--at: latitude 106.2 is outside -90..90 (LAT,LON: latitude first)"},
        {"--at 21.2,190", "longitude 190 is outside -180..180"},
        {"--at 21.2,106.2 --tech adsl", "the project has no technology 'adsl' (it has: 4g, 5g, ftth)"},
        {"--at 21.2,106.2 --points x.csv", "not both"},
        {"", "give --at LAT,LON"},
        {"--points x.csv", "--points needs -o OUT"},
    };
    for (const auto& c : cases) {
        const CommandRun run = run_coverplan("check " + sample() + " " + c.arguments, dir);
        EXPECT_EQ(run.exit_code, 2) << c.arguments;
        EXPECT_NE(run.err.find(c.message), std::string::npos) << c.arguments << ": " << run.err;
    }
}

TEST(CheckCli, BatchKeepsEveryRowAndEqualsSingleChecks) {
    TempDir dir;
    const std::string points = (dir / "points.csv").string();
    // Vietnamese names, a row without coordinates, one out of range, one with an unknown technology.
    dir.write("points.csv",
              "ma_kh,ten,vi_do,kinh_do,dich_vu\n"
              "K1,Nguyễn Văn Ánh,21.2653106,106.2019717,ftth\n"
              "K2,Trần Thị Bích,21.40,106.00,ftth\n"
              "K3,Lê Đức,,,ftth\n"
              "K4,Phạm Hùng,121.2,106.2,4g\n"
              "K5,Võ Thu,21.3567870,106.2704172,adsl\n"
              "K6,Đỗ Mai,21.3567870,106.2704172,\n");
    const std::string out = (dir / "checked.csv").string();
    const CommandRun run = run_coverplan("check " + sample() + " --points " + points + " --tech-field dich_vu -o " + out +
                                             " --json",
                                         dir);
    EXPECT_EQ(run.exit_code, 1) << run.err;  // some rows could not be checked
    const nlohmann::json summary = nlohmann::json::parse(run.out);
    EXPECT_EQ(summary["rows"], 6);
    EXPECT_EQ(summary["unchecked"], 3);
    EXPECT_EQ(summary["coordinates"], "columns kinh_do, vi_do");
    const auto rows = read_csv(out);
    ASSERT_EQ(rows.size(), 7u);
    EXPECT_EQ(rows[0], (std::vector<std::string>{"ma_kh", "ten", "vi_do", "kinh_do", "dich_vu", "status", "zone_id",
                                                 "zone_name", "team", "node_id", "spare", "distance_m", "planned_date",
                                                 "reason"}));
    EXPECT_EQ(rows[1][1], "Nguyễn Văn Ánh");
    EXPECT_EQ(rows[3][13], "no kinh_do coordinate");
    EXPECT_NE(rows[4][13].find("latitude 121.2 outside -90..90"), std::string::npos) << rows[4][13];
    EXPECT_EQ(rows[5][13], "unknown technology 'adsl' (the project has: 4g, 5g, ftth)");
    // The checked rows answer what single checks answer.
    for (std::size_t r : {1u, 2u, 6u}) {
        const std::string tech = rows[r][4].empty() ? "" : "--tech " + rows[r][4];
        const nlohmann::json single = check_json(rows[r][2] + "," + rows[r][3], tech, dir);
        EXPECT_EQ(rows[r][5], single["status"]) << r;
        auto text = [](const nlohmann::json& value) { return value.is_null() ? std::string() : value.get<std::string>(); };
        EXPECT_EQ(rows[r][6], text(single["zone_id"])) << r;
        EXPECT_EQ(rows[r][7], text(single["zone_name"])) << r;
        EXPECT_EQ(rows[r][8], text(single["team"])) << r;
        const nlohmann::json& node = single["status"] == "not_covered" ? single["nearest_node"]["node_id"] : single["serving_node"];
        EXPECT_EQ(rows[r][9], node.get<std::string>()) << r;
        // Metres to the decimetre: at most one decimal.
        EXPECT_TRUE(rows[r][11].find('.') == std::string::npos || rows[r][11].size() - rows[r][11].find('.') <= 2)
            << rows[r][11];
        if (single["status"] == "not_covered") {
            EXPECT_NEAR(std::stod(rows[r][11]), single["nearest_node"]["distance_m"].get<double>(), 0.05) << r;
        } else {
            EXPECT_EQ(std::stod(rows[r][11]), 0) << r;
        }
        EXPECT_TRUE(rows[r][13].empty()) << r;
    }
}

TEST(CheckCli, UnreadablePointsFileNamesIt) {
    TempDir dir;
    const CommandRun run = run_coverplan("check " + sample() + " --points " + (dir / "missing.csv").string() + " -o " +
                                             (dir / "out.csv").string(),
                                         dir);
    EXPECT_EQ(run.exit_code, 2);
    EXPECT_NE(run.err.find("missing.csv"), std::string::npos) << run.err;
    EXPECT_FALSE(std::filesystem::exists(dir / "out.csv"));
    dir.write("nocoords.csv", "a,b\n1,2\n");
    const CommandRun no_columns = run_coverplan("check " + sample() + " --points " + (dir / "nocoords.csv").string() +
                                                    " -o " + (dir / "out.csv").string(),
                                                dir);
    EXPECT_EQ(no_columns.exit_code, 2);
    EXPECT_NE(no_columns.err.find("no geometry and no coordinate columns such as lon/lat (fields: a, b)"),
              std::string::npos)
        << no_columns.err;
}
