// The batch check against single checks, point by point, on the bundled
// sample province: the batch reads, reprojects and checks in parallel; the
// single path reads each input point with OGR, converts its longitude and
// latitude and checks it alone.

#include "ui/export/check_results.h"

#include <gdal_priv.h>
#include <gtest/gtest.h>
#include <ogrsf_frmts.h>

#include <cmath>

#include "gis/crs.h"
#include "support/temp_dir.h"
#include "test_config.h"

using namespace coverplan;
using coverplan::test::TempDir;

namespace {

struct SampleNetwork {
    planner::Dataset data;
    std::unique_ptr<planner::ServiceChecker> checker;
    SampleNetwork() {
        GDALAllRegister();
        data = planner::load_dataset(planner::load_project(test::kSampleProject, "2026-11-30"));
        checker = std::make_unique<planner::ServiceChecker>(data);
    }
};

const SampleNetwork& sample() {
    static const SampleNetwork network;
    return network;
}

std::string text(OGRFeature& feature, const char* field) {
    const int i = feature.GetFieldIndex(field);
    return i >= 0 && feature.IsFieldSetAndNotNull(i) ? feature.GetFieldAsString(i) : "";
}

/// Compares every row of `output` with a single check of the same input row.
/// `coordinates` gives an input feature's longitude and latitude (false: none usable).
template <class Coordinates>
void expect_rows_equal_single_checks(const std::string& input, const std::string& output, const char* tech_field,
                                     Coordinates coordinates, std::size_t& compared) {
    const auto& network = sample();
    const gis::LonLatConverter converter(network.data.working_crs);
    GDALDatasetUniquePtr in(GDALDataset::Open(input.c_str(), GDAL_OF_VECTOR));
    GDALDatasetUniquePtr out(GDALDataset::Open(output.c_str(), GDAL_OF_VECTOR));
    ASSERT_TRUE(in && out);
    OGRLayer* in_layer = in->GetLayer(0);
    OGRLayer* out_layer = out->GetLayer(0);
    ASSERT_EQ(in_layer->GetFeatureCount(), out_layer->GetFeatureCount());
    for (auto& row : *in_layer) {
        OGRFeatureUniquePtr checked(out_layer->GetNextFeature());
        ASSERT_TRUE(checked);
        // Every input field survives, in order.
        for (int f = 0; f < row->GetFieldCount(); ++f)
            ASSERT_STREQ(row->GetFieldAsString(f), checked->GetFieldAsString(f)) << "field " << f;
        double lon = 0, lat = 0;
        const auto tech = planner::find_technology(network.data, text(*row, tech_field));
        if (!coordinates(*row, lon, lat) || !tech) {
            EXPECT_EQ(text(*checked, "status"), "");
            EXPECT_NE(text(*checked, "reason"), "");
            continue;
        }
        const auto [x, y] = converter.to_crs(lon, lat);
        const planner::CheckResult single = network.checker->check(x, y, *tech);
        const auto& verdict = single.answer.verdict;
        ASSERT_EQ(text(*checked, "status"), planner::to_string(verdict.status)) << text(*row, "id");
        ASSERT_EQ(text(*checked, "zone_id"), single.zone < 0 ? "" : network.data.zones.ids[single.zone]);
        ASSERT_EQ(text(*checked, "zone_name"), single.zone < 0 ? "" : network.data.zones.names[single.zone]);
        ASSERT_EQ(text(*checked, "team"), single.zone < 0 ? "" : network.data.zones.teams[single.zone]);
        ASSERT_EQ(text(*checked, "node_id"), verdict.node < 0 ? "" : network.data.nodes.ids[verdict.node]);
        if (verdict.node >= 0) {
            if (const auto spare = network.data.nodes.spare(verdict.node)) {
                EXPECT_EQ(checked->GetFieldAsDouble("spare"), *spare);
            }
            // Written to the decimetre.
            EXPECT_DOUBLE_EQ(checked->GetFieldAsDouble("distance_m"), std::round(verdict.distance_m * 10) / 10);
        }
        EXPECT_EQ(text(*checked, "reason"), "");
        ++compared;
    }
}

}  // namespace

