// [layers.addresses] read like every other layer: each feature used,
// repaired or rejected with a message naming the file, layer, feature and
// field; a full-address field split into street, ward and district; the
// project file's mistakes named at their line.

#include <gtest/gtest.h>

#include "gis/error.h"
#include "planner/address_index.h"
#include "planner/dataset.h"
#include "support/cli_project.h"

using namespace coverplan;
using namespace coverplan::planner;
using coverplan::test::TempDir;

namespace {

const std::string kSubscribers = "id,lon,lat\nS1,106.05,21.05\n";

std::string with_addresses(const std::string& mappings) {
    return std::string(test::kCliProject) +
           "\n[layers.addresses]\nsource = \"dia_chi.csv\"\nx = \"lon\"\ny = \"lat\"\ncrs = \"EPSG:4326\"\nid = \"ma\"\n" +
           mappings;
}

Dataset load(const TempDir& dir, const std::string& project_text, const std::string& addresses_csv) {
    test::write_cli_project(dir, kSubscribers, project_text);
    dir.write("dia_chi.csv", addresses_csv);
    return load_dataset(load_project(dir / "project.toml", "2026-11-30"));
}

const gis::LayerReport& report_of(const Dataset& data, const std::string& role) {
    for (const auto& report : data.reports)
        if (report.role == role) return report;
    throw std::runtime_error("no report for " + role);
}

/// "feature | field | outcome | reason" of every problem of the address layer.
std::vector<std::string> problems(const Dataset& data) {
    std::vector<std::string> lines;
    for (const auto& p : report_of(data, "addresses").problems)
        lines.push_back(p.where.feature + " | " + p.where.field + " | " + gis::to_string(p.outcome) + " | " + p.reason);
    return lines;
}

const std::string kStructured = "number = \"so_nha\"\nstreet = \"duong\"\nward = \"phuong\"\ndistrict = \"quan\"\n";

}  // namespace

TEST(AddressLayer, EveryFeatureIsUsedRepairedOrRejectedWithItsReason) {
    TempDir dir;
    const std::string long_street(301, 'a');
    const Dataset data = load(dir, with_addresses(kStructured),
                              "ma,so_nha,duong,phuong,quan,lon,lat\n"
                              "A1,12,Ngô Quyền,Phường Trần Phú,TP. Bắc Giang,106.05,21.05\n"
                              "A2,,,Phường Trần Phú,TP. Bắc Giang,106.05,21.05\n"
                              "A3,14,,Phường Trần Phú,TP. Bắc Giang,106.05,21.05\n"
                              "A4,16,Ngô Quyền,,TP. Bắc Giang,106.05,21.05\n"
                              "A5,18,Ng\xF4 Quy\xEAn,Phường Trần Phú,TP. Bắc Giang,106.05,21.05\n"
                              "A6,20," + long_street + ",Phường Trần Phú,TP. Bắc Giang,106.05,21.05\n"
                              "A1,22,Ngô Quyền,Phường Trần Phú,TP. Bắc Giang,106.05,21.05\n"
                              "A7,24,Ngô Quyền,Phường Trần Phú,TP. Bắc Giang,abc,21.05\n"
                              "A8,26,Ngô Quyền,Xã Dĩnh Trì,TP. Bắc Giang,106.15,21.05\n");
    const gis::LayerReport& report = report_of(data, "addresses");
    EXPECT_EQ(report.read, 9u);
    EXPECT_EQ(report.used, 4u);  // A1, A4, A5, A8
    EXPECT_EQ(report.rejected, 5u);
    EXPECT_EQ(report.repaired, 1u);
    EXPECT_EQ(report.flagged, 1u);
    EXPECT_NE(report.file.find("dia_chi.csv"), std::string::npos) << report.file;
    EXPECT_EQ(report.layer, "dia_chi");
    const std::vector<std::string> lines = problems(data);
    auto has = [&](const std::string& line) {
        for (const auto& one : lines)
            if (one == line) return true;
        return false;
    };
    auto has_prefix = [&](const std::string& start) {
        for (const auto& one : lines)
            if (one.rfind(start, 0) == 0) return true;
        return false;
    };
    EXPECT_TRUE(has("2 (id 'A2') | duong | rejected | no street (the field is empty)")) << ::testing::PrintToString(lines);
    EXPECT_TRUE(has("3 (id 'A3') | duong | rejected | house number '14' without a street"));
    EXPECT_TRUE(has("4 (id 'A4') | phuong | flagged | no ward: the same street in two wards cannot be told apart"));
    EXPECT_TRUE(has("5 (id 'A5') | duong | repaired | street is not valid UTF-8 (byte 0xF4 at offset 2); the bad "
                    "bytes were replaced by U+FFFD (shown as \xEF\xBF\xBD)"));
    EXPECT_TRUE(has("6 (id 'A6') | duong | rejected | address is longer than 300 characters: not an address (it "
                    "starts '20 " + std::string(37, 'a') + "…')"));
    EXPECT_TRUE(has_prefix("7 (id 'A1') | ma | rejected |")) << ::testing::PrintToString(lines);  // duplicate id
    EXPECT_TRUE(has_prefix("8 (id 'A7') | lon | rejected |")) << ::testing::PrintToString(lines);

    const Addresses& addresses = data.addresses;
    ASSERT_EQ(addresses.size(), 4u);
    EXPECT_EQ(addresses.ids[0], "A1");
    EXPECT_EQ(addresses.texts[0], "12 Ngô Quyền");
    EXPECT_EQ(addresses.ward_name(0), "Phường Trần Phú");
    EXPECT_EQ(addresses.district_name(0), "TP. Bắc Giang");
    EXPECT_EQ(addresses.ward_name(1), "");
    EXPECT_EQ(addresses.texts[2], "18 Ng\xEF\xBF\xBD Quy\xEF\xBF\xBDn");
    ASSERT_TRUE(addresses.index);
    const auto hits = addresses.index->search("26 ngo quyen dinh tri");
    ASSERT_EQ(hits.size(), 1u);
    EXPECT_EQ(addresses.ids[hits[0].address], "A8");
}

