// Zone kinds on the command line: rank --kind keeps exactly the zones of the
// kinds asked with their ranks in the whole project, refuses an unknown kind
// naming the project's, --group-by kind gives each kind's figures; files
// carry kind and kind_rank; the report has its by-kind table in English and
// Vietnamese.

#include <gdal_priv.h>
#include <gtest/gtest.h>
#include <ogrsf_frmts.h>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <map>

#include "planner/kinds_project.h"
#include "support/cli_project.h"
#include "support/run_coverplan.h"

using namespace coverplan::test;

namespace {

nlohmann::json rank_json(const std::string& project, const std::string& options, const TempDir& dir) {
    const CommandRun run = run_coverplan("rank '" + project + "' --top 0 --json " + options, dir);
    EXPECT_EQ(run.exit_code, 0) << run.err;
    return nlohmann::json::parse(run.out, nullptr, false);
}

}  // namespace

TEST(ZoneKindsCli, KindKeepsExactlyTheZonesOfTheKindsWithTheirOverallRanks) {
    TempDir dir;
    const KindsProject layout;
    const std::string project = layout.write(dir).string();
    for (const char* ranking : {"investment", "sales"}) {
        SCOPED_TRACE(ranking);
        const nlohmann::json all = rank_json(project, std::string("--for ") + ranking, dir);
        ASSERT_EQ(all["zones"].size(), 6u);
        // Two spellings of one option: a comma list, and --kind repeated;
        // case and accents ignored.
        for (const char* options : {"--kind 'KHU CONG NGHIEP, xã'", "--kind 'khu công nghiệp' --kind XA"}) {
            const nlohmann::json some = rank_json(project, std::string("--for ") + ranking + " " + options, dir);
            EXPECT_EQ(some["kinds"], nlohmann::json({"Khu công nghiệp", "Xã"})) << options;
            std::vector<nlohmann::json> expected;
            for (const auto& zone : all["zones"])
                if (zone["kind"] == "Khu công nghiệp" || zone["kind"] == "Xã") expected.push_back(zone);
            ASSERT_EQ(some["zones"].size(), expected.size()) << options;
            EXPECT_EQ(some["zone_count"], expected.size());
            for (std::size_t i = 0; i < expected.size(); ++i) {
                EXPECT_EQ(some["zones"][i]["zone_id"], expected[i]["zone_id"]);
                EXPECT_EQ(some["zones"][i]["rank"], expected[i]["rank"]);  // the project's rank
                EXPECT_EQ(some["zones"][i]["kind_rank"], 1);               // one zone of each kind
            }
        }
        // "(no kind)" asks for the zones without one; Z4 is the only one.
        const nlohmann::json none = rank_json(project, std::string("--for ") + ranking + " --kind '(no kind)'", dir);
        ASSERT_EQ(none["zones"].size(), 1u);
        EXPECT_EQ(none["zones"][0]["zone_id"], "Z4");
        EXPECT_EQ(none["zones"][0]["kind"], "");
    }
}

TEST(ZoneKindsCli, AnUnknownKindIsRefusedListingTheProjectsKinds) {
    TempDir dir;
    const KindsProject layout;
    const std::string project = layout.write(dir).string();
    const CommandRun run = run_coverplan("rank '" + project + "' --kind 'Xã,Khu du lịch'", dir);
    EXPECT_EQ(run.exit_code, 2);
    EXPECT_EQ(run.out, "");
    EXPECT_EQ(run.err,
              "coverplan rank: --kind: no zone is of the kind 'Khu du lịch'; the project's kinds are Khu công nghiệp, "
              "Phường, phường, Xã, (no kind)\n('coverplan rank --help' lists the options)\n");
    const CommandRun vi = run_coverplan("rank '" + project + "' --kind 'Khu du lịch' --lang vi", dir);
    EXPECT_EQ(vi.exit_code, 2);
    EXPECT_NE(vi.err.find("--kind: không có khu vực nào thuộc loại 'Khu du lịch'; các loại vùng của dự án: Khu công "
                          "nghiệp, Phường, phường, Xã, (chưa phân loại)\n"),
              std::string::npos)
        << vi.err;

    TempDir plain;
    const std::string without = layout.write(plain, false).string();
    const CommandRun unmapped = run_coverplan("rank '" + without + "' --kind Xã", plain);
    EXPECT_EQ(unmapped.exit_code, 2);
    EXPECT_EQ(unmapped.err,
              "coverplan rank: --kind: the project's zones have no kind (map the field that holds it: [layers.zones] "
              "kind = \"FIELD\")\n('coverplan rank --help' lists the options)\n");
    const CommandRun group = run_coverplan("rank '" + project + "' --group-by team", dir);
    EXPECT_EQ(group.exit_code, 2);
    EXPECT_EQ(group.err.rfind("coverplan rank: --group-by takes 'kind', got 'team'\n", 0), 0u) << group.err;
}

