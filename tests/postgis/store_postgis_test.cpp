// The shared store in a real PostgreSQL + PostGIS cluster (the "postgis"
// ctest fixture), in a schema of its own: `coverplan db init` twice, the
// group roles' rights checked by logging in as people granted them, and
// snapshots, history and prospects through projects whose [workspace] is the
// store. Outcomes are read back with PostgreSQL's own catalogue and SQL.

#include <gdal_priv.h>
#include <gtest/gtest.h>
#include <ogrsf_frmts.h>

#include <nlohmann/json.hpp>

#include "gis/error.h"
#include "gis/layer_appender.h"
#include "gis/table_store.h"
#include "planner/dataset.h"
#include "support/history_project.h"
#include "support/run_coverplan.h"
#include "support/sql_value.h"
#include "ui/store/snapshots.h"
#include "ui/store/tables.h"
#include "ui/store/workspace.h"

namespace coverplan::store {
namespace {

namespace fs = std::filesystem;
using test::CommandRun;
using test::run_coverplan;

constexpr const char* kSchema = "store_test";

class StorePostgis : public ::testing::Test {
protected:
    void SetUp() override {
        const char* pg = std::getenv("COVERPLAN_TEST_PG");
        ASSERT_TRUE(pg && std::string(pg).rfind("PG:", 0) == 0) << "COVERPLAN_TEST_PG is not set (ctest sets it)";
        base_ = pg;
        GDALAllRegister();
        // A fresh schema, and login roles for a salesperson and a planner.
        sql("DROP SCHEMA IF EXISTS " + std::string(kSchema) + " CASCADE");
        for (const char* role : {"store_test_sales", "store_test_planner"}) sql(std::string("DROP ROLE IF EXISTS ") + role);
    }

    /// One statement as the cluster's superuser; the first column of the first row.
    std::string sql(const std::string& statement) const { return test::sql_value(base_, statement, true); }

    std::string store_as(const std::string& user) const {
        return base_ + " active_schema=" + kSchema + (user.empty() ? "" : " user=" + user);
    }

