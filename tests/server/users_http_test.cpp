// The service's users through the real `coverplan serve` on a copy of the
// sample: users added with `coverplan users add` (tokens on standard input),
// their roles, tokens in any Unicode form, several users recording at once
// and each prospect and audit entry naming the right one, a double
// submission (fired concurrently) stored once, and `coverplan audit`.

#include <gdal_priv.h>
#include <gtest/gtest.h>
#include <httplib.h>
#include <ogrsf_frmts.h>

#include <cctype>
#include <ctime>
#include <filesystem>
#include <latch>
#include <map>
#include <mutex>
#include <nlohmann/json.hpp>
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

// Tokens as people choose them. Thành's is added composed (NFC) and
// presented decomposed (NFD), as some phone keyboards send it.
const std::string kLan = "Lan-Đà-Nẵng-🌾";
const std::string kMinh = "minh lập kế hoạch";
const std::string kThu = "thu chỉ đọc";
const std::string kThanhNfc = "Nguy\xE1\xBB\x85n V\xC4\x83n Th\xC3\xA0nh";
const std::string kThanhNfd = "Nguye\xCC\x82\xCC\x83n Va\xCC\x86n Tha\xCC\x80nh";
const std::string kTeam = "chung-cả-đội";  // the project's single [serve] token

std::string today_utc() {
    const std::time_t now = std::time(nullptr);
    std::tm utc{};
    gmtime_r(&now, &utc);
    char text[16];
    std::strftime(text, sizeof text, "%Y-%m-%d", &utc);
    return text;
}

/// field_leads rows: id -> recorded_by.
std::map<std::string, std::string> stored_prospects(const std::string& store) {
    std::map<std::string, std::string> out;
    GDALAllRegister();
    GDALDatasetUniquePtr dataset(GDALDataset::Open(store.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY));
    if (!dataset) return out;
    OGRLayer* layer = dataset->GetLayerByName("field_leads");
    if (!layer) return out;
    for (auto& feature : *layer) out[feature->GetFieldAsString("id")] = feature->GetFieldAsString("recorded_by");
    return out;
}

class UsersHttp : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        dir = new TempDir();
        const fs::path sample = fs::path(coverplan::test::kSourceDir) / "datasets" / "sample";
        fs::copy(sample, dir->path() / "sample", fs::copy_options::recursive);
        project = new std::string((dir->path() / "sample" / "project.toml").string());
        std::ofstream(*project, std::ios::app) << "\n[serve]\nusers = \"users.toml\"\ntoken = \"" << kTeam << "\"\n";
        for (const auto& [name, role, token] : std::vector<std::array<std::string, 3>>{
                 {"lan", "sales", kLan}, {"minh", "planner", kMinh}, {"thu", "reader", kThu}, {"thanh", "sales", kThanhNfc}}) {
            const auto token_file = dir->write("token.txt", token + "\n");
            const CommandRun add = run_coverplan("users add '" + *project + "' " + name + " --role " + role + " < " +
                                                     token_file.string(),
                                                 *dir);
            ASSERT_EQ(add.exit_code, 0) << add.err;
            EXPECT_EQ(add.out, "Added user " + name + " (" + role + ") in " +
                                   (dir->path() / "sample" / "users.toml").string() + "\n");
            fs::remove(token_file);
        }
        service = new ServiceProcess(*project, {}, 0, (dir->path() / "serve.log").string());
    }
    static void TearDownTestSuite() {
        delete service;
        delete project;
        delete dir;
    }
    static httplib::Result post(const json& body, const std::string& token) {
        httplib::Client c("127.0.0.1", service->port());
        c.set_read_timeout(60, 0);
        return c.Post("/api/leads", {{"Authorization", "Bearer " + token}}, body.dump(), "application/json");
    }
    static std::string store() { return (dir->path() / "sample" / "field-leads.gpkg").string(); }
    static json audit(const std::string& options = "") {
        const CommandRun run = run_coverplan("audit '" + *project + "' --json " + options, *dir);
        EXPECT_EQ(run.exit_code, 0) << run.err;
        return json::parse(run.out);
    }

    static TempDir* dir;
    static std::string* project;
    static ServiceProcess* service;
};