TEST(AddressLayer, AFullAddressFieldIsSplitForWardAndDistrict) {
    TempDir dir;
    const Dataset data = load(dir, with_addresses("address = \"dia_chi\"\n"),
                              "ma,dia_chi,lon,lat\n"
                              "B1,\"12 Ngô Quyền, P. Trần Phú, TP. Bắc Giang, Tỉnh Bắc Giang\",106.05,21.05\n"
                              "B2,\"12 Ngô Quyền, P. Lê Lợi, TP. Bắc Giang\",106.15,21.05\n"
                              "B3,\"Phường Trần Phú, TP. Bắc Giang\",106.05,21.05\n"
                              "B4,,106.05,21.05\n");
    EXPECT_EQ(problems(data),
              (std::vector<std::string>{
                  "3 (id 'B3') | dia_chi | rejected | address 'Phường Trần Phú, TP. Bắc Giang' names no street or "
                  "place, only a ward or district",
                  "4 (id 'B4') | dia_chi | rejected | no address (the field is empty)"}));
    const Addresses& addresses = data.addresses;
    ASSERT_EQ(addresses.size(), 2u);
    EXPECT_EQ(addresses.texts[0], "12 Ngô Quyền, P. Trần Phú, TP. Bắc Giang, Tỉnh Bắc Giang");
    EXPECT_EQ(addresses.ward_name(0), "P. Trần Phú");
    EXPECT_EQ(addresses.district_name(0), "TP. Bắc Giang");
    const auto hits = addresses.index->search("12 ngo quyen le loi");
    ASSERT_FALSE(hits.empty());
    EXPECT_EQ(addresses.ids[hits[0].address], "B2");
}

TEST(AddressLayer, WithoutTheLayerThereIsNoIndex) {
    TempDir dir;
    test::write_cli_project(dir, kSubscribers);
    const Dataset data = load_dataset(load_project(dir / "project.toml", "2026-11-30"));
    EXPECT_EQ(data.addresses.size(), 0u);
    EXPECT_FALSE(data.addresses.index);
    for (const auto& report : data.reports) EXPECT_NE(report.role, "addresses");
}

TEST(AddressLayer, TheNetworkReadingKeepsTheAddresses) {
    TempDir dir;
    test::write_cli_project(dir, kSubscribers, with_addresses(kStructured));
    dir.write("dia_chi.csv", "ma,so_nha,duong,phuong,quan,lon,lat\nA1,12,Ngô Quyền,Phường Trần Phú,,106.05,21.05\n");
    const Dataset data = load_network(load_project(dir / "project.toml", "2026-11-30"));
    EXPECT_EQ(data.addresses.size(), 1u);
    EXPECT_EQ(data.subscribers.size(), 0u);
    // The source is followed by the live service like every layer's.
    bool listed = false;
    for (const ProjectSource& source : project_sources(data.project)) listed = listed || source.what == "the source of [layers.addresses]";
    EXPECT_TRUE(listed);
}

TEST(AddressLayer, ProjectFileMistakesAreNamed) {
    TempDir dir;
    auto message = [&](const std::string& mappings) {
        test::write_cli_project(dir, kSubscribers, with_addresses(mappings));
        try {
            load_project(dir / "project.toml", "2026-11-30");
        } catch (const InputError& error) {
            return std::string(error.what());
        }
        return std::string("(loaded)");
    };
    EXPECT_NE(message("address = \"dia_chi\"\nstreet = \"duong\"\n")
                  .find("[layers.addresses] maps address (one full-address field) and street; give either address = "
                        "\"<field>\" or number and street"),
              std::string::npos);
    EXPECT_NE(message("number = \"so_nha\"\n")
                  .find("[layers.addresses] needs address = \"<field>\" (one full-address field) or street = "
                        "\"<field>\" (with number, ward and district as the data has them)"),
              std::string::npos);
    EXPECT_NE(message("street = \"duong\"\nhouse = \"so\"\n").find("unknown key 'house' in [layers.addresses]"),
              std::string::npos);
    EXPECT_EQ(message("street = \"duong\"\n"), "(loaded)");
}
