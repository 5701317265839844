// The field service against what an attacker or a broken client sends, over
// raw sockets so the bytes are exactly these: invalid UTF-8 in every part of
// a request, JSON nested 50,000 deep, oversize headers, broken HTTP, and
// hundreds of idle and slowly-sending connections. Every request gets a JSON
// answer naming what was wrong, never the internals, and the service goes on
// answering everyone else.

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <thread>
#include <vector>

#include "server/raw_connection.h"
#include "server/service_process.h"
#include "support/temp_dir.h"
#include "test_config.h"

using coverplan::test::get_request;
using coverplan::test::post_request;
using coverplan::test::RawAnswer;
using coverplan::test::RawConnection;
using coverplan::test::ServiceProcess;
using coverplan::test::TempDir;
using nlohmann::json;
namespace fs = std::filesystem;
using namespace std::chrono_literals;

namespace {

constexpr const char* kToken = "hostile-test-token";
constexpr const char* kCheck = "/api/check?lat=21.2653106&lon=106.2019717";

class HostileClients : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        dir = new TempDir();
        const fs::path sample = fs::path(coverplan::test::kSourceDir) / "datasets" / "sample";
        fs::copy(sample, dir->path() / "sample", fs::copy_options::recursive);
        const fs::path project = dir->path() / "sample" / "project.toml";
        std::ofstream(project, std::ios::app) << "\n[serve]\ntoken = \"" << kToken << "\"\n";
        service = new ServiceProcess(project.string(), {}, 0, (dir->path() / "stderr.txt").string());
    }
    static void TearDownTestSuite() {
        delete service;
        delete dir;
    }
    static std::string service_log() {
        std::ifstream in(dir->path() / "stderr.txt");
        return std::string(std::istreambuf_iterator<char>(in), {});
    }

    /// Sends `request` on a connection of its own and returns the answer.
    static RawAnswer exchange(const std::string& request, const std::string& from = "127.0.0.1") {
        RawConnection connection(service->port(), from);
        const auto answer = connection.exchange(request);
        EXPECT_TRUE(answer) << "no answer to " << request.substr(0, 200);
        return answer.value_or(RawAnswer{});
    }

    /// Asserts a JSON refusal with `status` naming `parameter`, whose message
    /// contains `words`, and no trace of an exception anywhere.
    static void expect_refusal(const RawAnswer& answer, int status, const std::string& parameter,
                               const std::string& words, const std::string& what) {
        EXPECT_EQ(answer.status, status) << what << "\n" << answer.head << answer.body;
        EXPECT_NE(answer.head.find("Content-Type: application/json"), std::string::npos) << what << "\n" << answer.head;
        const json body = json::parse(answer.body, nullptr, false);
        ASSERT_TRUE(body.is_object()) << what << ": " << answer.body;
        EXPECT_EQ(body.value("parameter", ""), parameter) << what << ": " << answer.body;
        EXPECT_NE(body.value("error", "").find(words), std::string::npos) << what << ": " << answer.body;
        for (const std::string& text : {answer.head, answer.body}) {
            EXPECT_EQ(text.find("exception"), std::string::npos) << what << ": " << text;
            EXPECT_EQ(text.find("EXCEPTION"), std::string::npos) << what << ": " << text;
        }
    }

    static void expect_healthy() {
        EXPECT_TRUE(service->running());
        const RawAnswer health = exchange(get_request("/healthz"));
        EXPECT_EQ(health.status, 200) << health.body;
    }

    static TempDir* dir;
    static ServiceProcess* service;
};

TempDir* HostileClients::dir = nullptr;
ServiceProcess* HostileClients::service = nullptr;

TEST_F(HostileClients, AnInvalidUtf8PathIsRefusedNotFatal) {
    // These two requests ended the service (an uncaught exception building
    // the not-found answer).
    for (const char* path : {"/%ff", "/%ed%a0%80", "/api/%c0%af", "/static/%e1%bb"})
        expect_refusal(exchange(get_request(path)), 400, "path", "the path is not valid UTF-8", path);
    // The same bytes sent unescaped.
    expect_refusal(exchange(get_request("/\xff")), 400, "path", "the path is not valid UTF-8", "raw 0xFF");
    expect_refusal(exchange(get_request("/api/check?lat=%4")), 400, "lat", "malformed escape", "%4");
    expect_refusal(exchange(get_request("/a%zzb")), 400, "path", "malformed escape", "%zz");
    expect_healthy();
}

