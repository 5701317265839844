// Progress and cancel of load_dataset and build_plan: stages in order ending
// at done == total, the same results with a callback as without, and a
// cancel from another thread stopping a load of a million points
// (asserting that it ends with Cancelled, not how fast).

#include <gtest/gtest.h>

#include <atomic>
#include <filesystem>
#include <fstream>
#include <future>
#include <mutex>
#include <string>
#include <vector>

#include "planner/dataset.h"
#include "planner/plan.h"
#include "support/temp_dir.h"
#include "test_config.h"

using namespace coverplan;
using namespace coverplan::planner;

namespace {

struct Report {
    std::string stage;
    std::size_t done, total;
};

/// Records every call; checks they come in order and never go back.
class Recorder {
public:
    Progress progress() {
        return {[this](std::string_view stage, std::size_t done, std::size_t total) {
                    std::lock_guard lock(mutex_);
                    reports_.push_back({std::string(stage), done, total});
                },
                nullptr};
    }
    std::vector<Report> reports() const {
        std::lock_guard lock(mutex_);
        return reports_;
    }

private:
    mutable std::mutex mutex_;
    std::vector<Report> reports_;
};

void expect_monotonic_to_the_end(const std::vector<Report>& reports) {
    ASSERT_GE(reports.size(), 2u);
    const std::size_t total = reports.front().total;
    for (std::size_t i = 0; i < reports.size(); ++i) {
        EXPECT_EQ(reports[i].total, total) << reports[i].stage;
        EXPECT_EQ(reports[i].done, i) << reports[i].stage;  // one call per stage, in order
        EXPECT_FALSE(reports[i].stage.empty());
    }
    EXPECT_EQ(reports.back().done, total);
    EXPECT_EQ(reports.back().stage, "done");
}

const Project& sample_project() {
    static const Project project = load_project(test::kSampleProject, "2026-11-30");
    return project;
}

TEST(Progress, LoadAndPlanReportEveryStageInOrderAndReachTheEnd) {
    Recorder loading;
    const Dataset data = load_dataset(sample_project(), loading.progress());
    const auto load_reports = loading.reports();
    expect_monotonic_to_the_end(load_reports);
    std::vector<std::string> stages;
    for (const auto& r : load_reports) stages.push_back(r.stage);
    EXPECT_EQ(stages, (std::vector<std::string>{"working CRS", "reading zones", "reading coverage", "reading subscribers",
                                                "reading leads", "reading field leads", "reading complaints", "reading orders",
                                                "reading addresses", "opening the basemap", "done"}));

    Recorder planning;
    PlanOptions options(2, true);
    options.progress = planning.progress();
    const Plan plan = build_plan(data, options);
    expect_monotonic_to_the_end(planning.reports());
    EXPECT_EQ(planning.reports().front().stage, "overlay");
}

TEST(Progress, ResultsWithACallbackAndAnUnsetFlagAreUnchanged) {
    const Dataset plain = load_dataset(sample_project());
    std::atomic<bool> cancel{false};
    Progress progress{[](std::string_view, std::size_t, std::size_t) {}, &cancel};
    const Dataset watched = load_dataset(sample_project(), progress);
    ASSERT_EQ(watched.subscribers.size(), plain.subscribers.size());
    EXPECT_EQ(watched.subscribers.x, plain.subscribers.x);
    ASSERT_EQ(watched.leads.ids.size(), plain.leads.ids.size());
    for (std::size_t i = 0; i < plain.leads.ids.size(); ++i) EXPECT_EQ(watched.leads.ids[i], plain.leads.ids[i]);
    EXPECT_EQ(watched.nodes.ids, plain.nodes.ids);

    PlanOptions options(1, true);
    options.progress = progress;
    const Plan a = build_plan(plain, {1, true});
    const Plan b = build_plan(watched, options);
    for (std::size_t z = 0; z < a.investment.size(); ++z) {
        EXPECT_EQ(a.investment[z].score, b.investment[z].score);
        EXPECT_EQ(a.sales[z].rank, b.sales[z].rank);
        EXPECT_EQ(a.investment[z].reasons, b.investment[z].reasons);
    }
}

/// The sample project with a million subscribers (its 30,000 repeated with
/// new ids): an M-scale read.
std::filesystem::path million_point_project(const test::TempDir& dir) {
    const std::filesystem::path sample = std::filesystem::path(test::kSampleProject).parent_path();
    for (const auto& entry : std::filesystem::directory_iterator(sample))
        if (entry.path().filename() != "subscribers.csv")
            std::filesystem::copy_file(entry.path(), dir.path() / entry.path().filename());
    std::ifstream in(sample / "subscribers.csv");
    std::string header, line;
    std::getline(in, header);
    std::vector<std::string> rows;
    while (std::getline(in, line)) rows.push_back(line.substr(line.find(',')));  // without the id
    std::ofstream out(dir.path() / "subscribers.csv");
    out << header << "\n";
    for (std::size_t i = 0; i < 1'000'000; ++i) out << "S" << i << rows[i % rows.size()] << "\n";
    return dir.path() / "project.toml";
}

TEST(Progress, CancelFromAnotherThreadStopsALoadOfAMillionPoints) {
    test::TempDir dir;
    const Project project = load_project(million_point_project(dir), "2026-11-30");
    std::atomic<bool> cancel{false};
    std::promise<void> reading_started;
    std::atomic<bool> signalled{false};
    Progress progress{[&](std::string_view stage, std::size_t, std::size_t) {
                          if (stage == "reading subscribers" && !signalled.exchange(true)) reading_started.set_value();
                      },
                      &cancel};
    auto load = std::async(std::launch::async, [&] { return load_dataset(project, progress); });
    reading_started.get_future().wait();
    cancel = true;  // from this thread, while the other reads
    EXPECT_THROW(load.get(), Cancelled);
}

TEST(Progress, CancelStopsBuildingAPlan) {
    const Dataset data = load_dataset(sample_project());
    std::atomic<bool> cancel{false};
    PlanOptions options(2, true);
    options.progress = {[&](std::string_view stage, std::size_t, std::size_t) {
                            if (stage == "forecasts") cancel = true;
                        },
                        &cancel};
    EXPECT_THROW(build_plan(data, options), Cancelled);
    // A flag set before the start stops it before any work.
    options.progress.report = nullptr;
    EXPECT_THROW(build_plan(data, options), Cancelled);
}

}  // namespace
