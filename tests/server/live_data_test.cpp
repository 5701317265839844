// The running service follows its data (issue 11, live data): a prospect
// recorded counts in /api/zones and /api/ranking at once; a node filled up in
// the source turns the phone's answer "full" without a restart; a source
// made unreadable keeps the previous data serving with a warning on
// /healthz; and clients hammering the service while the data is swapped get
// only whole, consistent answers.

#include <gdal_priv.h>
#include <gtest/gtest.h>
#include <httplib.h>
#include <ogrsf_frmts.h>

#include <atomic>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <thread>

#include "server/service_process.h"
#include "support/temp_dir.h"
#include "test_config.h"

using coverplan::test::ServiceProcess;
using coverplan::test::TempDir;
using nlohmann::json;
namespace fs = std::filesystem;
using namespace std::chrono_literals;

namespace {

constexpr const char* kToken = "live-token";
// Subscriber TB00000001 of the sample: ftth available here.
constexpr const char* kAvailable = "/api/check?lat=21.2653106&lon=106.2019717&tech=ftth";

class LiveData : public ::testing::Test {
protected:
    void SetUp() override {
        fs::copy(fs::path(coverplan::test::kSourceDir) / "datasets" / "sample", dir.path() / "sample",
                 fs::copy_options::recursive);
        project = (dir.path() / "sample" / "project.toml").string();
        std::ofstream(project, std::ios::app) << "\n[serve]\ntoken = \"" << kToken << "\"\n";
        service = std::make_unique<ServiceProcess>(project);
    }
    httplib::Client client() const {
        httplib::Client c("127.0.0.1", service->port());
        c.set_read_timeout(60, 0);
        return c;
    }
    json get(const std::string& path) const {
        const auto result = client().Get(path);
        EXPECT_TRUE(result && result->status == 200) << path << ": " << (result ? result->body : "no answer");
        return result ? json::parse(result->body, nullptr, false) : json();
    }
    /// Runs SQL on the sample's GeoPackage, as another program editing it would.
    void edit_province(const std::string& sql) const {
        GDALAllRegister();
        GDALDatasetUniquePtr gpkg(GDALDataset::Open((dir.path() / "sample" / "province.gpkg").c_str(),
                                                    GDAL_OF_VECTOR | GDAL_OF_UPDATE));
        ASSERT_TRUE(gpkg);
        gpkg->ReleaseResultSet(gpkg->ExecuteSQL(sql.c_str(), nullptr, nullptr));
    }
    template <class Condition>
    static bool within_seconds(int seconds, const Condition& condition) {
        for (auto end = std::chrono::steady_clock::now() + std::chrono::seconds(seconds);
             std::chrono::steady_clock::now() < end; std::this_thread::sleep_for(100ms))
            if (condition()) return true;
        return false;
    }
    static json zone(const json& zones, const std::string& id) {
        for (const auto& feature : zones["features"])
            if (feature["properties"]["zone_id"] == id) return feature["properties"];
        return json();
    }

