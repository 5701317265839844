// What a phone on a weak connection sends: prospects with an idempotency key
// (resent, double-tapped, resent after the service restarted, the key reused
// for another prospect, hostile keys, a store made before keys existed), and
// CSV uploads read exactly as `coverplan check --points` reads the same file.

#include <gdal_priv.h>
#include <gtest/gtest.h>
#include <httplib.h>
#include <ogrsf_frmts.h>

#include <filesystem>
#include <fstream>
#include <memory>
#include <nlohmann/json.hpp>

#include "server/service_process.h"
#include "support/run_coverplan.h"
#include "support/temp_dir.h"
#include "test_config.h"

using coverplan::test::run_coverplan;
using coverplan::test::ServiceProcess;
using coverplan::test::TempDir;
using nlohmann::json;
namespace fs = std::filesystem;

namespace {

constexpr const char* kToken = "khoá-thử";

struct Sample {
    TempDir dir;
    std::string project;
    std::unique_ptr<ServiceProcess> service;

    Sample() {
        fs::copy(fs::path(coverplan::test::kSourceDir) / "datasets" / "sample", dir.path() / "sample",
                 fs::copy_options::recursive);
        project = (dir.path() / "sample" / "project.toml").string();
        std::ofstream(project, std::ios::app) << "\n[serve]\ntoken = \"" << kToken << "\"\n";
        start();
    }
    void start() { service = std::make_unique<ServiceProcess>(project); }
    std::string store() const { return (dir.path() / "sample" / "field-leads.gpkg").string(); }
    httplib::Result post(const std::string& path, const std::string& body, const std::string& type) const {
        httplib::Client client("127.0.0.1", service->port());
        client.set_read_timeout(30, 0);
        return client.Post(path, {{"Authorization", std::string("Bearer ") + kToken}}, body, type);
    }
    httplib::Result lead(const json& body) const { return post("/api/leads", body.dump(), "application/json"); }
};

/// The stored prospects' ids holding `key` in idempotency_key, read with GDAL.
std::vector<std::string> ids_with_key(const std::string& store, const std::string& key) {
    GDALAllRegister();
    GDALDatasetUniquePtr dataset(GDALDataset::Open(store.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY));
    std::vector<std::string> ids;
    if (!dataset) return ids;
    for (auto& feature : *dataset->GetLayerByName("field_leads")) {
        const int field = feature->GetFieldIndex("idempotency_key");
        if (field >= 0 && feature->IsFieldSetAndNotNull(field) && feature->GetFieldAsString(field) == key)
            ids.emplace_back(feature->GetFieldAsString("id"));
    }
    return ids;
}

std::int64_t stored(const std::string& store) {
    GDALAllRegister();
    GDALDatasetUniquePtr dataset(GDALDataset::Open(store.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY));
    return dataset ? dataset->GetLayerByName("field_leads")->GetFeatureCount(TRUE) : 0;
}

void sql(const std::string& store, const std::string& statement) {
    GDALAllRegister();
    GDALDatasetUniquePtr dataset(GDALDataset::Open(store.c_str(), GDAL_OF_VECTOR | GDAL_OF_UPDATE));
    ASSERT_TRUE(dataset) << store;
    CPLErrorReset();
    dataset->ReleaseResultSet(dataset->ExecuteSQL(statement.c_str(), nullptr, "SQLITE"));
    ASSERT_EQ(CPLGetLastErrorType(), CE_None) << statement << ": " << CPLGetLastErrorMsg();
}

// Not covered for ftth in the sample.
json prospect(const std::string& key, const std::string& customer) {
    return {{"lat", 21.40}, {"lon", 106.00}, {"technology", "ftth"}, {"customer_name", customer},
            {"note", "cần cáp quang"}, {"idempotency_key", key}};
}

}  // namespace

