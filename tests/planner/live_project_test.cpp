// planner::LiveProject on the hand-built project: a rewritten source is read
// again and swapped in; a source made unreadable keeps the previous view and
// says why; readers never see a mixed view while rebuilds run; a lead added
// at once is counted once, before and after the data holds it.

#include "planner/live_project.h"

#include <gtest/gtest.h>

#include <atomic>
#include <fstream>
#include <thread>

#include "planner/hand_built_plan.h"

using namespace coverplan;
using namespace coverplan::planner;
using namespace std::chrono_literals;
using coverplan::test::at;
using coverplan::test::collection;
using coverplan::test::feature;
using coverplan::test::square;

namespace {

class LiveProjectTest : public ::testing::Test {
protected:
    test::TempDir dir;
    std::filesystem::path project = test::write_hand_built_project(dir);
    LiveProject::Loader loader() const {
        return [file = project] { return load_dataset(load_project(file, "2026-11-30")); };
    }
    /// N1 with `used` ports of 10.
    void write_coverage(int used) const {
        dir.write("coverage.geojson",
                  collection(feature(R"("id":"N1","tech":"ftth","cap":"10","used":")" + std::to_string(used) +
                                         R"(","status":"live")",
                                     square(0, 0, 1000, 1000)) +
                             "," +
                             feature(R"("id":"N2","tech":"ftth","cap":"20","used":"5","status":"live")",
                                     square(1000, 0, 2000, 1000))));
    }
    static Serviceability at_zone_a(const LiveView& view) {
        return view.checker->check(500000 + 500, 2300000 + 500, 0).answer.verdict.status;
    }
    template <class Condition>
    static bool eventually(const Condition& condition) {
        for (int i = 0; i < 400; ++i) {  // 20 s
            if (condition()) return true;
            std::this_thread::sleep_for(50ms);
        }
        return false;
    }
};

std::int64_t leads_open(const LiveView& view, std::size_t zone) { return view.plan.overlay.zones[zone].counts.leads_open; }

TEST_F(LiveProjectTest, ASourceRewrittenIsReadAgainAndSwappedIn) {
    LiveProject live(loader());
    const auto first = live.view();
    EXPECT_EQ(first->version, 1u);
    EXPECT_EQ(at_zone_a(*first), Serviceability::Available);
    write_coverage(10);  // N1 full
    ASSERT_TRUE(eventually([&] { return live.view()->version > 1; })) << "the change was not followed";
    EXPECT_EQ(at_zone_a(*live.view()), Serviceability::Full);
    EXPECT_EQ(at_zone_a(*first), Serviceability::Available);  // a view kept is never changed
    EXPECT_EQ(live.status().rebuilds, 1u);
    EXPECT_EQ(live.status().problem, "");
}

TEST_F(LiveProjectTest, AnUnreadableSourceKeepsThePreviousViewAndSaysWhy) {
    LiveProject live(loader());
    dir.write("zones.geojson", "{\"type\": \"FeatureCollection\", \"features\": [");  // half written
    ASSERT_TRUE(eventually([&] { return !live.status().problem.empty(); }));
    const LiveStatus status = live.status();
    EXPECT_NE(status.problem.find("zones.geojson"), std::string::npos) << status.problem;
    EXPECT_FALSE(status.problem_at.empty());
    EXPECT_EQ(live.view()->version, 1u);
    EXPECT_EQ(at_zone_a(*live.view()), Serviceability::Available);
    test::write_hand_built_project(dir);  // whole again
    ASSERT_TRUE(eventually([&] { return live.view()->version > 1; }));
    EXPECT_EQ(live.status().problem, "");
    EXPECT_EQ(live.view()->data->zones.size(), 3u);
}

TEST_F(LiveProjectTest, ReadersNeverSeeAMixedViewWhileRebuildsRun) {
    LiveProject live(loader(), {{1, false}, 0ms, 1000ms, false});
    std::atomic<bool> done{false};
    std::atomic<int> mixed{0}, reads{0};
    std::vector<std::thread> readers;
    for (int t = 0; t < 4; ++t)
        readers.emplace_back([&] {
            while (!done) {
                const auto view = live.view();
                // Each view: its plan and checker belong to its data, N1 full or not throughout.
                const bool full = view->data->nodes.used[0] == 10.0;
                if (&view->checker->data() != view->data.get() || view->plan.zones.size() != view->data->zones.size() ||
                    (at_zone_a(*view) == Serviceability::Full) != full)
                    ++mixed;
                ++reads;
            }
        });
    for (int round = 0; round < 10; ++round) {
        write_coverage(round % 2 ? 10 : 4);
        EXPECT_TRUE(live.rebuild());
    }
    done = true;
    for (auto& reader : readers) reader.join();
    EXPECT_EQ(mixed, 0);
    EXPECT_GT(reads, 10);
    EXPECT_EQ(live.view()->version, 11u);
}

TEST_F(LiveProjectTest, AnAddedLeadCountsOnceBeforeAndAfterTheDataHoldsIt) {
    LiveProject live(loader(), {{1, false}, 0ms, 1000ms, false});
    const std::size_t zone_c = 2;
    const std::int64_t before = leads_open(*live.view(), zone_c);
    const auto added = live.add_lead({"FL-1", 500000 + 2600, 2300000 + 500, 0, kNoDay, "new"});
    EXPECT_EQ(leads_open(*added, zone_c), before + 1);
    EXPECT_EQ(added->version, 2u);
    // Read again before the lead reached the data: still counted.
    ASSERT_TRUE(live.rebuild());
    EXPECT_EQ(leads_open(*live.view(), zone_c), before + 1);
    // The data now holds it: counted once, from the data.
    std::ofstream(dir.path() / "leads.csv", std::ios::app) << "FL-1," << at(2600, 500) << ",ftth,new\n";
    ASSERT_TRUE(live.rebuild());
    EXPECT_EQ(leads_open(*live.view(), zone_c), before + 1);
    EXPECT_EQ(live.view()->plan.added_leads.points.size(), 0u);
}

TEST_F(LiveProjectTest, AListenerHearsEveryViewBeforeItIsServed) {
    LiveProject live(loader(), {{1, false}, 0ms, 1000ms, false});
    std::vector<std::uint64_t> heard;
    live.listen([&](const std::shared_ptr<const LiveView>& view) {
        heard.push_back(view->version);
        if (view->version > 1) {
            EXPECT_LT(live.view()->version, view->version);  // heard before served
        }
    });
    live.add_lead({"FL-1", 500000 + 2600, 2300000 + 500, 0, kNoDay, "new"});
    live.rebuild();
    EXPECT_EQ(heard, (std::vector<std::uint64_t>{1, 2, 3}));
}

}  // namespace
