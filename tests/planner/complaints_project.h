#pragma once
// A hand-built project for complaints tied to the network.
//
// Metres in EPSG:32648 relative to (500000, 2300000); as_of 2026-11-30, the
// complaint window 90 days (recent: after 2026-09-01).
//   Zone A [0,1000]²; zone B [1000,2000]x[0,1000].
//   F1 ftth live, cap 10 used 4:   [0,600]    x [0,1000]
//   F2 ftth live, cap 10 used 5:   [400,1000] x [0,1000]   (overlaps F1 on x 400..600)
//   M1 4g   live, cap 100 used 50: [0,2000]   x [0,400]
//   F3 ftth live, cap 20 used 5:   [1000,1500] x [0,1000]
//   P1 ftth planned:               [1500,2000] x [500,1000]
// Subscribers (ftth, no dates): A 10 at x=100 (F1 only above y 400) and 10 at
// x=800 (F2 only); B 80 at x=1200 (F3). Recent complaints per 1,000: the
// project 1000 × recent / 100.

#include <filesystem>
#include <string>
#include <vector>

#include "planner/hand_built.h"
#include "support/temp_dir.h"

namespace coverplan::test {

struct Complaint {
    std::string id;
    double x = 0, y = 0;
    std::string technology;  ///< "" = none
    std::string category;
    std::string date;
};

inline std::string complaints_project_text(bool map_technology) {
    return std::string(R"([project]
name = "complaints"
crs = "EPSG:32648"
as_of = "2026-11-30"

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
status = "status"

[layers.subscribers]
source = "subscribers.csv"
x = "x"
y = "y"
crs = "EPSG:32648"
id = "id"
technology = "tech"

[layers.complaints]
source = "complaints.csv"
x = "x"
y = "y"
crs = "EPSG:32648"
id = "id"
category = "category"
date = "date"
)") + (map_technology ? "technology = \"tech\"\n" : "");
}

/// Writes the project (project.toml) with these complaints.
inline std::filesystem::path write_complaints_project(const TempDir& dir, const std::vector<Complaint>& complaints,
                                                      bool map_technology = true) {
    dir.write("zones.geojson", collection(feature(R"("id":"A","name":"Phường A")", square(0, 0, 1000, 1000)) + "," +
                                          feature(R"("id":"B","name":"Xã B")", square(1000, 0, 2000, 1000))));
    auto node = [](const char* id, const char* tech, const char* cap, const char* used, const char* status, double x0,
                   double y0, double x1, double y1) {
        return feature(std::string(R"("id":")") + id + R"(","tech":")" + tech + R"(","cap":")" + cap + R"(","used":")" +
                           used + R"(","status":")" + status + "\"",
                       square(x0, y0, x1, y1));
    };
    dir.write("coverage.geojson",
              collection(node("F1", "ftth", "10", "4", "live", 0, 0, 600, 1000) + "," +
                         node("F2", "ftth", "10", "5", "live", 400, 0, 1000, 1000) + "," +
                         node("M1", "4g", "100", "50", "live", 0, 0, 2000, 400) + "," +
                         node("F3", "ftth", "20", "5", "live", 1000, 0, 1500, 1000) + "," +
                         node("P1", "ftth", "8", "", "planned", 1500, 500, 2000, 1000)));
    std::vector<std::string> subscribers;
    auto subscribe = [&](double x, int count) {
        for (int k = 0; k < count; ++k)
            subscribers.push_back("s" + std::to_string(subscribers.size() + 1) + "," + at(x, 500 + 4 * k) + ",ftth");
    };
    subscribe(100, 10);
    subscribe(800, 10);
    subscribe(1200, 80);
    dir.write("subscribers.csv", points_csv("id,x,y,tech", subscribers));
    std::vector<std::string> rows;
    for (const Complaint& c : complaints)
        rows.push_back(c.id + "," + at(c.x, c.y) + "," + c.technology + "," + c.category + "," + c.date);
    dir.write("complaints.csv", points_csv("id,x,y,tech,category,date", rows));
    return dir.write("project.toml", complaints_project_text(map_technology));
}

/// Zone A's recent complaints mostly on F2: 4 at x=800 (F2 only), 1 at x=100
/// (F1 only); B one at x=1200 (F3); an old one in A. A: 5 recent of 20
/// subscribers = 250 per 1,000, the project 6 of 100 = 60: 4.2× average;
/// 4 of 5 (80 %) on F2.
inline std::vector<Complaint> concentrated_on_f2() {
    return {{"K1", 800, 600, "ftth", "slow_speed", "2026-11-01"},  {"K2", 820, 700, "ftth", "slow_speed", "2026-10-15"},
            {"K3", 850, 800, "ftth", "outage", "2026-10-20"},      {"K4", 900, 900, "ftth", "slow_speed", "2026-09-30"},
            {"K5", 100, 600, "ftth", "billing", "2026-11-20"},     {"K6", 1200, 600, "ftth", "outage", "2026-11-02"},
            {"K7", 800, 650, "ftth", "billing", "2026-01-10"}};
}

}  // namespace coverplan::test
