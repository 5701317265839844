// Complaints tied to the network as the commands show them: the nodes and
// points_status layers of `coverplan overlay` read back with plain GDAL and
// checked against a brute-force count, `rank --explain` and --json, and the
// complaints map.

#include <gdal_priv.h>
#include <gtest/gtest.h>
#include <ogrsf_frmts.h>

#include <map>
#include <nlohmann/json.hpp>
#include <random>
#include <set>

#include "planner/complaints_project.h"
#include "support/cli_project.h"
#include "support/run_coverplan.h"

using coverplan::test::CommandRun;
using coverplan::test::Complaint;
using coverplan::test::open_vector;
using coverplan::test::run_coverplan;
using coverplan::test::TempDir;

namespace {

std::string quoted(const std::filesystem::path& path) { return coverplan::test::shell_quote(path.string()); }

}  // namespace

TEST(ComplaintsCli, NodesLayerCountsWhatABruteForceTestFinds) {
    std::vector<Complaint> complaints = coverplan::test::concentrated_on_f2();
    std::mt19937 random(7);
    std::uniform_real_distribution<double> x(0, 2000), y(0, 1000);
    const char* techs[] = {"ftth", "4g", ""};
    for (int i = 0; i < 120; ++i)
        complaints.push_back({"R" + std::to_string(i), x(random), y(random), techs[i % 3], "weak_signal",
                              i % 2 ? "2026-11-10" : "2026-02-10"});
    TempDir dir;
    const auto project = write_complaints_project(dir, complaints);
    const CommandRun run = run_coverplan("overlay " + quoted(project) + " -o " + quoted(dir / "out.gpkg"), dir);
    ASSERT_EQ(run.exit_code, 0) << run.out << run.err;
    auto results = open_vector(dir / "out.gpkg");
    ASSERT_TRUE(results);

    // Brute force with OGR's own geometry test: every complaint against
    // every node polygon as written, live nodes of the complaint's technology.
    OGRLayer* nodes = results->GetLayerByName("nodes");
    ASSERT_NE(nodes, nullptr);
    std::map<std::string, std::set<std::string>> ties;  // complaint -> nodes
    std::map<std::string, std::int64_t> expected;
    int checked = 0;
    for (auto& node : *nodes) {
        const std::string id = node->GetFieldAsString("node_id");
        const std::string tech = node->GetFieldAsString("technology");
        const bool live = std::string(node->GetFieldAsString("status")) == "live";
        expected[id] = 0;
        for (const Complaint& c : complaints) {
            OGRPoint point(500000 + c.x, 2300000 + c.y);
            if (!live || (!c.technology.empty() && c.technology != tech) || !node->GetGeometryRef()->Intersects(&point))
                continue;
            ++expected[id];
            ties[c.id].insert(id);
        }
    }
    nodes->ResetReading();
    for (auto& node : *nodes) {
        const std::string id = node->GetFieldAsString("node_id");
        EXPECT_EQ(node->GetFieldAsInteger64("complaints"), expected[id]) << id;
        ++checked;
    }
    EXPECT_EQ(checked, 5);
    EXPECT_GT(expected["M1"], 10);
    EXPECT_EQ(expected["P1"], 0);

    // F2: 4 recent complaints of the fixture plus the random ones; 10 subscribers.
    nodes->SetAttributeFilter("node_id = 'F2'");
    auto f2 = std::unique_ptr<OGRFeature>(nodes->GetNextFeature());
    ASSERT_TRUE(f2);
    const auto recent = f2->GetFieldAsInteger64("complaints_recent");
    EXPECT_GE(recent, 4);
    EXPECT_DOUBLE_EQ(f2->GetFieldAsDouble("complaints_per_100_subscribers"), 100.0 * double(recent) / 10);

    // Every complaint's row names one of its nodes, or none when it has none.
    OGRLayer* points = results->GetLayerByName("points_status");
    points->SetAttributeFilter("layer = 'complaints'");
    int rows = 0;
    for (auto& row : *points) {
        ++rows;
        const std::string id = row->GetFieldAsString("point_id");
        const std::string node = row->GetFieldAsString("node_id");
        if (ties[id].empty())
            EXPECT_EQ(node, "") << id;
        else
            EXPECT_EQ(ties[id].count(node), 1u) << id << " shown on '" << node << "'";
        EXPECT_FALSE(std::string(row->GetFieldAsString("status")).empty()) << id;
    }
    EXPECT_EQ(rows, int(complaints.size()));

    OGRLayer* zones = results->GetLayerByName("zones");
    zones->SetAttributeFilter("zone_id = 'B'");
    auto b = std::unique_ptr<OGRFeature>(zones->GetNextFeature());
    ASSERT_TRUE(b);
    EXPECT_NE(std::string(b->GetFieldAsString("complaint_categories")).find("outage 1"), std::string::npos);
}