TEST(IdempotencyKeys, ARepeatedKeyGivesTheFirstProspectBackAlsoAfterARestart) {
    Sample sample;
    const std::string key = "5f0c2d9e-3c1b-4f7e-9a51-2b7d8e6f4a10";
    const auto first = sample.lead(prospect(key, "Chị Lan"));
    ASSERT_TRUE(first);
    ASSERT_EQ(first->status, 201) << first->body;
    const std::string id = json::parse(first->body)["id"];
    // A double tap, and a resend whose first answer was lost: the same prospect, once.
    for (int resend = 0; resend < 2; ++resend) {
        const auto again = sample.lead(prospect(key, "Chị Lan"));
        ASSERT_TRUE(again);
        EXPECT_EQ(again->status, 200) << again->body;
        const json answer = json::parse(again->body);
        EXPECT_EQ(answer["id"], id);
        EXPECT_EQ(answer["status"], "duplicate");
        EXPECT_EQ(answer["same_key"], true);
        EXPECT_EQ(answer["idempotency_key"], key);
    }
    EXPECT_EQ(ids_with_key(sample.store(), key), std::vector<std::string>{id});
    EXPECT_EQ(stored(sample.store()), 1);

    // The key lives in the store, not in the service's memory.
    sample.service->stop();
    sample.start();
    const auto after_restart = sample.lead(prospect(key, "Chị Lan"));
    ASSERT_TRUE(after_restart);
    EXPECT_EQ(after_restart->status, 200) << after_restart->body;
    EXPECT_EQ(json::parse(after_restart->body)["id"], id);
    EXPECT_EQ(stored(sample.store()), 1);

    // The same key for someone else is a client's mistake, said plainly.
    const auto reused = sample.lead(prospect(key, "Anh Minh"));
    ASSERT_TRUE(reused);
    EXPECT_EQ(reused->status, 422) << reused->body;
    EXPECT_EQ(json::parse(reused->body)["error"],
              "idempotency_key '" + key + "' was already used for prospect " + id +
                  ", which differs in customer_name; a new prospect needs a new key");
    EXPECT_EQ(json::parse(reused->body)["parameter"], "idempotency_key");
    // A new key is a new prospect (another customer at the same place).
    const auto other = sample.lead(prospect("5f0c2d9e-3c1b-4f7e-9a51-2b7d8e6f4a11", "Anh Minh"));
    ASSERT_TRUE(other);
    EXPECT_EQ(other->status, 201) << other->body;
    EXPECT_EQ(stored(sample.store()), 2);
}

TEST(IdempotencyKeys, HostileKeysAreRefusedAndNothingIsStored) {
    Sample sample;
    const std::string rule = "'idempotency_key' must be 8 to 128 letters, digits, '-', '_', '.' or ':' (a UUID, say)";
    const std::vector<std::pair<json, std::string>> cases = {
        {"short", rule + "; got 5 bytes"},
        {std::string(129, 'a'), rule + "; got 129 bytes"},
        {"x'); DROP TABLE field_leads; --", rule + "; got 31 bytes with other characters"},
        {"key\nwith-newline", rule + "; got 16 bytes with other characters"},
        {"khoá-của-tôi-123", rule + "; got 20 bytes with other characters"},
        {"%00%00%00%00%00", rule + "; got 15 bytes with other characters"},
        {12345678, rule + ", not number"},
        {json::array({"a"}), rule + ", not array"},
    };
    for (const auto& [key, message] : cases) {
        json body = prospect("placeholder", "Hostile");
        body["idempotency_key"] = key;
        const auto result = sample.lead(body);
        ASSERT_TRUE(result);
        EXPECT_EQ(result->status, 400) << key.dump();
        const json answer = json::parse(result->body);
        EXPECT_EQ(answer["error"], message) << key.dump();
        EXPECT_EQ(answer["parameter"], "idempotency_key") << key.dump();
    }
    EXPECT_EQ(stored(sample.store()), 0);
    // The longest key allowed, and none at all, are taken.
    EXPECT_EQ(sample.lead(prospect(std::string(128, 'k'), "Longest key"))->status, 201);
    json without = prospect("", "No key");
    without.erase("idempotency_key");
    EXPECT_EQ(sample.lead(without)->status, 201);
    EXPECT_EQ(stored(sample.store()), 2);
}

