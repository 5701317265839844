// `coverplan sla` as a manager and a script meet it: figures on hand-built
// orders, the sample's figures against a direct SQL count through GDAL, the
// .csv / .xlsx / .gpkg outputs read back with GDAL, exit codes.

#include <gdal_priv.h>
#include <gtest/gtest.h>
#include <ogrsf_frmts.h>

#include <map>
#include <regex>
#include <nlohmann/json.hpp>

#include "support/cli_project.h"
#include "support/run_coverplan.h"

using coverplan::test::CommandRun;
using coverplan::test::open_vector;
using coverplan::test::run_coverplan;
using coverplan::test::TempDir;
using nlohmann::json;

namespace {

// as_of 2026-11-30, at-risk window 3 days (the defaults):
//   D1 Z1 installed on the due day        -> on time   (Kỹ thuật Bắc)
//   D2 Z1 installed 5 days after due      -> late      (Kỹ thuật Bắc)
//   D3 Z2 open, due 2026-11-20            -> overdue 10 days (Kỹ thuật Nam)
//   D4 Z2 open, due 2026-12-02, no team   -> at risk, 2 days left; Z2's team Đội Dĩnh Trì
//   D5 outside every zone, due 2026-11-28 -> overdue 2 days (Kỹ thuật Bắc)
// Total: 5 orders, assessed 4 (1 on time, 1 late, 2 overdue): 25 %.
// Kỹ thuật Bắc: D1 D2 D5 -> 1 of 3. Kỹ thuật Nam: D3 -> 0 of 1. Đội Dĩnh Trì: D4, nothing assessed.
const std::string kOrders =
    "id,lon,lat,created,due,installed,team\n"
    "D1,106.05,21.05,2026-11-01,2026-11-10,2026-11-10,Kỹ thuật Bắc\n"
    "D2,106.05,21.06,2026-11-01,2026-11-10,2026-11-15,Kỹ thuật Bắc\n"
    "D3,106.15,21.05,2026-11-01,2026-11-20,,Kỹ thuật Nam\n"
    "D4,106.15,21.06,2026-11-25,2026-12-02,,\n"
    "D5,106.5,21.5,2026-11-20,2026-11-28,,Kỹ thuật Bắc\n";

const std::string kProject = coverplan::test::kCliProject +
                             coverplan::test::csv_point_layer("orders",
                                                              "created = \"created\"\ndue = \"due\"\n"
                                                              "installed = \"installed\"\nteam = \"team\"\n");

std::string write_project(const TempDir& dir, const std::string& orders = kOrders,
                          const std::string& project = kProject) {
    dir.write("orders.csv", orders);
    return coverplan::test::write_cli_project(dir, "id,lon,lat\nS1,106.05,21.05\n", project);
}

}  // namespace

