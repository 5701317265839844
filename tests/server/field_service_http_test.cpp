// The field service over loopback HTTP, against the real `coverplan serve`
// running on a copy of the bundled sample: every endpoint, every bad request,
// the token, concurrent prospects, and the planner seeing them afterwards.

#include <gdal_priv.h>
#include <gtest/gtest.h>
#include <httplib.h>
#include <ogrsf_frmts.h>

#include <filesystem>
#include <nlohmann/json.hpp>
#include <set>
#include <thread>

#include "server/service_process.h"
#include "support/run_coverplan.h"
#include "support/temp_dir.h"
#include "test_config.h"

using coverplan::test::CommandRun;
using coverplan::test::run_coverplan;
using coverplan::test::ServiceProcess;
using coverplan::test::TempDir;
using nlohmann::json;
namespace fs = std::filesystem;

namespace {

constexpr const char* kToken = "test-token-Đà-Nẵng";
// Subscriber TB00000001 of the sample: ftth available here.
constexpr const char* kAvailable = "lat=21.2653106&lon=106.2019717";

/// A copy of the sample with a token in its [serve] section: prospects are
/// stored in the copy, never in the repository.
std::string sample_copy(const TempDir& dir, bool with_token) {
    const fs::path sample = fs::path(coverplan::test::kSourceDir) / "datasets" / "sample";
    fs::copy(sample, dir.path() / "sample", fs::copy_options::recursive);
    const fs::path project = dir.path() / "sample" / "project.toml";
    if (with_token) std::ofstream(project, std::ios::app) << "\n[serve]\ntoken = \"" << kToken << "\"\n";
    return project.string();
}

json parse(const httplib::Result& result) {
    EXPECT_TRUE(result) << "no HTTP answer";
    if (!result) return json();
    EXPECT_NE(result->get_header_value("Content-Type").find("json"), std::string::npos) << result->body;
    return json::parse(result->body);
}

/// Asserts a refusal: the status and the parameter its JSON names.
void expect_refusal(const httplib::Result& result, int status, const std::string& parameter, const std::string& path) {
    ASSERT_TRUE(result) << path;
    EXPECT_EQ(result->status, status) << path << ": " << result->body;
    const json body = json::parse(result->body, nullptr, false);
    ASSERT_TRUE(body.is_object()) << path << ": " << result->body;
    EXPECT_TRUE(body.contains("error")) << path;
    if (!parameter.empty()) {
        EXPECT_EQ(body.value("parameter", ""), parameter) << path << ": " << result->body;
    }
}

std::int64_t stored_prospects(const std::string& store) {
    GDALAllRegister();
    GDALDatasetUniquePtr dataset(GDALDataset::Open(store.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY));
    if (!dataset) return 0;
    OGRLayer* layer = dataset->GetLayerByName("field_leads");
    return layer ? layer->GetFeatureCount(TRUE) : 0;
}

class FieldServiceHttp : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        dir = new TempDir();
        project = new std::string(sample_copy(*dir, true));
        service = new ServiceProcess(*project);
    }
    static void TearDownTestSuite() {
        delete service;
        delete project;
        delete dir;
    }
    httplib::Client client() const {
        httplib::Client c("127.0.0.1", service->port());
        c.set_read_timeout(30, 0);
        return c;
    }
    std::string store() const { return (dir->path() / "sample" / "field-leads.gpkg").string(); }
    httplib::Result post_lead(const json& body, const std::string& token = kToken) const {
        httplib::Headers headers;
        if (!token.empty()) headers.emplace("Authorization", "Bearer " + token);
        return client().Post("/api/leads", headers, body.dump(), "application/json");
    }

    static TempDir* dir;
    static std::string* project;
    static ServiceProcess* service;
};

TempDir* FieldServiceHttp::dir = nullptr;
std::string* FieldServiceHttp::project = nullptr;
ServiceProcess* FieldServiceHttp::service = nullptr;

TEST_F(FieldServiceHttp, BindsToLoopbackAndIsHealthy) {
    EXPECT_NE(service->banner().find("http://127.0.0.1:"), std::string::npos) << service->banner();
    const json health = parse(client().Get("/healthz"));
    EXPECT_EQ(health["status"], "ok");
    EXPECT_EQ(health["zones"], 50);
    EXPECT_EQ(health["technologies"], (json{"4g", "5g", "ftth"}));
    EXPECT_EQ(health["records_leads"], true);
    ASSERT_TRUE(health["extent"].is_array());
}

