// GET /api/search and the locations people type, over loopback HTTP against
// the real `coverplan serve`: a small project with an address layer, and the
// same project without one.

#include <gtest/gtest.h>
#include <httplib.h>

#include <nlohmann/json.hpp>

#include "server/service_process.h"
#include "support/cli_project.h"
#include "support/temp_dir.h"

using coverplan::test::ServiceProcess;
using coverplan::test::TempDir;
using nlohmann::json;

namespace {

const std::string kSubscribers = "id,lon,lat\nS1,106.05,21.05\n";
const std::string kAddressLayer =
    "\n[layers.addresses]\nsource = \"dia_chi.csv\"\nx = \"lon\"\ny = \"lat\"\ncrs = \"EPSG:4326\"\n"
    "id = \"ma\"\nnumber = \"so_nha\"\nstreet = \"duong\"\nward = \"phuong\"\ndistrict = \"quan\"\n";

/// Percent-encodes a query value (every byte outside the unreserved set).
std::string encoded(const std::string& text) {
    static const char* digits = "0123456789ABCDEF";
    std::string out;
    for (const char c : text) {
        const auto byte = static_cast<unsigned char>(c);
        if ((byte >= 'a' && byte <= 'z') || (byte >= 'A' && byte <= 'Z') || (byte >= '0' && byte <= '9') ||
            byte == '-' || byte == '.' || byte == '_' || byte == '~') {
            out += c;
        } else {
            out += '%';
            out += digits[byte >> 4];
            out += digits[byte & 15];
        }
    }
    return out;
}

class AddressSearchHttp : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        with = new TempDir();
        coverplan::test::write_cli_project(*with, kSubscribers, std::string(coverplan::test::kCliProject) + kAddressLayer);
        std::string rows = "ma,so_nha,duong,phuong,quan,lon,lat\n"
                           "A1,12,Ngô Quyền,Phường Trần Phú,TP. Bắc Giang,106.05,21.05\n"
                           "A2,12,Ngô Quyền,Xã Dĩnh Trì,TP. Bắc Giang,106.18,21.09\n"
                           "A3,5,Nguyễn Văn Cừ,Phường Trần Phú,TP. Bắc Giang,106.03,21.03\n";
        for (int i = 1; i <= 30; ++i) rows += "B" + std::to_string(i) + "," + std::to_string(i) + ",Lê Lợi,Phường Trần Phú,,106.04,21.04\n";
        with->write("dia_chi.csv", rows);
        service = new ServiceProcess((with->path() / "project.toml").string());
        without = new TempDir();
        bare = new ServiceProcess(coverplan::test::write_cli_project(*without, kSubscribers));
    }
    static void TearDownTestSuite() {
        delete bare;
        delete without;
        delete service;
        delete with;
    }
    static httplib::Result get(const ServiceProcess& process, const std::string& path) {
        httplib::Client client("127.0.0.1", process.port());
        client.set_read_timeout(30, 0);
        return client.Get(path);
    }
    static json parsed(const httplib::Result& result, int status = 200) {
        EXPECT_TRUE(result);
        if (!result) return json();
        EXPECT_EQ(result->status, status) << result->body;
        EXPECT_NE(result->get_header_value("Content-Type").find("json"), std::string::npos);
        return json::parse(result->body, nullptr, false);
    }

    static TempDir* with;
    static TempDir* without;
    static ServiceProcess* service;
    static ServiceProcess* bare;
};

TempDir* AddressSearchHttp::with = nullptr;
TempDir* AddressSearchHttp::without = nullptr;
ServiceProcess* AddressSearchHttp::service = nullptr;
ServiceProcess* AddressSearchHttp::bare = nullptr;

}  // namespace

