// A real `coverplan overlay` interrupted while it writes: SIGTERM and SIGINT
// remove its temporary GeoPackage (and journal) and leave the previous output
// as it was; after SIGKILL the temporary stays, and the next run removes it.
// Data: the generator's scale S (10^5 subscribers), whose points_status layer
// takes long enough to write to be caught mid-write.

#include <fcntl.h>
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <thread>

#include "support/run_coverplan.h"
#include "support/temp_dir.h"
#include "test_config.h"

using coverplan::test::CommandRun;
using coverplan::test::run_coverplan;
using coverplan::test::TempDir;
namespace fs = std::filesystem;

namespace {

/// Names of Coverplan temporaries in `folder`.
std::vector<std::string> temporaries(const fs::path& folder) {
    std::vector<std::string> names;
    for (const auto& entry : fs::directory_iterator(folder))
        if (entry.path().filename().string().find(".coverplan-tmp-") != std::string::npos)
            names.push_back(entry.path().filename().string());
    return names;
}

class InterruptedWrite : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        data_ = new TempDir;
        const std::string generate = std::string(coverplan::test::kBinaryDir) + "/bin/coverplan-generate --scale S --quiet --out " +
                                     (*data_ / "S").string();
        ASSERT_EQ(std::system(generate.c_str()), 0) << generate;
    }
    static void TearDownTestSuite() {
        delete data_;
        data_ = nullptr;
    }

    void SetUp() override {
        fs::create_directories(out_);
        // The previous output, which an interrupted run must leave as it was.
        const CommandRun first = run_coverplan("overlay " + project() + " --no-points -o " + target().string(), dir_);
        ASSERT_EQ(first.exit_code, 0) << first.err;
        previous_ = dir_.read("out/results.gpkg");
        ASSERT_FALSE(previous_.empty());
    }

    static std::string project() { return (*data_ / "S" / "project.toml").string(); }
    fs::path target() const { return out_ / "results.gpkg"; }

    /// Starts an overlay onto target() and returns once its temporary
    /// GeoPackage is being written.
    pid_t start_overlay() {
        const pid_t child = fork();
        if (child == 0) {
            const int null = open("/dev/null", O_WRONLY);
            dup2(null, STDOUT_FILENO);
            dup2(null, STDERR_FILENO);
            execl(coverplan::test::kCoverplanExe, "coverplan", "overlay", project().c_str(), "-o", target().c_str(),
                  static_cast<char*>(nullptr));
            _exit(127);
        }
        const std::string mine = ".results.coverplan-tmp-" + std::to_string(child) + "-";
        const auto deadline = std::chrono::steady_clock::now() + std::chrono::minutes(2);
        while (std::chrono::steady_clock::now() < deadline) {
            for (const auto& name : temporaries(out_))
                if (name.rfind(mine, 0) == 0 && fs::file_size(out_ / name) > 0) return child;
            int status = 0;
            if (waitpid(child, &status, WNOHANG) == child) {
                ADD_FAILURE() << "the overlay ended before it was seen writing (status " << status << ")";
                return -1;
            }
            std::this_thread::sleep_for(std::chrono::milliseconds(2));
        }
        kill(child, SIGKILL);
        ADD_FAILURE() << "no temporary appeared within 2 minutes";
        return -1;
    }

    /// Interrupts a writing overlay with `signal`; returns how it ended.
    int interrupt(int signal) {
        const pid_t child = start_overlay();
        if (child < 0) return -1;
        std::this_thread::sleep_for(std::chrono::milliseconds(100));  // well inside the write
        kill(child, signal);
        int status = 0;
        waitpid(child, &status, 0);
        return status;
    }

    static TempDir* data_;
    TempDir dir_;
    fs::path out_ = dir_ / "out";
    std::string previous_;
};

TempDir* InterruptedWrite::data_ = nullptr;

TEST_F(InterruptedWrite, SigtermRemovesTheTemporaryAndKeepsThePreviousOutput) {
    const int status = interrupt(SIGTERM);
    EXPECT_TRUE(WIFSIGNALED(status) && WTERMSIG(status) == SIGTERM) << status;
    EXPECT_TRUE(temporaries(out_).empty()) << temporaries(out_)[0];
    EXPECT_EQ(dir_.read("out/results.gpkg"), previous_);
}

TEST_F(InterruptedWrite, SigintRemovesTheTemporaryAndKeepsThePreviousOutput) {
    const int status = interrupt(SIGINT);
    EXPECT_TRUE(WIFSIGNALED(status) && WTERMSIG(status) == SIGINT) << status;
    EXPECT_TRUE(temporaries(out_).empty()) << temporaries(out_)[0];
    EXPECT_EQ(dir_.read("out/results.gpkg"), previous_);
}

TEST_F(InterruptedWrite, AfterSigkillTheNextRunRemovesTheStaleTemporary) {
    const int status = interrupt(SIGKILL);
    EXPECT_TRUE(WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL) << status;
    const auto left = temporaries(out_);
    ASSERT_FALSE(left.empty());  // nothing can clean up after SIGKILL
    EXPECT_EQ(dir_.read("out/results.gpkg"), previous_);
    // Any later write into the folder sweeps what the dead run left.
    const CommandRun next = run_coverplan("rank " + project() + " -o " + (out_ / "ranking.csv").string(), dir_);
    EXPECT_EQ(next.exit_code, 0) << next.err;
    EXPECT_TRUE(temporaries(out_).empty()) << temporaries(out_)[0];
    EXPECT_EQ(dir_.read("out/results.gpkg"), previous_);
}

}  // namespace
