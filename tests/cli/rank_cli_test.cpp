// coverplan rank and scenario on the sample, as users and scripts meet them:
// the terminal, JSON and files agree; bad options name what is wrong.

#include <gdal_priv.h>
#include <gtest/gtest.h>
#include <ogrsf_frmts.h>

#include <nlohmann/json.hpp>

#include "support/cli_project.h"
#include "support/run_coverplan.h"

using namespace coverplan::test;
namespace fs = std::filesystem;

namespace {

const std::string kSample = std::string("'") + kSampleProject + "'";

nlohmann::json ranking_json(const std::string& kind, const TempDir& dir) {
    const CommandRun run = run_coverplan("rank " + kSample + " --for " + kind + " --top 0 --json", dir);
    EXPECT_EQ(run.exit_code, 1) << run.err;  // the sample holds deliberate defects: warnings
    return nlohmann::json::parse(run.out);
}

}  // namespace

TEST(RankCli, JsonIsOrderedByRankWithReasonsAndTheBacktest) {
    TempDir dir;
    const nlohmann::json ranking = ranking_json("investment", dir);
    const auto& zones = ranking["zones"];
    ASSERT_EQ(zones.size(), 50u);
    for (std::size_t r = 0; r < zones.size(); ++r) {
        EXPECT_EQ(zones[r]["rank"], r + 1);
        EXPECT_FALSE(zones[r]["reasons"].get<std::string>().empty());
        if (r > 0) {
            EXPECT_GE(zones[r - 1]["score"].get<double>(), zones[r]["score"].get<double>());
        }
        double weighted = 0, weights = 0;
        for (const auto& [name, component] : zones[r]["components"].items()) {
            weighted += component["weight"].get<double>() * component["normalised"].get<double>();
            weights += component["weight"].get<double>();
        }
        EXPECT_NEAR(zones[r]["score"].get<double>(), weighted / weights, 1e-12);
    }
    EXPECT_LT(ranking["forecast_backtest"]["project_mape"].get<double>(), 0.08);
}

TEST(RankCli, FilesHoldEveryZoneInRankOrderWithVietnameseNamesIntact) {
    TempDir dir;
    const nlohmann::json ranking = ranking_json("sales", dir);
    for (const char* extension : {"xlsx", "csv", "gpkg", "geojson"}) {
        const fs::path out = dir / (std::string("ranking.") + extension);
        const CommandRun run = run_coverplan("rank " + kSample + " --for sales -o " + out.string(), dir);
        ASSERT_EQ(run.exit_code, 1) << extension << run.err;
        auto file = open_vector(out);
        ASSERT_TRUE(file) << extension;
        OGRLayer* layer = file->GetLayer(0);
        ASSERT_EQ(layer->GetFeatureCount(), 50) << extension;
        // XLSX headers are the human titles; the other formats the field names.
        const bool xlsx = std::string(extension) == "xlsx";
        std::size_t row = 0;
        for (auto& feature : *layer) {
            const auto& expected = ranking["zones"][row++];
            EXPECT_EQ(feature->GetFieldAsInteger(xlsx ? "Rank" : "rank"), expected["rank"].get<int>()) << extension;
            EXPECT_EQ(std::string(feature->GetFieldAsString(xlsx ? "Name" : "zone_name")), expected["zone_name"].get<std::string>());
            EXPECT_EQ(std::string(feature->GetFieldAsString(xlsx ? "Reasons" : "reasons")), expected["reasons"].get<std::string>());
            const bool has_geometry = std::string(extension) == "gpkg" || std::string(extension) == "geojson";
            EXPECT_EQ(feature->GetGeometryRef() != nullptr, has_geometry) << extension;
            if (std::string(extension) == "geojson") {
                OGREnvelope box;
                feature->GetGeometryRef()->getEnvelope(&box);
                EXPECT_GT(box.MinX, 105.0);  // longitude first, WGS 84
                EXPECT_LT(box.MaxY, 22.0);
            }
        }
    }
    bool diacritics = false;
    for (const auto& zone : ranking["zones"]) diacritics |= zone["zone_name"].get<std::string>().find("ị") != std::string::npos;
    EXPECT_TRUE(diacritics);
}