TEST(SlaCli, HandBuiltOrdersAsJson) {
    TempDir dir;
    const CommandRun run = run_coverplan("sla --json " + write_project(dir), dir);
    ASSERT_EQ(run.exit_code, 0) << run.out << run.err;
    const json report = json::parse(run.out);
    EXPECT_EQ(report["as_of"], "2026-11-30");
    EXPECT_EQ(report["target"], 1.0);
    EXPECT_EQ(report["at_risk_days"], 3);
    const json& total = report["total"];
    EXPECT_EQ(total["orders"], 5);
    EXPECT_EQ(total["on_time"], 1);
    EXPECT_EQ(total["late"], 1);
    EXPECT_EQ(total["overdue"], 2);
    EXPECT_EQ(total["at_risk"], 1);
    EXPECT_EQ(total["assessed"], 4);
    EXPECT_DOUBLE_EQ(total["on_time_rate"].get<double>(), 0.25);
    EXPECT_EQ(total["meets_target"], false);

    std::map<std::string, json> teams;
    for (const auto& team : report["by_team"]) teams[team["team"]] = team;
    ASSERT_EQ(teams.size(), 3u);
    EXPECT_EQ(teams["Kỹ thuật Bắc"]["orders"], 3);
    EXPECT_DOUBLE_EQ(teams["Kỹ thuật Bắc"]["on_time_rate"].get<double>(), 1.0 / 3.0);
    EXPECT_EQ(teams["Kỹ thuật Nam"]["overdue"], 1);
    EXPECT_EQ(teams["Đội Dĩnh Trì"]["at_risk"], 1);
    EXPECT_TRUE(teams["Đội Dĩnh Trì"]["on_time_rate"].is_null());

    ASSERT_EQ(report["by_zone"].size(), 3u);  // Z1, Z2 and the outside row
    EXPECT_EQ(report["by_zone"][2]["zone_id"], "");
    EXPECT_EQ(report["by_zone"][2]["overdue"], 1);

    ASSERT_EQ(report["overdue"].size(), 2u);
    EXPECT_EQ(report["overdue"][0]["order_id"], "D3");
    EXPECT_EQ(report["overdue"][0]["days_overdue"], 10);
    EXPECT_EQ(report["overdue"][0]["zone_name"], "Xã Dĩnh Trì");
    EXPECT_EQ(report["overdue"][1]["order_id"], "D5");
    EXPECT_EQ(report["overdue"][1]["zone_id"], "");
    ASSERT_EQ(report["at_risk"].size(), 1u);
    EXPECT_EQ(report["at_risk"][0]["order_id"], "D4");
    EXPECT_EQ(report["at_risk"][0]["team"], "Đội Dĩnh Trì");
    EXPECT_EQ(report["at_risk"][0]["days_left"], 2);
}

TEST(SlaCli, TerminalSheetListsTeamsAndOrdersToActOn) {
    TempDir dir;
    const CommandRun run = run_coverplan("sla " + write_project(dir), dir);
    ASSERT_EQ(run.exit_code, 0) << run.err;
    for (const char* text : {"target 100.0 %", "25.0 %", "-75.0 pts", "By team", "By zone", "By month of the due date",
                             "Overdue open orders (most days late first): 2", "At-risk open orders", "Đội Dĩnh Trì",
                             "(outside every zone)", "2026-11-20"})
        EXPECT_NE(run.out.find(text), std::string::npos) << text << "\n" << run.out;
    // D3 (10 days late) is listed before D5 (2 days).
    EXPECT_LT(run.out.find("D3 "), run.out.find("D5 "));
}

TEST(SlaCli, TargetAndWindowFromTheCommandLine) {
    TempDir dir;
    const std::string project = write_project(dir);
    const CommandRun run = run_coverplan("sla --json --target 25% --at-risk-days 1 " + project, dir);
    ASSERT_EQ(run.exit_code, 0) << run.err;
    const json report = json::parse(run.out);
    EXPECT_DOUBLE_EQ(report["target"].get<double>(), 0.25);
    EXPECT_EQ(report["total"]["meets_target"], true);
    EXPECT_EQ(report["total"]["at_risk"], 0);  // D4 is 2 days away
    for (const char* bad : {"--target 98", "--target abc", "--target 101%", "--at-risk-days -1", "--at-risk-days x"}) {
        const CommandRun rejected = run_coverplan(std::string("sla ") + bad + " " + project, dir);
        EXPECT_EQ(rejected.exit_code, 2) << bad;
        EXPECT_NE(rejected.err.find(std::string(bad).substr(0, std::string(bad).find(' '))), std::string::npos)
            << rejected.err;
    }
}

TEST(SlaCli, ProjectFileSettingsApply) {
    TempDir dir;
    const CommandRun run =
        run_coverplan("sla --json " + write_project(dir, kOrders, kProject + "\n[sla]\ntarget = 0.2\n"
                                                                                          "at_risk_days = 0\n"),
                      dir);
    ASSERT_EQ(run.exit_code, 0) << run.err;
    const json report = json::parse(run.out);
    EXPECT_DOUBLE_EQ(report["target"].get<double>(), 0.2);
    EXPECT_EQ(report["at_risk_days"], 0);
    EXPECT_EQ(report["total"]["at_risk"], 0);
}

