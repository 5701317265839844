// A database password never leaves: a source or an output named by a PG:
// string with a password, on a host that does not exist, makes every
// command fail with a message naming the database (host and database) and
// never the password, on stdout, stderr or in --json. (The successful runs
// against a real database are tests/postgis/secrets_postgis_test.cpp.)

#include <gtest/gtest.h>

#include "support/cli_project.h"
#include "support/run_coverplan.h"

using coverplan::test::CommandRun;
using coverplan::test::run_coverplan;
using coverplan::test::TempDir;

namespace {

constexpr const char* kPassword = "s3cr3t-unreachable";
const std::string kUnreachable =
    std::string("PG:host=no-such-host.invalid port=5432 dbname=network user=planner password=") + kPassword;

TEST(SecretsCli, AnUnreachableDatabaseIsNamedWithoutItsPassword) {
    TempDir dir;
    const std::string leads = "\n[layers.leads]\nsource = \"" + kUnreachable + "\"\nlayer = \"leads\"\nid = \"id\"\n";
    const std::string project = coverplan::test::write_cli_project(dir, "id,lon,lat\nS1,106.05,21.05\n",
                                                                   coverplan::test::kCliProject + leads);
    const std::string quoted = "'" + kUnreachable + "'";
    const std::string o = " -o " + (dir / "out").string();
    const std::vector<std::string> runs = {
        "validate " + project,
        "validate --json " + project,
        "overlay " + project + o + ".gpkg",
        "overlay --json " + project + o + ".gpkg",
        "rank " + project + o + ".csv",
        "rank --json " + project,
        "scenario " + project + " --add-capacity N1:+1" + o + ".xlsx",
        "sla " + project + o + ".csv",
        "map " + project + o + ".pdf",
        "report " + project + o + ".pdf",
        // The check reads zones and coverage only; its --points input and its output are the database.
        "check " + project + " --points " + quoted + " --layer leads" + o + ".csv",
        "check " + project + " --points " + (dir / "subscribers.csv").string() + " -o " + quoted,
        "check --json " + project + " --points " + (dir / "subscribers.csv").string() + " -o " + quoted,
    };
    for (const auto& arguments : runs) {
        const CommandRun run = run_coverplan(arguments, dir);
        EXPECT_EQ(run.exit_code, 2) << arguments << "\n" << run.out << run.err;
        const std::string said = run.out + run.err;
        EXPECT_EQ(said.find(kPassword), std::string::npos) << arguments << "\n" << said;
        EXPECT_EQ(said.find("s3cr3t"), std::string::npos) << arguments;
        EXPECT_NE(said.find("PG:host=no-such-host.invalid port=5432 dbname=network user=planner password=***"),
                  std::string::npos)
            << arguments << "\n" << said;
    }
    // Without the database the project is still described, the password still hidden.
    const CommandRun usage = run_coverplan("report " + project + " -o " + quoted, dir);
    EXPECT_EQ(usage.exit_code, 2);
    EXPECT_EQ(usage.err.find(kPassword), std::string::npos) << usage.err;
}

}  // namespace
