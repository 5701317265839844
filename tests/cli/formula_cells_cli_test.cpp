// Nothing a user typed runs as a spreadsheet formula: zone names, teams and a
// lead list's notes that start with = + - @ come out of every CSV the
// commands write as text (a leading quote), read back with Python's csv
// module; numbers stay numbers; the XLSX holds them as strings, no formula.

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "support/cli_project.h"
#include "support/run_coverplan.h"

using coverplan::test::CommandRun;
using coverplan::test::command_output;
using coverplan::test::run_coverplan;
using coverplan::test::shell_quote;
using coverplan::test::TempDir;
using json = nlohmann::json;
namespace fs = std::filesystem;

namespace {

const std::string kHyperlink = R"(=HYPERLINK("http://x","y"))";
const std::string kCommand = "+cmd|' /C calc'!A0";
const std::string kAt = "@SUM(1+1)*cmd|' /C calc'!A0";

/// A CSV file as Python's csv module reads it: rows of cells, each keyed by the header.
std::vector<json> csv_rows(const fs::path& file) {
    const std::string script =
        "import csv, json, sys\n"
        "print(json.dumps(list(csv.DictReader(open(sys.argv[1], newline='', encoding='utf-8')))))";
    const std::string out = command_output("python3 -c " + shell_quote(script) + " " + shell_quote(file.string()));
    const json rows = json::parse(out, nullptr, false);
    EXPECT_TRUE(rows.is_array()) << file << ": " << out;
    return rows.is_array() ? rows.get<std::vector<json>>() : std::vector<json>{};
}

/// `from` in `text` replaced by `to` written as JSON string content.
void replace_json_text(std::string& text, const std::string& from, const std::string& to) {
    const std::string escaped = json(to).dump();
    text.replace(text.find(from), from.size(), escaped.substr(1, escaped.size() - 2));
}

/// Zones named like formulas, a team like one, a lead list with formula notes.
std::string write_project(const TempDir& dir) {
    std::string zones = coverplan::test::kCliZones;
    replace_json_text(zones, "Phường Trần Phú", kHyperlink);
    replace_json_text(zones, "Xã Dĩnh Trì", kCommand);
    replace_json_text(zones, "Đội Dĩnh Trì", kAt);
    dir.write("coverage.geojson", coverplan::test::kCliCoverage);
    dir.write("subscribers.csv", "id,lon,lat\nS1,106.05,21.05\n");
    dir.write("orders.csv", "id,lon,lat,created,due,installed,team\nD1,106.15,21.05,2026-11-01,2026-11-20,,=1+1\n");
    dir.write("leads.csv", "id,lon,lat,note,balance\nL1,106.05,21.05,\"" + std::string(R"(=HYPERLINK(""http://x"",""y""))") +
                               "\",-12.5\nL2,106.15,21.05," + kCommand + ",-3\n");
    dir.write("zones.geojson", zones);
    return dir
        .write("project.toml", coverplan::test::kCliProject +
                                   coverplan::test::csv_point_layer("orders", "created = \"created\"\ndue = \"due\"\n"
                                                                              "installed = \"installed\"\nteam = \"team\"\n"))
        .string();
}

TEST(FormulaCellsCli, EveryCsvOutputHoldsTextNotFormulas) {
    TempDir dir;
    const std::string project = write_project(dir);
    for (const std::string& arguments : std::vector<std::string>
         {"rank " + project + " -o " + (dir / "rank.csv").string(),
          "scenario " + project + " --add-capacity N1:+10 -o " + (dir / "scenario.csv").string(),
          "sla " + project + " -o " + (dir / "sla.csv").string(),
          "check " + project + " --points " + (dir / "leads.csv").string() + " -o " + (dir / "checked.csv").string()}) {
        const CommandRun run = run_coverplan(arguments, dir);
        EXPECT_LE(run.exit_code, 1) << arguments << "\n" << run.err;
    }
    std::map<std::string, std::string> names;  // zone_id -> zone_name as read back
    for (const json& row : csv_rows(dir / "rank.csv")) names[row["zone_id"]] = row["zone_name"];
    EXPECT_EQ(names["Z1"], "'" + kHyperlink);
    EXPECT_EQ(names["Z2"], "'" + kCommand);
    for (const json& row : csv_rows(dir / "scenario.csv"))
        if (row["zone_id"] == "Z2") {
            EXPECT_EQ(row["zone_name"], "'" + kCommand);
        }
    const auto orders = csv_rows(dir / "sla.csv");
    ASSERT_EQ(orders.size(), 1u);
    EXPECT_EQ(orders[0]["team"], "'=1+1");
    EXPECT_EQ(orders[0]["zone_name"], "'" + kCommand);
    const auto checked = csv_rows(dir / "checked.csv");
    ASSERT_EQ(checked.size(), 2u);
    EXPECT_EQ(checked[0]["note"], "'" + kHyperlink);
    EXPECT_EQ(checked[1]["note"], "'" + kCommand);
    EXPECT_EQ(checked[0]["balance"], "-12.5");  // a negative number stays a number
    EXPECT_EQ(checked[1]["balance"], "-3");
    EXPECT_EQ(checked[0]["lon"], "106.05");
}

TEST(FormulaCellsCli, XlsxHoldsTheTextAsStringsWithoutFormulas) {
    TempDir dir;
    const std::string project = write_project(dir);
    const CommandRun run = run_coverplan("rank " + project + " -o " + (dir / "rank.xlsx").string(), dir);
    ASSERT_LE(run.exit_code, 1) << run.err;
    const std::string archive = shell_quote((dir / "rank.xlsx").string());
    const std::string sheet = command_output("unzip -p " + archive + " xl/worksheets/sheet1.xml");
    const std::string strings = command_output("unzip -p " + archive + " xl/sharedStrings.xml");
    ASSERT_NE(sheet.find("<sheetData>"), std::string::npos) << sheet;
    EXPECT_EQ(sheet.find("<f>"), std::string::npos) << sheet;  // no cell is a formula
    // Kept as the user wrote them: XLSX strings never run, so they need no quote.
    EXPECT_NE(strings.find("<t>=HYPERLINK("), std::string::npos) << strings;
    EXPECT_NE(strings.find("<t>+cmd|"), std::string::npos) << strings;
}

}  // namespace