TEST(SlaCli, BadDueDateIsFlaggedAndExitsOne) {
    TempDir dir;
    const CommandRun run = run_coverplan(
        "sla --json " + write_project(dir, kOrders + "D6,106.05,21.07,2026-11-01,31/11/2026,,Kỹ thuật Bắc\n"), dir);
    EXPECT_EQ(run.exit_code, 1) << run.err;
    const json report = json::parse(run.out);
    EXPECT_EQ(report["total"]["orders"], 6);
    EXPECT_EQ(report["total"]["no_due_date"], 1);
    EXPECT_EQ(report["total"]["assessed"], 4);
    EXPECT_EQ(report["exit_code"], 1);
    // The flag names the feature (reading it once crashed: the ids had been moved away).
    const json validated = json::parse(run_coverplan("validate --json " + (dir / "project.toml").string(), dir).out);
    const json& problems = validated["layers"][3]["problems"];
    ASSERT_EQ(problems.size(), 1u);
    EXPECT_EQ(problems[0]["feature"], "6 (id 'D6')");
    EXPECT_EQ(problems[0]["reason"], "due '31/11/2026' has no day 31: November 2026 has 30 days; left out of the on-time rate");
}

TEST(SlaCli, ProjectWithoutOrdersSaysSo) {
    TempDir dir;
    std::string project = coverplan::test::kCliProject;
    const CommandRun run = run_coverplan("sla " + write_project(dir, kOrders, project), dir);
    EXPECT_EQ(run.exit_code, 2);
    EXPECT_NE(run.err.find("project.toml: the project has no [layers.orders]"), std::string::npos) << run.err;
}

TEST(SlaCli, WritesCsvXlsxAndGpkg) {
    TempDir dir;
    const std::string project = write_project(dir);
    for (const char* name : {"sla.csv", "sla.xlsx", "sla.gpkg"}) {
        const CommandRun run = run_coverplan("sla " + project + " -o " + (dir / name).string(), dir);
        ASSERT_EQ(run.exit_code, 0) << name << run.err;
        EXPECT_NE(run.out.find(std::string("Wrote ") + (dir / name).string()), std::string::npos);
    }
    // CSV: one row per order to act on, overdue first.
    {
        auto csv = open_vector(dir / "sla.csv");
        ASSERT_TRUE(csv);
        OGRLayer* orders = csv->GetLayer(0);
        ASSERT_EQ(orders->GetFeatureCount(), 3);
        std::vector<std::string> rows;
        for (auto& f : *orders)
            rows.push_back(std::string(f->GetFieldAsString("order_id")) + "|" + f->GetFieldAsString("status") + "|" +
                           f->GetFieldAsString("days") + "|" + f->GetFieldAsString("due") + "|" +
                           f->GetFieldAsString("team") + "|" + f->GetFieldAsString("zone_name"));
        EXPECT_EQ(rows, (std::vector<std::string>{"D3|overdue|10|2026-11-20|Kỹ thuật Nam|Xã Dĩnh Trì",
                                                  "D5|overdue|2|2026-11-28|Kỹ thuật Bắc|(outside every zone)",
                                                  "D4|at_risk|2|2026-12-02|Đội Dĩnh Trì|Xã Dĩnh Trì"}));
    }
    // XLSX (headers for people) and GeoPackage (the column names): the orders plus the summaries.
    for (const char* name : {"sla.xlsx", "sla.gpkg"}) {
        SCOPED_TRACE(name);
        const bool xlsx = std::string(name) == "sla.xlsx";
        const char* team_column = xlsx ? "Team" : "team";
        const char* orders_column = xlsx ? "Orders" : "orders";
        const char* rate_column = xlsx ? "On-time rate" : "on_time_rate";
        auto out = open_vector(dir / name);
        ASSERT_TRUE(out);
        for (const char* layer : {"sla_orders", "sla_by_team", "sla_by_zone", "sla_by_month"})
            ASSERT_NE(out->GetLayerByName(layer), nullptr) << layer;
        EXPECT_EQ(out->GetLayerByName("sla_orders")->GetFeatureCount(), 3);
        OGRLayer* teams = out->GetLayerByName("sla_by_team");
        std::map<std::string, std::pair<long long, double>> by_team;
        for (auto& f : *teams)
            by_team[f->GetFieldAsString(team_column)] = {f->GetFieldAsInteger64(orders_column),
                                                          f->GetFieldAsDouble(rate_column)};
        ASSERT_EQ(by_team.size(), 4u);  // three teams and the total
        EXPECT_EQ(by_team["Kỹ thuật Bắc"].first, 3);
        EXPECT_NEAR(by_team["Kỹ thuật Bắc"].second, 1.0 / 3.0, 1e-12);
        EXPECT_EQ(by_team["(total)"].first, 5);
        EXPECT_NEAR(by_team["(total)"].second, 0.25, 1e-12);
        EXPECT_EQ(out->GetLayerByName("sla_by_zone")->GetFeatureCount(), 3);
        EXPECT_EQ(out->GetLayerByName("sla_by_month")->GetFeatureCount(), 2);  // 2026-11, 2026-12
    }
    auto gpkg = open_vector(dir / "sla.gpkg");
    EXPECT_EQ(wkbFlatten(gpkg->GetLayerByName("sla_orders")->GetGeomType()), wkbPoint);
    EXPECT_EQ(wkbFlatten(gpkg->GetLayerByName("sla_by_zone")->GetGeomType()), wkbMultiPolygon);

    const CommandRun geojson = run_coverplan("sla " + project + " -o " + (dir / "sla.geojson").string(), dir);
    EXPECT_EQ(geojson.exit_code, 2);
    EXPECT_NE(geojson.err.find("sla.geojson: cannot tell the output format from the extension '.geojson' (expected .csv, .xlsx or .gpkg)"),
              std::string::npos)
        << geojson.err;
}

