// GET /tiles/{z}/{x}/{y} over loopback HTTP against the real `coverplan
// serve`: a project whose basemap is an MBTiles file, one whose basemap is a
// GeoPackage tile layer (both written by GDAL, tests/support/tilesets.h), and
// one without. Every served tile is compared byte for byte with what SQLite
// reads from the file; hostile paths are refused and the service goes on.

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "server/raw_connection.h"
#include "server/service_process.h"
#include "support/cli_project.h"
#include "support/temp_dir.h"
#include "support/tilesets.h"

using coverplan::test::RawAnswer;
using coverplan::test::RawConnection;
using coverplan::test::ServiceProcess;
using coverplan::test::TempDir;
using nlohmann::json;

namespace {

const std::string kSubscribers = "id,lon,lat\nS1,106.05,21.05\n";

class BasemapHttp : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        dir = new TempDir();
        coverplan::test::write_cli_project(*dir, kSubscribers);
        coverplan::test::write_fixture_tileset(dir->path() / "nen.mbtiles", "MBTILES");
        coverplan::test::write_fixture_tileset(dir->path() / "nen.gpkg", "GPKG",
                                               {"TILING_SCHEME=GoogleMapsCompatible", "RASTER_TABLE=duong_pho"});
        const std::string base = dir->read("project.toml");
        dir->write("mbtiles.toml", base + "\n[basemap]\nsource = \"nen.mbtiles\"\n");
        dir->write("gpkg.toml", base + "\n[basemap]\nsource = \"nen.gpkg\"\ntable = \"duong_pho\"\n");
        mbtiles = new ServiceProcess((dir->path() / "mbtiles.toml").string());
        gpkg = new ServiceProcess((dir->path() / "gpkg.toml").string());
        bare = new ServiceProcess((dir->path() / "project.toml").string());
    }
    static void TearDownTestSuite() {
        delete bare;
        delete gpkg;
        delete mbtiles;
        delete dir;
    }
    static RawAnswer get(const ServiceProcess& service, const std::string& target, const std::string& method = "GET") {
        RawConnection connection(service.port());
        const auto answer = connection.exchange(method + " " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
        EXPECT_TRUE(answer) << target;
        return answer ? *answer : RawAnswer{};
    }
    static std::string header(const RawAnswer& answer, const std::string& name) {
        const auto at = answer.head.find("\r\n" + name + ": ");
        if (at == std::string::npos) return "";
        const auto start = at + name.size() + 4;
        return answer.head.substr(start, answer.head.find("\r\n", start) - start);
    }
    /// Every stored tile of `table` in `file` fetched from `service` (rows
    /// flipped when `tms`): the bytes, type and caching checked; how many.
    static int compare_all(const ServiceProcess& service, const std::string& file, const std::string& table, bool tms) {
        const auto stored = coverplan::test::sqlite_rows(dir->path() / file,
                                                         "SELECT zoom_level, tile_column, tile_row, tile_data FROM " + table);
        RawConnection connection(service.port());  // one kept-alive connection, as a browser's
        int compared = 0;
        for (const auto& row : stored) {
            const int z = std::stoi(*row[0]), x = std::stoi(*row[1]), stored_row = std::stoi(*row[2]);
            const int y = tms ? (1 << z) - 1 - stored_row : stored_row;
            const std::string target = "/tiles/" + std::to_string(z) + "/" + std::to_string(x) + "/" + std::to_string(y);
            const auto answer = connection.exchange(coverplan::test::get_request(target));
            EXPECT_TRUE(answer) << target;
            if (!answer) break;
            EXPECT_EQ(answer->status, 200) << target << ": " << answer->body;
            EXPECT_EQ(answer->body, *row[3]) << target << " is not the stored tile " << z << "/" << x << "/" << stored_row;
            // GDAL writes opaque GeoPackage tiles as JPEG, partial ones as PNG: each says what it is.
            const bool jpeg = row[3]->rfind("\xFF\xD8\xFF", 0) == 0;
            EXPECT_EQ(header(*answer, "Content-Type"), jpeg ? "image/jpeg" : "image/png") << target;
            EXPECT_EQ(header(*answer, "Cache-Control"), "public, max-age=86400") << target;
            ++compared;
        }
        return compared;
    }

    static TempDir* dir;
    static ServiceProcess* mbtiles;
    static ServiceProcess* gpkg;
    static ServiceProcess* bare;
};

TempDir* BasemapHttp::dir = nullptr;
ServiceProcess* BasemapHttp::mbtiles = nullptr;
ServiceProcess* BasemapHttp::gpkg = nullptr;
ServiceProcess* BasemapHttp::bare = nullptr;

TEST_F(BasemapHttp, MBTilesTilesAreServedAsStoredWithRowsFlipped) {
    EXPECT_GE(compare_all(*mbtiles, "nen.mbtiles", "tiles", true), 10);
    // The northernmost tile at zoom 14 is XYZ row 7198: TMS row 16383 - 7198.
    const auto north = coverplan::test::stored_tile(dir->path() / "nen.mbtiles", "tiles", 14, 13024, 16383 - 7198);
    ASSERT_TRUE(north);
    EXPECT_EQ(get(*mbtiles, "/tiles/14/13024/7198").body, *north);
}

TEST_F(BasemapHttp, GeoPackageTilesAreServedAsStored) {
    EXPECT_GE(compare_all(*gpkg, "nen.gpkg", "duong_pho", false), 10);
}