TEST(ComplaintsCli, RankSaysWhatTheComplaintsComponentCounted) {
    TempDir dir;
    const auto project = write_complaints_project(dir, coverplan::test::concentrated_on_f2());
    const CommandRun run = run_coverplan("rank --explain " + quoted(project), dir);
    ASSERT_EQ(run.exit_code, 0) << run.out << run.err;
    EXPECT_NE(run.out.find("  complaints counted: 6 complaints in the 90 days before 2026-11-30 (of 7), 60.0 per 1,000 "
                           "subscribers across the zones; 6 of them lie in the service area of a live node of their "
                           "technology. By category (all 7): slow_speed 3, billing 2, outage 2.\n"),
              std::string::npos)
        << run.out;
    EXPECT_NE(run.out.find("  most complained-about live nodes (recent complaints): F2 4, F1 1, F3 1\n"), std::string::npos)
        << run.out;
    EXPECT_NE(run.out.find("complaints 4.2× average, 80 % on F2"), std::string::npos) << run.out;

    const CommandRun json = run_coverplan("rank --json " + quoted(project), dir);
    ASSERT_EQ(json.exit_code, 0) << json.err;
    const auto ranking = nlohmann::json::parse(json.out);
    EXPECT_EQ(ranking["zones"][0]["zone_id"], "A");
    EXPECT_EQ(ranking["zones"][0]["complaint_node"], "F2");
    EXPECT_EQ(ranking["zones"][0]["complaints_recent"], 5);
    EXPECT_EQ(ranking["zones"][1]["complaint_node"], nullptr);
}

TEST(LanguageCli, RankExplainSaysWhatTheComplaintsComponentCountedInVietnamese) {
    TempDir dir;
    const auto project = write_complaints_project(dir, coverplan::test::concentrated_on_f2());
    const CommandRun run = run_coverplan("rank --explain --lang vi " + quoted(project), dir);
    ASSERT_EQ(run.exit_code, 0) << run.out << run.err;
    EXPECT_NE(run.out.find("  khiếu nại đã tính: 6 khiếu nại trong 90 ngày tính đến 30/11/2026 (trên tổng số 7), bình quân "
                           "60,0 khiếu nại trên 1.000 thuê bao của các khu vực; 6 khiếu nại trong số đó nằm trong vùng phục vụ "
                           "của node đang hoạt động cùng công nghệ. Theo loại khiếu nại (tổng 7): slow_speed 3, billing 2, "
                           "outage 2.\n"),
              std::string::npos)
        << run.out;
    EXPECT_NE(run.out.find("  node đang hoạt động bị khiếu nại nhiều nhất (khiếu nại gần đây): F2 4, F1 1, F3 1\n"),
              std::string::npos)
        << run.out;
    EXPECT_EQ(run.out.rfind("Phương pháp (docs/scoring.md)\n  điểm = (0,40 × unserved_demand", 0), 0u) << run.out;
    // (The components keep their keys, the names --weight takes: "complaints".)
    for (const char* english : {"complaints counted", "per 1,000", "forecast", "Method", "largest", "0.40"})
        EXPECT_EQ(run.out.find(english), std::string::npos) << english << "\n" << run.out;
    // English: the planner's sentence, unchanged.
    EXPECT_EQ(run_coverplan("rank --explain --lang en " + quoted(project), dir).out,
              run_coverplan("rank --explain " + quoted(project), dir).out);
}

TEST(ComplaintsCli, ComplaintsMapNamesTheNodes) {
    TempDir dir;
    const auto project = write_complaints_project(dir, coverplan::test::concentrated_on_f2());
    const CommandRun run = run_coverplan("map " + quoted(project) + " --theme complaints -o " + quoted(dir / "c.svg"), dir);
    ASSERT_EQ(run.exit_code, 0) << run.out << run.err;
    EXPECT_NE(run.out.find("complaints map"), std::string::npos) << run.out;
    const std::string svg = dir.read("c.svg");
    for (const char* text : {"F2 · 4", "F1 · 1", "F3 · 1", "Complaints and the network", "4.2×", "slow_speed"})
        EXPECT_NE(svg.find(text), std::string::npos) << text;
    const CommandRun bad = run_coverplan("map " + quoted(project) + " --theme complaint -o " + quoted(dir / "d.svg"), dir);
    EXPECT_EQ(bad.exit_code, 2);
    EXPECT_NE(bad.err.find("sla|change|complaints"), std::string::npos) << bad.err;
}