TEST_F(AddressSearchHttp, AnswersTheContractsArrayBestFirst) {
    const json found = parsed(get(*service, "/api/search?q=" + encoded("ngo quyen 12 dinh tri")));
    ASSERT_TRUE(found.is_array()) << found.dump();
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0], (json{{"text", "12 Ngô Quyền"}, {"ward", "Xã Dĩnh Trì"}, {"district", "TP. Bắc Giang"},
                              {"lat", 21.09}, {"lon", 106.18}}));
    const json both = parsed(get(*service, "/api/search?q=" + encoded("12 Ngô Quyền")));
    ASSERT_EQ(both.size(), 2u);
    EXPECT_EQ(both[0]["ward"], "Phường Trần Phú");  // namesakes: the ward tells them apart
    EXPECT_EQ(both[1]["ward"], "Xã Dĩnh Trì");
    // A ward-less address answers null, not "".
    const json le_loi = parsed(get(*service, "/api/search?q=" + encoded("7 le loi")));
    ASSERT_FALSE(le_loi.empty());
    EXPECT_EQ(le_loi[0]["text"], "7 Lê Lợi");
    EXPECT_TRUE(le_loi[0]["district"].is_null());
    // The answer says which data it comes from, like every answer drawn from the data.
    const auto result = get(*service, "/api/search?q=ngo");
    ASSERT_TRUE(result);
    EXPECT_FALSE(result->get_header_value("X-Coverplan-Data-Version").empty());
    EXPECT_EQ(parsed(get(*service, "/healthz"))["addresses"], 33);
}

TEST_F(AddressSearchHttp, LimitsAndEmptyQueries) {
    EXPECT_EQ(parsed(get(*service, "/api/search?q=" + encoded("le loi"))).size(), 10u);  // the default
    EXPECT_EQ(parsed(get(*service, "/api/search?q=" + encoded("le loi") + "&limit=3")).size(), 3u);
    EXPECT_EQ(parsed(get(*service, "/api/search?q=" + encoded("le loi") + "&limit=50")).size(), 30u);
    EXPECT_EQ(parsed(get(*service, "/api/search?q=")), json::array());
    EXPECT_EQ(parsed(get(*service, "/api/search?q=" + encoded(" ,. "))), json::array());
    EXPECT_EQ(parsed(get(*service, "/api/search?q=" + encoded("hai ba trung"))), json::array());
}

TEST_F(AddressSearchHttp, HostileQueriesAreRefusedWithAMessage) {
    struct Case {
        std::string path;
        int status;
        std::string parameter, message;
    };
    const std::string long_q(201, 'a');
    const std::vector<Case> cases = {
        {"/api/search", 400, "q", "missing parameter 'q' (the address typed, e.g. q=12 Ngô Quyền)"},
        {"/api/search?q=%FF%FEngo", 400, "q", "query parameter q is not valid UTF-8 (byte 0xFF at offset 0)"},
        {"/api/search?q=ng%C3", 400, "q", "query parameter q is not valid UTF-8 (byte 0xC3 at offset 2)"},
        {"/api/search?q=%zz", 400, "q", "query parameter q has a malformed escape at byte 0 (a % must be followed by two "
                                        "hexadecimal digits)"},
        {"/api/search?q=" + long_q, 400, "q", "parameter 'q' is longer than 200 characters (an address is expected)"},
        {"/api/search?q=" + std::string(5000, 'x'), 400, "q",
         "parameter 'q' is longer than 200 characters (an address is expected)"},
        {"/api/search?q=ngo&limit=0", 400, "limit", "parameter 'limit' must be a whole number from 1 to 50, got '0'"},
        {"/api/search?q=ngo&limit=51", 400, "limit", "parameter 'limit' must be a whole number from 1 to 50, got '51'"},
        {"/api/search?q=ngo&limit=2.5", 400, "limit", "parameter 'limit' must be a whole number from 1 to 50, got '2.5'"},
        {"/api/search?q=ngo&limit=abc", 400, "limit", "parameter 'limit' must be a whole number from 1 to 50, got 'abc'"},
    };
    for (const Case& c : cases) {
        const json body = parsed(get(*service, c.path), c.status);
        EXPECT_EQ(body.value("parameter", ""), c.parameter) << c.path;
        EXPECT_EQ(body.value("error", ""), c.message) << c.path;
    }
    // 200 characters of Vietnamese (more bytes than characters) is still a query.
    std::string vietnamese;
    for (int i = 0; i < 50; ++i) vietnamese += "Ngô ";
    EXPECT_TRUE(parsed(get(*service, "/api/search?q=" + encoded(vietnamese))).is_array());
    // A query beyond the request's header limit is refused by HTTP itself, and the service goes on.
    const auto huge = get(*service, "/api/search?q=" + std::string(40000, 'a'));
    ASSERT_TRUE(huge);
    EXPECT_EQ(huge->status, 431);
    EXPECT_EQ(parsed(get(*service, "/healthz"))["status"], "ok");
}

