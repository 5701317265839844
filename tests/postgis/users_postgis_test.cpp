// The service's users and audit log in a shared PostGIS store (the
// "postgis" ctest fixture, a schema of the test's own): users added with
// `coverplan users add` into the store's users table (no user file named),
// two users recording at once through the real `coverplan serve`, each
// prospect and audit row naming its user, a double submission stored once,
// and `coverplan audit` reading the store. Outcomes are read with SQL.

#include <gtest/gtest.h>
#include <httplib.h>

#include <fstream>
#include <mutex>
#include <nlohmann/json.hpp>
#include <thread>

#include "postgis_schema.h"
#include "server/service_process.h"
#include "support/run_coverplan.h"
#include "support/sql_value.h"
#include "support/temp_dir.h"

namespace coverplan::test {
namespace {

constexpr const char* kSchema = "users_audit_test";

TEST(UsersPostgis, UsersAndTheAuditLogLiveInTheStore) {
    const std::string store = fresh_postgis_schema(kSchema);
    ASSERT_FALSE(store.empty());
    TempDir dir;
    CommandRun run = run_coverplan("db init '" + store + "'", dir);
    ASSERT_EQ(run.exit_code, 0) << run.err;
    const std::filesystem::path sample = std::filesystem::path(kSampleProject).parent_path();
    std::filesystem::copy(sample, dir.path() / "sample", std::filesystem::copy_options::recursive);
    const std::string project = (dir.path() / "sample" / "project.toml").string();
    std::ofstream(project, std::ios::app) << "\n[workspace]\nstore = \"" << store << "\"\n";
    const std::vector<std::array<std::string, 3>> users = {
        {"lan", "sales", "Lan-Đà-Nẵng"}, {"minh", "planner", "minh lập kế hoạch"}, {"thu", "reader", "thu chỉ đọc"}};
    for (const auto& [name, role, token] : users) {
        const auto token_file = dir.write("token.txt", token);
        run = run_coverplan("users add '" + project + "' " + name + " --role " + role + " < " + token_file.string(), dir);
        ASSERT_EQ(run.exit_code, 0) << run.err;
        EXPECT_NE(run.out.find("(table users)"), std::string::npos) << run.out;
    }
    const std::string schema = kSchema;
    EXPECT_EQ(sql_value(store, "SELECT COUNT(*) FROM " + schema + ".users"), "3");
    EXPECT_EQ(sql_value(store, "SELECT role FROM " + schema + ".users WHERE name = 'thu'"), "reader");
    EXPECT_EQ(sql_value(store, "SELECT COUNT(*) FROM " + schema + ".users WHERE token_hash LIKE '$argon2id$%'"), "3");
    run = run_coverplan("users list '" + project + "'", dir);
    EXPECT_NE(run.out.find("minh"), std::string::npos) << run.out;
    EXPECT_EQ(run.out.find("argon2"), std::string::npos) << run.out;

    ServiceProcess service(project);
    EXPECT_NE(service.banner().find("users        3 may sign in"), std::string::npos) << service.banner();
    auto post = [&](const nlohmann::json& body, const std::string& token) {
        httplib::Client client("127.0.0.1", service.port());
        client.set_read_timeout(60, 0);
        return client.Post("/api/leads", {{"Authorization", "Bearer " + token}}, body.dump(), "application/json");
    };
    // Lan and Minh record at once, from two threads each.
    std::mutex mutex;
    std::map<std::string, std::string> sent_by;  // id -> user
    std::vector<std::thread> threads;
    for (std::size_t u = 0; u < 2; ++u)
        for (int t = 0; t < 2; ++t)
            threads.emplace_back([&, u, t] {
                for (int k = 0; k < 5; ++k) {
                    const nlohmann::json body = {{"lat", 21.40 + 0.0002 * k}, {"lon", 106.00 + 0.0002 * (2 * u + t)},
                                                 {"technology", "ftth"}};
                    const auto result = post(body, users[u][2]);
                    if (!result || result->status != 201) {
                        ADD_FAILURE() << (result ? result->body : "no answer");
                        continue;
                    }
                    std::lock_guard lock(mutex);
                    sent_by[nlohmann::json::parse(result->body)["id"]] = users[u][0];
                }
            });
    for (auto& thread : threads) thread.join();
    ASSERT_EQ(sent_by.size(), 20u);
    for (const auto& [id, user] : sent_by) {
        EXPECT_EQ(sql_value(store, "SELECT recorded_by FROM " + schema + ".field_leads WHERE id = '" + id + "'"), user);
        EXPECT_EQ(sql_value(store, "SELECT user_name FROM " + schema + ".audit_log WHERE action = 'prospect.record' AND "
                                   "target = '" + id + "'"),
                  user);
    }
    for (const char* user : {"lan", "minh"})
        EXPECT_EQ(sql_value(store, "SELECT COUNT(*) FROM " + schema + ".audit_log WHERE user_name = '" + user + "'"), "10");
    // The reader is refused, and the attempt logged.
    const auto refused = post({{"lat", 21.405}, {"lon", 106.005}, {"technology", "ftth"}}, users[2][2]);
    ASSERT_TRUE(refused);
    EXPECT_EQ(refused->status, 403);
    EXPECT_EQ(sql_value(store, "SELECT action FROM " + schema + ".audit_log WHERE user_name = 'thu'"), "prospect.refused");
    // A double tap: stored once.
    const nlohmann::json tap = {{"lat", 21.406}, {"lon", 106.006}, {"technology", "ftth"}, {"phone", "0912 000 111"}};
    const auto first = post(tap, users[0][2]);
    const auto second = post(tap, users[0][2]);
    ASSERT_TRUE(first && second);
    EXPECT_EQ(first->status, 201);
    EXPECT_EQ(second->status, 200);
    const std::string id = nlohmann::json::parse(first->body)["id"];
    EXPECT_EQ(nlohmann::json::parse(second->body)["duplicate_of"], id);
    EXPECT_EQ(sql_value(store, "SELECT COUNT(*) FROM " + schema + ".field_leads WHERE phone = '0912 000 111'"), "1");
    // Resent with its idempotency key: found in the PostGIS table by the key.
    const std::string key = "7d1e5c2a-0f4b-4c3d-9e8f-1a2b3c4d5e6f";
    const nlohmann::json keyed = {{"lat", 21.407}, {"lon", 106.007}, {"technology", "ftth"}, {"phone", "0912 000 222"},
                                  {"idempotency_key", key}};
    const auto keyed_first = post(keyed, users[0][2]);
    const auto keyed_again = post(keyed, users[0][2]);
    ASSERT_TRUE(keyed_first && keyed_again);
    EXPECT_EQ(keyed_first->status, 201) << keyed_first->body;
    EXPECT_EQ(keyed_again->status, 200) << keyed_again->body;
    EXPECT_EQ(nlohmann::json::parse(keyed_again->body)["same_key"], true) << keyed_again->body;
    EXPECT_EQ(nlohmann::json::parse(keyed_again->body)["id"], nlohmann::json::parse(keyed_first->body)["id"]);
    EXPECT_EQ(sql_value(store, "SELECT COUNT(*) FROM " + schema + ".field_leads WHERE idempotency_key = '" + key + "'"), "1");
    EXPECT_EQ(service.stop(), 0);

    run = run_coverplan("audit '" + project + "' --json", dir);
    ASSERT_EQ(run.exit_code, 0) << run.err;
    const nlohmann::json audit = nlohmann::json::parse(run.out);
    ASSERT_EQ(audit.size(), 25u);  // 20 recorded, the refusal, the tap and its repeat, the keyed one and its resend
    const nlohmann::json& repeat = audit[audit.size() - 3];
    EXPECT_EQ(repeat["action"], "prospect.duplicate");
    EXPECT_EQ(repeat["target"], id);
    EXPECT_EQ(repeat["user_name"], "lan");
    EXPECT_EQ(audit.back()["action"], "prospect.duplicate");
    EXPECT_EQ(audit.back()["target"], nlohmann::json::parse(keyed_first->body)["id"]);
}

}  // namespace
}  // namespace coverplan::test
