// Prospects recorded by `coverplan serve` go to PostGIS when the project's
// leads live there: the store is found from the project, appends from many
// threads are neither lost nor duplicated, and the next load counts them
// among the leads. Against the cluster of the "postgis" ctest fixture, in a
// schema of its own; the project is the bundled sample with its leads loaded
// into that schema.

#include <gdal_priv.h>
#include <ogrsf_frmts.h>
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <mutex>
#include <set>
#include <sstream>
#include <thread>

#include "gis/crs.h"
#include "gis/layer_appender.h"
#include "planner/network_overlay.h"
#include "planner/project.h"
#include "postgis_schema.h"
#include "support/temp_dir.h"
#include "test_config.h"

namespace coverplan::planner {
namespace {

namespace fs = std::filesystem;

TEST(FieldLeadsPostgis, ProspectsGoWhereTheProjectsLeadsLiveAndAreReadBack) {
    const std::string database = test::fresh_postgis_schema("field_leads_test");
    ASSERT_FALSE(database.empty());
    test::TempDir dir;
    const fs::path project_file = test::sample_with_leads_in(dir, database);
    const Project project = load_project(project_file, "2026-11-30");
    EXPECT_EQ(project.serve.leads_store.source, database);
    EXPECT_EQ(project.serve.leads_store.layer, "field_leads");
    const Dataset before = load_dataset(project);
    const std::size_t project_leads = before.leads.size();
    ASSERT_GT(project_leads, 2900u);

    // Six salespeople record prospects at once, at places the sample does not
    // serve (north of the province: not covered).
    constexpr int kThreads = 6, kEach = 10;
    std::set<std::int64_t> fids;
    {
        gis::LayerAppender store(project.serve.leads_store,
                                 {{"id", gis::FieldType::String},
                                  {"technology", gis::FieldType::String},
                                  {"status", gis::FieldType::String},
                                  {"created", gis::FieldType::Date},
                                  {"note", gis::FieldType::String}},
                                 "EPSG:4326");
        std::mutex mutex;
        std::vector<std::thread> threads;
        for (int t = 0; t < kThreads; ++t)
            threads.emplace_back([&, t] {
                for (int k = 0; k < kEach; ++k) {
                    const std::vector<gis::FieldValue> row = {gis::FieldValue(), std::string("ftth"), std::string("new"),
                                                              std::string("2026-11-30"),
                                                              std::string("Khách hàng Nguyễn Văn An, số ") + std::to_string(k)};
                    const std::int64_t fid = store.append(106.0 + t * 0.01, 21.6 + k * 0.005, row, "id", "FL-");
                    std::lock_guard lock(mutex);
                    fids.insert(fid);
                }
            });
        for (auto& thread : threads) thread.join();
        EXPECT_EQ(store.count(), kThreads * kEach);
    }
    EXPECT_EQ(fids.size(), std::size_t(kThreads * kEach));

    // Read back with plain GDAL: every prospect once, its id from its key, the note intact.
    {
        GDALDatasetUniquePtr pg(GDALDataset::Open(database.c_str(), GDAL_OF_VECTOR));
        ASSERT_TRUE(pg);
        OGRLayer* layer = pg->GetLayerByName("field_leads");
        ASSERT_NE(layer, nullptr);
        std::set<std::string> ids;
        for (auto& feature : *layer) {
            ids.insert(feature->GetFieldAsString("id"));
            EXPECT_EQ(std::string(feature->GetFieldAsString("id")), "FL-" + std::to_string(feature->GetFID()));
            EXPECT_EQ(std::string(feature->GetFieldAsString("note")).rfind("Khách hàng Nguyễn Văn An, số ", 0), 0u);
        }
        EXPECT_EQ(ids.size(), std::size_t(kThreads * kEach));
    }

    // The planner sees them: after the project's own leads, as open ftth leads.
    const Dataset after = load_dataset(project);
    ASSERT_EQ(after.leads.size(), project_leads + kThreads * kEach);
    std::vector<const gis::LayerReport*> lead_reports;
    for (const auto& report : after.reports)
        if (report.role == "leads") lead_reports.push_back(&report);
    ASSERT_EQ(lead_reports.size(), 2u);  // the project's leads, then the prospects
    EXPECT_EQ(lead_reports[1]->layer, "field_leads");
    EXPECT_EQ(lead_reports[1]->used, std::size_t(kThreads * kEach));
    const NetworkOverlay base = overlay_network(before, {2, false});
    const NetworkOverlay with_prospects = overlay_network(after, {2, false});
    std::int64_t open_before = base.outside.leads_open, open_after = with_prospects.outside.leads_open;
    for (const auto& zone : base.zones) open_before += zone.counts.leads_open;
    for (const auto& zone : with_prospects.zones) open_after += zone.counts.leads_open;
    EXPECT_EQ(open_after - open_before, kThreads * kEach);
}

}  // namespace
}  // namespace coverplan::planner
