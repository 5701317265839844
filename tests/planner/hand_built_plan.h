#pragma once
// A hand-built project whose every figure is worked out below (the plan and
// scenario tests check against these figures).
//
// Metres in EPSG:32648 relative to (500000, 2300000); as_of 2026-11-30, so the
// activation history is 2025-11 .. 2026-10 (12 months) and the horizon
// (6 months, damping 1: a straight line is continued exactly) is 2026-11 .. 2027-04.
//   Zone A [0,1000]²,             households 100; node N1 ftth live cap 10 used 4 covers A exactly.
//   Zone B [1000,2000]x[0,1000],  households 50;  node N2 ftth live cap 20 used 5 covers B exactly.
//   Zone C [2000,3000]x[0,1000],  households unknown; no coverage.
// Subscribers (ftth): A 1 a month (12), B 2 a month (24), C 1, 2, ..., 12 a month (78).
// Open leads (ftth; conversion new 0.1, contacted 0.25, qualified 0.5):
//   A: new + qualified (available, pipeline 0.6); B: contacted (available, 0.25);
//   C: 4 new (not covered, 0.4) and one won (closed).
// Complaints in the 90 days before as_of: A 3 (plus one in January, too old), C 2.
//
// Nodes: N1 forecast 6 + 0.6 = 6.6, utilisation 0.4, projected 10.6/10 = 1.06;
//   month by month 4 + 1.1 k reaches 10 at k = 6 -> exhausts 2027-04-01.
//   N2 forecast 12 + 0.25 = 12.25, utilisation 0.25, projected 17.25/20 = 0.8625; does not run out.
// Zones: A penetration 0.12, untapped 88, 250 complaints per 1,000, growth 0,
//   forecast 6.6, 1 exhausting node; spare 6 - 2 available leads = 4 headroom,
//   trend 6 -> 2 beyond spare: unserved demand 2.
//   B penetration 0.48, untapped 26, growth 0, forecast 12.25, headroom 14: unserved 0.
//   C 2000/78 complaints per 1,000, growth 57/21 - 1, forecast 93 + 0.4, unserved 4 + 93 = 97.
// Investment (weights .4 .3 .15 .15): complaints vs average (5/114 per subscriber):
//   A 5.7, C 228/390; complaints count above average only (ratio - 1: A 4.7, C 0).
//   Scaled by the largest: unserved A 2/97 C 1, exhaustion A 1, complaints A 1, growth C 1.
//   A = .4*2/97 + .3 + .15 = 0.458247; B = 0; C = .4 + .15 = 0.55.
//   Ranks C, A, B.
// Sales (weights .4 .3 .2 .1; no orders, so quality is 0 everywhere):
//   spare A 6/15 B 1; untapped A 1 B 26/88; servable leads A 1 B 0.5.
//   A = .16 + .3 + .2 = 0.66; B = .4 + .3*26/88 + .1 = 0.588636; C = 0. Ranks A, B, C.

#include <gtest/gtest.h>

#include <filesystem>
#include <string>
#include <vector>

#include "planner/dataset.h"
#include "planner/hand_built.h"
#include "planner/plan.h"
#include "planner/project.h"
#include "support/temp_dir.h"

namespace coverplan::test {

inline const char* const kHandBuiltProject = R"([project]
name = "plan"
crs = "EPSG:32648"
as_of = "2026-11-30"

[layers.zones]
source = "zones.geojson"
id = "id"
name = "name"
households = "hh"

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

[layers.complaints]
source = "complaints.csv"
x = "x"
y = "y"
crs = "EPSG:32648"
id = "id"
date = "date"

[forecast]
horizon_months = 6
damping = 1.0
)";

inline std::string month_day(int month_index) {  // 0 = 2025-11
    const int month = 10 + month_index;     // 0-based month of 2025
    return std::to_string(2025 + month / 12) + "-" + (month % 12 + 1 < 10 ? "0" : "") + std::to_string(month % 12 + 1) + "-15";
}

inline std::filesystem::path write_hand_built_project(const TempDir& dir) {
    dir.write("zones.geojson",
              collection(feature(R"("id":"A","name":"Phường Trần Phú","hh":100)", square(0, 0, 1000, 1000)) + "," +
                         feature(R"("id":"B","name":"Xã Dĩnh Trì","hh":50)", square(1000, 0, 2000, 1000)) + "," +
                         feature(R"("id":"C","name":"Xã Tân Mỹ","hh":null)", square(2000, 0, 3000, 1000))));
    dir.write("coverage.geojson",
              collection(feature(R"("id":"N1","tech":"ftth","cap":"10","used":"4","status":"live")",
                                 square(0, 0, 1000, 1000)) +
                         "," +
                         feature(R"("id":"N2","tech":"ftth","cap":"20","used":"5","status":"live")",
                                 square(1000, 0, 2000, 1000))));
    std::vector<std::string> subscribers;
    int id = 0;
    auto subscribe = [&](double x, int month, int count) {
        for (int k = 0; k < count; ++k)
            subscribers.push_back("s" + std::to_string(++id) + "," + at(x, 100 + 10 * k) + ",ftth," + month_day(month));
    };
    for (int m = 0; m < 12; ++m) {
        subscribe(500, m, 1);
        subscribe(1500, m, 2);
        subscribe(2500, m, m + 1);
    }
    dir.write("subscribers.csv", points_csv("id,x,y,tech,activated", subscribers));
    dir.write("leads.csv", points_csv("id,x,y,tech,status", {"l1," + at(200, 800) + ",ftth,new",
                                                             "l2," + at(300, 800) + ",ftth,qualified",
                                                             "l3," + at(1500, 800) + ",ftth,contacted",
                                                             "l4," + at(2100, 800) + ",ftth,new",
                                                             "l5," + at(2200, 800) + ",ftth,new",
                                                             "l6," + at(2300, 800) + ",ftth,new",
                                                             "l7," + at(2400, 800) + ",ftth,new",
                                                             "l8," + at(2500, 800) + ",ftth,won"}));
    dir.write("complaints.csv", points_csv("id,x,y,date", {"c1," + at(100, 900) + ",2026-10-15",
                                                           "c2," + at(150, 900) + ",2026-10-16",
                                                           "c3," + at(200, 900) + ",2026-11-30",
                                                           "c4," + at(250, 900) + ",2026-01-01",
                                                           "c5," + at(2100, 900) + ",2026-09-02",
                                                           "c6," + at(2200, 900) + ",2026-09-20"}));
    return dir.write("project.toml", kHandBuiltProject);
}

/// The hand-built project loaded and planned on one thread.
class HandBuiltPlan : public ::testing::Test {
protected:
    void SetUp() override {
        data = planner::load_dataset(planner::load_project(write_hand_built_project(dir), "2026-11-30"));
        plan = planner::build_plan(data, {1, true});
    }
    TempDir dir;
    planner::Dataset data;
    planner::Plan plan;
};

}  // namespace coverplan::test
