// Command-line habits (issue 14, item 5): `-o -` prints a text table on
// standard output — the same bytes the command writes to a file, the words
// for people on standard error — and is refused, with exact messages, where
// the output is not text; places are read in the order each option says,
// or in either order when hemisphere letters mark them.

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>

#include "support/run_coverplan.h"
#include "support/temp_dir.h"
#include "test_config.h"

using coverplan::test::CommandRun;
using coverplan::test::run_coverplan;
using coverplan::test::shell_quote;
using coverplan::test::TempDir;
namespace fs = std::filesystem;

namespace {

const std::string kProject = shell_quote(coverplan::test::kSampleProject);

std::string file_text(const fs::path& file) {
    std::ifstream in(file, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), {}};
}

/// The usage error a run ends with: exit 2 and the message's first line.
std::string refusal(const CommandRun& run) {
    if (run.exit_code != 2) return "exit " + std::to_string(run.exit_code) + ": " + run.err;
    const auto colon = run.err.find(": ");
    return run.err.substr(colon + 2, run.err.find('\n') - colon - 2);
}

/// Runs `arguments` with -o FILE and with -o -, and expects the same table.
void expect_same_table(const std::string& arguments, const std::string& file_name, const std::string& format_option) {
    TempDir dir;
    const fs::path file = dir / file_name;
    const CommandRun to_file = run_coverplan(arguments + " -o " + shell_quote(file.string()), dir);
    ASSERT_LE(to_file.exit_code, 1) << to_file.err;
    const CommandRun piped = run_coverplan(arguments + " -o -" + format_option, dir);
    ASSERT_EQ(piped.exit_code, to_file.exit_code) << piped.err;
    const std::string expected = file_text(file);
    ASSERT_GT(expected.size(), 100u);
    EXPECT_EQ(piped.out, expected);
    // Nothing is left behind: no file called "-", no stray temporary.
    EXPECT_FALSE(fs::exists(dir / "-"));
}

TEST(StandardOutputCli, RankPrintsTheSameCsvAndGeoJsonItWritesToAFile) {
    expect_same_table("rank " + kProject, "ranking.csv", "");
    expect_same_table("rank " + kProject + " --for sales", "ranking.geojson", " --format geojson");

    TempDir dir;
    const CommandRun run = run_coverplan("rank " + kProject + " -o - --format geojson", dir);
    ASSERT_LE(run.exit_code, 1) << run.err;
    const auto geojson = nlohmann::json::parse(run.out);  // the table alone: no listing, no "Wrote"
    EXPECT_EQ(geojson["type"], "FeatureCollection");
    EXPECT_EQ(geojson["features"].size(), 50u);  // the sample's 50 zones
    EXPECT_EQ(run.err.find("Wrote"), std::string::npos) << run.err;
}

TEST(StandardOutputCli, CheckPointsPrintsTheTableAndSaysTheSummaryOnStandardError) {
    TempDir dir;
    dir.write("points.csv", "id,lon,lat\n1,106.2014,21.2731\n2,106.25,21.30\n3,105.0,20.0\n");
    const std::string arguments = "check " + kProject + " --points " + shell_quote((dir / "points.csv").string());
    expect_same_table(arguments, "checked.csv", "");
    expect_same_table(arguments, "checked.geojson", " --format geojson");

    const CommandRun run = run_coverplan(arguments + " -o -", dir);
    ASSERT_EQ(run.exit_code, 0) << run.err;
    EXPECT_EQ(run.out.substr(0, run.out.find('\n')),
              "id,lon,lat,status,zone_id,zone_name,team,node_id,spare,distance_m,planned_date,reason");
    EXPECT_EQ(std::count(run.out.begin(), run.out.end(), '\n'), 4);
    EXPECT_EQ(run.err.rfind("Checked 3 of 3 rows of points (points from columns lon, lat); wrote standard output\n", 0), 0u)
        << run.err;
}

TEST(StandardOutputCli, SlaPrintsItsCsvAndTheReportOnStandardError) {
    expect_same_table("sla " + kProject, "sla.csv", "");
    TempDir dir;
    const CommandRun run = run_coverplan("sla " + kProject + " -o -", dir);
    ASSERT_LE(run.exit_code, 1) << run.err;
    EXPECT_NE(run.err.find("Wrote standard output"), std::string::npos) << run.err;
    EXPECT_EQ(run.out.find("Wrote"), std::string::npos);
}