TEST(IdempotencyKeys, AStoreMadeBeforeKeysGainsTheField) {
    Sample sample;
    ASSERT_EQ(sample.lead(prospect("0b6c1c5e-aaaa-4bbb-8ccc-000000000001", "Earlier"))->status, 201);
    sample.service->stop();
    // As an earlier version left it: field_leads without idempotency_key (or its index).
    sql(sample.store(), "DROP INDEX field_leads_key");
    sql(sample.store(), "ALTER TABLE field_leads DROP COLUMN idempotency_key");
    sample.start();
    const std::string key = "0b6c1c5e-aaaa-4bbb-8ccc-000000000002";
    const auto first = sample.lead(prospect(key, "Later"));
    ASSERT_TRUE(first);
    ASSERT_EQ(first->status, 201) << first->body;
    EXPECT_EQ(sample.lead(prospect(key, "Later"))->status, 200);
    EXPECT_EQ(ids_with_key(sample.store(), key).size(), 1u);
    EXPECT_EQ(stored(sample.store()), 2);
}

TEST(CsvUpload, IsReadAsTheCommandLineReadsTheSameFile) {
    Sample sample;
    // A spreadsheet's export: byte-order mark, ';' between cells, a note
    // with a line break inside quotes, decimal points, a row whose latitude
    // is not a number and a row with no longitude.
    const std::string csv = "\xEF\xBB\xBFid;lat;lon;tech;note\r\n"
                            "K1;21.2653106;106.2019717;ftth;\"tầng 2\r\ngọi trước\"\r\n"
                            "K2;21.40;106.00;;\"có \"\"cổng\"\" chưa?\"\r\n"
                            "K3;abc;106.2;ftth;x\r\n"
                            "K4;21.3567870;;4g;y\r\n"
                            "K5;21.3567870;106.2704172;4g;z\r\n";
    const auto served = sample.post("/api/check", csv, "text/csv");
    ASSERT_TRUE(served);
    ASSERT_EQ(served->status, 200) << served->body;
    const json answer = json::parse(served->body);
    ASSERT_EQ(answer["count"], 5) << served->body;

    // The independent reading: the same bytes as a file, through the CLI.
    const fs::path file = sample.dir.path() / "upload.csv", out = sample.dir.path() / "checked.csv";
    std::ofstream(file, std::ios::binary) << csv;
    const auto run =
        run_coverplan("check " + sample.project + " --points " + file.string() + " --tech-field tech -o " + out.string(),
                      sample.dir);
    ASSERT_LE(run.exit_code, 1) << run.err;
    GDALAllRegister();
    GDALDatasetUniquePtr checked(GDALDataset::Open(out.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY));
    ASSERT_TRUE(checked);
    OGRLayer* rows = checked->GetLayer(0);
    ASSERT_EQ(rows->GetFeatureCount(TRUE), 5);
    std::size_t i = 0;
    for (auto& row : *rows) {
        const json& result = answer["results"][i];
        EXPECT_EQ(result["id"], row->GetFieldAsString("id")) << i;
        const std::string reason = row->GetFieldAsString("reason");
        const std::string status = row->GetFieldAsString("status");
        if (!reason.empty() && status.empty()) {
            EXPECT_EQ(result.value("error", ""), reason) << i << ": " << result.dump();
            EXPECT_EQ(result.value("parameter", ""), "body") << i;
        } else {
            EXPECT_EQ(result.value("status", ""), status) << i << ": " << result.dump();
        }
        ++i;
    }
    // The rows the CLI could not read are the two bad ones.
    EXPECT_TRUE(answer["results"][2].contains("error")) << answer["results"][2].dump();
    EXPECT_TRUE(answer["results"][3].contains("error")) << answer["results"][3].dump();
    EXPECT_EQ(answer["results"][0]["status"], "available");
}
