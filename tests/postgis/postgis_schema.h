#pragma once
// The database of the "postgis" ctest fixture (COVERPLAN_TEST_PG holds its
// connection string; see CMakeLists.txt), with a schema of the test's own so
// that tests sharing the cluster never touch each other's tables.

#include <gdal_priv.h>
#include <gdal_utils.h>
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

#include "support/temp_dir.h"
#include "test_config.h"

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

/// Copies `source` (a one-layer GDAL source, or its layer `layer`) into the
/// database as table `name`.
inline void load_into(const std::string& source, const std::string& database, const std::string& name,
                      const std::string& layer = "") {
    GDALDatasetUniquePtr from(GDALDataset::Open(source.c_str(), GDAL_OF_VECTOR));
    ASSERT_TRUE(from) << source;
    const std::string select = "SELECT * FROM \"" + layer + "\"";
    std::vector<const char*> arguments = {"-f", "PostgreSQL", "-nln", name.c_str(), "-lco", "GEOMETRY_NAME=geom"};
    if (!layer.empty()) arguments.insert(arguments.end(), {"-sql", select.c_str()});
    arguments.push_back(nullptr);
    GDALVectorTranslateOptions* options = GDALVectorTranslateOptionsNew(const_cast<char**>(arguments.data()), nullptr);
    GDALDatasetH handle = from.get();
    int failed = 0;
    GDALDatasetH to = GDALVectorTranslate(database.c_str(), nullptr, 1, &handle, options, &failed);
    GDALVectorTranslateOptionsFree(options);
    ASSERT_TRUE(to && !failed) << "cannot copy " << source << " into " << database;
    GDALClose(to);
}

/// The sample project copied into `dir` with its leads loaded into
/// `database` and read from `leads_source` (the database, or another name
/// for it: with a password, say); returns the project file.
inline std::filesystem::path sample_with_leads_in(const TempDir& dir, const std::string& database,
                                                  std::string leads_source = "") {
    if (leads_source.empty()) leads_source = database;
    const std::filesystem::path sample = std::filesystem::path(kSampleProject).parent_path();
    for (const auto& entry : std::filesystem::directory_iterator(sample))
        std::filesystem::copy(entry.path(), dir / entry.path().filename().string());
    load_into((sample / "leads.shp").string(), database, "leads");
    std::string text = dir.read("project.toml");
    const std::string from = "source = \"leads.shp\"";
    text.replace(text.find(from), from.size(), "source = \"" + leads_source + "\"\nlayer = \"leads\"");
    return dir.write("project.toml", text);
}

}  // namespace coverplan::test