TEST_F(FieldServiceHttp, CheckAnswersWhatTheCommandLineAnswers) {
    TempDir scratch;
    for (const char* tech : {"ftth", "4g", "5g", ""}) {
        for (const char* at : {"21.2653106,106.2019717", "21.3567870,106.2704172", "21.40,106.00", "21.20,106.25"}) {
            const std::string where(at);
            const std::string lat = where.substr(0, where.find(',')), lon = where.substr(where.find(',') + 1);
            const json served = parse(client().Get("/api/check?lat=" + lat + "&lon=" + lon +
                                                   (*tech ? std::string("&tech=") + tech : "")));
            const CommandRun cli = run_coverplan("check '" + *project + "' --at " + where +
                                                     (*tech ? std::string(" --tech ") + tech : "") + " --json",
                                                 scratch);
            ASSERT_EQ(cli.exit_code, 0) << cli.err;
            EXPECT_EQ(served, json::parse(cli.out)) << where << " " << tech;
        }
    }
}

TEST_F(FieldServiceHttp, BadCheckRequestsNameTheParameter) {
    const std::vector<std::tuple<std::string, int, std::string>> cases = {
        {"/api/check", 400, "lat"},
        {"/api/check?lon=106.2", 400, "lat"},
        {"/api/check?lat=21.2", 400, "lon"},
        {"/api/check?lat=abc&lon=106.2", 400, "lat"},
        {"/api/check?lat=21.2&lon=1e999", 400, "lon"},
        {"/api/check?lat=&lon=106.2", 400, "lat"},
        {"/api/check?lat=95&lon=106.2", 400, "lat"},
        {"/api/check?lat=-90.5&lon=106.2", 400, "lat"},
        {"/api/check?lat=21.2&lon=181", 400, "lon"},
        {"/api/check?lat=21.2&lon=106.2&tech=adsl", 400, "tech"},
        // A valid location that UTM zone 48N cannot represent (PROJ refuses it).
        {"/api/check?lat=0&lon=15", 400, "lon"},
        {"/api/check?lat=21.2%00&lon=106.2", 400, "lat"},
        {"/api/ranking?for=profit", 400, "for"},
        {"/api/ranking?for=sales&top=0", 400, "top"},
        {"/api/coverage", 400, "bbox"},
        {"/api/coverage?bbox=1,2,3", 400, "bbox"},
        {"/api/coverage?bbox=106.3,21.2,106.2,21.3", 400, "bbox"},
        {"/api/coverage?bbox=a,b,c,d", 400, "bbox"},
        {"/api/coverage?bbox=106.1,21.2,106.2,21.3&tech=adsl", 400, "tech"},
        {"/api/zones?bbox=0,0,0,0", 400, "bbox"},
        {"/api/nothing", 404, ""},
        {"/static/missing.js", 404, ""},
    };
    for (const auto& [path, status, parameter] : cases) expect_refusal(client().Get(path), status, parameter, path);
    EXPECT_EQ(parse(client().Get("/healthz"))["status"], "ok");  // still serving
}