TEST(RankCli, WeightOptionChangesTheRankingAndBadOnesAreNamed) {
    TempDir dir;
    const CommandRun growth = run_coverplan("rank " + kSample + " --json --top 1 --weight unserved_demand=0 "
                                            "--weight exhaustion=0 --weight complaints=0 --weight growth=1", dir);
    ASSERT_EQ(growth.exit_code, 1) << growth.err;
    const auto top = nlohmann::json::parse(growth.out)["zones"][0];
    EXPECT_DOUBLE_EQ(top["components"]["growth"]["normalised"].get<double>(), 1.0);
    EXPECT_NE(top["reasons"].get<std::string>().find("activations +"), std::string::npos);
    // The weights shown are those the plan was ranked with, not the project file's.
    const auto weights = nlohmann::json::parse(growth.out)["weights"];
    EXPECT_EQ(weights, nlohmann::json({{"unserved_demand", 0.0}, {"exhaustion", 0.0}, {"complaints", 0.0}, {"growth", 1.0}}));
    EXPECT_DOUBLE_EQ(top["components"]["growth"]["weight"].get<double>(), 1.0);
    const CommandRun explained = run_coverplan("rank " + kSample + " --explain --top 1 --weight growth=0.45", dir);
    EXPECT_NE(explained.out.find("score = (0.40 × unserved_demand + 0.30 × exhaustion + 0.15 × complaints + 0.45 × growth) / 1.30"),
              std::string::npos)
        << explained.out;

    const CommandRun bad = run_coverplan("rank " + kSample + " --weight speed=1", dir);
    EXPECT_EQ(bad.exit_code, 2);
    EXPECT_NE(bad.err.find("--weight takes NAME=W with NAME one of complaints, exhaustion, growth, open_leads, quality, "
                           "spare_capacity, unserved_demand, untapped_households; got 'speed=1'"),
              std::string::npos)
        << bad.err;
    const CommandRun negative = run_coverplan("rank " + kSample + " --weight growth=-1", dir);
    EXPECT_EQ(negative.exit_code, 2);
    EXPECT_NE(negative.err.find("--weight growth needs a number >= 0, not '-1'"), std::string::npos) << negative.err;
    const CommandRun kind = run_coverplan("rank " + kSample + " --for profit", dir);
    EXPECT_EQ(kind.exit_code, 2);
    EXPECT_NE(kind.err.find("--for takes investment or sales, not 'profit'"), std::string::npos) << kind.err;
}

TEST(ScenarioCli, AddingPortsLowersTheInvestmentScoreOfTheZonesReached) {
    TempDir dir;
    const CommandRun run = run_coverplan("scenario " + kSample + " --add-capacity TC-00095:+256 --json", dir);
    ASSERT_EQ(run.exit_code, 1) << run.err;
    const auto result = nlohmann::json::parse(run.out);
    ASSERT_FALSE(result["affected_zones"].empty());
    EXPECT_EQ(result["changed_nodes"][0]["node_id"], "TC-00095");
    EXPECT_EQ(result["changed_nodes"][0]["capacity"], 512);
    for (const auto& zone : result["affected_zones"])
        EXPECT_LE(zone["investment"]["score_after"].get<double>(), zone["investment"]["score_before"].get<double>())
            << zone["zone_id"];
}

TEST(ScenarioCli, NewNodeAndBadChangesAreNamed) {
    TempDir dir;
    const fs::path out = dir / "what-if.csv";
    const CommandRun run =
        run_coverplan("scenario " + kSample + " --new-node 106.2,21.28,600,128,ftth -o " + out.string(), dir);
    ASSERT_EQ(run.exit_code, 1) << run.err;
    EXPECT_NE(run.out.find("new-1"), std::string::npos) << run.out;
    auto file = open_vector(out);
    ASSERT_TRUE(file);
    EXPECT_EQ(file->GetLayer(0)->GetFeatureCount(), 50);

    const CommandRun unknown = run_coverplan("scenario " + kSample + " --add-capacity NOPE:+8", dir);
    EXPECT_EQ(unknown.exit_code, 2);
    EXPECT_NE(unknown.err.find("no node 'NOPE' in the coverage layer"), std::string::npos) << unknown.err;
    const CommandRun swapped = run_coverplan("scenario " + kSample + " --new-node 21.28,106.2,600,128", dir);
    EXPECT_EQ(swapped.exit_code, 2);
    EXPECT_NE(swapped.err.find("is not a longitude,latitude"), std::string::npos) << swapped.err;
    const CommandRun tech = run_coverplan("scenario " + kSample + " --new-node 106.2,21.28,600,128,6g", dir);
    EXPECT_EQ(tech.exit_code, 2);
    EXPECT_NE(tech.err.find("unknown technology '6g' (the data has: 4g, 5g, ftth)"), std::string::npos) << tech.err;
    const CommandRun nothing = run_coverplan("scenario " + kSample, dir);
    EXPECT_EQ(nothing.exit_code, 2);
}