TEST_F(BasemapHttp, HealthTellsThePageHowToDrawTheBasemap) {
    const auto range = coverplan::test::sqlite_rows(dir->path() / "nen.mbtiles",
                                                    "SELECT MIN(zoom_level), MAX(zoom_level) FROM tiles");
    const json health = json::parse(get(*mbtiles, "/healthz").body);
    const json& basemap = health["basemap"];
    EXPECT_EQ(basemap["tiles"], "/tiles/{z}/{x}/{y}");
    EXPECT_EQ(basemap["format"], "png");
    EXPECT_EQ(basemap["min_zoom"], std::stoi(*range[0][0]));
    EXPECT_EQ(basemap["max_zoom"], std::stoi(*range[0][1]));
    EXPECT_EQ(basemap["tile_size"], 256);
    ASSERT_EQ(basemap["bounds"].size(), 4u);
    EXPECT_NEAR(basemap["bounds"][0].get<double>(), 106.1719, 1e-3);
    EXPECT_NEAR(basemap["bounds"][3].get<double>(), 21.3194, 1e-3);
    EXPECT_EQ(json::parse(get(*gpkg, "/healthz").body)["basemap"]["min_zoom"], 12);
    EXPECT_TRUE(json::parse(get(*bare, "/healthz").body)["basemap"].is_null());
}

TEST_F(BasemapHttp, AbsentTilesAre404) {
    for (const char* target : {"/tiles/14/0/0", "/tiles/3/6/3", "/tiles/0/0/0", "/tiles/20/0/0"}) {
        const RawAnswer answer = get(*mbtiles, target);
        EXPECT_EQ(answer.status, 404) << target;
        EXPECT_EQ(header(answer, "Content-Type"), "application/json; charset=utf-8");
        EXPECT_EQ(header(answer, "Cache-Control"), "public, max-age=3600");
    }
    EXPECT_EQ(json::parse(get(*mbtiles, "/tiles/14/0/0").body)["error"], "the basemap has no tile 14/0/0");
    const RawAnswer none = get(*bare, "/tiles/14/13024/7198");
    EXPECT_EQ(none.status, 404);
    EXPECT_EQ(json::parse(none.body)["error"], "this project has no basemap ([basemap] source in the project file)");
    // HEAD answers as GET without the body.
    const RawAnswer head = get(*mbtiles, "/tiles/14/13024/7198", "HEAD");
    EXPECT_EQ(head.status, 200);
    EXPECT_EQ(header(head, "Content-Type"), "image/png");
}

TEST_F(BasemapHttp, HostilePathsAreRefusedAndTheServiceGoesOn) {
    const std::string format_error = "a tile is asked for as /tiles/{z}/{x}/{y} in whole numbers (e.g. /tiles/14/13024/7198), got '";
    const std::vector<std::pair<std::string, std::string>> refused = {
        {"/tiles/31/0/0", "zoom 31 is outside 0..30"},
        {"/tiles/2/4/0", "x 4 is outside 0..3 at zoom 2"},
        {"/tiles/2/0/4", "y 4 is outside 0..3 at zoom 2"},
        {"/tiles/30/1073741824/0", "x 1073741824 is outside 0..1073741823 at zoom 30"},
        {"/tiles/9999999999/0/0", "zoom 9999999999 is outside 0..30"},
        {"/tiles/-1/0/0", format_error + "/tiles/-1/0/0'"},
        {"/tiles/1/0", format_error + "/tiles/1/0'"},
        {"/tiles/1/0/0/0", format_error + "/tiles/1/0/0/0'"},
        {"/tiles/1/0/0.png", format_error + "/tiles/1/0/0.png'"},
        {"/tiles/1/+0/0", format_error + "/tiles/1/+0/0'"},
        {"/tiles/1/0x1/0", format_error + "/tiles/1/0x1/0'"},
        {"/tiles/", format_error + "/tiles/'"},
        {"/tiles//0/0", format_error + "/tiles//0/0'"},
        {"/tiles/99999999999/0/0", format_error + "/tiles/99999999999/0/0'"},
        {"/tiles/%2e%2e/%2e%2e/project.toml", format_error + "/tiles/../../project.toml'"},
        {"/tiles/1/0/0%00", format_error + "/tiles/1/0/0\\x00'"},
        {"/tiles/" + std::string(100, '1'), format_error + "/tiles/" + std::string(73, '1') + "...'"},
        {"/tiles/1/0/%30", ""},  // an escaped digit is a digit: served (or absent), never refused
    };
    RawConnection connection(mbtiles->port());
    for (const auto& [target, message] : refused) {
        const auto answer = connection.exchange(coverplan::test::get_request(target));
        ASSERT_TRUE(answer) << target;
        if (message.empty()) {
            EXPECT_EQ(answer->status, 404) << target;
            continue;
        }
        EXPECT_EQ(answer->status, 400) << target << ": " << answer->body;
        EXPECT_EQ(json::parse(answer->body)["error"], message) << target;
    }
    const auto post = connection.exchange(coverplan::test::post_request("/tiles/14/13024/7198", "{}"));
    ASSERT_TRUE(post);
    EXPECT_EQ(post->status, 404);
    // Still serving, on the same connection and on a new one.
    const auto tile = connection.exchange(coverplan::test::get_request("/tiles/14/13024/7198"));
    ASSERT_TRUE(tile);
    EXPECT_EQ(tile->status, 200);
    EXPECT_TRUE(mbtiles->running());
    EXPECT_EQ(get(*mbtiles, "/healthz").status, 200);
}

}  // namespace
