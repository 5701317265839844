// Outputs never harm inputs: every command that writes refuses, before any
// work and with exit 2, an output that would replace a file of the project
// (however it is spelled), creates a missing folder and refuses a format it
// cannot write. Runs the real executable on a copy of the sample.

#include <gtest/gtest.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <map>

#include "support/run_coverplan.h"
#include "support/temp_dir.h"
#include "test_config.h"

using coverplan::test::CommandRun;
using coverplan::test::run_coverplan;
using coverplan::test::TempDir;
namespace fs = std::filesystem;

namespace {

std::string quoted(const fs::path& path) { return "'" + path.string() + "'"; }

/// The sample project copied into `dir`; returns its project file.
fs::path copy_sample(const TempDir& dir) {
    const fs::path sample = fs::path(coverplan::test::kSampleProject).parent_path();
    for (const auto& entry : fs::directory_iterator(sample)) fs::copy(entry.path(), dir / entry.path().filename().string());
    return dir / "project.toml";
}

/// Every file in `dir` (not below) with its bytes, but the stderr.txt of run_coverplan.
std::map<std::string, std::string> snapshot(const TempDir& dir) {
    std::map<std::string, std::string> files;
    for (const auto& entry : fs::directory_iterator(dir.path())) {
        const std::string name = entry.path().filename().string();
        if (entry.is_regular_file() && name != "stderr.txt") files[name] = dir.read(name);
    }
    return files;
}

struct Refusal {
    std::string arguments;  // after "coverplan"
    std::string output;     // as the message names it
    std::string clash;      // what follows "the output would overwrite "
};

TEST(OutputsCli, OutputsThatWouldReplaceAnInputAreRefusedBeforeAnyWork) {
    TempDir dir;
    const fs::path project = copy_sample(dir);
    const std::string p = quoted(project);
    fs::create_symlink(dir / "province.gpkg", dir / "link.pdf");
    fs::create_symlink(dir / "project.toml", dir / "project-link.png");
    ASSERT_EQ(::link((dir / "leads.dbf").c_str(), (dir / "hard.pdf").c_str()), 0);
    fs::create_directories(dir / "sub");
    fs::create_directories(dir / "demo");
    fs::create_symlink(dir / "province.gpkg", dir / "demo" / "results.gpkg");
    const std::string province = (dir / "province.gpkg").string();
    const std::string zones = "the source of [layers.zones] (" + province + ")";

    const std::vector<Refusal> refusals = {
        // The four reported.
        {"overlay " + p + " -o " + province, province, zones},
        {"check " + p + " --points " + quoted(dir / "subscribers.csv") + " -o " + quoted(dir / "subscribers.csv"),
         (dir / "subscribers.csv").string(),
         "the source of [layers.subscribers] (" + (dir / "subscribers.csv").string() + ")"},
        {"rank " + p + " -o " + quoted(dir / "complaints.geojson"), (dir / "complaints.geojson").string(),
         "the source of [layers.complaints] (" + (dir / "complaints.geojson").string() + ")"},
        {"sla " + p + " -o " + quoted(dir / "subscribers.csv"), (dir / "subscribers.csv").string(),
         "the source of [layers.subscribers] (" + (dir / "subscribers.csv").string() + ")"},
        // Every other command that writes, and other spellings of one file.
        {"scenario " + p + " --add-capacity N:+1 -o " + quoted(dir / "sub" / ".." / "province.gpkg"),
         (dir / "sub" / ".." / "province.gpkg").string(), zones},
        {"map " + p + " --theme sales -o " + quoted(dir / "link.pdf"), (dir / "link.pdf").string(), zones},
        {"map " + p + " -o " + quoted(dir / "project-link.png"), (dir / "project-link.png").string(),
         "the project file (" + project.string() + ")"},
        {"report " + p + " -o " + quoted(dir / "hard.pdf"), (dir / "hard.pdf").string(),
         (dir / "leads.dbf").string() + ", part of the source of [layers.leads] (" + (dir / "leads.shp").string() + ")"},
        {"check " + p + " --points " + quoted(dir / "subscribers.csv") + " -o " + quoted(dir / "leads.shp"),
         (dir / "leads.shp").string(), "the source of [layers.leads] (" + (dir / "leads.shp").string() + ")"},
        {"demo --out " + quoted(dir / "demo"), (dir / "demo" / "results.gpkg").string(), zones},
    };
    ::setenv("COVERPLAN_SAMPLE", project.c_str(), 1);  // demo runs on the copy
    const CommandRun before = run_coverplan("validate " + p, dir);
    const auto files = snapshot(dir);
    for (const auto& refusal : refusals) {
        const CommandRun run = run_coverplan(refusal.arguments, dir);
        EXPECT_EQ(run.exit_code, 2) << refusal.arguments << "\n" << run.out << run.err;
        EXPECT_EQ(run.err, "error: " + refusal.output + ": the output would overwrite " + refusal.clash +
                               "; write it somewhere else\n")
            << refusal.arguments;
        EXPECT_EQ(run.out, "") << refusal.arguments;  // nothing read, nothing done
        EXPECT_TRUE(snapshot(dir) == files) << refusal.arguments;
    }
    ::unsetenv("COVERPLAN_SAMPLE");
    const CommandRun after = run_coverplan("validate " + p, dir);
    EXPECT_EQ(after.exit_code, before.exit_code);
    EXPECT_EQ(after.out, before.out);
}

TEST(OutputsCli, AMissingFolderIsCreatedAndAFormatTheCommandCannotWriteIsRefused) {
    TempDir dir;
    const std::string p = quoted(copy_sample(dir));
    const fs::path nested = dir / "new" / "deeper" / "ranking.csv";
    CommandRun run = run_coverplan("rank " + p + " -o " + quoted(nested), dir);
    EXPECT_EQ(run.exit_code, 1) << run.err;  // the sample's bad records
    EXPECT_TRUE(fs::is_regular_file(nested));

    const std::map<std::string, std::string> refused = {
        {"overlay " + p + " -o " + quoted(dir / "out.shp"),
         (dir / "out.shp").string() + ": cannot tell the output format from the extension '.shp' (expected .gpkg or a PG: connection string)"},
        {"rank " + p + " -o " + quoted(dir / "out.pdf"),
         (dir / "out.pdf").string() + ": cannot tell the output format from the extension '.pdf' (expected .csv, .xlsx, "
                                      ".gpkg, .geojson or a PG: connection string)"},
        {"check " + p + " --points " + quoted(dir / "subscribers.csv") + " -o " + quoted(dir / "out.ods"),
         (dir / "out.ods").string() + ": cannot tell the output format from the extension '.ods' (expected .gpkg, "
                                      ".shp, .geojson, .json, .csv, .fgb, .kml, .xlsx or a PG: connection string)"},
        {"sla " + p + " -o 'PG:dbname=x password=s3cr3t-format'",
         "PG:dbname=x password=***: this output cannot go to a database (expected .csv, .xlsx or .gpkg)"},
        {"overlay " + p + " -o " + quoted(dir / "new"), (dir / "new").string() + ": cannot tell the output format from "
                                                                                 "the extension '' (expected .gpkg or a PG: connection string)"},
        {"overlay " + p + " -o " + quoted(dir / "subscribers.csv" / "x.gpkg"),
         (dir / "subscribers.csv" / "x.gpkg").string() + ": cannot create the output folder " +
             (dir / "subscribers.csv").string() + ": Not a directory"},
    };
    for (const auto& [arguments, message] : refused) {
        run = run_coverplan(arguments, dir);
        EXPECT_EQ(run.exit_code, 2) << arguments;
        EXPECT_EQ(run.err, "error: " + message + "\n") << arguments;
        EXPECT_EQ(run.out, "") << arguments;
    }
    for (const char* name : {"out.shp", "out.pdf", "out.ods", "out.dbf"}) EXPECT_FALSE(fs::exists(dir / name)) << name;
}

}  // namespace
