// Opening a source: what is refused before GDAL is asked (missing files,
// FIFOs and devices, a Shapefile without its .dbf or .shx), each with its
// exact message, and never a wait.

#include <gmock/gmock.h>
#include <signal.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <string>
#include <thread>

#include "gis/layer_reader.h"
#include "test_support.h"

namespace coverplan::gis {
namespace {

namespace fs = std::filesystem;
using test::file_source;
using test::input_error_message;
using test::read_options;
using test::TempDir;

/// The message of the InputError read_points throws for `source`, read in a
/// child process so that a read which would wait for ever (a FIFO) fails the
/// test after `limit` instead of hanging it.
std::string message_within(const LayerSource& source, std::chrono::seconds limit) {
    int pipe_fds[2];
    if (::pipe(pipe_fds) != 0) return "pipe failed";
    const pid_t child = ::fork();
    if (child == 0) {
        ::close(pipe_fds[0]);
        std::string message;
        try {
            read_points(source, read_options("p", {}));
            message = "read without an error";
        } catch (const InputError& error) {
            message = error.what();
        } catch (const std::exception& error) {
            message = std::string("other exception: ") + error.what();
        }
        const ssize_t written = ::write(pipe_fds[1], message.data(), message.size());
        ::_exit(written == static_cast<ssize_t>(message.size()) ? 0 : 1);
    }
    ::close(pipe_fds[1]);
    const auto deadline = std::chrono::steady_clock::now() + limit;
    int status = 0;
    while (::waitpid(child, &status, WNOHANG) == 0) {
        if (std::chrono::steady_clock::now() > deadline) {
            ::kill(child, SIGKILL);
            ::waitpid(child, &status, 0);
            ::close(pipe_fds[0]);
            return "still reading after " + std::to_string(limit.count()) + " s";
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    std::string message;
    char buffer[512];
    for (ssize_t n; (n = ::read(pipe_fds[0], buffer, sizeof buffer)) > 0;) message.append(buffer, std::size_t(n));
    ::close(pipe_fds[0]);
    return message;
}

TEST(SourceOpening, MissingFileSaysNoSuchFile) {
    TempDir dir;
    const std::string path = (dir / "missing.gpkg").string();
    EXPECT_EQ(input_error_message([&] { read_points(file_source(dir / "missing.gpkg"), read_options("p", {})); }),
              "missing.gpkg: no such file: " + path);
    EXPECT_EQ(input_error_message([&] { read_polygons(file_source(dir / "gone" / "z.shp"), read_options("z", {})); }),
              "z.shp: no such file: " + (dir / "gone" / "z.shp").string());
    // Not a file: GDAL's own words still come through.
    test::write_text(dir / "notes.gpkg", "this is not a GeoPackage\n");
    EXPECT_THAT(input_error_message([&] { read_polygons(file_source(dir / "notes.gpkg"), read_options("p", {})); }),
                ::testing::StartsWith("notes.gpkg: cannot open as a vector data source: "));
}

TEST(SourceOpening, FifoIsRefusedAtOnce) {
    TempDir dir;
    const fs::path fifo = dir / "leads.csv";
    ASSERT_EQ(::mkfifo(fifo.c_str(), 0600), 0);
    EXPECT_EQ(message_within(file_source(fifo), std::chrono::seconds(20)),
              "leads.csv: " + fifo.string() + " is a FIFO (named pipe), not a data file");
}

TEST(SourceOpening, DevicesAndFoldersAreRefused) {
    TempDir dir;
    LayerSource zero;
    zero.source = "/dev/zero";
    zero.display_name = "/dev/zero";
    EXPECT_EQ(message_within(zero, std::chrono::seconds(20)), "/dev/zero: /dev/zero is a character device, not a data file");
    fs::create_directory(dir / "zones.gpkg");
    EXPECT_EQ(input_error_message([&] { read_polygons(file_source(dir / "zones.gpkg"), read_options("z", {})); }),
              "zones.gpkg: " + (dir / "zones.gpkg").string() +
                  " is a folder that GDAL cannot open as a source (a folder of Shapefiles or a .gdb folder would "
                  "be): name the file itself");
}

TEST(SourceOpening, FolderOfShapefilesStillOpens) {
    TempDir dir;
    fs::create_directory(dir / "shapes");
    test::write_layer(dir / "shapes" / "pts.shp", "ESRI Shapefile", "pts", "EPSG:4326", wkbPoint, {{"ma", OFTString}},
                      {{"POINT (106.2 21.3)", {"A"}}});
    const PointTable table = read_points(file_source(dir / "shapes"), read_options("p", {{"id", "ma"}}, "id"));
    EXPECT_EQ(table.report.used, 1u);
    EXPECT_EQ(table.report.layer, "pts");
}

TEST(SourceOpening, ShapefileWithoutItsDbfOrShx) {
    TempDir dir;
    test::write_layer(dir / "pts.shp", "ESRI Shapefile", "pts", "EPSG:4326", wkbPoint, {{"ma", OFTString}},
                      {{"POINT (106.2 21.3)", {"A"}}});
    fs::rename(dir / "pts.dbf", dir / "pts.dbf.bak");
    const std::string stem = (dir / "pts").string();
    EXPECT_EQ(input_error_message([&] { read_points(file_source(dir / "pts.shp"), read_options("p", {{"id", "ma"}})); }),
              "pts.shp: the Shapefile has no " + stem + ".dbf beside it: its attributes (ids and every other field) "
                                                        "live there");
    // An upper-case .DBF is found, as GDAL finds it.
    fs::rename(dir / "pts.dbf.bak", dir / "pts.DBF");
    EXPECT_EQ(read_points(file_source(dir / "pts.shp"), read_options("p", {{"id", "ma"}})).report.used, 1u);
    fs::remove(dir / "pts.shx");
    EXPECT_EQ(input_error_message([&] { read_points(file_source(dir / "pts.shp"), read_options("p", {{"id", "ma"}})); }),
              "pts.shp: the Shapefile has no " + stem + ".shx beside it: its index of shapes lives there");
}

TEST(SourceOpening, ShapefileSidecarThatIsAFifo) {
    TempDir dir;
    test::write_layer(dir / "pts.shp", "ESRI Shapefile", "pts", "EPSG:4326", wkbPoint, {{"ma", OFTString}},
                      {{"POINT (106.2 21.3)", {"A"}}});
    ASSERT_EQ(::mkfifo((dir / "pts.cpg").c_str(), 0600), 0);
    EXPECT_EQ(message_within(file_source(dir / "pts.shp"), std::chrono::seconds(20)),
              "pts.shp: " + (dir / "pts.cpg").string() + " is a FIFO (named pipe), not a data file");
}

}  // namespace
}  // namespace coverplan::gis
