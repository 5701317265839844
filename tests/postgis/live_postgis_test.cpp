// The service following a PostgreSQL source: `coverplan db init --project`
// installs the change counters on the project's coverage table; a node
// filled by an UPDATE in the database turns the service's answer "full"
// within seconds, without a restart and without the service reading the
// table until it changed. Without the counters the service says the database
// is not followed (its password never shown).

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <thread>

#include "postgis_schema.h"
#include "server/raw_connection.h"
#include "server/service_process.h"
#include "support/run_coverplan.h"
#include "support/temp_dir.h"

namespace coverplan::test {
namespace {

using nlohmann::json;
using namespace std::chrono_literals;

// Subscriber TB00000001 of the sample: ftth available here.
constexpr const char* kAvailable = "/api/check?lat=21.2653106&lon=106.2019717&tech=ftth";

/// The sample with its coverage in `database` (table coverage).
std::filesystem::path sample_with_coverage_in(const TempDir& dir, const std::string& database) {
    const std::filesystem::path sample = std::filesystem::path(kSampleProject).parent_path();
    for (const auto& entry : std::filesystem::directory_iterator(sample))
        std::filesystem::copy(entry.path(), dir / entry.path().filename().string());
    load_into((sample / "province.gpkg").string(), database, "coverage", "coverage");
    std::string text = dir.read("project.toml");
    const std::string from = "source = \"province.gpkg\"\nlayer = \"coverage\"";
    EXPECT_NE(text.find(from), std::string::npos);
    text.replace(text.find(from), from.size(), "source = \"" + database + "\"\nlayer = \"coverage\"");
    return dir.write("project.toml", text);
}

void execute(const std::string& database, const std::string& sql) {
    GDALDatasetUniquePtr db(GDALDataset::Open(database.c_str(), GDAL_OF_VECTOR | GDAL_OF_UPDATE));
    ASSERT_TRUE(db);
    db->ReleaseResultSet(db->ExecuteSQL(sql.c_str(), nullptr, nullptr));
}

json get(RawConnection& connection, const std::string& path) {
    const auto answer = connection.exchange(get_request(path));
    EXPECT_TRUE(answer && answer->status == 200) << path;
    return answer ? json::parse(answer->body, nullptr, false) : json();
}

TEST(LivePostgis, ANodeFilledByAnUpdateTurnsTheAnswerFull) {
    const std::string database = fresh_postgis_schema("live_data_test");
    ASSERT_FALSE(database.empty());
    TempDir dir;
    const auto project = sample_with_coverage_in(dir, database);
    const CommandRun init = run_coverplan("db init '" + database + "' --project '" + project.string() + "' --json", dir);
    ASSERT_EQ(init.exit_code, 0) << init.err;
    const json steps = json::parse(init.out)["steps"];
    bool trigger = false;
    for (const auto& step : steps) trigger = trigger || (step["kind"] == "trigger" && step["name"] == "live_data_test.coverage");
    EXPECT_TRUE(trigger) << init.out;

    ServiceProcess service(project.string());
    RawConnection connection(service.port());
    const json health = get(connection, "/healthz");
    EXPECT_EQ(health["not_followed"], json::array()) << health.dump();
    const json first = get(connection, kAvailable);
    ASSERT_EQ(first["status"], "available") << first.dump();
    std::string nodes;
    for (const auto& n : first["nodes"]) nodes += (nodes.empty() ? "'" : ",'") + n["node_id"].get<std::string>() + "'";
    execute(database, "UPDATE live_data_test.coverage SET ports_used = ports WHERE node_id IN (" + nodes + ")");
    bool full = false;
    for (int i = 0; i < 200 && !full; ++i) {  // 20 s
        RawConnection again(service.port());
        full = get(again, kAvailable)["status"] == "full";
        if (!full) std::this_thread::sleep_for(100ms);
    }
    EXPECT_TRUE(full) << "the update was not followed";
    RawConnection last(service.port());
    EXPECT_GE(get(last, "/healthz")["data_version"].get<int>(), 2);
}

TEST(LivePostgis, ADatabaseWithoutCountersIsSaidNotFollowed) {
    const std::string database = fresh_postgis_schema("live_unfollowed_test");
    ASSERT_FALSE(database.empty());
    TempDir dir;
    const auto project = sample_with_coverage_in(dir, database + " password=Hidden-Pa55");
    ServiceProcess service(project.string());
    EXPECT_NE(service.banner().find("not followed"), std::string::npos) << service.banner();
    EXPECT_EQ(service.banner().find("Hidden-Pa55"), std::string::npos) << service.banner();
    RawConnection connection(service.port());
    const json health = get(connection, "/healthz");
    ASSERT_EQ(health["not_followed"].size(), 1u) << health.dump();
    const std::string said = health["not_followed"][0];
    EXPECT_NE(said.find("coverplan db init"), std::string::npos) << said;
    EXPECT_EQ(said.find("Hidden-Pa55"), std::string::npos) << said;
    EXPECT_EQ(health["status"], "ok");
}

}  // namespace
}  // namespace coverplan::test
