#pragma once
// A hand-built project whose ranks move in a known way between two months,
// for the history tests (GeoPackage workspace and PostGIS store alike).
// Twelve 1 km square zones Z01..Z12 side by side (EPSG:32648); zone k holds
// k open leads no node covers, so the investment ranking (unserved demand)
// is Z12 first ... Z01 last. Node N1 sits in a corner of Z12 with 100 ports.
// In November Z01 gains 20 leads and N1 is full: Z12 leads (its node now
// exhausting), Z01 climbs from 12 to 2 into the top ten, Z11..Z02 fall one
// place each, Z03 leaves the top ten, and N1 newly runs out of ports.

#include <string>

#include "planner/hand_built.h"
#include "support/temp_dir.h"

namespace coverplan::test {

inline std::string zone_name(int k) { return "Xã số " + std::to_string(k); }
inline std::string zone_id(int k) { return std::string(k < 10 ? "Z0" : "Z") + std::to_string(k); }

/// Writes the project as of October (or November) into `dir`; returns the
/// project file. `workspace` adds a [workspace] section (e.g. a PG: store).
inline std::filesystem::path write_history_project(const TempDir& dir, bool november, const std::string& workspace = "") {
    std::string zones;
    for (int k = 1; k <= 12; ++k)
        zones += (k > 1 ? "," : "") + feature(R"("id":")" + zone_id(k) + R"(","name":")" + zone_name(k) + "\"",
                                              square(1000.0 * (k - 1), 0, 1000.0 * k, 1000));
    dir.write("zones.geojson", collection(zones));
    dir.write("coverage.geojson",
              collection(feature(R"("id":"N1","tech":"ftth","cap":100,"used":)" + std::string(november ? "100" : "10"),
                                 square(11050, 50, 11300, 300))));
    dir.write("subscribers.csv", points_csv("id,x,y,tech", {"S1," + at(11100, 100) + ",ftth"}));
    std::vector<std::string> leads;
    for (int k = 1; k <= 12; ++k)
        for (int i = 0; i < k; ++i)
            leads.push_back("L" + std::to_string(k) + "-" + std::to_string(i) + "," + at(1000.0 * (k - 1) + 100 + 60 * i, 800));
    if (november)
        for (int i = 0; i < 20; ++i) leads.push_back("M" + std::to_string(i) + "," + at(50 + 45.0 * i, 500));
    dir.write("leads.csv", points_csv("id,x,y", leads));
    return dir.write("project.toml", std::string("[project]\nname = \"Lịch sử — thử\"\ncrs = \"EPSG:32648\"\nas_of = \"") +
                                         (november ? "2026-11-30" : "2026-10-31") + "\"\n" + workspace + R"(
[layers.zones]
source = "zones.geojson"
id = "id"
name = "name"

[layers.coverage]
source = "coverage.geojson"
id = "id"
technology = "tech"
capacity = "cap"
used = "used"

[layers.subscribers]
source = "subscribers.csv"
x = "x"
y = "y"
crs = "EPSG:32648"
id = "id"
technology = "tech"

[layers.leads]
source = "leads.csv"
x = "x"
y = "y"
crs = "EPSG:32648"
id = "id"
)");
}

}  // namespace coverplan::test