// The sample's figures against a count made straight in the GeoPackage with
// SQL (the dates are GPKG Date fields, stored as ISO text), independent of
// Coverplan's reader, calendar and overlay. No sample order lacks a team.
TEST(SlaCli, SampleFiguresEqualADirectSqlCount) {
    TempDir dir;
    const CommandRun run = run_coverplan(std::string("sla --json ") + coverplan::test::kSampleProject, dir);
    ASSERT_EQ(run.exit_code, 1) << run.err;  // the sample holds deliberately bad features
    const json report = json::parse(run.out);
    ASSERT_EQ(report["as_of"], "2026-11-30");
    ASSERT_EQ(report["at_risk_days"], 3);

    auto gpkg = open_vector(std::filesystem::path(coverplan::test::kSourceDir) / "datasets/sample/province.gpkg");
    ASSERT_TRUE(gpkg);
    const char* sql =
        "SELECT team, COUNT(*) AS orders, "
        "SUM(installed IS NOT NULL) AS installed, "
        "SUM(installed IS NOT NULL AND due IS NOT NULL AND installed <= due) AS on_time, "
        "SUM(installed IS NOT NULL AND due IS NOT NULL AND installed > due) AS late, "
        "SUM(installed IS NULL) AS open, "
        "SUM(installed IS NULL AND due < '2026-11-30') AS overdue, "
        "SUM(installed IS NULL AND due >= '2026-11-30' AND due <= date('2026-11-30', '+3 days')) AS at_risk, "
        "SUM(due IS NULL) AS no_due_date "
        "FROM orders GROUP BY team";
    OGRLayer* counted = gpkg->ExecuteSQL(sql, nullptr, "SQLITE");
    ASSERT_NE(counted, nullptr);
    std::map<std::string, json> teams;
    for (const auto& team : report["by_team"]) teams[team["team"]] = team;
    const std::vector<std::string> columns = {"orders",  "installed", "on_time", "late",
                                              "open",    "overdue",   "at_risk", "no_due_date"};
    std::map<std::string, long long> total;
    std::size_t groups = 0;
    for (auto& f : *counted) {
        const std::string team = f->GetFieldAsString("team");
        SCOPED_TRACE(team);
        ASSERT_TRUE(teams.count(team));
        for (const auto& column : columns) {
            EXPECT_EQ(teams[team][column].get<long long>(), f->GetFieldAsInteger64(column.c_str())) << column;
            total[column] += f->GetFieldAsInteger64(column.c_str());
        }
        ++groups;
    }
    gpkg->ReleaseResultSet(counted);
    EXPECT_EQ(groups, teams.size());
    for (const auto& column : columns) EXPECT_EQ(report["total"][column].get<long long>(), total[column]) << column;
    EXPECT_EQ(total["orders"], 2000);
    EXPECT_GT(total["overdue"], 0);
    EXPECT_GT(total["at_risk"], 0);
    EXPECT_GT(total["late"], 0);
}