TEST_F(HostileClients, InvalidUtf8IsRefusedNamingThePart) {
    expect_refusal(exchange(get_request("/api/check?lat=%ff&lon=106.2")), 400, "lat",
                   "query parameter lat is not valid UTF-8", "query value");
    expect_refusal(exchange(get_request("/api/check?lat=21.2&lon=106.2&tech=ftth%ed%a0%80")), 400, "tech",
                   "query parameter tech is not valid UTF-8", "surrogate in tech");
    expect_refusal(exchange(get_request("/api/zones?%fe=1")), 400, "query", "a query parameter's name is not valid UTF-8",
                   "query name");
    expect_refusal(exchange(post_request("/api/check", "[{\"lat\": 21.2, \"lon\": 106.2, \"id\": \"\xff\"}]")), 400,
                   "body", "body is not valid UTF-8", "JSON body");
    expect_refusal(exchange(post_request("/api/check", "lat,lon,id\n21.2,106.2,\xc3(\n", "text/csv")), 400, "body",
                   "body is not valid UTF-8", "CSV body");
    expect_refusal(exchange(post_request("/api/check", "lat,lon\n21.2,106.2\n", "text/csv\xff")), 400, "Content-Type",
                   "header Content-Type is not valid UTF-8", "Content-Type");
    const std::string lead = R"({"lat": 21.4, "lon": 106.0, "technology": "ftth"})";
    expect_refusal(exchange(post_request("/api/leads", lead, "application/json", "Authorization: Bearer \xff\r\n")), 401,
                   "token", "header Authorization is not valid UTF-8", "token");
    expect_refusal(exchange(post_request("/api/leads", "{\"lat\": 21.4, \"lon\": 106.0, \"technology\": \"ftth\", "
                                                       "\"note\": \"\xed\xa0\x80\"}",
                                         "application/json", std::string("Authorization: Bearer ") + kToken + "\r\n")),
                   400, "body", "body is not valid UTF-8", "lead body");
    expect_healthy();
    EXPECT_EQ(service_log().find("internal error"), std::string::npos) << service_log();
}

TEST_F(HostileClients, DeeplyNestedJsonIsRefused) {
    // 50,000 brackets overflowed the stack.
    expect_refusal(exchange(post_request("/api/check", std::string(50000, '['))), 400, "body",
                   "nests arrays or objects more than 32 levels deep", "50,000 brackets");
    std::string objects;
    for (int i = 0; i < 20000; ++i) objects += "{\"a\":";
    expect_refusal(exchange(post_request("/api/check", objects)), 400, "body", "more than 32 levels", "20,000 objects");
    expect_refusal(exchange(post_request("/api/leads", std::string(100000, '['), "application/json",
                                         std::string("Authorization: Bearer ") + kToken + "\r\n")),
                   400, "body", "more than 32 levels", "a nested prospect");
    // 33 levels are too many, brackets inside strings do not count, 32 are read.
    expect_refusal(exchange(post_request("/api/check", std::string(33, '[') + std::string(33, ']'))), 400, "body",
                   "more than 32 levels deep (at byte 32)", "33 levels");
    const std::string in_text = R"([{"lat": 21.2653106, "lon": 106.2019717, "id": ")" + std::string(1000, '[') + "\"}]";
    const RawAnswer text_answer = exchange(post_request("/api/check", in_text));
    EXPECT_EQ(text_answer.status, 200) << text_answer.body;
    const RawAnswer deep_ok = exchange(post_request("/api/check", std::string(32, '[') + std::string(32, ']')));
    EXPECT_EQ(deep_ok.status, 200) << deep_ok.body;  // one point that is not a point, reported in place
    expect_healthy();
}

TEST_F(HostileClients, OversizeAndBrokenRequestsAreAnswered) {
    expect_refusal(exchange(get_request("/healthz", "X-Padding: " + std::string(20000, 'x') + "\r\n")), 431, "header",
                   "request header larger than 16384 bytes", "a 20 KB header field");
    expect_refusal(exchange(get_request("/api/check?lat=" + std::string(20000, '1'))), 431, "header",
                   "request header larger", "a 20 KB target");
    std::string many;
    for (int i = 0; i < 2000; ++i) many += "X-" + std::to_string(i) + ": y\r\n";
    expect_refusal(exchange(get_request("/healthz", many)), 431, "header", "request header larger", "2,000 fields");
    const RawAnswer garbage = exchange("HELLO THERE\r\n\r\n");
    EXPECT_EQ(garbage.status, 400) << garbage.head;
    EXPECT_TRUE(json::parse(garbage.body, nullptr, false).contains("error")) << garbage.body;
    const RawAnswer bad_length = exchange("POST /api/check HTTP/1.1\r\nHost: x\r\nContent-Length: -5\r\n\r\n");
    EXPECT_EQ(bad_length.status, 400) << bad_length.head;
    expect_refusal(exchange("POST /api/check HTTP/1.1\r\nHost: x\r\nContent-Length: 99999999999\r\n\r\n"), 413, "body",
                   "request body larger than", "a huge Content-Length");
    expect_refusal(exchange(get_request("/api/nothing")), 404, "", "no such endpoint: GET /api/nothing", "404");
    const RawAnswer head = exchange("HEAD /healthz HTTP/1.1\r\nHost: x\r\n\r\n");
    EXPECT_EQ(head.status, 200);
    EXPECT_TRUE(head.body.empty());
    expect_healthy();
}

