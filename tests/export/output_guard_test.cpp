// prepare_output: an output that would replace an input is refused, naming
// both, however the two are spelled; a format the command cannot write and a
// folder that cannot be written are refused; a missing folder is created.

#include <gtest/gtest.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "gis/error.h"
#include "test_support.h"
#include "ui/export/output_guard.h"

namespace coverplan::exporting {
namespace {

namespace fs = std::filesystem;
using gis::test::input_error_message;
using gis::test::TempDir;
using gis::test::write_text;

const OutputFormats kGpkg = {{".gpkg"}, {"zones", "nodes"}};
const OutputFormats kTables = {{".csv", ".xlsx", ".gpkg", ".geojson"}, {"investment_ranking"}};
const OutputFormats kVectors = {{".gpkg", ".shp", ".csv"}, {"leads"}};

class OutputGuard : public ::testing::Test {
protected:
    void SetUp() override {
        ::unsetenv("PGHOST");  // the defaults a PG: string leaves to the environment
        ::unsetenv("PGPORT");
        fs::create_directories(dir / "data" / "shapes");
        write_text(dir / "project.toml", "[project]\n");
        write_text(dir / "data" / "province.gpkg", "gpkg");
        for (const char* ext : {".shp", ".shx", ".dbf", ".prj"}) write_text(dir / "data" / ("network" + std::string(ext)), "x");
        write_text(dir / "data" / "subscribers.csv", "id,lon,lat\n");
        write_text(dir / "data" / "leads.zip", "zip");
        inputs = {{"the project file", (dir / "project.toml").string(), ""},
                  {"the source of [layers.zones]", (dir / "data" / "province.gpkg").string(), "wards"},
                  {"the source of [layers.coverage]", (dir / "data" / "network.shp").string(), ""},
                  {"the source of [layers.subscribers]", (dir / "data" / "subscribers.csv").string(), ""},
                  {"the source of [layers.leads]", "/vsizip/" + (dir / "data" / "leads.zip").string() + "/leads.shp", ""},
                  {"the source of [layers.orders]", (dir / "data" / "shapes").string(), "orders"},
                  {"the source of [layers.complaints]",
                   "PG:host=db port=5432 dbname=gis user=u password=s3cr3t-guard", "public.zones"}};
    }
    std::string refusal(const std::string& target, const OutputFormats& formats) {
        return input_error_message([&] { prepare_output(target, formats, inputs); });
    }
    TempDir dir;
    std::vector<ReadInput> inputs;
};

TEST_F(OutputGuard, TheFileOfASourceIsRefusedNamingBoth) {
    const std::string zones = (dir / "data" / "province.gpkg").string();
    EXPECT_EQ(refusal(zones, kGpkg), zones + ": the output would overwrite the source of [layers.zones] (" + zones +
                                         "); write it somewhere else");
    const std::string csv = (dir / "data" / "subscribers.csv").string();
    EXPECT_EQ(refusal(csv, kTables), csv + ": the output would overwrite the source of [layers.subscribers] (" + csv +
                                         "); write it somewhere else");
    const std::string project = (dir / "project.toml").string();
    EXPECT_EQ(refusal(project, {{}, {}}),
              project + ": the output would overwrite the project file (" + project + "); write it somewhere else");
    EXPECT_EQ(gis::test::read_bytes(zones), "gpkg");
}

TEST_F(OutputGuard, SameFileHoweverSpelled) {
    const std::string zones = (dir / "data" / "province.gpkg").string();
    fs::create_symlink(dir / "data" / "province.gpkg", dir / "link.gpkg");
    ASSERT_EQ(::link(zones.c_str(), (dir / "hard.gpkg").c_str()), 0);
    fs::create_directory_symlink(dir / "data", dir / "data-link");
    for (const fs::path& alias : {dir / "link.gpkg", dir / "hard.gpkg", dir / "data" / "shapes" / ".." / "province.gpkg",
                                  dir / "data-link" / "province.gpkg"}) {
        const std::string message = refusal(alias.string(), kGpkg);
        EXPECT_EQ(message, alias.string() + ": the output would overwrite the source of [layers.zones] (" + zones +
                               "); write it somewhere else")
            << alias;
    }
}

TEST_F(OutputGuard, PartOfASourceIsRefused) {
    // A Shapefile output whose set includes the source's .dbf.
    const std::string shp = (dir / "data" / "network.shp").string();
    EXPECT_EQ(refusal(shp, kVectors), shp + ": the output would overwrite the source of [layers.coverage] (" + shp +
                                          "); write it somewhere else");
    const std::string dbf_source = (dir / "data" / "network.dbf").string();
    inputs = {{"the --points input", dbf_source, ""}};
    EXPECT_EQ(refusal(shp, kVectors), shp + ": the output would overwrite " + shp +
                                          ", part of the --points input (" + dbf_source + "); write it somewhere else");
    // The archive a layer is read from.
    SetUp();
    const std::string zip = (dir / "data" / "leads.zip").string();
    EXPECT_EQ(refusal(zip, {{".zip"}, {}}), zip + ": the output would overwrite " + zip +
                                                ", part of the source of [layers.leads] (/vsizip/" + zip +
                                                "/leads.shp); write it somewhere else");
    // Inside a folder a source reads.
    const std::string inside = (dir / "data" / "shapes" / "out.shp").string();
    EXPECT_EQ(refusal(inside, kVectors), inside + ": the output would be written inside the folder " +
                                             (dir / "data" / "shapes").string() +
                                             ", the source of [layers.orders]; write it somewhere else");
}

TEST_F(OutputGuard, DatabaseTablesAreComparedAndPasswordsHidden) {
    const std::string target = "PG:host=db dbname=gis user=other password=s3cr3t-target";
    EXPECT_EQ(refusal(target, kGpkg),
              "PG:host=db dbname=gis user=other password=***: the output would overwrite table public.zones, the "
              "source of [layers.complaints] (PG:host=db port=5432 dbname=gis user=u password=***); write it "
              "somewhere else");
    // Another database, another schema, or tables the run does not read: written.
    for (const std::string other : {"PG:host=db2 dbname=gis", "PG:host=db dbname=gis2",
                                    "PG:host=db dbname=gis active_schema=results"}) {
        const OutputTarget checked = prepare_output(other + " password=s3cr3t-x", kGpkg, inputs);
        EXPECT_EQ(checked.display_name, other + " password=***");
        EXPECT_EQ(checked.path, other + " password=s3cr3t-x");
    }
    EXPECT_NO_THROW(prepare_output(target, kTables, inputs));
    EXPECT_EQ(refusal(target, {{".csv"}, {}}), "PG:host=db dbname=gis user=other password=***: this output cannot go to "
                                               "a database (expected .csv)");
}

TEST_F(OutputGuard, FormatsTheCommandCannotWrite) {
    const std::string shp = (dir / "out.shp").string();
    EXPECT_EQ(refusal(shp, kGpkg),
              shp + ": cannot tell the output format from the extension '.shp' (expected .gpkg or a PG: connection string)");
    EXPECT_EQ(refusal((dir / "out").string(), kTables),
              (dir / "out").string() +
                  ": cannot tell the output format from the extension '' (expected .csv, .xlsx, .gpkg, .geojson or a PG: "
                  "connection string)");
    EXPECT_EQ(refusal((dir / "out.pdf").string(), {{".csv", ".xlsx", ".gpkg"}, {}}),
              (dir / "out.pdf").string() + ": cannot tell the output format from the extension '.pdf' (expected .csv, .xlsx or .gpkg)");
    EXPECT_NO_THROW(prepare_output((dir / "OUT.GPKG").string(), kGpkg, inputs));
}

TEST_F(OutputGuard, FoldersAreCreatedOrRefusedEarly) {
    const fs::path nested = dir / "new" / "deeper" / "ranking.csv";
    const OutputTarget checked = prepare_output(nested.string(), kTables, inputs);
    EXPECT_EQ(checked.path, nested.string());
    EXPECT_TRUE(fs::is_directory(dir / "new" / "deeper"));
    EXPECT_FALSE(fs::exists(nested));

    // Temporaries a killed run left are removed before the work, too.
    const pid_t dead = fork();
    if (dead == 0) _exit(0);
    waitpid(dead, nullptr, 0);
    const fs::path stale = dir / "new" / "deeper" / (".ranking.coverplan-tmp-" + std::to_string(dead) + "-0.csv");
    write_text(stale, "half");
    prepare_output(nested.string(), kTables, inputs);
    EXPECT_FALSE(fs::exists(stale));

    write_text(dir / "a-file", "x");
    const std::string under_file = (dir / "a-file" / "r.csv").string();
    EXPECT_EQ(refusal(under_file, kTables),
              under_file + ": cannot create the output folder " + (dir / "a-file").string() + ": Not a directory");
    EXPECT_EQ(refusal((dir / "data").string() + "/shapes", {{}, {}}),
              (dir / "data" / "shapes").string() + ": is a folder; name a file for the output");
    ASSERT_EQ(mkfifo((dir / "pipe.csv").c_str(), 0600), 0);
    EXPECT_EQ(refusal((dir / "pipe.csv").string(), kTables),
              (dir / "pipe.csv").string() + ": is not a regular file (a device, a pipe or a socket); name a file for the output");
    if (geteuid() != 0) {  // root writes anywhere
        fs::create_directories(dir / "locked");
        fs::permissions(dir / "locked", fs::perms::owner_read | fs::perms::owner_exec);
        EXPECT_EQ(refusal((dir / "locked" / "r.csv").string(), kTables),
                  (dir / "locked" / "r.csv").string() + ": cannot write in the output folder " + (dir / "locked").string() +
                      ": Permission denied");
        fs::permissions(dir / "locked", fs::perms::owner_all);
    }
}

}  // namespace
}  // namespace coverplan::exporting
