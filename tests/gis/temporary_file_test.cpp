// Temporary output files: named recognisably, removed on failure, on SIGINT
// and SIGTERM (in a real child process), swept when a killed run left them,
// and moved onto the target only when complete.

#include <gtest/gtest.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <fstream>

#include "gis/error.h"
#include "gis/temporary_file.h"
#include "test_support.h"

namespace coverplan::gis {
namespace {

namespace fs = std::filesystem;

using test::read_bytes;
using test::TempDir;
using test::write_text;

/// The id of a process that has ended (a child that exited and was reaped).
pid_t dead_pid() {
    const pid_t child = fork();
    if (child == 0) _exit(0);
    int status = 0;
    waitpid(child, &status, 0);
    return child;
}

TEST(TemporaryFile, NamedBesideTheTargetAndRemovedWhenAbandoned) {
    TempDir dir;
    {
        TemporaryFile file(dir / "results.gpkg");
        const std::string name = file.path().filename().string();
        EXPECT_EQ(file.path().parent_path(), dir.path());
        EXPECT_EQ(name.rfind(".results.coverplan-tmp-" + std::to_string(getpid()) + "-", 0), 0u) << name;
        EXPECT_EQ(file.path().extension(), ".gpkg");
        EXPECT_TRUE(is_temporary_name(name));
        write_text(file.path(), "half");
        write_text(file.path().string() + "-journal", "journal");
    }
    EXPECT_TRUE(dir.entries().empty());
    EXPECT_FALSE(is_temporary_name("results.gpkg"));
    EXPECT_FALSE(is_temporary_name(".results.coverplan-tmp-x-1.gpkg"));
}

TEST(TemporaryFile, CommitMovesTheSetOntoTheTarget) {
    TempDir dir;
    write_text(dir / "out.shp", "old shp");
    write_text(dir / "out.prj", "old prj");
    {
        TemporaryFile file(dir / "out.shp", {".shx", ".dbf", ".prj"});
        write_text(file.path(), "new shp");
        write_text(fs::path(file.path()).replace_extension(".dbf"), "new dbf");
        file.commit();
    }
    EXPECT_EQ(dir.entries(), (std::vector<std::string>{"out.dbf", "out.shp"}));  // the old .prj went
    EXPECT_EQ(read_bytes(dir / "out.shp"), "new shp");
    EXPECT_EQ(read_bytes(dir / "out.dbf"), "new dbf");
}

TEST(TemporaryFile, NothingWrittenIsAnErrorAndTheTargetStays) {
    TempDir dir;
    write_text(dir / "map.pdf", "old");
    TemporaryFile file(dir / "map.pdf");
    try {
        file.commit();
        FAIL() << "no error";
    } catch (const InputError& error) {
        EXPECT_EQ(std::string(error.what()), (dir / "map.pdf").string() + ": the file was not written");
    }
    EXPECT_EQ(read_bytes(dir / "map.pdf"), "old");
}

TEST(TemporaryFile, MissingFolderIsNamed) {
    TempDir dir;
    try {
        TemporaryFile file(dir / "nope" / "a.csv");
        FAIL() << "no error";
    } catch (const InputError& error) {
        EXPECT_EQ(std::string(error.what()),
                  (dir / "nope" / "a.csv").string() + ": the output folder " + (dir / "nope").string() + " does not exist");
    }
}

TEST(TemporaryFile, TemporariesOfDeadProcessesAreSwept) {
    TempDir dir;
    const std::string dead = std::to_string(dead_pid());
    const std::string alive = std::to_string(getppid());  // our parent runs
    const std::vector<std::string> stale = {".results.coverplan-tmp-" + dead + "-0.gpkg",
                                            ".results.coverplan-tmp-" + dead + "-0.gpkg-journal",
                                            ".results.coverplan-tmp-" + dead + "-0.gpkg-wal",
                                            ".zones.coverplan-tmp-" + dead + "-3.dbf"};
    const std::vector<std::string> kept = {".results.coverplan-tmp-" + alive + "-0.gpkg", "results.gpkg",
                                           ".hidden", "notes.coverplan-tmp-" + dead + "-0.txt"};
    for (const auto& name : stale) write_text(dir / name, "x");
    for (const auto& name : kept) write_text(dir / name, "x");
    EXPECT_EQ(remove_stale_temporaries(dir.path()), stale.size());
    std::vector<std::string> sorted = kept;
    std::sort(sorted.begin(), sorted.end());
    EXPECT_EQ(dir.entries(), sorted);
    // A new temporary in the folder sweeps too.
    write_text(dir / stale[0], "x");
    TemporaryFile file(dir / "other.csv");
    EXPECT_FALSE(fs::exists(dir / stale[0]));
}

/// A child writes a temporary, says so on a pipe and waits for `signal`.
void temporary_removed_on(int signal) {
    TempDir dir;
    int ready[2];
    ASSERT_EQ(pipe(ready), 0);
    const pid_t child = fork();
    if (child == 0) {
        TemporaryFile file(dir / "out.gpkg");
        write_text(file.path(), "being written");
        write_text(file.path().string() + "-journal", "journal");
        const char byte = 1;
        if (write(ready[1], &byte, 1) != 1) _exit(3);
        pause();
        _exit(4);  // the signal ends the process; reaching here is a failure
    }
    char byte = 0;
    ASSERT_EQ(read(ready[0], &byte, 1), 1);
    EXPECT_EQ(dir.entries().size(), 2u);
    kill(child, signal);
    int status = 0;
    waitpid(child, &status, 0);
    EXPECT_TRUE(WIFSIGNALED(status)) << status;
    EXPECT_EQ(WTERMSIG(status), signal);  // the signal still ends the process
    EXPECT_TRUE(dir.entries().empty());
    close(ready[0]);
    close(ready[1]);
}

TEST(TemporaryFile, RemovedOnSigterm) { temporary_removed_on(SIGTERM); }
TEST(TemporaryFile, RemovedOnSigint) { temporary_removed_on(SIGINT); }

}  // namespace
}  // namespace coverplan::gis
