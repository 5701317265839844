#pragma once
// The small project the command-line tests share: two zones astride
// longitude 106.1 (with their teams), one ftth node, subscribers from a CSV.
// Tests add layers with csv_point_layer(), write it with write_cli_project()
// and read outputs back with open_vector().

#include <gdal_priv.h>

#include <filesystem>
#include <string>

#include "support/temp_dir.h"

namespace coverplan::test {

/// Z1 "Phường Trần Phú" [106.0, 106.1] x [21.0, 21.1], Z2 "Xã Dĩnh Trì"
/// [106.1, 106.2] x [21.0, 21.1]; fields ma, ten, don_vi (the team).
inline const char* const kCliZones = R"({"type":"FeatureCollection","features":[
{"type":"Feature","properties":{"ma":"Z1","ten":"Phường Trần Phú","don_vi":"Đội Trần Phú"},"geometry":{"type":"Polygon","coordinates":[[[106.0,21.0],[106.1,21.0],[106.1,21.1],[106.0,21.1],[106.0,21.0]]]}},
{"type":"Feature","properties":{"ma":"Z2","ten":"Xã Dĩnh Trì","don_vi":"Đội Dĩnh Trì"},"geometry":{"type":"Polygon","coordinates":[[[106.1,21.0],[106.2,21.0],[106.2,21.1],[106.1,21.1],[106.1,21.0]]]}}]})";

/// N1, ftth, 64 ports with 10 used: [106.02, 106.15] x [21.02, 21.08].
inline const char* const kCliCoverage = R"({"type":"FeatureCollection","features":[
{"type":"Feature","properties":{"id":"N1","tech":"ftth","cap":64,"used":10},"geometry":{"type":"Polygon","coordinates":[[[106.02,21.02],[106.15,21.02],[106.15,21.08],[106.02,21.08],[106.02,21.02]]]}}]})";

inline const char* const kCliProject = R"([project]
name = "CLI test"
as_of = "2026-11-30"

[layers.zones]
source = "zones.geojson"
id = "ma"
name = "ten"
team = "don_vi"

[layers.coverage]
source = "coverage.geojson"
id = "id"
technology = "tech"
capacity = "cap"
used = "used"

[layers.subscribers]
source = "subscribers.csv"
x = "lon"
y = "lat"
crs = "EPSG:4326"
id = "id"
)";

/// A [layers.ROLE] section reading ROLE.csv with lon/lat columns in WGS 84
/// and id = "id"; `mappings` adds lines such as "due = \"due\"\n".
inline std::string csv_point_layer(const std::string& role, const std::string& mappings) {
    return "\n[layers." + role + "]\nsource = \"" + role +
           ".csv\"\nx = \"lon\"\ny = \"lat\"\ncrs = \"EPSG:4326\"\nid = \"id\"\n" + mappings;
}

/// Writes zones, coverage, subscribers and the project file into `dir`;
/// returns the project file's path.
inline std::string write_cli_project(const TempDir& dir, const std::string& subscribers_csv,
                                     const std::string& project = kCliProject) {
    dir.write("zones.geojson", kCliZones);
    dir.write("coverage.geojson", kCliCoverage);
    dir.write("subscribers.csv", subscribers_csv);
    return dir.write("project.toml", project).string();
}

/// Opens a written output with plain GDAL, to read it back.
inline GDALDatasetUniquePtr open_vector(const std::filesystem::path& path) {
    GDALAllRegister();
    return GDALDatasetUniquePtr(GDALDataset::Open(path.string().c_str(), GDAL_OF_VECTOR));
}

}  // namespace coverplan::test