TEST(LanguageCli, TheSlaSheetReadsInVietnameseWithVietnameseFigures) {
    TempDir dir;
    const std::string project = write_project(dir);
    const CommandRun vi = run_coverplan("sla " + project + " --lang vi", dir);
    ASSERT_EQ(vi.exit_code, 0) << vi.err;
    EXPECT_EQ(vi.out.rfind("SLA lắp đặt: CLI test\n"
                           "Số liệu ngày 30/11/2026; chỉ tiêu đúng hạn 100,0 %; có nguy cơ trễ = yêu cầu chưa hoàn thành "
                           "đến hạn trong 3 ngày tới.\n\n",
                           0),
              0u)
        << vi.out;
    // The count columns, and the total: 1 of 4 assessed orders on time, 75 points short.
    EXPECT_NE(vi.out.find("yêu cầu  đã đánh giá  đúng hạn  trễ hạn  quá hạn  có nguy cơ trễ  chưa hoàn thành  "
                          "không có hạn  tỷ lệ đúng hạn  so với chỉ tiêu\n"),
              std::string::npos)
        << vi.out;
    EXPECT_TRUE(std::regex_search(vi.out, std::regex("\ntổng +5 +4 +1 +1 +2 +1 +3 +0 +25,0 %  -75,0 điểm %\n"))) << vi.out;
    for (const char* text : {"\nTheo đơn vị phụ trách (kém nhất trước)\nđơn vị phụ trách", "\nTheo khu vực (kém nhất trước)\n",
                             "\nTheo tháng đến hạn\ntháng đến hạn", "\n11/2026 ", "(ngoài mọi khu vực)",
                             "\nYêu cầu lắp đặt quá hạn chưa hoàn thành (trễ lâu nhất trước): 2\n",
                             "\nYêu cầu lắp đặt có nguy cơ trễ hạn (sắp đến hạn nhất trước): 1\n", "20/11/2026", "số ngày trễ"})
        EXPECT_NE(vi.out.find(text), std::string::npos) << text << "\n" << vi.out;
    for (const char* english : {"orders", "By team", "overdue", "outside every zone", "2026-11-20", "pts"})
        EXPECT_EQ(vi.out.find(english), std::string::npos) << english << "\n" << vi.out;

    // English is unchanged, and what the file gets is said in the reader's language.
    const CommandRun en = run_coverplan("sla " + project + " --lang en", dir);
    EXPECT_EQ(en.out, run_coverplan("sla " + project, dir).out);
    EXPECT_EQ(en.out.rfind("Installation SLA: CLI test\nAs of 2026-11-30; target 100.0 % on time; at risk = open orders due "
                           "within 3 days.\n\n",
                           0),
              0u)
        << en.out;
    const std::string file = (dir / "sla.xlsx").string();
    const CommandRun written = run_coverplan("sla " + project + " --lang vi -o '" + file + "'", dir);
    EXPECT_NE(written.out.find("\nĐã ghi " + file + "\n"), std::string::npos) << written.out;
}
