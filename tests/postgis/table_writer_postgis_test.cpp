// write_tables to a "PG:" target, against the cluster of the "postgis" ctest
// fixture (COVERPLAN_TEST_PG holds its connection string; see
// CMakeLists.txt). The tables go to a schema of their own, so the overlay
// test's tables in the same database are never touched. Read back with
// plain GDAL: types, values, Vietnamese text, polygons in EPSG:32648; a
// second write replaces a table; a write that fails half way is rolled back.

#include <gmock/gmock.h>

#include <cstdlib>
#include <string>
#include <vector>

#include "gis/error.h"
#include "postgis_schema.h"
#include "table_test_support.h"
#include "test_support.h"

namespace coverplan::exporting {
namespace {

using namespace test;

const char* const kSchema = "table_writer_test";

std::string fresh_schema() { return coverplan::test::fresh_postgis_schema(kSchema); }

TEST(TableWriterPostgis, TablesRoundTripWithTypesTextAndPolygons) {
    const std::string target = fresh_schema();
    ASSERT_FALSE(target.empty());
    std::vector<gis::GeosGeometry> owned;
    write_tables({zones_table(owned, "ranked_zones"), plain_table("ranking_summary")}, target);

    Dataset dataset = open_vector(target, {"PostgreSQL"});
    ASSERT_TRUE(dataset);
    OGRLayer* zones_layer = dataset->GetLayerByName("ranked_zones");
    ASSERT_NE(zones_layer, nullptr);
    const ReadLayer zones = read_layer(*zones_layer);
    expect_fields(zones, kTypedFields);
    // GDAL 3.6 sends reals to PostgreSQL with 15 significant digits, as to CSV.
    expect_rows(zones, kRows, 1e-15);
    EXPECT_EQ(zones.crs, "EPSG:32648");
    for (std::size_t r = 0; r < kRows.size(); ++r)
        expect_same_geometry(zones.wkt[r], kPolygons[r], "row " + std::to_string(r));

    OGRLayer* summary_layer = dataset->GetLayerByName("ranking_summary");
    ASSERT_NE(summary_layer, nullptr);
    const ReadLayer summary = read_layer(*summary_layer);
    expect_fields(summary, kTypedFields);
    expect_rows(summary, kRows, 1e-15);
    EXPECT_EQ(summary.geometry_fields, 0);
}

TEST(TableWriterPostgis, SecondWriteReplacesAndFailedWriteIsRolledBack) {
    const std::string target = fresh_schema();
    ASSERT_FALSE(target.empty());
    write_tables({plain_table("ranking")}, target);
    Table one_row = plain_table("ranking");
    one_row.rows.resize(1);
    write_tables({one_row}, target);
    auto rows_now = [&] {
        Dataset dataset = open_vector(target, {"PostgreSQL"});
        OGRLayer* layer = dataset ? dataset->GetLayerByName("ranking") : nullptr;
        return layer ? read_layer(*layer).rows : std::vector<std::vector<Cell>>{};
    };
    EXPECT_EQ(rows_now().size(), 1u);

    // GDAL folds PostgreSQL column names to lower case: "Zone_ID" collides
    // with "zone_id" once the table has been dropped and is being re-created.
    Table broken = plain_table("ranking");
    broken.columns.push_back({"Zone_ID", ColumnType::Text, 2, ""});
    for (auto& row : broken.rows) row.emplace_back(std::string("x"));
    std::string message;
    try {
        write_tables({broken}, target);
    } catch (const InputError& error) {
        message = error.what();
    }
    EXPECT_THAT(message, ::testing::HasSubstr("layer 'ranking'"));
    const auto rows = rows_now();
    ASSERT_EQ(rows.size(), 1u);
    EXPECT_EQ(describe(rows[0][1]), "text '" + kDinhKe + "'");
}

}  // namespace
}  // namespace coverplan::exporting
