// gis::FileWatcher: changes seen however a file is written, others ignored.

#include "gis/file_watch.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <thread>

#include "gis/test_support.h"

namespace fs = std::filesystem;
using namespace std::chrono_literals;
using coverplan::gis::FileWatcher;

namespace {

void write(const fs::path& file, const std::string& text) {
    std::ofstream(file, std::ios::binary) << text;
}

class FileWatchTest : public ::testing::Test {
protected:
    coverplan::gis::test::TempDir dir;
    fs::path watched() const { return dir.path() / "zones.csv"; }
};

TEST_F(FileWatchTest, SeesAFileWrittenInPlace) {
    write(watched(), "a\n");
    FileWatcher watcher({watched()});
    EXPECT_TRUE(watcher.wait(0ms).empty());
    write(watched(), "a\n1\n");
    const auto changed = watcher.wait(2s);
    ASSERT_EQ(changed.size(), 1u);
    EXPECT_EQ(*changed.begin(), watched());
}

TEST_F(FileWatchTest, SeesAFileReplacedByARenameOrDeletedAndWrittenAgain) {
    write(watched(), "a\n");
    FileWatcher watcher({watched()});
    write(dir.path() / "zones.csv.tmp", "b\n");
    fs::rename(dir.path() / "zones.csv.tmp", watched());
    EXPECT_EQ(watcher.wait(2s).count(watched()), 1u);
    fs::remove(watched());
    EXPECT_EQ(watcher.wait(2s).count(watched()), 1u);
    write(watched(), "c\n");
    EXPECT_EQ(watcher.wait(2s).count(watched()), 1u);
}

TEST_F(FileWatchTest, AGeoPackagesSideFilesCountAsIt) {
    const fs::path gpkg = dir.path() / "leads.gpkg";
    write(gpkg, "");
    FileWatcher watcher({gpkg});
    write(dir.path() / "leads.gpkg-wal", "x");
    const auto changed = watcher.wait(2s);
    ASSERT_EQ(changed.size(), 1u);
    EXPECT_EQ(*changed.begin(), gpkg);
}

TEST_F(FileWatchTest, IgnoresOtherFilesOfTheFolder) {
    write(watched(), "a\n");
    FileWatcher watcher({watched()});
    write(dir.path() / "notes.txt", "x");
    write(dir.path() / "zones.csv.bak", "x");
    EXPECT_TRUE(watcher.wait(300ms).empty());
}

TEST_F(FileWatchTest, WatchesFilesOfSeveralFoldersAndOnesNotWrittenYet) {
    fs::create_directories(dir.path() / "other");
    const fs::path later = dir.path() / "other" / "leads.csv";
    write(watched(), "a\n");
    FileWatcher watcher({watched(), later});
    write(later, "x\n");
    EXPECT_EQ(watcher.wait(2s), std::set<fs::path>{later});
}

TEST_F(FileWatchTest, WakeEndsAWaitAtOnce) {
    write(watched(), "a\n");
    FileWatcher watcher({watched()});
    std::thread waker([&] {
        std::this_thread::sleep_for(100ms);
        watcher.wake();
    });
    const auto start = std::chrono::steady_clock::now();
    EXPECT_TRUE(watcher.wait(30s).empty());
    waker.join();
    EXPECT_LT(std::chrono::steady_clock::now() - start, 20s);  // woken, not timed out
}

TEST_F(FileWatchTest, AMissingFolderIsNamed) {
    try {
        FileWatcher watcher({dir.path() / "nowhere" / "zones.csv"});
        FAIL() << "no error";
    } catch (const coverplan::Error& error) {
        EXPECT_NE(std::string(error.what()).find("cannot watch the folder " + (dir.path() / "nowhere").string()),
                  std::string::npos)
            << error.what();
    }
}

}  // namespace