TEST_F(FieldServiceHttp, BatchCheckKeepsTheOrderAndReportsBadPointsInPlace) {
    const json request = json::array({{{"lat", 21.2653106}, {"lon", 106.2019717}, {"tech", "ftth"}, {"id", "A"}},
                                      json::array({21.40, 106.00}),
                                      {{"lat", "abc"}, {"lon", 106.2}, {"id", "B"}},
                                      {{"lat", 21.3567870}, {"lon", 106.2704172}, {"tech", "adsl"}},
                                      {{"lat", 21.3567870}, {"lon", 106.2704172}, {"tech", "4g"}},
                                      {{"lat", 21.3567870}, {"lon", 106.2704172}, {"tech", 5}},
                                      json::array({21.40, 106.00, 5})});
    const json answer = parse(client().Post("/api/check", request.dump(), "application/json"));
    ASSERT_EQ(answer["count"], 7);
    const json& results = answer["results"];
    EXPECT_EQ(results[0]["id"], "A");
    EXPECT_EQ(results[0]["status"],
              parse(client().Get(std::string("/api/check?") + kAvailable + "&tech=ftth"))["status"]);
    EXPECT_EQ(results[1]["status"], parse(client().Get("/api/check?lat=21.40&lon=106.00"))["status"]);
    EXPECT_EQ(results[2]["parameter"], "lat");
    EXPECT_EQ(results[2]["id"], "B");
    EXPECT_EQ(results[3]["parameter"], "tech");
    EXPECT_EQ(results[4]["status"], parse(client().Get("/api/check?lat=21.3567870&lon=106.2704172&tech=4g"))["status"]);
    // A technology that is not text is refused, not taken for "any technology".
    EXPECT_EQ(results[5]["parameter"], "tech");
    EXPECT_EQ(results[5]["error"], "tech must be text (a technology name)");
    EXPECT_EQ(results[6]["parameter"], "tech");
    for (std::size_t i = 0; i < results.size(); ++i) EXPECT_EQ(results[i]["index"], i);

    const std::string csv = "id,lat,lon,tech\nK1,21.2653106,106.2019717,ftth\nK2,21.40,106.00,\nK3,x,106.2,ftth\n";
    const json from_csv = parse(client().Post("/api/check", csv, "text/csv"));
    ASSERT_EQ(from_csv["count"], 3);
    EXPECT_EQ(from_csv["results"][0]["status"], results[0]["status"]);
    EXPECT_EQ(from_csv["results"][1]["status"], results[1]["status"]);
    EXPECT_EQ(from_csv["results"][2]["parameter"], "body");  // the reader's reason, as check --points gives it
}

// Found by the service fuzzers (tests/fuzz): these answered 500 "internal error".
TEST_F(FieldServiceHttp, LocationsTheWorkingCrsCannotPlaceAreRefusedInPlace) {
    const json answer = parse(client().Post("/api/check", R"([[0, 15], [21.40, 106.00]])", "application/json"));
    ASSERT_EQ(answer["count"], 2);
    EXPECT_EQ(answer["results"][0]["parameter"], "lon");
    EXPECT_EQ(answer["results"][0]["error"],
              "lat 0, lon 15 lies too far from the project's area to be placed in its CRS (EPSG:32648)");
    EXPECT_EQ(answer["results"][1]["status"], parse(client().Get("/api/check?lat=21.40&lon=106.00"))["status"]);
    // A view of somewhere else holds none of the project's coverage.
    const json elsewhere = parse(client().Get("/api/coverage?bbox=0,0,10,10"));
    EXPECT_EQ(elsewhere["count"], 0);
    EXPECT_TRUE(elsewhere["features"].empty());
}

TEST_F(FieldServiceHttp, BatchCheckBodiesAreBounded) {
    expect_refusal(client().Post("/api/check", "{not json", "application/json"), 400, "body", "bad JSON");
    expect_refusal(client().Post("/api/check", R"({"lat": 21})", "application/json"), 400, "body", "not a list");
    expect_refusal(client().Post("/api/check", "name,x\n1,2\n", "text/csv"), 400, "body", "CSV without lat/lon");
    expect_refusal(client().Post("/api/check", "[[1e400, 106]]", "application/json"), 400, "body", "beyond a double");
    expect_refusal(client().Post("/api/check", R"({"points": [[21.2, 106.2]], "tech": 4})", "application/json"), 400,
                   "tech", "tech not text");
    json many = json::array();
    for (int i = 0; i < 10001; ++i) many.push_back(json::array({21.2, 106.2}));
    expect_refusal(client().Post("/api/check", many.dump(), "application/json"), 413, "body", "10,001 points");
    const std::string huge(3 * 1024 * 1024, ' ');
    expect_refusal(client().Post("/api/check", huge, "application/json"), 413, "body", "3 MB body");
    EXPECT_EQ(parse(client().Get("/healthz"))["status"], "ok");
}

// A body sent as CSV is read by GDAL's CSV driver alone: a GeoJSON or an
// OpenJUMP document posted as text/csv is not parsed by its own driver (the
// fuzzer found GDAL's JML driver leaking memory on such a body).
TEST_F(FieldServiceHttp, ACsvBodyIsReadAsCsvOnly) {
    const std::string geojson =
        R"({"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {},)"
        R"( "geometry": {"type": "Point", "coordinates": [106.2019717, 21.2653106]}}]})";
    expect_refusal(client().Post("/api/check", geojson, "text/csv"), 400, "body", "GeoJSON sent as CSV");
    expect_refusal(client().Post("/api/check", "<JCSDataFile><featureCollection></featureCollection></JCSDataFile>\n",
                                 "text/csv"),
                   400, "body", "OpenJUMP sent as CSV");
}