TEST(BatchCheck, SubscribersCsvEqualsSingleChecks) {
    TempDir dir;
    const std::string input = std::string(test::kSourceDir) + "/datasets/sample/subscribers.csv";
    const std::string output = (dir / "checked.csv").string();
    exporting::BatchCheckOptions options;
    options.technology_field = "service";
    options.threads = 2;
    const auto summary = exporting::check_layer(*sample().checker, {input, input, "", "", "", "", {}}, output, options);
    EXPECT_EQ(summary.rows, 30000u);
    EXPECT_EQ(summary.coordinates, "columns lon, lat");
    {  // its own lon and lat columns are kept; none are added
        GDALDatasetUniquePtr out(GDALDataset::Open(output.c_str(), GDAL_OF_VECTOR));
        ASSERT_TRUE(out);
        EXPECT_EQ(out->GetLayer(0)->GetLayerDefn()->GetFieldIndex("input_lon"), -1);
    }
    std::size_t compared = 0;
    expect_rows_equal_single_checks(
        input, output, "service",
        [](OGRFeature& row, double& lon, double& lat) {
            const std::string x = text(row, "lon"), y = text(row, "lat");
            char* end = nullptr;
            lon = std::strtod(x.c_str(), &end);
            if (x.empty() || *end) return false;
            lat = std::strtod(y.c_str(), &end);
            return !y.empty() && !*end && std::abs(lat) <= 90 && std::abs(lon) <= 180;
        },
        compared);
    EXPECT_EQ(compared, summary.rows - summary.unchecked);
    EXPECT_GT(compared, 29000u);
}

TEST(BatchCheck, LeadsShapefileToGeoPackageEqualsSingleChecks) {
    TempDir dir;
    const std::string input = std::string(test::kSourceDir) + "/datasets/sample/leads.shp";
    const std::string output = (dir / "checked.gpkg").string();
    exporting::BatchCheckOptions options;
    options.technology_field = "product";
    const auto summary = exporting::check_layer(*sample().checker, {input, input, "", "", "", "", {}}, output, options);
    EXPECT_EQ(summary.coordinates, "geometry");
    // The leads' own status field is kept as input_status beside the check's status.
    GDALDatasetUniquePtr out(GDALDataset::Open(output.c_str(), GDAL_OF_VECTOR));
    ASSERT_TRUE(out);
    OGRFeatureDefn* defn = out->GetLayer(0)->GetLayerDefn();
    EXPECT_GE(defn->GetFieldIndex("input_status"), 0);
    EXPECT_GE(defn->GetFieldIndex("status"), 0);
    out.reset();
    std::size_t compared = 0;
    expect_rows_equal_single_checks(
        input, output, "product",
        [](OGRFeature& row, double& lon, double& lat) {
            const OGRGeometry* g = row.GetGeometryRef();
            if (!g || g->IsEmpty() || wkbFlatten(g->getGeometryType()) != wkbPoint) return false;
            lon = g->toPoint()->getX();
            lat = g->toPoint()->getY();
            return true;
        },
        compared);
    EXPECT_EQ(compared, summary.rows - summary.unchecked);
    EXPECT_EQ(summary.by_status[0] + summary.by_status[1] + summary.by_status[2] + summary.by_status[3], compared);
}

TEST(BatchCheck, CsvOfPointsFromAGeometryGetsTheirLongitudeAndLatitude) {
    TempDir dir;
    const std::string input = std::string(test::kSourceDir) + "/datasets/sample/leads.shp";
    const std::string output = (dir / "checked.csv").string();
    exporting::BatchCheckOptions options;
    options.technology_field = "product";
    const auto summary = exporting::check_layer(*sample().checker, {input, input, "", "", "", "", {}}, output, options);
    GDALDatasetUniquePtr in(GDALDataset::Open(input.c_str(), GDAL_OF_VECTOR));
    GDALDatasetUniquePtr out(GDALDataset::Open(output.c_str(), GDAL_OF_VECTOR));
    ASSERT_TRUE(in && out);
    OGRLayer* in_layer = in->GetLayer(0);
    OGRLayer* out_layer = out->GetLayer(0);
    const int input_fields = in_layer->GetLayerDefn()->GetFieldCount();
    // The input's fields, lon, lat, then the check's columns.
    EXPECT_EQ(out_layer->GetLayerDefn()->GetFieldCount(), input_fields + 2 + int(exporting::kCheckColumns.size()));
    EXPECT_EQ(out_layer->GetLayerDefn()->GetFieldIndex("lon"), input_fields);
    EXPECT_EQ(out_layer->GetLayerDefn()->GetFieldIndex("lat"), input_fields + 1);
    std::size_t located = 0;
    for (auto& row : *in_layer) {
        OGRFeatureUniquePtr checked(out_layer->GetNextFeature());
        ASSERT_TRUE(checked);
        const OGRGeometry* g = row->GetGeometryRef();
        if (!g || g->IsEmpty() || wkbFlatten(g->getGeometryType()) != wkbPoint) {
            EXPECT_EQ(text(*checked, "lon"), "") << row->GetFID();
            continue;
        }
        EXPECT_NEAR(checked->GetFieldAsDouble("lon"), g->toPoint()->getX(), 1e-7) << row->GetFID();
        EXPECT_NEAR(checked->GetFieldAsDouble("lat"), g->toPoint()->getY(), 1e-7) << row->GetFID();
        ++located;
    }
    EXPECT_EQ(located, summary.rows - summary.unchecked);
}
