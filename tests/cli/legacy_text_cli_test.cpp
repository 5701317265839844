// Text that is not UTF-8 (a CSV saved by a spreadsheet in Windows-1258, the
// Vietnamese code page) reaches messages and --json output as it is in the
// file. Found by the layer fuzzers (tests/fuzz): `validate --json` failed
// with exit 3, "internal error: [json.exception.type_error.316] ...".

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "support/cli_project.h"
#include "support/run_coverplan.h"

using namespace coverplan::test;

namespace {

// "id,lon,lat,ghi_chú" and the ids "S1", "Sé2" in Windows-1258: 'ú' is 0xFA, 'é' 0xE9.
const std::string kCp1258Subscribers = "id,lon,lat,ghi_ch\xfa\nS1,106.05,21.05,a\nS\xe9" "2,abc,21.05,b\n";

}  // namespace

TEST(LegacyText, ValidateJsonReportsAFeatureWhoseIdIsNotUtf8) {
    TempDir dir;
    const std::string project = write_cli_project(dir, kCp1258Subscribers);
    const CommandRun run = run_coverplan("validate --json " + project, dir);
    EXPECT_EQ(run.exit_code, 1) << run.err;
    const auto report = nlohmann::json::parse(run.out);
    const auto& problems = report["layers"][2]["problems"];
    ASSERT_EQ(problems.size(), 1u) << run.out;
    EXPECT_EQ(problems[0]["feature"], "2 (id 'S\xef\xbf\xbd" "2')");  // the byte shown as U+FFFD
    EXPECT_EQ(problems[0]["reason"], "x coordinate 'abc' is not a number");
}

TEST(LegacyText, ValidateJsonNamesTheFieldsOfAnUnusableLayer) {
    TempDir dir;
    std::string text = kCliProject;
    text.replace(text.rfind("id = \"id\""), 9, "id = \"ma_tb\"");
    const std::string project = write_cli_project(dir, kCp1258Subscribers, text);
    const CommandRun run = run_coverplan("validate --json " + project, dir);
    EXPECT_EQ(run.exit_code, 2) << run.err;
    const auto report = nlohmann::json::parse(run.out);
    EXPECT_EQ(report["verdict"], "unusable");
    const std::string error = report["error"];
    EXPECT_NE(error.find("(fields: id, lon, lat, ghi_ch\xef\xbf\xbd)"), std::string::npos) << error;
}