TEST_F(AddressSearchHttp, WithoutAnAddressLayerSaysSoAndCoordinatesStillWork) {
    const json refused = parsed(get(*bare, "/api/search?q=ngo"), 404);
    EXPECT_EQ(refused["error"],
              "the project has no address layer ([layers.addresses]): search by address is off; locations can still "
              "be checked by latitude and longitude");
    EXPECT_TRUE(parsed(get(*bare, "/healthz"))["addresses"].is_null());
    EXPECT_EQ(parsed(get(*bare, "/api/check?lat=21.05&lon=106.05"))["zone_id"], "Z1");
}

TEST_F(AddressSearchHttp, LocationsAsPeopleWriteThem) {
    const json decimal = parsed(get(*service, "/api/check?lat=21.0505&lon=106.0505"));
    for (const std::string& query : std::vector<std::string>{
             "lat=21,0505&lon=106,0505", "lat=" + encoded("21°3'1.8\"N") + "&lon=" + encoded("106°3'1.8\"E"),
          "at=" + encoded("21,0505 106,0505"), "at=" + encoded("21,0505; 106,0505"), "at=" + encoded("21.0505,106.0505"),
          "at=" + encoded("21°3'1.8\"N 106°3'1.8\"E")}) {
        const json answer = parsed(get(*service, "/api/check?" + query));
        EXPECT_EQ(answer["status"], decimal["status"]) << query;
        EXPECT_NEAR(answer["location"]["lat"].get<double>(), 21.0505, 1e-9) << query;
        EXPECT_NEAR(answer["location"]["lon"].get<double>(), 106.0505, 1e-9) << query;
    }
    struct Case {
        std::string query, parameter, message;
    };
    for (const Case& c : std::vector<Case>{
             {"at=" + encoded("21,0505,106,0505"), "at",
              "parameter 'at' expects LAT,LON in degrees (WGS 84), e.g. 21.2731,106.2014; got '21,0505,106,0505'; with "
              "decimal commas put a space or a semicolon between latitude and longitude: 21,2731 106,2014"},
             {"at=" + encoded("106.2,21.2"), "at", "parameter 'at': latitude 106.2 is outside -90..90 (LAT,LON: latitude first)"},
             {"at=abc", "at", "parameter 'at' expects LAT,LON in degrees (WGS 84), e.g. 21.2731,106.2014; got 'abc'"},
             {"at=21.2,106.2&lat=21.2", "at", "give either at=LAT,LON or lat and lon, not both"},
             {"lat=abc&lon=106.2", "lat", "parameter 'lat' must be a number (latitude in degrees, WGS84), got 'abc'"},
             {"lat=" + encoded("21°75'N") + "&lon=106.2", "lat", "parameter 'lat' '21°75'N' has 75 minutes (at most 59)"},
             {"lat=21.2&lon=" + encoded("106°N"), "lon",
              "parameter 'lon' '106°N' has the hemisphere N, a latitude's (N/S) where a longitude belongs"},
             {"lat=95&lon=106.2", "lat", "lat 95 is outside -90..90"},
         }) {
        const json body = parsed(get(*service, "/api/check?" + c.query), 400);
        EXPECT_EQ(body.value("parameter", ""), c.parameter) << c.query;
        EXPECT_EQ(body.value("error", ""), c.message) << c.query;
    }
}