TEST(ZoneKindsCli, GroupByKindGivesEachKindsFiguresAndFirstZones) {
    TempDir dir;
    const KindsProject layout;
    const std::string project = layout.write(dir).string();
    const nlohmann::json all = rank_json(project, "", dir);
    const nlohmann::json grouped = rank_json(project, "--group-by kind", dir);
    const auto& kinds = grouped["by_kind"];
    ASSERT_EQ(kinds.size(), 5u);
    std::int64_t zones = 0, subscribers = 0;
    for (const auto& kind : kinds) {
        zones += kind["zones"].get<std::int64_t>();
        subscribers += kind["subscribers"].get<std::int64_t>();
        // The kind's first zone for investment is its best-ranked one.
        for (const auto& zone : all["zones"])
            if (zone["kind"] == kind["kind"]) {
                EXPECT_EQ(kind["top_investment"], zone["zone_id"]) << kind["kind"];
                break;
            }
    }
    EXPECT_EQ(zones, 6);
    EXPECT_EQ(subscribers, std::int64_t(layout.subscribers.size()));
    EXPECT_EQ(kinds.back()["kind"], "");  // the zones without a kind last

    const CommandRun terminal = run_coverplan("rank '" + project + "' --group-by kind --top 1", dir);
    EXPECT_EQ(terminal.exit_code, 0) << terminal.err;
    EXPECT_EQ(terminal.out.rfind("Demand by kind of zone, Vùng thử, as of 2026-11-30\n", 0), 0u) << terminal.out;
    EXPECT_NE(terminal.out.find("Only the zones of kind Khu công nghiệp; ranks are in the whole project"), std::string::npos);
    EXPECT_NE(terminal.out.find("(no kind)"), std::string::npos);
    const CommandRun vi = run_coverplan("rank '" + project + "' --group-by kind --lang vi", dir);
    EXPECT_EQ(vi.out.rfind("Nhu cầu theo loại vùng, Vùng thử, số liệu ngày 30/11/2026\n", 0), 0u) << vi.out;
    EXPECT_NE(vi.out.find("(chưa phân loại)"), std::string::npos) << vi.out;
}

