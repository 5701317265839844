// `coverplan serve` on a project whose leads (and so its prospect store)
// live in PostGIS under a connection string with a password: the password
// is in neither the answers nor the service's log, while the store is still
// named by its database. Against the cluster of the "postgis" ctest fixture,
// which trusts local connections and so accepts any password.

#include <gtest/gtest.h>

#include <fstream>
#include <nlohmann/json.hpp>

#include "postgis_schema.h"
#include "server/raw_connection.h"
#include "server/service_process.h"
#include "support/temp_dir.h"

namespace coverplan::test {
namespace {

constexpr const char* kPassword = "s3cr3t-Pa55w0rd";
constexpr const char* kToken = "secrets-test-token";

std::string file_text(const std::filesystem::path& path) {
    std::ifstream in(path);
    return std::string(std::istreambuf_iterator<char>(in), {});
}

TEST(FieldServiceSecretsPostgis, TheStoresPasswordIsNeitherAnsweredNorLogged) {
    const std::string database = fresh_postgis_schema("service_secrets_test");
    ASSERT_FALSE(database.empty());
    TempDir dir;
    const auto project = sample_with_leads_in(dir, database, database + " password=" + kPassword);
    std::ofstream(project, std::ios::app) << "\n[serve]\ntoken = \"" << kToken << "\"\n";
    const std::string log = (dir / "service-stderr.txt").string();
    std::string answers;
    {
        ServiceProcess service(project.string(), {}, 0, log);
        EXPECT_NE(service.banner().find("field_leads"), std::string::npos) << service.banner();
        answers += service.banner();
        const std::string authorization = std::string("Authorization: Bearer ") + kToken + "\r\n";
        // North of the province: not covered, so a prospect is recorded.
        RawConnection connection(service.port());
        const auto recorded = connection.exchange(
            post_request("/api/leads", R"({"lat": 21.40, "lon": 106.00, "technology": "ftth", "note": "test"})",
                         "application/json", authorization));
        ASSERT_TRUE(recorded);
        EXPECT_EQ(recorded->status, 201) << recorded->body;
        const auto store = nlohmann::json::parse(recorded->body, nullptr, false);
        ASSERT_TRUE(store.is_object()) << recorded->body;
        EXPECT_NE(store.value("store", "").find("PG:"), std::string::npos) << recorded->body;
        answers += recorded->head + recorded->body;
        for (const char* path : {"/healthz", "/api/check?lat=21.40&lon=106.00"}) {
            const auto answer = connection.exchange(get_request(path));
            ASSERT_TRUE(answer) << path;
            answers += answer->head + answer->body;
        }
        EXPECT_EQ(service.stop(), 0);
    }
    const std::string logged = file_text(log);
    EXPECT_NE(logged.find("recorded prospect FL-"), std::string::npos) << logged;
    for (const std::string& text : {answers, logged}) {
        EXPECT_EQ(text.find(kPassword), std::string::npos) << text;
        EXPECT_EQ(text.find("s3cr3t"), std::string::npos) << text;
    }
}

}  // namespace
}  // namespace coverplan::test