TEST_F(FieldServiceHttp, ZonesAreGeoJsonWithKpisScoresAndRanks) {
    const auto result = client().Get("/api/zones");
    ASSERT_TRUE(result);
    EXPECT_EQ(result->status, 200);
    const json zones = json::parse(result->body);
    EXPECT_EQ(zones["type"], "FeatureCollection");
    ASSERT_EQ(zones["features"].size(), 50u);
    std::set<std::int64_t> investment_ranks;
    for (const auto& feature : zones["features"]) {
        const json& p = feature["properties"];
        for (const char* key : {"zone_id", "zone_name", "subscribers", "leads_open", "leads_available", "leads_full",
                                "leads_planned", "leads_not_covered", "complaints", "covered_share", "spare_capacity",
                                "investment_score", "investment_rank", "sales_score", "sales_rank", "reasons"})
            EXPECT_TRUE(p.contains(key)) << key;
        investment_ranks.insert(p["investment_rank"].get<std::int64_t>());
        EXPECT_TRUE(feature["geometry"]["type"] == "Polygon" || feature["geometry"]["type"] == "MultiPolygon");
        const double lon = feature["geometry"]["type"] == "Polygon" ? feature["geometry"]["coordinates"][0][0][0].get<double>()
                                                                   : feature["geometry"]["coordinates"][0][0][0][0].get<double>();
        EXPECT_GT(lon, 105) << "longitude/latitude, not metres";
        EXPECT_LT(lon, 107);
    }
    EXPECT_EQ(investment_ranks.size(), 50u);  // every rank once
    const json some = parse(client().Get("/api/zones?bbox=106.19,21.26,106.21,21.27"));
    EXPECT_GT(some["features"].size(), 0u);
    EXPECT_LT(some["features"].size(), 50u);
    const json capped = parse(client().Get("/api/zones?max=10"));
    EXPECT_EQ(capped["truncated"], true);
    EXPECT_EQ(capped["count"], 50);
    EXPECT_TRUE(capped["features"].empty());
}

TEST_F(FieldServiceHttp, RankingIsTheRankCommandsJson) {
    TempDir scratch;
    for (const char* kind : {"investment", "sales"}) {
        const json served = parse(client().Get(std::string("/api/ranking?for=") + kind + "&top=7"));
        const CommandRun cli = run_coverplan("rank '" + *project + "' --for " + kind + " --top 7 --json", scratch);
        ASSERT_LE(cli.exit_code, 1) << cli.err;
        json expected = json::parse(cli.out);
        expected.erase("exit_code");
        EXPECT_EQ(served, expected) << kind;
        ASSERT_EQ(served["zones"].size(), 7u);
        for (std::size_t r = 0; r < 7; ++r) EXPECT_EQ(served["zones"][r]["rank"], r + 1);
    }
}

TEST_F(FieldServiceHttp, CoverageInViewIsSimplifiedForTheZoom) {
    const json near = parse(client().Get("/api/coverage?bbox=106.19,21.26,106.21,21.27"));
    EXPECT_EQ(near["truncated"], false);
    ASSERT_GT(near["features"].size(), 0u);
    EXPECT_EQ(near["count"], near["features"].size());
    for (const auto& f : near["features"])
        for (const char* key : {"node_id", "technology", "status", "spare", "capacity", "used", "utilization"})
            EXPECT_TRUE(f["properties"].contains(key)) << key;
    const json ftth = parse(client().Get("/api/coverage?bbox=106.19,21.26,106.21,21.27&tech=ftth"));
    EXPECT_LT(ftth["features"].size(), near["features"].size());
    for (const auto& f : ftth["features"]) EXPECT_EQ(f["properties"]["technology"], "ftth");
    // Zoomed out over the whole province, outlines are coarser: fewer vertices per area.
    auto vertices = [](const json& collection, const std::string& node) {
        for (const auto& f : collection["features"])
            if (f["properties"]["node_id"] == node) return f["geometry"]["coordinates"][0].size();
        return std::size_t(0);
    };
    const json wide = parse(client().Get("/api/coverage?bbox=105.9,21.1,106.4,21.5"));
    ASSERT_EQ(wide["truncated"], false);
    const std::string node = near["features"][0]["properties"]["node_id"];
    EXPECT_LT(vertices(wide, node), vertices(near, node)) << node;
}

