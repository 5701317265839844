// Snapshots and history in the project's GeoPackage workspace, as a user
// runs them: two months of a hand-built project (support/history_project.h)
// whose ranks move in a known way; the movements `history --json` reports are
// checked against the hand-derived ones and against `rank --json` of each
// month; a second snapshot of a date replaces the first (rows counted with
// SQL); the change map and the report's "what changed" are written.

#include <gdal_priv.h>
#include <gtest/gtest.h>
#include <ogrsf_frmts.h>

#include <nlohmann/json.hpp>

#include "support/history_project.h"
#include "support/run_coverplan.h"
#include "support/sql_value.h"

using namespace coverplan::test;
namespace fs = std::filesystem;

namespace {

/// Ranks by zone id from `coverplan rank --json`.
std::map<std::string, int> ranks_now(const fs::path& project, const std::string& kind, const TempDir& dir) {
    const CommandRun run = run_coverplan("rank '" + project.string() + "' --for " + kind + " --top 0 --json", dir);
    EXPECT_EQ(run.exit_code, 0) << run.err;
    std::map<std::string, int> ranks;
    const nlohmann::json ranking = nlohmann::json::parse(run.out);
    for (const auto& zone : ranking["zones"]) ranks[zone["zone_id"].get<std::string>()] = zone["rank"].get<int>();
    EXPECT_EQ(ranks.size(), 12u) << run.out;
    return ranks;
}

std::string sql_value(const fs::path& file, const std::string& sql) { return coverplan::test::sql_value(file.string(), sql); }

std::vector<std::string> ids_of(const nlohmann::json& moves) {
    std::vector<std::string> ids;
    for (const auto& move : moves) ids.push_back(move["zone_id"]);
    return ids;
}

TEST(HistoryCli, TwoMonthsGiveTheExpectedMovements) {
    TempDir dir;
    const fs::path project = write_history_project(dir, false);
    const std::string quoted = "'" + project.string() + "'";
    const fs::path workspace = dir / "project.workspace.gpkg";

    // Nothing yet: history says how to take a snapshot, and no workspace is made.
    CommandRun run = run_coverplan("history " + quoted, dir);
    EXPECT_EQ(run.exit_code, 0) << run.err;
    EXPECT_NE(run.out.find("coverplan snapshot"), std::string::npos) << run.out;
    EXPECT_FALSE(fs::exists(workspace));
    run = run_coverplan("map " + quoted + " --theme change -o '" + (dir / "change.png").string() + "'", dir);
    EXPECT_EQ(run.exit_code, 2);
    EXPECT_NE(run.err.find("no snapshot"), std::string::npos) << run.err;

    const auto october_investment = ranks_now(project, "investment", dir);
    const auto october_sales = ranks_now(project, "sales", dir);
    run = run_coverplan("snapshot " + quoted + " --json", dir);
    ASSERT_EQ(run.exit_code, 0) << run.err;
    nlohmann::json out = nlohmann::json::parse(run.out);
    EXPECT_EQ(out["as_of"], "2026-10-31");
    EXPECT_EQ(out["zones"], 12);
    EXPECT_FALSE(out["replaced"].get<bool>());
    ASSERT_TRUE(fs::exists(workspace));

    write_history_project(dir, true);
    const auto november_investment = ranks_now(project, "investment", dir);
    const auto november_sales = ranks_now(project, "sales", dir);
    // The project's story (support/history_project.h), as `rank` tells it.
    EXPECT_EQ(october_investment.at("Z12"), 1);
    EXPECT_EQ(october_investment.at("Z01"), 12);
    EXPECT_EQ(november_investment.at("Z12"), 1);
    EXPECT_EQ(november_investment.at("Z01"), 2);
    EXPECT_EQ(november_investment.at("Z03"), 11);

    run = run_coverplan("snapshot " + quoted, dir);
    ASSERT_EQ(run.exit_code, 0) << run.err;
    EXPECT_NE(run.out.find("2026-11-30"), std::string::npos);
    // The same date again replaces it: still two snapshots, 13 zone rows each
    // (the twelve zones and the row of points outside every zone).
    run = run_coverplan("snapshot " + quoted + " --json", dir);
    ASSERT_EQ(run.exit_code, 0) << run.err;
    EXPECT_TRUE(nlohmann::json::parse(run.out)["replaced"].get<bool>());
    EXPECT_EQ(sql_value(workspace, "SELECT COUNT(*) FROM snapshots"), "2");
    EXPECT_EQ(sql_value(workspace, "SELECT COUNT(*) FROM snapshot_zones WHERE as_of = '2026-11-30'"), "13");
    EXPECT_EQ(sql_value(workspace, "SELECT COUNT(*) FROM snapshot_zones"), "26");
    EXPECT_EQ(sql_value(workspace, "SELECT COUNT(*) FROM snapshot_nodes"), "2");
    // Full on the day: it runs out as of the snapshot's date.
    EXPECT_EQ(sql_value(workspace, "SELECT CAST(exhausts_on AS TEXT) FROM snapshot_nodes WHERE as_of = '2026-11-30'"),
              "2026-11-30");
    EXPECT_EQ(sql_value(workspace, "SELECT zone_name FROM snapshot_zones WHERE zone_id = 'Z07' LIMIT 1"), "Xã số 7");
    EXPECT_EQ(sql_value(workspace, "SELECT MAX(version) FROM schema_version"), "2");

    run = run_coverplan("history " + quoted + " --json", dir);
    ASSERT_EQ(run.exit_code, 0) << run.err;
    const nlohmann::json history = nlohmann::json::parse(run.out);
    ASSERT_EQ(history["snapshots"].size(), 2u);
    EXPECT_EQ(history["snapshots"][0]["as_of"], "2026-10-31");
    ASSERT_EQ(history["changes"].size(), 1u);
    const nlohmann::json& change = history["changes"][0];
    EXPECT_EQ(change["from"], "2026-10-31");
    EXPECT_EQ(change["to"], "2026-11-30");
    EXPECT_EQ(ids_of(change["investment"]["entered_top"]), std::vector<std::string>{"Z01"});
    EXPECT_EQ(ids_of(change["investment"]["left_top"]), std::vector<std::string>{"Z03"});
    ASSERT_EQ(change["nodes_newly_running_out"].size(), 1u);
    EXPECT_EQ(change["nodes_newly_running_out"][0]["node_id"], "N1");
    // Every zone's ranks and moves, both rankings, as `rank` had them each month.
    ASSERT_EQ(history["zones"].size(), 13u);
    int checked = 0;
    for (const auto& zone : history["zones"]) {
        const std::string id = zone["zone_id"];
        if (id.empty()) continue;  // the outside row has no ranks
        ASSERT_EQ(zone["history"].size(), 2u) << id;
        const auto& then = zone["history"][0];
        const auto& now = zone["history"][1];
        EXPECT_EQ(then["investment_rank"], october_investment.at(id)) << id;
        EXPECT_EQ(now["investment_rank"], november_investment.at(id)) << id;
        EXPECT_EQ(now["sales_rank"], november_sales.at(id)) << id;
        EXPECT_EQ(now["investment_rank_change"], october_investment.at(id) - november_investment.at(id)) << id;
        EXPECT_EQ(now["sales_rank_change"], october_sales.at(id) - november_sales.at(id)) << id;
        EXPECT_TRUE(then["investment_rank_change"].is_null());
        ++checked;
    }
    EXPECT_EQ(checked, 12);
    for (const auto& move : change["investment"]["moved"]) {
        const std::string id = move["zone_id"];
        const int expected = id == "Z01" ? 10 : id == "Z12" ? 0 : -1;
        EXPECT_EQ(move["change"], expected) << id;
    }

    // One zone, a date range, and the terminal's table.
    run = run_coverplan("history " + quoted + " --zone Z01 --from 2026-11-01 --json", dir);
    ASSERT_EQ(run.exit_code, 0) << run.err;
    const nlohmann::json one = nlohmann::json::parse(run.out);
    ASSERT_EQ(one["snapshots"].size(), 1u);
    ASSERT_EQ(one["zones"].size(), 1u);
    EXPECT_EQ(one["zones"][0]["zone_name"], "Xã số 1");
    EXPECT_EQ(one["zones"][0]["history"][0]["leads_open"], 21);
    run = run_coverplan("history " + quoted + " --zone Z01", dir);
    ASSERT_EQ(run.exit_code, 0) << run.err;
    EXPECT_NE(run.out.find("Xã số 1"), std::string::npos) << run.out;
    EXPECT_NE(run.out.find("+10"), std::string::npos) << run.out;
    run = run_coverplan("history " + quoted, dir);
    ASSERT_EQ(run.exit_code, 0) << run.err;
    EXPECT_NE(run.out.find("entered: Xã số 1 (2, was 12)"), std::string::npos) << run.out;
    EXPECT_NE(run.out.find("left: Xã số 3 (now 11, was 10)"), std::string::npos) << run.out;
    EXPECT_NE(run.out.find("Nodes newly running out of ports: N1 (ftth, 2026-11)"), std::string::npos) << run.out;
    run = run_coverplan("history " + quoted + " --from 2026-12-01 --to 2026-11-01", dir);
    EXPECT_EQ(run.exit_code, 2);
    run = run_coverplan("history " + quoted + " --from 31/02/2026", dir);
    EXPECT_EQ(run.exit_code, 2);

    // Files: CSV holds zone_history, XLSX both sheets.
    const fs::path csv = dir / "history.csv";
    run = run_coverplan("history " + quoted + " -o '" + csv.string() + "'", dir);
    ASSERT_EQ(run.exit_code, 0) << run.err;
    EXPECT_EQ(sql_value(csv, "SELECT COUNT(*) FROM history"), "26");
    EXPECT_EQ(sql_value(csv, "SELECT investment_rank_change FROM history WHERE zone_id = 'Z01' AND as_of = '2026-11-30'"),
              "10");
    const fs::path xlsx = dir / "history.xlsx";
    run = run_coverplan("history " + quoted + " -o '" + xlsx.string() + "'", dir);
    ASSERT_EQ(run.exit_code, 0) << run.err;
    GDALDatasetUniquePtr book(GDALDataset::Open(xlsx.string().c_str(), GDAL_OF_VECTOR));
    ASSERT_TRUE(book);
    ASSERT_NE(book->GetLayerByName("node_history"), nullptr);
    EXPECT_EQ(book->GetLayerByName("zone_history")->GetFeatureCount(), 26);
    // The workspace is an input: no output may replace it.
    run = run_coverplan("rank " + quoted + " -o '" + workspace.string() + "'", dir);
    EXPECT_EQ(run.exit_code, 2);
    EXPECT_NE(run.err.find("workspace"), std::string::npos) << run.err;
}

TEST(HistoryCli, AWorkspaceOfANewerStoreVersionIsRefusedNotMisread) {
    TempDir dir;
    const fs::path project = write_history_project(dir, false);
    const std::string quoted = "'" + project.string() + "'";
    ASSERT_EQ(run_coverplan("snapshot " + quoted, dir).exit_code, 0);
    const fs::path workspace = dir / "project.workspace.gpkg";
    coverplan::test::sql_value(workspace.string(),
                               "INSERT INTO schema_version (version, applied_at, coverplan_version) VALUES (3, '', '9')", true);
    ASSERT_EQ(sql_value(workspace, "SELECT MAX(version) FROM schema_version"), "3");
    for (const char* command : {"history ", "snapshot "}) {
        const CommandRun run = run_coverplan(command + quoted, dir);
        EXPECT_EQ(run.exit_code, 2) << command;
        EXPECT_NE(run.err.find("newer Coverplan (store version 3"), std::string::npos) << run.err;
    }
    EXPECT_EQ(sql_value(workspace, "SELECT COUNT(*) FROM snapshots"), "1");
}

TEST(HistoryCli, TheChangeMapAndTheReportCompareWithTheLastSnapshot) {
    TempDir dir;
    const fs::path project = write_history_project(dir, false);
    const std::string quoted = "'" + project.string() + "'";
    ASSERT_EQ(run_coverplan("snapshot " + quoted, dir).exit_code, 0);
    write_history_project(dir, true);
    // Today's snapshot too: the map still compares with the one before as_of.
    ASSERT_EQ(run_coverplan("snapshot " + quoted, dir).exit_code, 0);

    const fs::path map = dir / "change.pdf";
    CommandRun run = run_coverplan("map " + quoted + " --theme change -o '" + map.string() + "'", dir);
    ASSERT_EQ(run.exit_code, 0) << run.err;
    const std::string map_text = command_output("pdftotext -enc UTF-8 '" + map.string() + "' -");
    // The legend: one zone climbed ten places (Z01), ten fell one (Z11..Z02).
    EXPECT_NE(map_text.find("Rank in the investment ranking since"), std::string::npos) << map_text;
    EXPECT_NE(map_text.find("up 10+ places (1 zone)"), std::string::npos) << map_text;
    EXPECT_NE(map_text.find("down 1 – 2 (10 zones)"), std::string::npos) << map_text;
    EXPECT_NE(map_text.find("(new)"), std::string::npos) << map_text;
    run = run_coverplan("map " + quoted + " --theme investment --for sales -o '" + map.string() + "'", dir);
    EXPECT_EQ(run.exit_code, 2);

    const fs::path report = dir / "report.pdf";
    run = run_coverplan("report " + quoted + " -o '" + report.string() + "' --json", dir);
    ASSERT_EQ(run.exit_code, 0) << run.err;
    EXPECT_EQ(nlohmann::json::parse(run.out)["since_snapshot"], "2026-10-31");
    const std::string text = command_output("pdftotext -enc UTF-8 '" + report.string() + "' -");
    EXPECT_NE(text.find("What changed since the last snapshot"), std::string::npos);
    EXPECT_NE(text.find("Xã số 1"), std::string::npos);
    EXPECT_NE(text.find("Nodes newly running out of ports"), std::string::npos);
    EXPECT_NE(text.find("N1"), std::string::npos);
}

}  // namespace