TEST(DemoCli, WritesTheRankingFiles) {
    TempDir dir;
    const CommandRun run = run_coverplan("demo --out " + (dir / "demo").string(), dir);
    ASSERT_EQ(run.exit_code, 0) << run.err;
    EXPECT_NE(run.out.find("Sales focus ranking of 50 zones"), std::string::npos);
    auto xlsx = open_vector(dir / "demo" / "ranking.xlsx");
    ASSERT_TRUE(xlsx);
    ASSERT_EQ(xlsx->GetLayerCount(), 2);
    EXPECT_EQ(xlsx->GetLayer(0)->GetFeatureCount(), 50);
    EXPECT_EQ(xlsx->GetLayer(1)->GetFeatureCount(), 50);
    EXPECT_TRUE(fs::exists(dir / "demo" / "ranking.csv"));
}

TEST(RankCli, TheWorkbookPrintsOnePageWideWithTheHeaderRowOnEveryPage) {
    // Printed as a manager prints it: through LibreOffice, to PDF.
    TempDir dir;
    const fs::path book = dir / "xếp hạng.xlsx";
    const CommandRun run = run_coverplan("rank " + kSample + " --weight unserved_demand=0.5 -o " + shell_quote(book.string()), dir);
    ASSERT_EQ(run.exit_code, 1) << run.err;
    const std::string convert = "cd " + shell_quote(dir.path().string()) +
                                " && HOME=" + shell_quote(dir.path().string()) +
                                " soffice --headless --convert-to pdf --outdir . " + shell_quote(book.string()) +
                                " >/dev/null 2>&1; ls";
    command_output(convert);
    const fs::path pdf = dir / "xếp hạng.pdf";
    ASSERT_TRUE(fs::exists(pdf)) << command_output("ls " + shell_quote(dir.path().string()));
    const std::string info = command_output("pdfinfo " + shell_quote(pdf.string()));
    const auto pages_at = info.find("Pages:");
    ASSERT_NE(pages_at, std::string::npos) << info;
    const int pages = std::stoi(info.substr(pages_at + 6));
    ASSERT_GE(pages, 1);
    // Landscape: wider than tall.
    const auto size_at = info.find("Page size:");
    ASSERT_NE(size_at, std::string::npos);
    double width = 0, height = 0;
    ASSERT_EQ(std::sscanf(info.c_str() + size_at, "Page size: %lf x %lf", &width, &height), 2) << info;
    EXPECT_GT(width, height);
    for (int page = 1; page <= pages; ++page) {
        SCOPED_TRACE("page " + std::to_string(page));
        const std::string text = command_output("pdftotext -layout -f " + std::to_string(page) + " -l " +
                                                std::to_string(page) + " " + shell_quote(pdf.string()) + " -");
        // One page wide: the first and the last column's headers on every page,
        // and the page header naming the project and the as-of date.
        EXPECT_NE(text.find("Rank"), std::string::npos) << text;
        EXPECT_NE(text.find("Reasons"), std::string::npos) << text;
        EXPECT_NE(text.find("Investment ranking"), std::string::npos) << text;
        EXPECT_NE(text.find("Bắc Giang"), std::string::npos) << text;
        EXPECT_NE(text.find("as of 2026-11-30"), std::string::npos) << text;
        EXPECT_NE(text.find("Page " + std::to_string(page) + " of " + std::to_string(pages)), std::string::npos) << text;
    }
    // The footer gives the weights the ranking used, not the project file's.
    const std::string first = command_output("pdftotext -layout -f 1 -l 1 " + shell_quote(pdf.string()) + " -");
    EXPECT_NE(first.find("Weights: unserved demand 45 %, exhaustion 27 %"), std::string::npos) << first;
    // The columns past the page stay in the sheet, and the printout says so.
    EXPECT_NE(first.find("printed: the first "), std::string::npos) << first;
    // Reasons wrap: the longest one is printed whole.
    EXPECT_NE(command_output("pdftotext " + shell_quote(pdf.string()) + " -").find("activations"), std::string::npos);
}