TempDir* UsersHttp::dir = nullptr;
std::string* UsersHttp::project = nullptr;
ServiceProcess* UsersHttp::service = nullptr;

TEST_F(UsersHttp, RolesAndTokens) {
    EXPECT_NE(service->banner().find("users        5 may sign in (users.toml)"), std::string::npos) << service->banner();
    // A reader may not write: 403 naming the role, and the attempt is in the audit log.
    const json place = {{"lat", 21.4005}, {"lon", 106.0005}, {"technology", "ftth"}};
    const auto refused = post(place, kThu);
    ASSERT_TRUE(refused);
    EXPECT_EQ(refused->status, 403);
    EXPECT_EQ(json::parse(refused->body)["error"],
              "user 'thu' has the role reader, which may not record prospects (sales and planner may)");
    bool logged = false;
    for (const json& entry : audit())
        logged = logged || (entry["user_name"] == "thu" && entry["action"] == "prospect.refused");
    EXPECT_TRUE(logged);
    // Wrong tokens: 401.
    // (A trailing space would not do: HTTP drops it from a header value.)
    for (const std::string& wrong : {std::string("lan"), kLan + "x", kThanhNfc.substr(0, 10)}) {
        const auto answer = post(place, wrong);
        ASSERT_TRUE(answer);
        EXPECT_EQ(answer->status, 401) << wrong;
        EXPECT_EQ(json::parse(answer->body)["error"], "wrong token");
    }
    // The decomposed form of Thành's token is Thành's token.
    const auto accepted = post(place, kThanhNfd);
    ASSERT_TRUE(accepted);
    EXPECT_EQ(accepted->status, 201) << accepted->body;
    const json answer = json::parse(accepted->body);
    EXPECT_EQ(answer["recorded_by"], "thanh");
    EXPECT_EQ(stored_prospects(store()).at(answer["id"]), "thanh");
    // The field page's form of a token: percent-encoded UTF-8 (browsers send no UTF-8 headers).
    std::string encoded;
    for (const unsigned char c : kLan) {
        static const char* digits = "0123456789ABCDEF";
        encoded += std::isalnum(c) ? std::string(1, char(c)) : std::string("%") + digits[c >> 4] + digits[c & 15];
    }
    httplib::Client client("127.0.0.1", service->port());
    const auto from_page = client.Post("/api/leads", {{"X-Coverplan-Token-Encoded", encoded}},
                                       json{{"lat", 21.4013}, {"lon", 106.0001}, {"technology", "ftth"}}.dump(),
                                       "application/json");
    ASSERT_TRUE(from_page);
    EXPECT_EQ(from_page->status, 201) << from_page->body;
    EXPECT_EQ(json::parse(from_page->body)["recorded_by"], "lan");
    const auto not_utf8 = client.Post("/api/leads", {{"X-Coverplan-Token-Encoded", "L%E0n"}}, place.dump(), "application/json");
    ASSERT_TRUE(not_utf8);
    EXPECT_EQ(not_utf8->status, 401);
    EXPECT_EQ(json::parse(not_utf8->body)["error"],
              "header X-Coverplan-Token-Encoded (decoded) is not valid UTF-8 (byte 0xE0 at offset 1): a token is Unicode "
              "text, sent as UTF-8");
    // The project's single token goes on working, as the user "token".
    const auto team = post({{"lat", 21.4009}, {"lon", 106.0009}, {"technology", "ftth"}, {"recorded_by", "Chị Hoa"}}, kTeam);
    ASSERT_TRUE(team);
    EXPECT_EQ(team->status, 201) << team->body;
    EXPECT_EQ(json::parse(team->body)["recorded_by"], "token");
}

