// `coverplan map`, `coverplan report` and the demo's maps as users meet
// them: the real executable on the bundled sample, files read back with
// Qt and poppler, exit codes and messages for bad input.

#include <gtest/gtest.h>

#include <QImage>
#include <fstream>
#include <nlohmann/json.hpp>

#include "carto_test_support.h"
#include "support/run_coverplan.h"
#include "support/temp_dir.h"
#include "test_config.h"

namespace {

using coverplan::test::CommandRun;
using coverplan::test::run_coverplan;
using coverplan::test::TempDir;
namespace fs = std::filesystem;

const std::string kSample = std::string("'") + coverplan::test::kSampleProject + "'";

TEST(MapCommand, WritesPdfPngAndSvg) {
    TempDir dir;
    // The sample holds deliberately bad records: exit 1, finished with warnings.
    CommandRun run = run_coverplan("map " + kSample + " --theme investment -o '" + (dir / "map.pdf").string() + "'", dir);
    EXPECT_EQ(run.exit_code, 1) << run.err;
    EXPECT_EQ(run.err, "");
    EXPECT_NE(run.out.find("investment map, A4 landscape"), std::string::npos) << run.out;
    const std::string text = coverplan::carto::test::pdf_text((dir / "map.pdf").string());
    EXPECT_NE(text.find("Where to invest"), std::string::npos);
    EXPECT_NE(text.find("Thị trấn Vôi"), std::string::npos);
    EXPECT_NE(text.find("Phường Hoàng Văn Thụ"), std::string::npos);

    run = run_coverplan("map " + kSample + " --theme coverage --paper A3 --portrait --dpi 72 --title 'Vùng phủ sóng' -o '" +
                        (dir / "map.png").string() + "'",
                    dir);
    EXPECT_EQ(run.exit_code, 1) << run.err;
    const QImage png(QString::fromStdString((dir / "map.png").string()));
    EXPECT_EQ(png.width(), int(std::lround(297 * 72 / 25.4)));
    EXPECT_EQ(png.height(), int(std::lround(420 * 72 / 25.4)));

    run = run_coverplan("map " + kSample + " --theme sla --zone XA-00029 --json -o '" + (dir / "map.svg").string() + "'", dir);
    EXPECT_EQ(run.exit_code, 1) << run.err;
    const auto json = nlohmann::json::parse(run.out);
    EXPECT_EQ(json["theme"], "sla");
    EXPECT_GT(json["timings_s"]["render"].get<double>(), 0);
    std::ifstream svg(dir / "map.svg");
    const std::string content((std::istreambuf_iterator<char>(svg)), {});
    EXPECT_EQ(content.rfind("<?xml", 0), 0u);
    EXPECT_NE(content.find("Thị trấn Vôi"), std::string::npos);
    // Nothing but the three maps and our stderr capture is left in the folder.
    int files = 0;
    for (const auto& entry : fs::directory_iterator(dir.path())) {
        EXPECT_EQ(entry.path().filename().string().find("coverplan-tmp"), std::string::npos);
        ++files;
    }
    EXPECT_EQ(files, 4);
}

TEST(MapCommand, BadUsageAndBadInputExitWith2) {
    TempDir dir;
    const std::string out = " -o '" + (dir / "m.pdf").string() + "'";
    CommandRun run = run_coverplan("map " + kSample + " --theme heat" + out, dir);
    EXPECT_EQ(run.exit_code, 2);
    EXPECT_NE(run.err.find("--theme must be one of investment|sales|coverage|utilization|sla|change|complaints, got 'heat'"), std::string::npos)
        << run.err;
    run = run_coverplan("map " + kSample + " -o '" + (dir / "m.tiff").string() + "'", dir);
    EXPECT_EQ(run.exit_code, 2);
    EXPECT_NE(run.err.find("expected .pdf, .png or .svg"), std::string::npos) << run.err;
    run = run_coverplan("map " + kSample + " --zone XA-99999" + out, dir);
    EXPECT_EQ(run.exit_code, 2);
    EXPECT_NE(run.err.find("XA-99999"), std::string::npos) << run.err;
    EXPECT_NE(run.err.find("province.gpkg"), std::string::npos) << run.err;
    run = run_coverplan("map " + kSample + " --bbox 106,21,abc,22" + out, dir);
    EXPECT_EQ(run.exit_code, 2);
    EXPECT_NE(run.err.find("--bbox expects WEST,SOUTH,EAST,NORTH"), std::string::npos) << run.err;
    run = run_coverplan("map " + kSample + " --bbox 1,2,3.5,4" + out, dir);
    EXPECT_EQ(run.exit_code, 2);
    EXPECT_NE(run.err.find("--bbox 1,2,3.5,4 does not meet the project's zones or coverage "
                           "(they lie within 105.9594,21.1221,106.3228,21.4327)"),
              std::string::npos)
        << run.err;
    run = run_coverplan("map " + kSample + " --dpi 5" + out, dir);
    EXPECT_EQ(run.exit_code, 2);
    run = run_coverplan("map " + kSample + " --paper A0" + out, dir);
    EXPECT_EQ(run.exit_code, 2);
    std::ofstream(dir / "a-file") << "not a folder";
    run = run_coverplan("map " + kSample + " -o '" + (dir / "a-file" / "m.pdf").string() + "'", dir);
    EXPECT_EQ(run.exit_code, 2);
    EXPECT_NE(run.err.find("cannot create the output folder " + (dir / "a-file").string()), std::string::npos) << run.err;
    run = run_coverplan("report " + kSample + " -o '" + (dir / "r.png").string() + "'", dir);
    EXPECT_EQ(run.exit_code, 2);
    EXPECT_NE(run.err.find("the report is a PDF"), std::string::npos) << run.err;
    EXPECT_FALSE(fs::exists(dir / "m.pdf"));
    run = run_coverplan("map --help", dir);
    EXPECT_EQ(run.exit_code, 0);
    EXPECT_NE(run.out.find("--bbox"), std::string::npos);
}

TEST(ReportCommand, WritesTheManagementReport) {
    TempDir dir;
    const CommandRun run = run_coverplan("report " + kSample + " -o '" + (dir / "report.pdf").string() + "'", dir);
    EXPECT_EQ(run.exit_code, 1) << run.err;
    EXPECT_NE(run.out.find("management report"), std::string::npos);
    const std::string text = coverplan::carto::test::pdf_text((dir / "report.pdf").string());
    for (const char* expected : {"Network and demand: management report", "subscribers", "29,999", "Where to act first",
                                 "Invest first", "Sell first", "Where to invest: the top 10 zones",
                                 "Where to sell: the top 10 zones", "Thị trấn Vôi", "Phường Lê Lợi"})
        EXPECT_NE(text.find(expected), std::string::npos) << expected;
}

TEST(DemoCommand, WritesTheMapsAndTheReport) {
    TempDir dir;
    const CommandRun run = run_coverplan("demo --out '" + (dir / "out").string() + "'", dir);
    EXPECT_EQ(run.exit_code, 0) << run.err;
    for (const char* name : {"results.gpkg", "map.pdf", "map.png", "report.pdf"})
        EXPECT_TRUE(fs::exists(dir / "out" / name)) << name;
    EXPECT_FALSE(QImage(QString::fromStdString((dir / "out" / "map.png").string())).isNull());
    EXPECT_NE(coverplan::carto::test::pdf_text((dir / "out" / "report.pdf").string()).find("management report"),
              std::string::npos);
}

}  // namespace
