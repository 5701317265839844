// What an output could overwrite: the files a source is made of, one file
// reached by several names (symlink, hard link, `..`), and the database table
// a PG: string names.

#include <gtest/gtest.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>

#include "gis/file_identity.h"
#include "test_support.h"

namespace coverplan::gis {
namespace {

namespace fs = std::filesystem;

using test::TempDir;
using test::write_text;

bool holds(const std::vector<fs::path>& files, const fs::path& file) {
    return std::find(files.begin(), files.end(), file) != files.end();
}

TEST(FileIdentity, FilesOfASourceAreItsWholeSet) {
    TempDir dir;
    for (const char* name : {"zones.shp", "zones.shx", "zones.DBF", "zones.prj"}) write_text(dir / name, "x");
    const auto shapefile = files_of((dir / "zones.shp").string());
    for (const char* name : {"zones.shp", "zones.shx", "zones.dbf", "zones.DBF", "zones.prj", "zones.cpg", "zones.qix"})
        EXPECT_TRUE(holds(shapefile, dir / name)) << name;
    // A .dbf named as the source (a table) is one of the set too.
    EXPECT_TRUE(holds(files_of((dir / "zones.dbf").string()), dir / "zones.shp"));
    EXPECT_EQ(files_of((dir / "province.gpkg").string()), std::vector<fs::path>{dir / "province.gpkg"});
    EXPECT_EQ(files_of(dir.path().string()), std::vector<fs::path>{dir.path()});

    write_text(dir / "data.zip", "zip");
    EXPECT_EQ(files_of("/vsizip/" + (dir / "data.zip").string() + "/inner/zones.shp"),
              std::vector<fs::path>{dir / "data.zip"});
    EXPECT_EQ(files_of("/vsizip/{" + (dir / "data.zip").string() + "}/zones.shp"), std::vector<fs::path>{dir / "data.zip"});
    EXPECT_EQ(files_of("GPKG:" + (dir / "p.gpkg").string() + ":wards"), std::vector<fs::path>{dir / "p.gpkg"});
    EXPECT_EQ(files_of("CSV:" + (dir / "leads.txt").string()), std::vector<fs::path>{dir / "leads.txt"});
    for (const char* remote : {"PG:dbname=x", "pg:host=h dbname=x", "MYSQL:db,user=u", "https://example.org/z.geojson",
                               "/vsicurl/https://example.org/z.gpkg", "/vsimem/z.gpkg", "/vsizip//vsicurl/https://h/a.zip",
                               ""})
        EXPECT_TRUE(files_of(remote).empty()) << remote;
}

TEST(FileIdentity, OneFileBySymlinkHardLinkAndDotDot) {
    TempDir dir;
    fs::create_directories(dir / "data");
    write_text(dir / "data" / "province.gpkg", "gpkg");
    const fs::path file = dir / "data" / "province.gpkg";
    fs::create_symlink(file, dir / "link.gpkg");
    ASSERT_EQ(::link(file.c_str(), (dir / "hard.gpkg").c_str()), 0);
    fs::create_directory_symlink(dir / "data", dir / "data-link");

    EXPECT_TRUE(same_file(file, dir / "link.gpkg"));
    EXPECT_TRUE(same_file(file, dir / "hard.gpkg"));
    EXPECT_TRUE(same_file(file, dir / "data" / ".." / "data" / "province.gpkg"));
    EXPECT_TRUE(same_file(file, dir / "data-link" / "province.gpkg"));
    // Relative to the working folder.
    const fs::path before = fs::current_path();
    fs::current_path(dir.path());
    EXPECT_TRUE(same_file("data/province.gpkg", file));
    EXPECT_TRUE(same_file("./data-link/../data/./province.gpkg", file));
    fs::current_path(before);
    // Files that do not exist yet are compared by where they would be.
    EXPECT_TRUE(same_file(dir / "data-link" / "new.gpkg", dir / "data" / "new.gpkg"));
    EXPECT_FALSE(same_file(dir / "data" / "new.gpkg", dir / "data" / "other.gpkg"));
    // A copy is another file.
    fs::copy_file(file, dir / "copy.gpkg");
    EXPECT_FALSE(same_file(file, dir / "copy.gpkg"));

    EXPECT_TRUE(is_inside(dir / "data-link" / "sub" / "out.csv", dir / "data"));
    EXPECT_TRUE(is_inside(dir / "data" / "out.csv", dir / "data-link"));
    EXPECT_FALSE(is_inside(dir / "out.csv", dir / "data"));
    EXPECT_FALSE(is_inside(dir / "data" / "out.csv", dir / "data" / "province.gpkg"));
}

TEST(FileIdentity, DatabaseTableOfAConnectionString) {
    ::unsetenv("PGHOST");
    ::unsetenv("PGPORT");
    ::setenv("PGDATABASE", "from_env", 1);
    auto table = database_table("PG:host=db.example port=5433 dbname=gis user=u password='a b' active_schema=plan", "Zones");
    ASSERT_TRUE(table);
    EXPECT_EQ(table->database, "db.example 5433 gis");
    EXPECT_EQ(table->table, "plan.zones");
    table = database_table("PG:postgresql://u:secret@db.example:5433/gis?sslmode=require", "public.zones");
    ASSERT_TRUE(table);
    EXPECT_EQ(table->database, "db.example 5433 gis");
    EXPECT_EQ(table->table, "public.zones");
    // A local socket, localhost and the defaults are one server.
    EXPECT_EQ(database_table("PG:host=/var/run/postgresql dbname=gis", "z")->database, "localhost 5432 gis");
    EXPECT_EQ(database_table("PG:host=localhost port=5432 dbname=gis", "z")->database, "localhost 5432 gis");
    EXPECT_EQ(database_table("PG:user=u", "z")->database, "localhost 5432 from_env");
    // The table from the string itself, or none.
    EXPECT_EQ(database_table("PG:dbname=gis tables=wards(geom),roads", "")->table, "public.wards");
    EXPECT_EQ(database_table("PG:dbname=gis schemas=s1,s2", "t")->table, "s1.t");
    EXPECT_EQ(database_table("PG:dbname=gis", "")->table, "");
    EXPECT_FALSE(database_table("zones.gpkg", "zones"));
    EXPECT_FALSE(database_table("MYSQL:gis", "zones"));
    ::unsetenv("PGDATABASE");
}

}  // namespace
}  // namespace coverplan::gis
