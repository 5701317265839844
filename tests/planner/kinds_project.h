#pragma once
// A hand-built project whose zones carry kinds ([layers.zones] kind), with
// its layout kept as plain numbers so tests can recount everything with
// loops over rectangles instead of the overlay.
//
// Metres in EPSG:32648 relative to (500000, 2300000); as_of 2026-11-30.
//   Six zones, 1000 m squares in a row along x (Z1 [0,1000], ..., Z6
//   [5000,6000]; y [0,1000]), kinds "Phường", "  Phường " (read as
//   "Phường"), "Khu công nghiệp", none, "Xã", "phường" (a second spelling).
//   Z3 gives no households.
//   Nodes, ftth: N1 [0,1500] live 100/40, N2 [1800,3200] live 50/50 (full),
//   N3 [4200,4800] live 30/10, N4 [5000,6000] planned, N5 [2500,5500] x
//   [0,300] live 20/5.
//   Subscribers and leads: pseudo-random points (a fixed LCG) inside
//   [10,5990] x [10,990], never within 1 m of a zone's edge; subscribers
//   activated over the two years before as_of, leads open ("new").

#include <cmath>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "planner/hand_built.h"
#include "support/temp_dir.h"

namespace coverplan::test {

struct KindRect {
    double x0, y0, x1, y1;
    bool overlaps(const KindRect& o) const { return x0 < o.x1 && o.x0 < x1 && y0 < o.y1 && o.y0 < y1; }
    bool holds(double x, double y) const { return x > x0 && x < x1 && y > y0 && y < y1; }
};

struct KindZone {
    std::string id, name, kind_in_file;
    std::optional<int> households;
    KindRect area;
};

struct KindNode {
    std::string id;
    KindRect area;
    int capacity, used;
    bool live;
};

struct KindPoint {
    double x, y;
    std::string day;  ///< activated (subscribers) or created (leads)
};

struct KindsProject {
    std::vector<KindZone> zones = {
        {"Z1", "Phường Trần Phú", "Phường", 500, {0, 0, 1000, 1000}},
        {"Z2", "Phường Lê Lợi", "  Phường ", 400, {1000, 0, 2000, 1000}},
        {"Z3", "KCN Đình Trám", "Khu công nghiệp", std::nullopt, {2000, 0, 3000, 1000}},
        {"Z4", "Vùng chưa rõ", "", 300, {3000, 0, 4000, 1000}},
        {"Z5", "Xã Dĩnh Trì", "Xã", 200, {4000, 0, 5000, 1000}},
        {"Z6", "Phường Thọ Xương", "phường", 100, {5000, 0, 6000, 1000}},
    };
    std::vector<KindNode> nodes = {
        {"N1", {0, 0, 1500, 1000}, 100, 40, true},   {"N2", {1800, 0, 3200, 1000}, 50, 50, true},
        {"N3", {4200, 0, 4800, 1000}, 30, 10, true}, {"N4", {5000, 0, 6000, 1000}, 40, 0, false},
        {"N5", {2500, 0, 5500, 300}, 20, 5, true},
    };
    std::vector<KindPoint> subscribers, leads;

    KindsProject() {
        std::uint64_t state = 20261203;
        auto next = [&] {
            state = state * 6364136223846793005ULL + 1442695040888963407ULL;
            return double(state >> 11) / double(1ULL << 53);
        };
        auto point = [&](int months_back) {
            double x = 0, y = 0;
            do {
                x = 10 + 5980 * next();
                y = 10 + 980 * next();
            } while (std::fabs(x / 1000 - std::round(x / 1000)) * 1000 < 1);
            // A day within the last `months_back` months (2026-11 back), day 1..28.
            const int back = int(next() * months_back);
            const int month_index = 2026 * 12 + 10 - back;  // November 2026 is 10 (0-based)
            char day[48];
            std::snprintf(day, sizeof day, "%04d-%02d-%02d", month_index / 12, month_index % 12 + 1, 1 + int(next() * 27));
            return KindPoint{x, y, day};
        };
        for (int i = 0; i < 900; ++i) subscribers.push_back(point(24));
        for (int i = 0; i < 120; ++i) leads.push_back(point(3));
    }

    /// The kind the dataset should read for zone z (trimmed).
    std::string kind(std::size_t z) const {
        const std::string& text = zones[z].kind_in_file;
        const auto first = text.find_first_not_of(' ');
        return first == std::string::npos ? std::string() : text.substr(first, text.find_last_not_of(' ') - first + 1);
    }

    /// Writes the layers and project.toml into `dir`; returns the project file.
    std::filesystem::path write(const TempDir& dir, bool map_kind = true) const {
        std::string features;
        for (const auto& z : zones) {
            std::string properties = R"("id":")" + z.id + R"(","name":")" + z.name + R"(","loai":")" + z.kind_in_file + "\"";
            if (z.households) properties += R"(,"households":)" + std::to_string(*z.households);
            features += (features.empty() ? "" : ",") +
                        feature(properties, square(z.area.x0, z.area.y0, z.area.x1, z.area.y1));
        }
        dir.write("zones.geojson", collection(features));
        std::string areas;
        for (const auto& n : nodes)
            areas += (areas.empty() ? "" : ",") +
                     feature(R"("id":")" + n.id + R"(","tech":"ftth","cap":)" + std::to_string(n.capacity) +
                                 R"(,"used":)" + std::to_string(n.used) + R"(,"status":")" + (n.live ? "live" : "planned") + "\"",
                             square(n.area.x0, n.area.y0, n.area.x1, n.area.y1));
        dir.write("coverage.geojson", collection(areas));
        std::vector<std::string> rows;
        for (std::size_t i = 0; i < subscribers.size(); ++i)
            rows.push_back("s" + std::to_string(i + 1) + "," + at(subscribers[i].x, subscribers[i].y) + ",ftth," +
                           subscribers[i].day);
        dir.write("subscribers.csv", points_csv("id,x,y,tech,activated", rows));
        rows.clear();
        for (std::size_t i = 0; i < leads.size(); ++i)
            rows.push_back("l" + std::to_string(i + 1) + "," + at(leads[i].x, leads[i].y) + ",ftth,new," + leads[i].day);
        dir.write("leads.csv", points_csv("id,x,y,tech,status,created", rows));
        return dir.write("project.toml", std::string(R"([project]
name = "Vùng thử"
crs = "EPSG:32648"
as_of = "2026-11-30"

[layers.zones]
source = "zones.geojson"
id = "id"
name = "name"
households = "households"
)") + (map_kind ? "kind = \"loai\"\n" : "") + R"(
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
activated = "activated"

[layers.leads]
source = "leads.csv"
x = "x"
y = "y"
crs = "EPSG:32648"
id = "id"
technology = "tech"
status = "status"
created = "created"
)");
    }
};

}  // namespace coverplan::test
