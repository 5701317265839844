// LayerAppender: one feature per transaction into a GeoPackage that others
// read, from several threads at once, read back with plain GDAL.

#include "gis/layer_appender.h"

#include <gdal_priv.h>
#include <gmock/gmock.h>
#include <ogrsf_frmts.h>

#include <set>
#include <thread>

#include "gis/error.h"
#include "test_support.h"

namespace coverplan::gis {
namespace {

const std::vector<FieldDef> kFields = {{"id", FieldType::String}, {"note", FieldType::String}, {"n", FieldType::Integer}};

LayerSource store(const test::TempDir& dir) {
    const std::string path = (dir / "store.gpkg").string();
    return {path, path, "prospects", "", "", "", {}};
}

TEST(LayerAppender, CreatesTheStoreAndGivesIdsFromTheFeatureId) {
    test::TempDir dir;
    EXPECT_FALSE(has_layer(store(dir)));
    {
        LayerAppender appender(store(dir), kFields, "EPSG:4326");
        const std::vector<FieldValue> row = {FieldValue(), std::string("Nguyễn Thị Hoa, cần cáp quang"), std::int64_t(7)};
        const std::int64_t first = appender.append(106.2, 21.3, row, "id", "FL-");
        const std::int64_t second = appender.append(106.3, 21.4, row, "id", "FL-");
        EXPECT_NE(first, second);
        EXPECT_EQ(appender.count(), 2);
    }
    EXPECT_TRUE(has_layer(store(dir)));
    GDALDatasetUniquePtr dataset(GDALDataset::Open((dir / "store.gpkg").c_str(), GDAL_OF_VECTOR));
    ASSERT_TRUE(dataset);
    OGRLayer* layer = dataset->GetLayerByName("prospects");
    ASSERT_TRUE(layer);
    std::vector<std::string> ids;
    for (auto& feature : *layer) {
        ids.push_back(feature->GetFieldAsString("id"));
        EXPECT_EQ(ids.back(), "FL-" + std::to_string(feature->GetFID()));
        EXPECT_STREQ(feature->GetFieldAsString("note"), "Nguyễn Thị Hoa, cần cáp quang");
        EXPECT_EQ(feature->GetFieldAsInteger64("n"), 7);
    }
    EXPECT_EQ(ids.size(), 2u);
    // Reopened later, appends continue after what is there.
    LayerAppender again(store(dir), kFields, "EPSG:4326");
    again.append(106.4, 21.5, std::vector<FieldValue>{FieldValue(), FieldValue(), FieldValue()}, "id", "FL-");
    EXPECT_EQ(again.count(), 3);
}

TEST(LayerAppender, ConcurrentAppendsAreNeitherLostNorDuplicated) {
    test::TempDir dir;
    LayerAppender appender(store(dir), kFields, "EPSG:4326");
    constexpr int kThreads = 6, kEach = 25;
    std::vector<std::thread> threads;
    std::mutex ids_mutex;
    std::set<std::int64_t> fids;
    for (int t = 0; t < kThreads; ++t)
        threads.emplace_back([&, t] {
            for (int k = 0; k < kEach; ++k) {
                const std::vector<FieldValue> row = {FieldValue(), std::string("t") + std::to_string(t),
                                                     std::int64_t(k)};
                const std::int64_t fid = appender.append(106 + t * 0.01, 21 + k * 0.01, row, "id", "FL-");
                std::lock_guard lock(ids_mutex);
                fids.insert(fid);
            }
        });
    for (auto& t : threads) t.join();
    EXPECT_EQ(fids.size(), std::size_t(kThreads * kEach));
    EXPECT_EQ(appender.count(), kThreads * kEach);
}

TEST(LayerAppender, AnExistingLayerGainsTheFieldsItLacksAndIsSearchedByOne) {
    test::TempDir dir;
    {
        LayerAppender older(store(dir), {{"id", FieldType::String}}, "EPSG:4326");
        older.append(106.1, 21.1, std::vector<FieldValue>{FieldValue()}, "id", "FL-");
    }
    LayerAppender appender(store(dir), kFields, "EPSG:4326");
    EXPECT_TRUE(appender.index_unique("note"));
    const std::vector<FieldValue> row = {FieldValue(), std::string("khoá-1"), std::int64_t(3)};
    appender.append(106.2, 21.2, row, "id", "FL-");
    EXPECT_EQ(appender.count(), 2);
    // The feature written before has the new fields empty; the new one is found by its value.
    const auto found = appender.find("note", "khoá-1");
    ASSERT_TRUE(found);
    EXPECT_EQ((*found)[0], FieldValue(std::string("FL-2")));
    EXPECT_EQ((*found)[2], FieldValue(std::int64_t(3)));
    EXPECT_FALSE(appender.find("note", "khoá-2"));
    EXPECT_FALSE(appender.find("note", "x' OR '1'='1"));  // a value, never SQL
    // The unique index holds: a second feature with the same note is refused, and nothing is kept.
    EXPECT_THROW(appender.append(106.3, 21.3, row, "id", "FL-"), InputError);
    EXPECT_EQ(appender.count(), 2);
    GDALDatasetUniquePtr dataset(GDALDataset::Open((dir / "store.gpkg").c_str(), GDAL_OF_VECTOR));
    ASSERT_TRUE(dataset);
    OGRLayer* layer = dataset->GetLayerByName("prospects");
    OGRFeatureUniquePtr first(layer->GetFeature(1));
    ASSERT_TRUE(first);
    EXPECT_EQ(first->GetFieldIndex("note") >= 0 && !first->IsFieldSetAndNotNull(first->GetFieldIndex("note")), true);
}

}  // namespace
}  // namespace coverplan::gis