    std::string base_;
};

TEST_F(StorePostgis, InitTwiceSaysWhatExistsAndGrantsTheRoles) {
    test::TempDir dir;
    // A password in the connection string (the cluster trusts local users):
    // never printed.
    const std::string store = store_as("") + " password=Kh0ng-In-Ra";
    CommandRun run = run_coverplan("db init '" + store + "' --json", dir);
    ASSERT_EQ(run.exit_code, 0) << run.err;
    EXPECT_EQ(run.out.find("Kh0ng-In-Ra"), std::string::npos);
    nlohmann::json first = nlohmann::json::parse(run.out);
    EXPECT_EQ(first["schema"], kSchema);
    EXPECT_EQ(first["version"], 2);
    std::map<std::string, bool> created;
    for (const auto& step : first["steps"]) created[step["kind"].get<std::string>() + " " + step["name"].get<std::string>()] = step["created"];
    EXPECT_TRUE(created.at(std::string("schema ") + kSchema));
    for (const auto& table : store_tables()) EXPECT_TRUE(created.at("table " + table.name)) << table.name;
    EXPECT_TRUE(created.at("version 2"));
    EXPECT_TRUE(created.count("role coverplan_reader") && created.count("role coverplan_planner"));

    run = run_coverplan("db init '" + store + "'", dir);
    ASSERT_EQ(run.exit_code, 0) << run.err;
    EXPECT_EQ(run.out.find("Kh0ng-In-Ra"), std::string::npos);
    EXPECT_EQ(run.err.find("Kh0ng-In-Ra"), std::string::npos);
    EXPECT_NE(run.out.find("Everything existed already"), std::string::npos) << run.out;
    EXPECT_EQ(run.out.find("created "), std::string::npos) << run.out;
    run = run_coverplan("db init '" + store + "' --json", dir);
    const nlohmann::json second = nlohmann::json::parse(run.out);
    for (const auto& step : second["steps"]) {
        if (step["kind"] != "privileges") {
            EXPECT_FALSE(step["created"].get<bool>()) << step.dump();
        }
    }

    // What PostgreSQL itself says.
    EXPECT_EQ(sql(std::string("SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = '") + kSchema + "'"),
              std::to_string(store_tables().size()));
    EXPECT_EQ(sql("SELECT COUNT(*) FROM pg_roles WHERE rolname IN ('coverplan_reader', 'coverplan_planner') AND NOT rolcanlogin"), "2");
    EXPECT_EQ(sql(std::string("SELECT COUNT(*) FROM ") + kSchema + ".schema_version"), "1");
    for (const char* index : {"snapshot_zones_key", "field_leads_key"})
        EXPECT_EQ(sql(std::string("SELECT COUNT(*) FROM pg_indexes WHERE schemaname = '") + kSchema +
                      "' AND indexname = '" + index + "'"),
                  "1")
            << index;

    // A store of version 1 (field_leads without idempotency_key) is brought up to date.
    sql(std::string("DROP INDEX ") + kSchema + ".field_leads_key");
    sql(std::string("ALTER TABLE ") + kSchema + ".field_leads DROP COLUMN idempotency_key");
    sql(std::string("DELETE FROM ") + kSchema + ".schema_version WHERE version = 2");
    run = run_coverplan("db init '" + store + "' --json", dir);
    ASSERT_EQ(run.exit_code, 0) << run.err;
    EXPECT_EQ(sql(std::string("SELECT COUNT(*) FROM information_schema.columns WHERE table_schema = '") + kSchema +
                  "' AND table_name = 'field_leads' AND column_name = 'idempotency_key'"),
              "1");
    EXPECT_EQ(sql(std::string("SELECT MAX(version) FROM ") + kSchema + ".schema_version"), "2");
    auto can = [&](const char* role, const std::string& table, const char* privilege) {
        return sql(std::string("SELECT has_table_privilege('") + role + "', '" + kSchema + "." + table + "', '" + privilege +
                   "')");
    };
    EXPECT_EQ(can("coverplan_reader", "snapshots", "SELECT"), "1");
    EXPECT_EQ(can("coverplan_reader", "snapshots", "INSERT"), "0");
    EXPECT_EQ(can("coverplan_reader", "users", "SELECT"), "0");  // token hashes stay with the planners
    EXPECT_EQ(can("coverplan_planner", "snapshots", "DELETE"), "1");
    EXPECT_EQ(can("coverplan_planner", "field_leads", "INSERT"), "1");
    EXPECT_EQ(can("coverplan_planner", "audit_log", "INSERT"), "1");
    EXPECT_EQ(can("coverplan_planner", "audit_log", "UPDATE"), "0");  // the log only grows
    EXPECT_EQ(can("coverplan_planner", "audit_log", "DELETE"), "0");
}

TEST_F(StorePostgis, ReadersReadPlannersWriteSnapshotsAndProspects) {
    test::TempDir dir;
    ASSERT_EQ(run_coverplan("db init '" + store_as("") + "'", dir).exit_code, 0);
    sql("CREATE ROLE store_test_sales LOGIN");
    sql("GRANT coverplan_reader TO store_test_sales");
    sql("CREATE ROLE store_test_planner LOGIN");
    sql("GRANT coverplan_planner TO store_test_planner");

    // A salesperson's role reads but cannot write: the insert is refused.
    {
        gis::TableStore reader(store_as("store_test_sales"), "sales", gis::TableStore::Mode::Update);
        EXPECT_TRUE(reader.select(snapshots_table()).empty());
        const gis::Row row = {std::string("P"), std::string("2026-10-31"), gis::FieldValue(), gis::FieldValue(),
                              std::int64_t(6), std::int64_t(0), std::int64_t(0)};
        try {
            reader.insert(snapshots_table(), std::span(&row, 1));
            FAIL() << "a reader inserted a row";
        } catch (const InputError& error) {
            EXPECT_NE(std::string(error.what()).find("permission denied"), std::string::npos) << error.what();
        }
        EXPECT_THROW(reader.select(users_table()), InputError);
    }
    EXPECT_EQ(sql(std::string("SELECT COUNT(*) FROM ") + kSchema + ".snapshots"), "0");

    // A planner's project takes two monthly snapshots (the second twice).
    const auto workspace = [&](const std::string& user) {
        return "\n[workspace]\nstore = \"" + store_as(user) + "\"\n";
    };
    const fs::path project = test::write_history_project(dir, false, workspace("store_test_planner"));
    const std::string quoted = "'" + project.string() + "'";
    CommandRun run = run_coverplan("snapshot " + quoted + " --json", dir);
    ASSERT_EQ(run.exit_code, 0) << run.err;
    EXPECT_EQ(nlohmann::json::parse(run.out)["taken_by"], "store_test_planner");
    test::write_history_project(dir, true, workspace("store_test_planner"));
    ASSERT_EQ(run_coverplan("snapshot " + quoted, dir).exit_code, 0);
    run = run_coverplan("snapshot " + quoted + " --json", dir);
    ASSERT_EQ(run.exit_code, 0) << run.err;
    EXPECT_TRUE(nlohmann::json::parse(run.out)["replaced"].get<bool>());
    const std::string schema = kSchema;
    EXPECT_EQ(sql("SELECT COUNT(*) FROM " + schema + ".snapshots"), "2");
    EXPECT_EQ(sql("SELECT COUNT(*) FROM " + schema + ".snapshot_zones WHERE as_of = '2026-11-30'"), "13");
    EXPECT_EQ(sql("SELECT COUNT(*) FROM " + schema + ".snapshot_nodes"), "2");
    EXPECT_EQ(sql("SELECT investment_rank FROM " + schema + ".snapshot_zones WHERE zone_id = 'Z01' AND as_of = '2026-11-30'"),
              "2");

    // The salesperson's project reads the history; a snapshot is refused.
    test::TempDir sales_dir;
    const fs::path sales = test::write_history_project(sales_dir, true, workspace("store_test_sales"));
    run = run_coverplan("history '" + sales.string() + "' --json", sales_dir);
    ASSERT_EQ(run.exit_code, 0) << run.err;
    const nlohmann::json history = nlohmann::json::parse(run.out);
    ASSERT_EQ(history["changes"].size(), 1u);
    EXPECT_EQ(history["changes"][0]["investment"]["entered_top"][0]["zone_id"], "Z01");
    EXPECT_EQ(history["changes"][0]["investment"]["left_top"][0]["zone_id"], "Z03");
    EXPECT_EQ(history["changes"][0]["nodes_newly_running_out"][0]["node_id"], "N1");
    run = run_coverplan("snapshot '" + sales.string() + "'", sales_dir);
    EXPECT_EQ(run.exit_code, 2);
    EXPECT_NE(run.err.find("permission denied"), std::string::npos) << run.err;
    EXPECT_EQ(sql("SELECT COUNT(*) FROM " + schema + ".snapshots"), "2");

    // Prospects: with the store named and no [serve] leads, they go to its
    // field_leads table (made by db init), and the next load reads them.
    const planner::Project loaded = planner::load_project(project, "2026-11-30");
    EXPECT_EQ(loaded.serve.leads_store.source, store_as("store_test_planner"));
    EXPECT_EQ(loaded.serve.leads_store.layer, "field_leads");
    const std::size_t leads_before = planner::load_dataset(loaded).leads.size();
    {
        gis::LayerAppender appender(loaded.serve.leads_store, field_leads_table().fields, field_leads_table().crs);
        std::vector<gis::FieldValue> values(field_leads_table().fields.size());
        values[1] = std::string("ftth");
        values[2] = std::string("new");
        values[3] = std::string("2026-11-30");
        values[9] = std::string("Khách hàng ở chợ");
        appender.append(106.1, 21.0, values, "id", "FL-");
    }
    EXPECT_EQ(sql("SELECT note FROM " + schema + ".field_leads"), "Khách hàng ở chợ");
    EXPECT_EQ(planner::load_dataset(loaded).leads.size(), leads_before + 1);
}

TEST_F(StorePostgis, AStoreNotSetUpSaysHow) {
    test::TempDir dir;
    sql(std::string("CREATE SCHEMA ") + kSchema);
    const fs::path project = test::write_history_project(dir, false, "\n[workspace]\nstore = \"" + store_as("") + "\"\n");
    const CommandRun run = run_coverplan("snapshot '" + project.string() + "'", dir);
    EXPECT_EQ(run.exit_code, 2);
    EXPECT_NE(run.err.find("coverplan db init"), std::string::npos) << run.err;
}

}  // namespace
}  // namespace coverplan::store
