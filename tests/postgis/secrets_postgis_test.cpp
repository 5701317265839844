// Every command run on a project whose leads live in PostGIS under a
// connection string with a password (and writing back into PostGIS under
// another): the password is on no terminal, in no --json, in no file written
// (GeoPackage, CSV, XLSX, PDF, PNG, SVG, the rejects layer) and in no table
// written to the database, while the database is still named by host and
// database. Against the cluster of the "postgis" ctest fixture, which trusts
// local connections and so accepts any password.

#include <gtest/gtest.h>

#include <cstdio>
#include <fstream>
#include <set>

#include <ogrsf_frmts.h>

#include "postgis_schema.h"
#include "support/run_coverplan.h"

namespace coverplan::test {
namespace {

namespace fs = std::filesystem;

constexpr const char* kPassword = "s3cr3t-Cli-Pa55";

/// Every text a written file holds: its bytes, and what the tools that
/// unpack it read (the sheets of an XLSX, the text and metadata of a PDF).
std::string file_texts(const fs::path& file) {
    std::ifstream in(file, std::ios::binary);
    std::string text(std::istreambuf_iterator<char>(in), {});
    const std::string quoted = "'" + file.string() + "'";
    if (file.extension() == ".xlsx") text += command_output("unzip -p " + quoted);
    if (file.extension() == ".pdf") text += command_output("pdftotext " + quoted + " - && pdfinfo " + quoted);
    return text;
}

/// Every string field of every feature of `layers` in `source`.
std::string layer_texts(const std::string& source, const std::vector<std::string>& layers) {
    GDALDatasetUniquePtr dataset(GDALDataset::Open(source.c_str(), GDAL_OF_VECTOR));
    EXPECT_TRUE(dataset) << "cannot open the output";
    std::string text;
    if (!dataset) return text;
    for (const auto& name : layers) {
        OGRLayer* layer = dataset->GetLayerByName(name.c_str());
        EXPECT_TRUE(layer) << name;
        if (!layer) continue;
        for (const auto& feature : *layer)
            for (int i = 0; i < feature->GetFieldCount(); ++i) text += std::string(feature->GetFieldAsString(i)) + "\n";
    }
    return text;
}

TEST(SecretsPostgis, NoCommandPrintsOrWritesThePassword) {
    const std::string database = fresh_postgis_schema("cli_secrets_test");
    ASSERT_FALSE(database.empty());
    TempDir dir;
    const std::string with_password = database + " password=" + kPassword;
    const std::string project = sample_with_leads_in(dir, database, with_password).string();
    {  // a lead without a location: the rejects layer names its source
        GDALDatasetUniquePtr db(GDALDataset::Open(database.c_str(), GDAL_OF_VECTOR | GDAL_OF_UPDATE));
        ASSERT_TRUE(db);
        db->ReleaseResultSet(db->ExecuteSQL("INSERT INTO cli_secrets_test.leads (id) VALUES ('NO-PLACE')", nullptr, nullptr));
    }
    const std::string p = "'" + project + "'";
    const std::string target = "'" + database + " password=" + kPassword + "-out'";
    const std::string d = dir.path().string() + "/";
    const std::vector<std::string> runs = {
        "validate " + p,
        "validate --json --all " + p,
        "overlay " + p + " -o " + d + "out.gpkg",
        "overlay --json " + p + " --no-points -o " + target,
        "rank " + p + " -o " + d + "rank.csv",
        "rank " + p + " -o " + d + "rank.xlsx",
        "rank --json " + p + " -o " + target,
        "scenario " + p + " --weight growth=0.5 -o " + d + "scenario.gpkg",
        "sla " + p + " -o " + d + "sla.xlsx",
        "sla --json " + p,
        "check " + p + " --points '" + with_password + "' --layer leads -o " + d + "checked.csv",
        "check --json " + p + " --points '" + with_password + "' --layer leads -o " + d + "checked.gpkg",
        "check --json " + p + " --at 21.27,106.20",
        "map " + p + " --theme coverage -o " + d + "map.pdf",
        "map " + p + " --theme sales -o " + d + "map.png",
        "map " + p + " -o " + d + "map.svg",
        "report " + p + " -o " + d + "report.pdf",
    };
    std::string said;
    for (const auto& arguments : runs) {
        const CommandRun run = run_coverplan(arguments, dir);
        EXPECT_LE(run.exit_code, 1) << arguments << "\n" << run.err;
        EXPECT_EQ((run.out + run.err).find("s3cr3t"), std::string::npos) << arguments << "\n" << run.out << run.err;
        said += run.out + run.err;
    }
    // The database is named, by what identifies it.
    EXPECT_NE(said.find("password=***"), std::string::npos) << said;

    std::set<std::string> written;
    for (const auto& entry : fs::directory_iterator(dir.path())) {
        const std::string name = entry.path().filename().string();
        if (name == "project.toml" || name == "stderr.txt") continue;  // the input holds it, of course
        written.insert(name);
        const std::string text = file_texts(entry.path());
        EXPECT_EQ(text.find("s3cr3t"), std::string::npos) << name;
    }
    for (const char* name : {"out.gpkg", "rank.csv", "rank.xlsx", "scenario.gpkg", "sla.xlsx", "checked.csv",
                             "checked.gpkg", "map.pdf", "map.png", "map.svg", "report.pdf"})
        EXPECT_TRUE(written.count(name)) << name;
    const std::string rejects = layer_texts((dir / "out.gpkg").string(), {"rejects"});
    EXPECT_NE(rejects.find("NO-PLACE"), std::string::npos) << rejects;
    EXPECT_NE(rejects.find("password=***"), std::string::npos) << rejects;
    const std::string tables = layer_texts(database, {"zones", "nodes", "demand_clusters", "rejects", "investment_ranking"});
    EXPECT_NE(tables.find("NO-PLACE"), std::string::npos);
    EXPECT_EQ(tables.find("s3cr3t"), std::string::npos);
}

}  // namespace
}  // namespace coverplan::test