TEST_F(FieldServiceHttp, PageAndLeafletAreServedByTheServiceItself) {
    const auto page = client().Get("/");
    ASSERT_TRUE(page);
    EXPECT_EQ(page->status, 200);
    EXPECT_NE(page->get_header_value("Content-Type").find("text/html"), std::string::npos);
    EXPECT_NE(page->body.find("/static/leaflet/leaflet.js"), std::string::npos);
    EXPECT_EQ(page->body.find("http://"), std::string::npos) << "no other server is needed";
    EXPECT_EQ(page->body.find("https://"), std::string::npos);
    for (const char* path : {"/static/app.js", "/static/style.css", "/static/leaflet/leaflet.js",
                             "/static/leaflet/leaflet.css", "/static/leaflet/images/marker-icon.png"}) {
        const auto asset = client().Get(path);
        ASSERT_TRUE(asset) << path;
        EXPECT_EQ(asset->status, 200) << path;
        EXPECT_GT(asset->body.size(), 100u) << path;
    }
}

TEST_F(FieldServiceHttp, ThePageIsInstallable) {
    // The manifest names icons that are served and are PNGs of the size it says.
    const auto manifest = client().Get("/manifest.webmanifest");
    ASSERT_TRUE(manifest);
    EXPECT_EQ(manifest->status, 200);
    EXPECT_EQ(manifest->get_header_value("Content-Type"), "application/manifest+json");
    const json app = json::parse(manifest->body);
    EXPECT_EQ(app["start_url"], "/");
    EXPECT_EQ(app["display"], "standalone");
    ASSERT_EQ(app["icons"].size(), 2u);
    for (const auto& icon : app["icons"]) {
        const auto png = client().Get(icon["src"].get<std::string>());
        ASSERT_TRUE(png);
        ASSERT_EQ(png->status, 200) << icon.dump();
        EXPECT_EQ(png->get_header_value("Content-Type"), "image/png");
        ASSERT_GT(png->body.size(), 24u);
        EXPECT_EQ(png->body.substr(0, 8), "\x89PNG\r\n\x1a\n");
        auto be32 = [&](std::size_t at) {
            std::uint32_t v = 0;
            for (std::size_t i = 0; i < 4; ++i) v = (v << 8) | static_cast<unsigned char>(png->body[at + i]);
            return v;
        };
        const std::string size = std::to_string(be32(16)) + "x" + std::to_string(be32(20));  // IHDR width, height
        EXPECT_EQ(size, icon["sizes"]) << icon.dump();
    }
    // The favicon is an ICO (reserved 0, type 1) holding three images; the
    // service worker is at the root, so that it controls the whole page.
    const auto favicon = client().Get("/favicon.ico");
    ASSERT_TRUE(favicon);
    EXPECT_EQ(favicon->get_header_value("Content-Type"), "image/x-icon");
    EXPECT_EQ(favicon->body.substr(0, 6), std::string("\0\0\1\0\3\0", 6));
    const auto worker = client().Get("/sw.js");
    ASSERT_TRUE(worker);
    EXPECT_EQ(worker->status, 200);
    EXPECT_NE(worker->get_header_value("Content-Type").find("text/javascript"), std::string::npos);
    const auto page = client().Get("/");
    ASSERT_TRUE(page);
    for (const char* linked : {"/manifest.webmanifest", "/favicon.ico", "/static/offline.js"})
        EXPECT_NE(page->body.find(linked), std::string::npos) << linked;
}

TEST_F(FieldServiceHttp, ProspectsNeedTheToken) {
    const std::int64_t before = stored_prospects(store());
    // Each test's prospects name their customer: one place, many customers, never one prospect twice.
    const json prospect = {{"lat", 21.40}, {"lon", 106.00}, {"technology", "ftth"}, {"note", "no token"},
                           {"customer_name", "token test"}};
    expect_refusal(post_lead(prospect, ""), 401, "token", "no token");
    expect_refusal(post_lead(prospect, "wrong"), 401, "token", "wrong token");
    expect_refusal(post_lead(prospect, std::string(kToken) + "x"), 401, "token", "longer token");
    httplib::Headers other_header = {{"X-Coverplan-Token", kToken}};
    const auto accepted = client().Post("/api/leads", other_header, prospect.dump(), "application/json");
    ASSERT_TRUE(accepted);
    EXPECT_EQ(accepted->status, 201) << accepted->body;
    EXPECT_EQ(stored_prospects(store()), before + 1);
}

