// coverplan-generate --shape voronoi at the tiny scale: the files are what
// the shape promises (one GeoPackage in lon/lat, Voronoi zones tiling the
// boundary, 64-vertex circles, the same bytes for the same seed), and
// `coverplan validate` and `coverplan overlay` run on it with per-zone and
// per-node counts equal to a brute-force count made here with OGR.

#include <gdal_priv.h>
#include <gtest/gtest.h>
#include <ogr_spatialref.h>
#include <ogrsf_frmts.h>

#include <map>
#include <memory>
#include <set>

#include "support/cli_project.h"
#include "support/run_coverplan.h"

using coverplan::test::CommandRun;
using coverplan::test::open_vector;
using coverplan::test::run_coverplan;
using coverplan::test::shell_quote;
using coverplan::test::TempDir;
namespace fs = std::filesystem;

namespace {

std::string generator() { return std::string(coverplan::test::kBinaryDir) + "/bin/coverplan-generate"; }

int generate(const fs::path& out, const std::string& extra = "") {
    const std::string command =
        generator() + " --shape voronoi --scale tiny --quiet " + extra + " --out " + shell_quote(out.string());
    return std::system(command.c_str());
}

/// Geometries of a layer in UTM 48N (the CRS Coverplan picks for this data),
/// with one text field each.
struct Feature {
    std::string key, tech;
    std::unique_ptr<OGRGeometry> geometry;
    OGREnvelope envelope;
};

std::vector<Feature> read_utm(GDALDataset& ds, const char* layer_name, const char* key, const char* tech = nullptr) {
    OGRLayer* layer = ds.GetLayerByName(layer_name);
    EXPECT_NE(layer, nullptr) << layer_name;
    std::vector<Feature> out;
    if (!layer) return out;
    OGRSpatialReference utm;
    utm.importFromEPSG(32648);
    utm.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    for (auto& f : *layer) {
        Feature row;
        row.key = f->GetFieldAsString(key);
        if (tech) row.tech = f->GetFieldAsString(tech);
        row.geometry.reset(f->StealGeometry());
        if (!row.geometry) continue;
        EXPECT_EQ(row.geometry->transformTo(&utm), OGRERR_NONE);
        row.geometry->getEnvelope(&row.envelope);
        out.push_back(std::move(row));
    }
    return out;
}

double area(const OGRGeometry& g) {
    if (const auto* surface = dynamic_cast<const OGRSurface*>(&g)) return surface->get_Area();
    if (const auto* collection = dynamic_cast<const OGRGeometryCollection*>(&g)) return collection->get_Area();
    return 0;
}

bool within(const OGREnvelope& e, const OGRPoint& p) {
    return p.getX() >= e.MinX && p.getX() <= e.MaxX && p.getY() >= e.MinY && p.getY() <= e.MaxY;
}

class VoronoiShape : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        dir_ = new TempDir;
        ASSERT_EQ(generate(*dir_ / "v"), 0);
    }
    static void TearDownTestSuite() {
        delete dir_;
        dir_ = nullptr;
    }
    static fs::path data() { return *dir_ / "v"; }
    static std::string project() { return shell_quote((data() / "project.toml").string()); }
    static TempDir* dir_;
};
TempDir* VoronoiShape::dir_ = nullptr;

}  // namespace

TEST_F(VoronoiShape, OneGeoPackageInLonLatWithTheMappedLayers) {
    std::set<std::string> files;
    for (const auto& entry : fs::directory_iterator(data())) files.insert(entry.path().filename().string());
    EXPECT_EQ(files, (std::set<std::string>{"data.gpkg", "project.toml"}));
    auto ds = open_vector(data() / "data.gpkg");
    ASSERT_TRUE(ds);
    std::set<std::string> layers;
    for (OGRLayer* layer : ds->GetLayers()) {
        layers.insert(layer->GetName());
        const OGRSpatialReference* srs = layer->GetSpatialRef();
        ASSERT_NE(srs, nullptr) << layer->GetName();
        EXPECT_STREQ(srs->GetAuthorityCode(nullptr), "4326") << layer->GetName();
    }
    EXPECT_EQ(layers, (std::set<std::string>{"xa_phuong", "ranh_gioi", "vung_phu", "thue_bao", "khach_hang",
                                             "khieu_nai", "don_lap_dat"}));
    const std::string toml = dir_->read("v/project.toml");
    for (const char* mapped : {"id = \"ma_xa\"", "used = \"da_dung\"", "capacity = \"dung_luong\"",
                               "technology = \"cong_nghe\"", "layer = \"thue_bao\""})
        EXPECT_NE(toml.find(mapped), std::string::npos) << mapped;
    EXPECT_EQ(toml.find("crs ="), std::string::npos) << "the working CRS is left for Coverplan to pick";
}

TEST_F(VoronoiShape, SameSeedSameBytesOtherSeedOtherData) {
    TempDir other;
    ASSERT_EQ(generate(other / "again"), 0);
    ASSERT_EQ(generate(other / "seed", "--seed 7"), 0);
    EXPECT_EQ(other.read("again/data.gpkg"), dir_->read("v/data.gpkg"));
    EXPECT_EQ(other.read("again/project.toml"), dir_->read("v/project.toml"));
    EXPECT_NE(other.read("seed/data.gpkg"), dir_->read("v/data.gpkg"));
}