TEST_F(HostileClients, IdleAndSlowConnectionsStallNobody) {
    // 200 connections that send nothing and 80 that send their header one
    // line a second, from other addresses of this machine (each within the
    // bound per address) ...
    std::vector<RawConnection> idle, slow;
    for (int i = 0; i < 200; ++i) idle.emplace_back(service->port(), "127.0.0." + std::to_string(2 + i / 40));
    for (int i = 0; i < 80; ++i) {
        slow.emplace_back(service->port(), "127.0.0." + std::to_string(10 + i / 40));
        ASSERT_TRUE(slow.back().send("GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n"));
    }
    std::atomic<bool> stop{false};
    std::thread dripping([&] {
        for (int line = 0; !stop; ++line) {
            for (auto& connection : slow) connection.send("X-Line-" + std::to_string(line) + ": still coming\r\n");
            for (int k = 0; k < 10 && !stop; ++k) std::this_thread::sleep_for(100ms);
        }
    });
    // ... and a phone still gets its answers at once (a thread per connection
    // took 30 s and more here).
    for (int round = 0; round < 4; ++round) {
        RawConnection phone(service->port());
        const auto health = phone.exchange(get_request("/healthz"), 3s);
        ASSERT_TRUE(health) << "no answer to /healthz within 3 s, round " << round;
        EXPECT_EQ(health->status, 200);
        const auto check = phone.exchange(get_request(kCheck), 3s);
        ASSERT_TRUE(check) << "no answer to /api/check within 3 s, round " << round;
        EXPECT_EQ(check->status, 200);
        std::this_thread::sleep_for(500ms);
    }
    // Idle connections are closed by the header time limit (10 s), and so
    // are the slow ones that never finish their header.
    EXPECT_TRUE(idle.front().closed_within(15s));
    EXPECT_TRUE(slow.front().closed_within(15s));
    stop = true;
    dripping.join();
    EXPECT_TRUE(idle.back().closed_within(5s));
}

TEST_F(HostileClients, ConnectionsFromOneAddressAreBounded) {
    std::vector<RawConnection> held;
    for (int i = 0; i < 64; ++i) held.emplace_back(service->port(), "127.0.0.20");
    // The 65th from that address is turned away with a JSON answer ...
    RawConnection one_more(service->port(), "127.0.0.20");
    const auto refused = one_more.answer(5s);
    ASSERT_TRUE(refused);
    EXPECT_EQ(refused->status, 429);
    EXPECT_NE(json::parse(refused->body)["error"].get<std::string>().find("too many open connections from 127.0.0.20"),
              std::string::npos)
        << refused->body;
    EXPECT_TRUE(one_more.closed_within(5s));
    // ... while other addresses are served, and a place freed is taken again.
    expect_healthy();
    held.pop_back();
    std::this_thread::sleep_for(200ms);
    RawConnection again(service->port(), "127.0.0.20");
    const auto served = again.exchange(get_request("/healthz"), 5s);
    ASSERT_TRUE(served);
    EXPECT_EQ(served->status, 200);
}

TEST_F(HostileClients, KeepAliveConnectionsEndAfterTheirRequests) {
    RawConnection connection(service->port());
    for (int i = 1; i < 1000; ++i) {
        const auto answer = connection.exchange(get_request("/healthz"));
        ASSERT_TRUE(answer) << i;
        ASSERT_FALSE(answer->closes()) << i;
    }
    const auto last = connection.exchange(get_request("/healthz"));
    ASSERT_TRUE(last);
    EXPECT_EQ(last->status, 200);
    EXPECT_TRUE(last->closes()) << last->head;
    EXPECT_TRUE(connection.closed_within(5s));
}

}  // namespace