TEST_F(FieldServiceHttp, BadProspectsAreRefusedAndNothingIsStored) {
    ASSERT_EQ(post_lead({{"lat", 21.40}, {"lon", 106.00}, {"technology", "ftth"}, {"customer_name", "bad test"}})->status,
              201);  // the store exists
    const std::int64_t before = stored_prospects(store());
    const std::vector<std::tuple<json, int, std::string>> cases = {
        {{{"lon", 106.0}, {"technology", "ftth"}}, 400, "lat"},
        {{{"lat", "abc"}, {"lon", 106.0}, {"technology", "ftth"}}, 400, "lat"},
        {{{"lat", 91}, {"lon", 106.0}, {"technology", "ftth"}}, 400, "lat"},
        {{{"lat", 21.4}, {"lon", -200}, {"technology", "ftth"}}, 400, "lon"},
        {{{"lat", 0}, {"lon", 15}, {"technology", "ftth"}}, 400, "lon"},
        {{{"lat", 21.4}, {"lon", 106.0}}, 400, "technology"},
        {{{"lat", 21.4}, {"lon", 106.0}, {"technology", "adsl"}}, 400, "technology"},
        {{{"lat", 21.4}, {"lon", 106.0}, {"technology", "ftth"}, {"note", 42}}, 400, "note"},
        {{{"lat", 21.4}, {"lon", 106.0}, {"technology", "ftth"}, {"note", std::string(3000, 'x')}}, 400, "note"},
        {json::array({1, 2}), 400, "body"},
        // Where ftth can be sold, there is no prospect to record.
        {{{"lat", 21.2653106}, {"lon", 106.2019717}, {"technology", "ftth"}}, 409, "lat"},
    };
    for (const auto& [body, status, parameter] : cases) expect_refusal(post_lead(body), status, parameter, body.dump());
    httplib::Headers headers = {{"Authorization", std::string("Bearer ") + kToken}};
    expect_refusal(client().Post("/api/leads", headers, "{\"lat\": ", "application/json"), 400, "body", "cut JSON");
    expect_refusal(client().Post("/api/leads", headers, R"({"lat": 1e400, "lon": 106, "technology": "ftth"})",
                                 "application/json"),
                   400, "body", "beyond a double");
    expect_refusal(client().Post("/api/leads", headers, std::string(3 * 1024 * 1024, '{'), "application/json"), 413,
                   "body", "3 MB");
    EXPECT_EQ(stored_prospects(store()), before);
}

TEST_F(FieldServiceHttp, ConcurrentProspectsAreNeitherLostNorDuplicated) {
    const std::int64_t before = stored_prospects(store());
    constexpr int kThreads = 8, kEach = 12;
    std::mutex ids_mutex;
    std::set<std::string> ids;
    std::atomic<int> created{0};
    std::vector<std::thread> threads;
    for (int t = 0; t < kThreads; ++t)
        threads.emplace_back([&, t] {
            httplib::Client c("127.0.0.1", service->port());
            c.set_read_timeout(60, 0);
            for (int k = 0; k < kEach; ++k) {
                const json body = {{"lat", 21.40 + 0.0001 * k}, {"lon", 106.00 + 0.0001 * t}, {"technology", "ftth"},
                                   {"note", "khách " + std::to_string(t) + "-" + std::to_string(k)},
                                   {"recorded_by", "Nhân viên " + std::to_string(t)},
                                   {"customer_name", "khách " + std::to_string(t) + "-" + std::to_string(k)}};
                const auto result = c.Post("/api/leads", {{"Authorization", std::string("Bearer ") + kToken}},
                                           body.dump(), "application/json");
                if (!result || result->status != 201) continue;
                ++created;
                std::lock_guard lock(ids_mutex);
                ids.insert(json::parse(result->body)["id"].get<std::string>());
            }
        });
    for (auto& t : threads) t.join();
    EXPECT_EQ(created.load(), kThreads * kEach);
    EXPECT_EQ(ids.size(), std::size_t(kThreads * kEach));
    EXPECT_EQ(stored_prospects(store()), before + kThreads * kEach);
}