TEST_F(UsersHttp, ConcurrentUsersAreEachAttributedTheirOwn) {
    const std::vector<std::pair<std::string, std::string>> users = {{"lan", kLan}, {"minh", kMinh}, {"thanh", kThanhNfd}};
    constexpr int kThreadsPerUser = 3, kEach = 8;
    std::mutex mutex;
    std::map<std::string, std::string> answered;  // id -> recorded_by in the answer
    std::map<std::string, std::string> expected;  // id -> the user who sent it
    std::vector<std::thread> threads;
    for (std::size_t u = 0; u < users.size(); ++u)
        for (int t = 0; t < kThreadsPerUser; ++t)
            threads.emplace_back([&, u, t] {
                for (int k = 0; k < kEach; ++k) {
                    // 0.0002 degrees apart (over 20 m): no two are one prospect.
                    const json body = {{"lat", 21.40 + 0.0002 * k}, {"lon", 106.00 + 0.0002 * (u * kThreadsPerUser + t)},
                                       {"technology", "ftth"}, {"note", "khách " + std::to_string(k)}};
                    const auto result = post(body, users[u].second);
                    if (!result || result->status != 201) {
                        ADD_FAILURE() << (result ? result->body : "no answer");
                        continue;
                    }
                    const json answer = json::parse(result->body);
                    std::lock_guard lock(mutex);
                    answered[answer["id"]] = answer["recorded_by"];
                    expected[answer["id"]] = users[u].first;
                }
            });
    for (auto& thread : threads) thread.join();
    ASSERT_EQ(expected.size(), users.size() * kThreadsPerUser * kEach);
    EXPECT_EQ(answered, expected);
    const auto stored = stored_prospects(store());
    std::map<std::string, int> stored_per_user, logged_per_user;
    for (const auto& [id, user] : expected) {
        ASSERT_TRUE(stored.count(id)) << id;
        EXPECT_EQ(stored.at(id), user) << id;
        ++stored_per_user[stored.at(id)];
    }
    for (const json& entry : audit())
        if (entry["action"] == "prospect.record" && expected.count(entry["target"])) {
            EXPECT_EQ(entry["user_name"], expected.at(entry["target"])) << entry;
            ++logged_per_user[entry["user_name"]];
        }
    const std::map<std::string, int> each = {{"lan", 24}, {"minh", 24}, {"thanh", 24}};
    EXPECT_EQ(stored_per_user, each);
    EXPECT_EQ(logged_per_user, each);
}

TEST_F(UsersHttp, ADoubleSubmissionIsStoredOnce) {
    const std::size_t before = stored_prospects(store()).size();
    const json body = {{"lat", 21.4003}, {"lon", 106.0001}, {"technology", "ftth"}, {"phone", "0912 345 678"},
                       {"customer_name", "Nguyễn Thị Hoa"}};
    constexpr int kAtOnce = 6;
    std::latch start(kAtOnce);
    std::mutex mutex;
    std::vector<json> answers;
    std::vector<int> statuses;
    std::vector<std::thread> threads;
    for (int t = 0; t < kAtOnce; ++t)
        threads.emplace_back([&] {
            start.arrive_and_wait();
            const auto result = post(body, kLan);
            std::lock_guard lock(mutex);
            statuses.push_back(result ? result->status : 0);
            answers.push_back(result ? json::parse(result->body) : json());
        });
    for (auto& thread : threads) thread.join();
    std::string id;
    for (std::size_t i = 0; i < answers.size(); ++i)
        if (statuses[i] == 201) {
            EXPECT_TRUE(id.empty()) << "stored twice";
            id = answers[i]["id"];
            EXPECT_EQ(answers[i]["status"], "new");
        }
    ASSERT_FALSE(id.empty());
    for (std::size_t i = 0; i < answers.size(); ++i)
        if (answers[i]["id"] != id || statuses[i] != 201) {
            EXPECT_EQ(statuses[i], 200);
            EXPECT_EQ(answers[i]["status"], "duplicate");
            EXPECT_EQ(answers[i]["duplicate_of"], id);
        }
    EXPECT_EQ(stored_prospects(store()).size(), before + 1);
    // Another salesperson, 5 m away, the same phone written otherwise: the same customer.
    const auto again = post({{"lat", 21.40034}, {"lon", 106.0001}, {"technology", "ftth"}, {"phone", "+84 912-345-678"}}, kMinh);
    ASSERT_TRUE(again);
    EXPECT_EQ(again->status, 200) << again->body;
    EXPECT_EQ(json::parse(again->body)["duplicate_of"], id);
    // Another customer at the same door is a prospect of their own.
    const auto neighbour = post({{"lat", 21.4003}, {"lon", 106.0001}, {"technology", "ftth"}, {"phone", "0987 654 321"}}, kLan);
    ASSERT_TRUE(neighbour);
    EXPECT_EQ(neighbour->status, 201) << neighbour->body;
    const auto stored = stored_prospects(store());
    EXPECT_EQ(stored.size(), before + 2);
    int duplicates = 0;
    for (const json& entry : audit())
        if (entry["action"] == "prospect.duplicate" && entry["target"] == id) ++duplicates;
    EXPECT_EQ(duplicates, kAtOnce);  // five at once and Minh's
}

