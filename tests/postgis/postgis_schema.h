#pragma once
// The database of the "postgis" ctest fixture (COVERPLAN_TEST_PG holds its
// connection string; see CMakeLists.txt), with a schema of the test's own so
// that tests sharing the cluster never touch each other's tables.

#include <gdal_priv.h>
#include <gtest/gtest.h>

#include <cstdlib>
#include <string>

namespace coverplan::test {

/// The connection string with `schema` created afresh as its active schema;
/// "" (and a test failure) when there is no database.
inline std::string fresh_postgis_schema(const std::string& schema) {
    const char* pg = std::getenv("COVERPLAN_TEST_PG");
    if (!pg || std::string(pg).rfind("PG:", 0) != 0) {
        ADD_FAILURE() << "COVERPLAN_TEST_PG is not set to a PG: connection string (ctest sets it from the "
                         "postgis fixture's cluster)";
        return "";
    }
    GDALAllRegister();
    GDALDatasetUniquePtr database(GDALDataset::Open(pg, GDAL_OF_VECTOR | GDAL_OF_UPDATE, nullptr, nullptr, nullptr));
    EXPECT_TRUE(database) << "cannot connect to " << pg;
    if (!database) return "";
    const std::string sql = "DROP SCHEMA IF EXISTS " + schema + " CASCADE; CREATE SCHEMA " + schema;
    database->ReleaseResultSet(database->ExecuteSQL(sql.c_str(), nullptr, nullptr));
    return std::string(pg) + " active_schema=" + schema;
}

}  // namespace coverplan::test