TEST_F(FieldServiceHttp, ThePlannerSeesRecordedProspectsAmongTheLeads) {
    ASSERT_EQ(post_lead({{"lat", 21.40}, {"lon", 106.00}, {"technology", "ftth"}, {"note", "cần FTTH"},
                         {"customer_name", "planner test"}})->status,
              201);
    const std::int64_t stored = stored_prospects(store());
    TempDir scratch;
    const CommandRun validate = run_coverplan("validate '" + *project + "' --json", scratch);
    ASSERT_LE(validate.exit_code, 1) << validate.err;
    std::int64_t field_leads_read = -1;
    const json report = json::parse(validate.out);
    for (const auto& layer : report["layers"])
        if (layer["role"] == "leads" && layer["source"].get<std::string>().find("field-leads.gpkg") != std::string::npos)
            field_leads_read = layer["read"];
    EXPECT_EQ(field_leads_read, stored);
    // And the overlay counts them: the same project with its prospects kept
    // elsewhere has exactly that many open leads fewer.
    std::string text;
    {
        std::ifstream in(*project);
        text.assign(std::istreambuf_iterator<char>(in), {});
    }
    const std::string without = (dir->path() / "sample" / "without-field-leads.toml").string();
    std::ofstream(without) << text.substr(0, text.find("[serve]")) << "[serve]\nleads = \"elsewhere.gpkg\"\n";
    auto open_leads = [&](const std::string& project_file) {
        const std::string out = (scratch / "results.gpkg").string();
        const CommandRun overlay = run_coverplan("overlay '" + project_file + "' -o " + out + " --no-points", scratch);
        EXPECT_LE(overlay.exit_code, 1) << overlay.err;
        GDALAllRegister();
        GDALDatasetUniquePtr results(GDALDataset::Open(out.c_str(), GDAL_OF_VECTOR));
        std::int64_t total = 0;
        if (results)
            for (auto& zone : *results->GetLayerByName("zones")) total += zone->GetFieldAsInteger64("leads_open");
        return total;
    };
    EXPECT_EQ(open_leads(*project), open_leads(without) + stored);
}

TEST(FieldServiceWithoutToken, APortInUseIsRefusedNotShared) {
    // A second service on the same port must fail to start (exit 2), not
    // bind beside the first and take some of its requests.
    TempDir dir;
    const std::string project = sample_copy(dir, false);
    ServiceProcess first(project);
    EXPECT_THROW(ServiceProcess(project, {}, first.port()), std::runtime_error);
    httplib::Client client("127.0.0.1", first.port());
    const auto health = client.Get("/healthz");
    ASSERT_TRUE(health);
    EXPECT_EQ(health->status, 200);
    EXPECT_EQ(first.stop(), 0);
}

TEST(FieldServiceWithoutToken, RecordingIsOff) {
    TempDir dir;
    ServiceProcess service(sample_copy(dir, false));
    httplib::Client client("127.0.0.1", service.port());
    const auto result = client.Post("/api/leads", {{"Authorization", "Bearer anything"}},
                                    R"({"lat": 21.4, "lon": 106.0, "technology": "ftth"})", "application/json");
    expect_refusal(result, 403, "token", "no token configured");
    EXPECT_FALSE(fs::exists(dir.path() / "sample" / "field-leads.gpkg"));
    EXPECT_NE(service.banner().find("prospects    off"), std::string::npos) << service.banner();
    EXPECT_EQ(service.stop(), 0);
}

TEST(FieldServiceWithoutToken, TheEnvironmentTokenTurnsRecordingOn) {
    TempDir dir;
    ServiceProcess service(sample_copy(dir, false), {"COVERPLAN_TOKEN=from-the-environment"});
    httplib::Client client("127.0.0.1", service.port());
    const auto result = client.Post("/api/leads", {{"Authorization", "Bearer from-the-environment"}},
                                    R"({"lat": 21.4, "lon": 106.0, "technology": "ftth"})", "application/json");
    ASSERT_TRUE(result);
    EXPECT_EQ(result->status, 201) << result->body;
    EXPECT_EQ(stored_prospects((dir.path() / "sample" / "field-leads.gpkg").string()), 1);
    EXPECT_EQ(service.stop(), 0);  // Ctrl+C ends it cleanly
}

}  // namespace