TEST_F(UsersHttp, AuditListsSinceADate) {
    ASSERT_EQ(post({{"lat", 21.4007}, {"lon", 106.0013}, {"technology", "ftth"}}, kMinh)->status, 201);
    const json all = audit();
    ASSERT_TRUE(all.is_array());
    ASSERT_FALSE(all.empty());
    const json& last = all.back();
    EXPECT_EQ(last["user_name"], "minh");
    EXPECT_EQ(last["action"], "prospect.record");
    EXPECT_EQ(last["details"]["technology"], "ftth");
    EXPECT_EQ(last["at"].get<std::string>().substr(0, 10), today_utc());
    EXPECT_EQ(audit("--since " + today_utc()).size(), all.size());
    EXPECT_EQ(audit("--since 2999-01-01"), json::array());
    const CommandRun text = run_coverplan("audit '" + *project + "' --since " + today_utc(), *dir);
    ASSERT_EQ(text.exit_code, 0) << text.err;
    EXPECT_NE(text.out.find("prospect.record"), std::string::npos) << text.out;
    EXPECT_NE(text.out.find("minh"), std::string::npos);
    const CommandRun bad = run_coverplan("audit '" + *project + "' --since 2026-13-01", *dir);
    EXPECT_EQ(bad.exit_code, 2);
    EXPECT_EQ(bad.err.substr(0, bad.err.find('\n')), "coverplan audit: --since '2026-13-01' has no month 13");
}

TEST_F(UsersHttp, NoTokenOrHashIsShownAnywhere) {
    const CommandRun list = run_coverplan("users list '" + *project + "'", *dir);
    ASSERT_EQ(list.exit_code, 0) << list.err;
    EXPECT_NE(list.out.find("thu"), std::string::npos);
    EXPECT_NE(list.out.find("reader"), std::string::npos);
    const CommandRun audit_text = run_coverplan("audit '" + *project + "'", *dir);
    std::ifstream log_file(dir->path() / "serve.log");
    const std::string log((std::istreambuf_iterator<char>(log_file)), {});
    const std::string outputs = service->banner() + list.out + list.err + audit_text.out + audit_text.err + log +
                                json(audit()).dump() + run_coverplan("users list '" + *project + "' --json", *dir).out;
    for (const std::string& secret : {kLan, kMinh, kThu, kThanhNfc, kThanhNfd, kTeam, std::string("$argon2")})
        EXPECT_EQ(outputs.find(secret), std::string::npos) << secret;
}

TEST(UsersFile, ABadFileStopsTheServiceNamingFileLineAndKey) {
    TempDir dir;
    const fs::path sample = fs::path(coverplan::test::kSourceDir) / "datasets" / "sample";
    fs::copy(sample, dir.path() / "sample", fs::copy_options::recursive);
    const fs::path project = dir.path() / "sample" / "project.toml";
    std::ofstream(project, std::ios::app) << "\n[serve]\nusers = \"users.toml\"\n";
    dir.write("sample/users.toml", "[[user]]\nname = \"lan\"\nrole = \"admin\"\ntoken_hash = \"$argon2id$x\"\n");
    const CommandRun serve = run_coverplan("serve '" + project.string() + "' --port 0", dir);
    EXPECT_EQ(serve.exit_code, 2);
    EXPECT_NE(serve.err.find((dir.path() / "sample" / "users.toml").string() +
                             ":3: key 'role': unknown role 'admin' (one of: sales, planner, reader)"),
              std::string::npos)
        << serve.err;
    const CommandRun add = run_coverplan("users add '" + project.string() + "' minh --role boss < /dev/null", dir);
    EXPECT_EQ(add.exit_code, 2);
    EXPECT_NE(add.err.find("--role 'boss' is not a role (one of: sales, planner, reader)"), std::string::npos) << add.err;
}

}  // namespace