    TempDir dir;
    std::string project;
    std::unique_ptr<ServiceProcess> service;
};

TEST_F(LiveData, ARecordedProspectCountsInZonesAndRankingAtOnce) {
    const json health = get("/healthz");
    EXPECT_EQ(health["data_version"], 1);
    EXPECT_EQ(health["follows_changes"], true);
    // Inside zone XA-00029, not covered for ftth.
    const json body = {{"lat", 21.3567870}, {"lon", 106.2704172}, {"technology", "ftth"}, {"note", "khách cần FTTH"}};
    const auto recorded = client().Post("/api/leads", {{"Authorization", std::string("Bearer ") + kToken}}, body.dump(),
                                        "application/json");
    ASSERT_TRUE(recorded && recorded->status == 201) << (recorded ? recorded->body : "no answer");
    const json answer = json::parse(recorded->body);
    const std::string zone_id = answer["check"]["zone_id"];
    ASSERT_FALSE(zone_id.empty());
    // The very next requests see it: the answer's data version is the one with the prospect.
    const int version = std::stoi(recorded->get_header_value("X-Coverplan-Data-Version"));
    EXPECT_GE(version, 2);
    const auto zones = client().Get("/api/zones");
    ASSERT_TRUE(zones);
    EXPECT_GE(std::stoi(zones->get_header_value("X-Coverplan-Data-Version")), version);
    EXPECT_EQ(zones->get_header_value("X-Coverplan-As-Of"), "2026-11-30");

    // Against a service started afresh on the data that holds the prospect: the same figures.
    service.reset();
    service = std::make_unique<ServiceProcess>(project);
    const json fresh = zone(get("/api/zones"), zone_id);
    const json served = zone(json::parse(zones->body), zone_id);
    for (const char* key : {"leads_open", "leads_full", "leads_not_covered", "investment_score", "investment_rank",
                            "sales_score", "sales_rank"})
        EXPECT_EQ(served[key], fresh[key]) << key;
    // And the ranking answers from it too.
    const json ranking = get("/api/ranking?for=investment");
    EXPECT_NE(ranking.dump().find(zone_id), std::string::npos);
}

TEST_F(LiveData, ANodeFilledInTheSourceTurnsTheAnswerFullWithinSeconds) {
    const json first = get(kAvailable);
    ASSERT_EQ(first["status"], "available");
    // Every ftth node here filled, as the operator's system would write it.
    for (const auto& n : first["nodes"])
        edit_province("UPDATE coverage SET ports_used = ports WHERE node_id = '" + n["node_id"].get<std::string>() + "'");
    EXPECT_TRUE(within_seconds(20, [&] { return get(kAvailable)["status"] == "full"; }))
        << "still " << get(kAvailable).dump();
    const json health = get("/healthz");
    EXPECT_GE(health["data_version"].get<int>(), 2);
    EXPECT_EQ(health["status"], "ok");
    EXPECT_GE(health["rebuilds"].get<int>(), 1);
}

TEST_F(LiveData, AnUnreadableSourceKeepsThePreviousDataServingWithAWarning) {
    const fs::path complaints = dir.path() / "sample" / "complaints.geojson";
    const fs::path saved = dir.path() / "complaints.saved";
    fs::copy_file(complaints, saved);
    const json before = get(kAvailable);
    std::ofstream(complaints, std::ios::trunc) << R"({"type": "FeatureCollection", "features": [{"type": )";
    ASSERT_TRUE(within_seconds(20, [&] { return get("/healthz")["status"] == "stale"; }));
    const json health = get("/healthz");
    EXPECT_NE(health["problem"].get<std::string>().find("complaints.geojson"), std::string::npos) << health.dump();
    EXPECT_EQ(health["data_version"], 1);
    EXPECT_EQ(get(kAvailable), before);  // still answering, from the data read before
    fs::copy_file(saved, complaints, fs::copy_options::overwrite_existing);
    EXPECT_TRUE(within_seconds(20, [&] { return get("/healthz")["status"] == "ok"; }));
    EXPECT_GE(get("/healthz")["data_version"].get<int>(), 2);
}

TEST_F(LiveData, AnswersStayWholeAndConsistentWhileTheDataIsSwapped) {
    const json first = get(kAvailable);
    ASSERT_EQ(first["status"], "available");
    std::string nodes;
    for (const auto& n : first["nodes"]) nodes += (nodes.empty() ? "'" : ",'") + n["node_id"].get<std::string>() + "'";
    std::atomic<bool> done{false};
    std::atomic<int> answers{0}, failures{0}, mixed{0};
    std::mutex problems_mutex;
    std::string problems;
    std::vector<std::thread> clients;
    for (int t = 0; t < 6; ++t)
        clients.emplace_back([&, t] {
            httplib::Client c("127.0.0.1", service->port());
            c.set_read_timeout(60, 0);
            const std::string path = t % 3 == 0 ? kAvailable : t % 3 == 1 ? "/api/ranking?for=sales&top=5" : "/healthz";
            while (!done) {
                const auto result = c.Get(path);
                ++answers;
                const json body = result ? json::parse(result->body, nullptr, false) : json();
                if (!result || result->status != 200 || body.is_discarded() ||
                    result->get_header_value("X-Coverplan-Data-Version").empty()) {
                    ++failures;
                    std::lock_guard lock(problems_mutex);
                    problems += path + ": " + (result ? std::to_string(result->status) + " " + result->body : "no answer") + "\n";
                    continue;
                }
                // One answer, one version of the data: its verdict agrees with its own nodes' spare ports.
                if (path == kAvailable) {
                    bool any_spare = false;
                    for (const auto& n : body["nodes"]) any_spare = any_spare || n["spare"].get<double>() > 0;
                    if ((body["status"] == "available") != any_spare) ++mixed;
                }
            }
        });
    for (int round = 0; round < 6; ++round) {
        edit_province(std::string("UPDATE coverage SET ports_used = ") + (round % 2 == 0 ? "ports" : "ports / 2") +
                      " WHERE node_id IN (" + nodes + ")");
        const std::string want = round % 2 == 0 ? "full" : "available";
        EXPECT_TRUE(within_seconds(30, [&] { return get(kAvailable)["status"] == want; })) << "round " << round;
    }
    done = true;
    for (auto& c : clients) c.join();
    EXPECT_EQ(failures, 0) << problems;
    EXPECT_EQ(mixed, 0);
    EXPECT_GT(answers, 100);
    EXPECT_GE(get("/healthz")["rebuilds"].get<int>(), 6);
}

}  // namespace