TEST(ZoneKindsCli, FilesCarryTheKindAndTheRankWithinIt) {
    TempDir dir;
    const KindsProject layout;
    const std::string project = layout.write(dir).string();
    const nlohmann::json all = rank_json(project, "", dir);
    const auto csv = dir / "phuong.csv";
    ASSERT_EQ(run_coverplan("rank '" + project + "' --kind phuong -o '" + csv.string() + "'", dir).exit_code, 0);
    auto file = open_vector(csv);
    ASSERT_TRUE(file);
    OGRLayer* layer = file->GetLayer(0);
    const std::string header = command_output("head -1 '" + csv.string() + "'");
    EXPECT_EQ(header.rfind("rank,zone_id,zone_name,team,kind,kind_rank,score,reasons,", 0), 0u) << header;
    std::vector<std::string> ids;
    for (auto& feature : *layer) {
        ids.emplace_back(feature->GetFieldAsString("zone_id"));
        const std::string kind = feature->GetFieldAsString("kind");
        EXPECT_TRUE(kind == "Phường" || kind == "phường") << kind;
        for (const auto& zone : all["zones"])
            if (zone["zone_id"] == ids.back()) {
                EXPECT_EQ(feature->GetFieldAsInteger("rank"), zone["rank"].get<int>());
                EXPECT_EQ(feature->GetFieldAsInteger("kind_rank"), zone["kind_rank"].get<int>());
            }
    }
    std::sort(ids.begin(), ids.end());
    EXPECT_EQ(ids, (std::vector<std::string>{"Z1", "Z2", "Z6"}));

    // The workbook's columns in Vietnamese; the overlay's zones layer has the kind too.
    const auto xlsx = dir / "vi.xlsx";
    ASSERT_EQ(run_coverplan("rank '" + project + "' --lang vi -o '" + xlsx.string() + "'", dir).exit_code, 0);
    const std::string strings = command_output("unzip -p '" + xlsx.string() + "' xl/sharedStrings.xml");
    EXPECT_NE(strings.find(">Loại vùng<"), std::string::npos) << strings.substr(0, 2000);
    EXPECT_NE(strings.find(">Hạng trong loại vùng<"), std::string::npos);
    const auto gpkg = dir / "overlay.gpkg";
    ASSERT_EQ(run_coverplan("overlay '" + project + "' -o '" + gpkg.string() + "'", dir).exit_code, 0);
    auto overlay = open_vector(gpkg);
    ASSERT_TRUE(overlay);
    OGRLayer* zones = overlay->GetLayerByName("zones");
    ASSERT_TRUE(zones);
    std::map<std::string, std::string> kinds;
    for (auto& feature : *zones) kinds[feature->GetFieldAsString("zone_id")] = feature->GetFieldAsString("kind");
    EXPECT_EQ(kinds["Z2"], "Phường");  // trimmed
    EXPECT_EQ(kinds["Z3"], "Khu công nghiệp");
    EXPECT_EQ(kinds["Z4"], "");
}

TEST(ZoneKindsCli, TheReportShowsDemandByKindInEnglishAndVietnamese) {
    TempDir dir;
    const KindsProject layout;
    const std::string project = layout.write(dir).string();
    const auto en = dir / "en.pdf", vi = dir / "vi.pdf";
    ASSERT_EQ(run_coverplan("report '" + project + "' -o '" + en.string() + "'", dir).exit_code, 0);
    ASSERT_EQ(run_coverplan("report '" + project + "' --lang vi -o '" + vi.string() + "'", dir).exit_code, 0);
    const std::string en_text = command_output("pdftotext -layout '" + en.string() + "' -");
    const std::string vi_text = command_output("pdftotext -layout '" + vi.string() + "' -");
    EXPECT_NE(en_text.find("Demand and growth by kind of zone"), std::string::npos) << en_text;
    EXPECT_NE(en_text.find("Invest first"), std::string::npos);
    EXPECT_NE(en_text.find("Khu công nghiệp"), std::string::npos);
    EXPECT_NE(en_text.find("(no kind)"), std::string::npos);
    EXPECT_NE(vi_text.find("Nhu cầu và tăng trưởng theo loại vùng"), std::string::npos) << vi_text;
    EXPECT_NE(vi_text.find("Loại vùng"), std::string::npos);
    EXPECT_NE(vi_text.find("(chưa phân loại)"), std::string::npos);
    // A project without kinds has no such table.
    TempDir plain;
    const auto without = plain / "plain.pdf";
    ASSERT_EQ(run_coverplan("report '" + layout.write(plain, false).string() + "' -o '" + without.string() + "'", plain)
                  .exit_code,
              0);
    EXPECT_EQ(command_output("pdftotext '" + without.string() + "' -").find("by kind of zone"), std::string::npos);
}

TEST(ZoneKindsCli, TheSampleMapsItsZonesKinds) {
    TempDir dir;
    const CommandRun run = run_coverplan(std::string("rank '") + kSampleProject + "' --kind xa --top 0 --json", dir);
    EXPECT_EQ(run.exit_code, 1) << run.err;  // the sample's deliberate defects
    const nlohmann::json communes = nlohmann::json::parse(run.out);
    EXPECT_EQ(communes["zones"].size(), 35u);
    for (const auto& zone : communes["zones"]) EXPECT_EQ(zone["kind"], "Xã");
}