TEST(StandardOutputCli, RefusesWhatIsNotTextWithExactMessages) {
    TempDir dir;
    const std::string out_csv = shell_quote((dir / "ranking.csv").string());
    const std::pair<std::string, std::string> cases[] = {
        {"rank " + kProject + " -o - --format xlsx",
         "--format xlsx is not text and cannot go to standard output; write it to a file: -o FILE.xlsx"},
        {"rank " + kProject + " -o - --format gpkg",
         "--format gpkg is not text and cannot go to standard output; write it to a file: -o FILE.gpkg"},
        {"rank " + kProject + " -o - --format kml", "--format takes csv or geojson, not 'kml'"},
        {"rank " + kProject + " -o " + out_csv + " --format geojson",
         "--format chooses what -o - writes to standard output; a file's format comes from its extension "
         "(-o FILE.geojson)"},
        {"rank " + kProject + " -o - --json", "-o - and --json both write to standard output: give one of them"},
        {"check " + kProject + " --points x.csv -o - --format xlsx",
         "--format xlsx is not text and cannot go to standard output; write it to a file: -o FILE.xlsx"},
        {"sla " + kProject + " --split-by team -o -",
         "--split-by team writes a file per team: give -o FILE.csv (or .xlsx), not -o -"},
        {"map " + kProject + " -o -",
         "-o -: standard output takes only the text tables of rank, check --points and sla (CSV, GeoJSON); this "
         "output is .pdf, .png or .svg: give a file name"},
        {"report " + kProject + " -o -",
         "-o -: standard output takes only the text tables of rank, check --points and sla (CSV, GeoJSON); this "
         "output is .pdf: give a file name"},
        {"overlay " + kProject + " -o -",
         "-o -: standard output takes only the text tables of rank, check --points and sla (CSV, GeoJSON); this "
         "output is .gpkg: give a file name"},
    };
    for (const auto& [arguments, message] : cases) {
        const CommandRun run = run_coverplan(arguments, dir);
        EXPECT_EQ(refusal(run), message) << arguments;
        EXPECT_EQ(run.out, "") << arguments;
    }
    EXPECT_FALSE(fs::exists(dir / "ranking.csv"));
}

TEST(StandardOutputCli, NewNodeReadsMarkedHemispheresInEitherOrder) {
    TempDir dir;
    const CommandRun plain = run_coverplan("scenario " + kProject + " --new-node 106.2,21.28,600,128,ftth --json", dir);
    ASSERT_LE(plain.exit_code, 1) << plain.err;
    for (const char* marked : {"106.2E,21.28N", "21.28N,106.2E", "N21.28,E106.2"}) {
        const CommandRun run =
            run_coverplan("scenario " + kProject + " --new-node " + marked + ",600,128,ftth --json", dir);
        EXPECT_EQ(run.exit_code, plain.exit_code) << marked << ": " << run.err;
        // The same scenario; only the time it took may differ.
        auto json = nlohmann::json::parse(run.out), expected = nlohmann::json::parse(plain.out);
        json.erase("scenario_s");
        expected.erase("scenario_s");
        EXPECT_EQ(json, expected) << marked;
    }
    const std::pair<std::string, std::string> cases[] = {
        {"21.28,106.2",
         "--new-node: 21.28,106.2 is not a longitude,latitude (longitude first, in degrees; or mark the hemispheres, "
         "106.2014E,21.2731N, in either order)"},
        {"106.2E,21.28",
         "--new-node: give both angles their hemisphere letter (106.2014E,21.2731N) or neither (longitude first), "
         "not '106.2E,21.28'"},
        {"106.2N,21.28E", "--new-node: latitude 106.2N is outside -90..90"},
        {"abc,21.28", "--new-node: LON must be a number, not 'abc'"},
    };
    for (const auto& [place, message] : cases)
        EXPECT_EQ(refusal(run_coverplan("scenario " + kProject + " --new-node " + place + ",600,128", dir)), message)
            << place;
}

TEST(StandardOutputCli, BoundingBoxReadsMarkedCornersInEitherOrder) {
    TempDir dir;
    auto framed = [&](const std::string& box) {
        const CommandRun run = run_coverplan("map " + kProject + " --theme coverage --bbox " + box + " --dpi 50 -o " +
                                                 shell_quote((dir / "box.png").string()) + " --json",
                                             dir);
        if (run.exit_code > 1) return run.err;
        auto json = nlohmann::json::parse(run.out);
        return json["scale"].dump() + " " + json["drawn"].dump();
    };
    const std::string plain = framed("106.10,21.25,106.20,21.32");
    EXPECT_EQ(framed("21.25N,106.10E,21.32N,106.20E"), plain);
    EXPECT_EQ(framed("106.10E,21.25N,106.20E,21.32N"), plain);
    EXPECT_EQ(refusal(run_coverplan("map " + kProject + " --bbox 21.25,106.10,21.32,106.20 -o x.png", dir)),
              "--bbox: 21.25,106.10 is not a longitude,latitude (longitude first, in degrees; or mark the hemispheres, "
              "106.2014E,21.2731N, in either order)");
}

}  // namespace
