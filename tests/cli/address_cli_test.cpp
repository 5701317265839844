// `coverplan check --address` end to end, and `--at` as people write
// coordinates (decimal commas, degrees-minutes-seconds): the real
// executable on a small project with an address layer.

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "support/cli_project.h"
#include "support/run_coverplan.h"
#include "support/temp_dir.h"

using coverplan::test::CommandRun;
using coverplan::test::run_coverplan;
using coverplan::test::shell_quote;
using coverplan::test::TempDir;
using nlohmann::json;

namespace {

const std::string kSubscribers = "id,lon,lat\nS1,106.05,21.05\n";

/// The CLI test project with an address layer: 12 Ngô Quyền in both zones'
/// wards (namesakes), one inside node N1's area and one outside it.
std::string project_with_addresses(const TempDir& dir) {
    const std::string project = coverplan::test::write_cli_project(
        dir, kSubscribers,
        std::string(coverplan::test::kCliProject) +
            "\n[layers.addresses]\nsource = \"dia_chi.csv\"\nx = \"lon\"\ny = \"lat\"\ncrs = \"EPSG:4326\"\n"
            "id = \"ma\"\nnumber = \"so_nha\"\nstreet = \"duong\"\nward = \"phuong\"\ndistrict = \"quan\"\n");
    dir.write("dia_chi.csv",
              "ma,so_nha,duong,phuong,quan,lon,lat\n"
              "A1,12,Ngô Quyền,Phường Trần Phú,TP. Bắc Giang,106.05,21.05\n"
              "A2,12,Ngô Quyền,Xã Dĩnh Trì,TP. Bắc Giang,106.18,21.09\n"
              "A3,5,Nguyễn Văn Cừ,Phường Trần Phú,TP. Bắc Giang,106.03,21.03\n");
    return "'" + project + "'";
}

json run_json(const std::string& arguments, const TempDir& dir) {
    const CommandRun run = run_coverplan(arguments + " --json", dir);
    EXPECT_EQ(run.exit_code, 0) << arguments << ": " << run.err;
    return json::parse(run.out, nullptr, false);
}

}  // namespace

TEST(AddressCli, FindsTheBestMatchAndChecksIt) {
    TempDir dir;
    const std::string project = project_with_addresses(dir);
    const json answer = run_json("check " + project + " --address 'ngo quyen 12 tran phu' --tech ftth", dir);
    ASSERT_TRUE(answer.contains("address")) << answer.dump();
    EXPECT_EQ(answer["address"],
              (json{{"text", "12 Ngô Quyền"}, {"ward", "Phường Trần Phú"}, {"district", "TP. Bắc Giang"}, {"lat", 21.05},
                    {"lon", 106.05}}));
    EXPECT_EQ(answer["status"], "available");
    EXPECT_EQ(answer["zone_id"], "Z1");
    // The usual check, exactly: the same answer as --at the address's point, plus "address".
    json at = run_json("check " + project + " --at 21.05,106.05 --tech ftth", dir);
    json without = answer;
    without.erase("address");
    EXPECT_EQ(without, at);

    // The namesake in the other ward is found by its ward, and is outside N1.
    const json other = run_json("check " + project + " --address '12 Ngô Quyền, Xã Dĩnh Trì'", dir);
    EXPECT_EQ(other["address"]["ward"], "Xã Dĩnh Trì");
    EXPECT_EQ(other["zone_id"], "Z2");
    EXPECT_EQ(other["status"], "not_covered");
}

TEST(AddressCli, TextOutputNamesTheAddressAndTheOtherMatches) {
    TempDir dir;
    const std::string project = project_with_addresses(dir);
    const CommandRun run = run_coverplan("check " + project + " --address 'NGÔ QUYỀN 12'", dir);
    EXPECT_EQ(run.exit_code, 0) << run.err;
    EXPECT_NE(run.out.find("Address 12 Ngô Quyền, Phường Trần Phú, TP. Bắc Giang (id A1)"), std::string::npos) << run.out;
    EXPECT_NE(run.out.find("the best of 2 found; also:\n    12 Ngô Quyền, Xã Dĩnh Trì, TP. Bắc Giang"), std::string::npos)
        << run.out;
    EXPECT_NE(run.out.find("Location 21.050000, 106.050000"), std::string::npos) << run.out;
}