TEST_F(VoronoiShape, CoverageAreas64VertexCircles) {
    auto ds = open_vector(data() / "data.gpkg");
    ASSERT_TRUE(ds);
    OGRLayer* coverage = ds->GetLayerByName("vung_phu");
    ASSERT_NE(coverage, nullptr);
    int circles = 0;
    for (auto& f : *coverage) {
        const auto* polygon = f->GetGeometryRef()->toPolygon();
        EXPECT_EQ(polygon->getExteriorRing()->getNumPoints(), 65) << f->GetFieldAsString("ma_tram");
        EXPECT_EQ(polygon->getNumInteriorRings(), 0);
        ++circles;
    }
    EXPECT_GT(circles, 100);
}

TEST_F(VoronoiShape, ZonesTileTheBoundaryWithoutOverlaps) {
    auto ds = open_vector(data() / "data.gpkg");
    ASSERT_TRUE(ds);
    const std::vector<Feature> zones = read_utm(*ds, "xa_phuong", "ma_xa");
    const std::vector<Feature> boundary = read_utm(*ds, "ranh_gioi", "ten");
    ASSERT_GE(zones.size(), 15u);
    ASSERT_EQ(boundary.size(), 1u);
    double sum = 0;
    std::set<std::string> ids;
    std::unique_ptr<OGRGeometry> all(zones.front().geometry->clone());
    for (std::size_t i = 0; i < zones.size(); ++i) {
        EXPECT_TRUE(zones[i].geometry->IsValid()) << zones[i].key;
        EXPECT_TRUE(ids.insert(zones[i].key).second) << "repeated id " << zones[i].key;
        sum += area(*zones[i].geometry);
        if (i > 0) all.reset(all->Union(zones[i].geometry.get()));
    }
    ASSERT_TRUE(all);
    // Overlaps would make the sum exceed the union; gaps would leave the
    // union short of the boundary. Vertices are rounded to 1e-7° (~1 cm).
    const double covered = area(*all), whole = area(*boundary.front().geometry);
    EXPECT_GT(whole, 1e8);  // square metres: the tiny province is still hundreds of km²
    EXPECT_NEAR(sum / whole, 1.0, 1e-6) << "sum of zone areas against the boundary";
    EXPECT_NEAR(covered / whole, 1.0, 1e-6) << "union of the zones against the boundary";
}

TEST_F(VoronoiShape, ValidateReadsEveryLayerClean) {
    TempDir dir;
    const CommandRun run = run_coverplan("validate " + project(), dir);
    EXPECT_EQ(run.exit_code, 0) << run.out << run.err;
    for (const char* layer : {"zones", "coverage", "subscribers", "leads", "complaints", "orders"})
        EXPECT_NE(run.out.find(layer), std::string::npos) << layer << "\n" << run.out;
}

TEST_F(VoronoiShape, OverlayCountsWhatABruteForceCountFinds) {
    TempDir dir;
    const CommandRun run = run_coverplan("overlay " + project() + " -o " + shell_quote((dir / "out.gpkg").string()), dir);
    ASSERT_EQ(run.exit_code, 0) << run.out << run.err;

    // Brute force with OGR's own geometry test, in UTM like Coverplan:
    // every subscriber against every zone and every node polygon.
    auto input = open_vector(data() / "data.gpkg");
    ASSERT_TRUE(input);
    const std::vector<Feature> zones = read_utm(*input, "xa_phuong", "ma_xa");
    const std::vector<Feature> nodes = read_utm(*input, "vung_phu", "ma_tram", "cong_nghe");
    const std::vector<Feature> subscribers = read_utm(*input, "thue_bao", "ma_tb", "dich_vu");
    ASSERT_GT(subscribers.size(), 3000u);
    std::map<std::string, std::int64_t> per_zone, per_node;
    std::int64_t outside = 0, on_two = 0;
    for (const Feature& s : subscribers) {
        const OGRPoint& p = *s.geometry->toPoint();
        int holders = 0;
        for (const Feature& z : zones)
            if (within(z.envelope, p) && z.geometry->Intersects(&p)) {
                ++per_zone[z.key];
                ++holders;
            }
        outside += holders == 0;
        on_two += holders > 1;
        for (const Feature& n : nodes)
            if (n.tech == s.tech && within(n.envelope, p) && n.geometry->Intersects(&p)) ++per_node[n.key];
    }
    EXPECT_EQ(on_two, 0) << "a subscriber on a shared zone boundary would make the count ambiguous";

    auto results = open_vector(dir / "out.gpkg");
    ASSERT_TRUE(results);
    std::int64_t rows = 0, total = 0, empty_row = 0;
    for (auto& zone : *results->GetLayerByName("zones")) {
        const std::string id = zone->GetFieldAsString("zone_id");
        const std::int64_t count = zone->GetFieldAsInteger64("subscribers");
        total += count;
        if (id.empty()) {
            empty_row = count;
            continue;
        }
        ++rows;
        EXPECT_EQ(count, per_zone[id]) << "zone " << id;
    }
    EXPECT_EQ(rows, std::int64_t(zones.size()));
    EXPECT_EQ(empty_row, outside);
    EXPECT_EQ(total, std::int64_t(subscribers.size()));
    std::int64_t node_rows = 0, inside = 0;
    for (auto& node : *results->GetLayerByName("nodes")) {
        const std::string id = node->GetFieldAsString("node_id");
        EXPECT_EQ(node->GetFieldAsInteger64("subscribers_inside"), per_node[id]) << "node " << id;
        inside += node->GetFieldAsInteger64("subscribers_inside");
        ++node_rows;
    }
    EXPECT_EQ(node_rows, std::int64_t(nodes.size()));
    EXPECT_GT(inside, std::int64_t(subscribers.size()) / 2) << "most subscribers sit inside a node of their service";
}