TEST(AddressCli, NoMatchAndNoLayerExitWithTwoSayingSo) {
    TempDir dir;
    const std::string project = project_with_addresses(dir);
    const CommandRun none = run_coverplan("check " + project + " --address 'hai ba trung 7'", dir);
    EXPECT_EQ(none.exit_code, 2);
    EXPECT_NE(none.err.find("no address matches 'hai ba trung 7' among the 3 addresses of [layers.addresses] (every "
                            "word must be found; the last may be cut short)"),
              std::string::npos)
        << none.err;
    EXPECT_TRUE(none.out.empty()) << none.out;

    TempDir plain;
    const std::string bare = "'" + coverplan::test::write_cli_project(plain, kSubscribers) + "'";
    const CommandRun no_layer = run_coverplan("check " + bare + " --address 'ngo quyen 12' --json", plain);
    EXPECT_EQ(no_layer.exit_code, 2);
    EXPECT_NE(no_layer.err.find("the project has no address layer, so --address cannot be looked up: name one in "
                                "[layers.addresses] (docs/user-guide.md), or check a location with --at LAT,LON"),
              std::string::npos)
        << no_layer.err;
    // Coordinates still work there.
    EXPECT_EQ(run_json("check " + bare + " --at 21.05,106.05", plain)["zone_id"], "Z1");

    const CommandRun both = run_coverplan("check " + project + " --address x --at 21.05,106.05", dir);
    EXPECT_EQ(both.exit_code, 2);
    EXPECT_NE(both.err.find("give one of --at LAT,LON, --address TEXT or --points FILE, not both"), std::string::npos);
    const CommandRun tech = run_coverplan("check " + project + " --address 'ngo quyen' --tech adsl", dir);
    EXPECT_EQ(tech.exit_code, 2);
    EXPECT_NE(tech.err.find("the project has no technology 'adsl'"), std::string::npos) << tech.err;
    const CommandRun bad_bytes = run_coverplan("check " + project + " --address \"$(printf 'ng\\364')\"", dir);
    EXPECT_EQ(bad_bytes.exit_code, 2);
    EXPECT_NE(bad_bytes.err.find("--address is not UTF-8 text (a bad byte at offset 2)"), std::string::npos) << bad_bytes.err;
    const CommandRun long_text = run_coverplan("check " + project + " --address " + std::string(201, 'a'), dir);
    EXPECT_EQ(long_text.exit_code, 2);
    EXPECT_NE(long_text.err.find("--address is longer than 200 characters"), std::string::npos) << long_text.err;
}

TEST(AddressCli, CoordinatesWithDecimalCommasAndDegreesMinutesSeconds) {
    TempDir dir;
    const std::string project = project_with_addresses(dir);
    const json decimal = run_json("check " + project + " --at 21.0505,106.0505", dir);
    for (const char* written : {"21,0505 106,0505", "21,0505; 106,0505", "21.0505 106.0505",
                                "21°3'1.8\"N 106°3'1.8\"E", "106°3'1.8\"E, 21°3'1.8\"N", "N21°3.03' E106°3.03'"}) {
        const json answer = run_json("check " + project + " --at " + shell_quote(written), dir);
        EXPECT_EQ(answer["zone_id"], decimal["zone_id"]) << written;
        EXPECT_NEAR(answer["location"]["lat"].get<double>(), 21.0505, 1e-9) << written;
        EXPECT_NEAR(answer["location"]["lon"].get<double>(), 106.0505, 1e-9) << written;
    }
    struct Case {
        std::string at, message;
    };
    for (const Case& c : std::vector<Case>{
             {"21,0505,106,0505",
              "--at expects LAT,LON in degrees (WGS 84), e.g. 21.2731,106.2014; got '21,0505,106,0505'; with decimal "
              "commas put a space or a semicolon between latitude and longitude: 21,2731 106,2014"},
             {"21°75'N 106°E", "--at: latitude '21°75'N' has 75 minutes (at most 59)"},
             {"21°N 106°N", "--at: longitude '106°N' has the hemisphere N, a latitude's (N/S) where a longitude belongs"},
             {"21,5 x", "--at: longitude 'x' is not a number"},
         }) {
        const CommandRun run = run_coverplan("check " + project + " --at " + shell_quote(c.at), dir);
        EXPECT_EQ(run.exit_code, 2) << c.at;
        EXPECT_NE(run.err.find(c.message), std::string::npos) << c.at << ": " << run.err;
    }
}
