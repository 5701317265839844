// The themed maps and the management report (ui/maps) on the bundled
// sample province: colours at zone interiors against the ranking, the
// ranked zones labelled, every lead that cannot be served drawn, framing,
// and the report's text read back from the PDF with poppler.

#include <gtest/gtest.h>

#include <cmath>
#include <fstream>
#include <memory>
#include <numeric>
#include <set>

#include "carto_test_support.h"
#include "gis/crs.h"
#include "gis/error.h"
#include "gis/geos_handle.h"
#include "planner/history.h"
#include "planner/number_text.h"
#include "planner/plan.h"
#include "planner/project.h"
#include "planner/scenario.h"
#include "support/temp_dir.h"
#include "test_config.h"
#include "ui/carto/geometry_path.h"
#include "ui/carto/map_output.h"
#include "ui/carto/report_document.h"
#include "ui/maps/complaints_theme.h"
#include "ui/maps/management_report.h"
#include "ui/maps/map_themes.h"

namespace coverplan::maps {
namespace {

using coverplan::test::TempDir;
namespace fs = std::filesystem;

class SampleMaps : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        data_ = std::make_unique<planner::Dataset>(
            planner::load_dataset(planner::load_project(coverplan::test::kSampleProject, "2026-11-30")));
        plan_ = std::make_unique<planner::Plan>(planner::build_plan(*data_));
    }
    static void TearDownTestSuite() {
        plan_.reset();
        data_.reset();
    }
    static carto::MapDescription map(Theme theme, Framing framing = {}) {
        MapRequest request;
        request.theme = theme;
        request.framing = framing;
        request.page.dpi = 100;
        return describe_map(*data_, *plan_, request);
    }
    static std::unique_ptr<planner::Dataset> data_;
    static std::unique_ptr<planner::Plan> plan_;
};
std::unique_ptr<planner::Dataset> SampleMaps::data_;
std::unique_ptr<planner::Plan> SampleMaps::plan_;

bool under_a_label(const carto::RenderResult& result, const QPointF& point) {
    for (const auto& label : result.labels)
        if (label.box.adjusted(-3, -3, 3, 3).contains(point)) return true;
    return false;
}

/// Page points well inside a zone (60 m or more from its edge) that no
/// label covers.
std::vector<QPointF> free_interior_points(const GEOSGeometry* zone, const carto::RenderResult& result) {
    auto ctx = gis::geos_context();
    gis::GeosGeometry inner(GEOSBuffer_r(ctx, zone, -60, 8));
    std::vector<QPointF> points;
    if (!inner || GEOSisEmpty_r(ctx, inner.get())) return points;
    const carto::WorldBox box = carto::envelope_of(inner.get());
    for (int i = 1; i < 12; ++i)
        for (int j = 1; j < 12; ++j) {
            const double x = box.minx + box.width() * i / 12, y = box.miny + box.height() * j / 12;
            gis::GeosGeometry point(GEOSGeom_createPointFromXY_r(ctx, x, y));
            if (GEOSContains_r(ctx, inner.get(), point.get()) != 1) continue;
            const QPointF page = result.transform(x, y);
            if (!under_a_label(result, page)) points.push_back(page);
        }
    return points;
}

TEST_F(SampleMaps, InvestmentZonesHaveTheColourOfTheirQuintile) {
    // Expected class from the rank alone: 50 zones in five classes of ten,
    // rank 1-10 in the darkest. The colours are ColorBrewer's YlOrRd (5),
    // written out here rather than taken from the library.
    const auto& scores = plan_->investment;
    ASSERT_EQ(scores.size(), 50u);
    const auto order = plan_->ranked(planner::RankingKind::Investment);
    for (std::size_t boundary : {10u, 20u, 30u, 40u})  // no tie across a class boundary
        ASSERT_GT(scores[order[boundary - 1]].score, scores[order[boundary]].score);
    const QColor ramp[] = {QColor(0xffffb2), QColor(0xfecc5c), QColor(0xfd8d3c), QColor(0xf03b20), QColor(0xbd0026)};

    carto::RenderResult result;
    const QImage image = carto::render_page_image(map(Theme::Investment), &result);
    EXPECT_TRUE(result.missing_glyphs.empty());
    int zones_checked = 0;
    for (std::size_t z = 0; z < data_->zones.size(); ++z) {
        const int expected_class = (50 - scores[z].rank) / 10;
        const auto points = free_interior_points(data_->zones.geometries[z].get(), result);
        if (points.empty()) continue;
        ++zones_checked;
        int matching = 0;
        for (const QPointF& p : points) {
            const QColor c = image.pixelColor(p.toPoint());
            const QColor& e = ramp[expected_class];
            matching += std::abs(c.red() - e.red()) <= 2 && std::abs(c.green() - e.green()) <= 2 &&
                        std::abs(c.blue() - e.blue()) <= 2;
        }
        // Another zone inside this one (an enclave) may hold a few of them.
        EXPECT_GE(matching * 10, int(points.size()) * 7)
            << data_->zones.names[z] << " rank " << scores[z].rank << ": " << matching << " of " << points.size();
    }
    EXPECT_GE(zones_checked, 45);
}

TEST_F(SampleMaps, TheTopTenAreLabelledWithRankAndName) {
    carto::RenderResult result;
    const QImage image = carto::render_page_image(map(Theme::Investment), &result);
    const auto order = plan_->ranked(planner::RankingKind::Investment);
    int named = 0;
    for (int rank = 1; rank <= 10; ++rank) {
        const auto& zone_name = data_->zones.names[order[std::size_t(rank - 1)]];
        const carto::PlacedLabel* found = nullptr;
        for (const auto& label : result.labels)
            if (label.badge == QString::number(rank)) found = &label;
        ASSERT_NE(found, nullptr) << "no badge " << rank;
        named += found->text == QString::fromStdString(zone_name);
        EXPECT_GT(carto::test::count_differing(image, found->box, Qt::white, 60), 20) << "badge " << rank << " is blank";
    }
    EXPECT_GE(named, 9);
    EXPECT_GT(carto::test::count_differing(image, result.layout.legend, Qt::white), 2000);
    EXPECT_GT(carto::test::count_differing(image, result.layout.scale_bar, QColor(0xf7, 0xf7, 0xf4)), 300);
}

TEST_F(SampleMaps, CoverageDrawsEveryLeadThatCannotBeServed) {
    long long unserved = 0, not_covered = 0;
    const auto& status = plan_->overlay.leads->status;
    for (std::size_t i = 0; i < data_->leads.size(); ++i) {
        if (!data_->leads.open[i]) continue;
        unserved += status[i] == planner::Serviceability::Full || status[i] == planner::Serviceability::NotCovered;
        not_covered += status[i] == planner::Serviceability::NotCovered;
    }
    ASSERT_GT(unserved, 100);
    TempDir dir;
    const carto::RenderResult result = carto::write_map(map(Theme::Coverage), dir / "coverage.svg");
    EXPECT_EQ(result.dots_drawn, std::size_t(unserved));
    EXPECT_EQ(result.areas_drawn, 2 * data_->zones.size() + data_->nodes.size());
    std::ifstream in(dir / "coverage.svg");
    const std::string svg((std::istreambuf_iterator<char>(in)), {});
    EXPECT_NE(svg.find("Not covered (" + planner::group_thousands(not_covered) + ")"), std::string::npos);
}

TEST_F(SampleMaps, EveryThemeRendersWithVietnameseCovered) {
    for (Theme theme : {Theme::Investment, Theme::Sales, Theme::Coverage, Theme::Utilization, Theme::Sla, Theme::Complaints}) {
        SCOPED_TRACE(to_string(theme));
        carto::MapDescription description = map(theme);
        description.page = {carto::Paper::A3, carto::Orientation::Portrait, 30};
        carto::RenderResult result;
        carto::render_page_image(description, &result);
        EXPECT_TRUE(result.missing_glyphs.empty());
        EXPECT_GT(result.areas_drawn, 0u);
        EXPECT_GT(result.labels.size(), 5u);
        EXPECT_FALSE(description.legend.empty());
    }
}

// The sample maps its complaints' technology (`service`): zones by recent
// complaints per subscriber against the project's average, in YlOrRd classes
// written out here; every recent complaint drawn; the nodes holding most named.
TEST_F(SampleMaps, ComplaintsMapShowsZonesAgainstTheAverageAndNamesTheNodes) {
    ASSERT_TRUE(plan_->complaints->by_technology);
    double complaints = 0, subscribers = 0;
    for (std::size_t z = 0; z < data_->zones.size(); ++z) {
        complaints += double(plan_->zones[z].complaints_recent);
        subscribers += double(plan_->overlay.zones[z].counts.subscribers);
    }
    const double average = 1000 * complaints / subscribers;
    const QColor fills[] = {QColor(0xffffb2), QColor(0xfecc5c), QColor(0xfd8d3c), QColor(0xf03b20), QColor(0xbd0026),
                            QColor(0xd9d9d9)};
    auto expected_class = [&](std::size_t z) {
        const auto& per_1000 = plan_->zones[z].complaints_per_1000;
        if (!per_1000) return 5;
        const double ratio = *per_1000 / average;
        return ratio < 1 ? 0 : ratio < 1.5 ? 1 : ratio < 2 ? 2 : ratio < 3 ? 3 : 4;
    };
    std::set<int> classes;
    for (std::size_t z = 0; z < data_->zones.size(); ++z) {
        classes.insert(expected_class(z));
        EXPECT_EQ(complaint_class(plan_->zones[z], average), expected_class(z));
    }
    EXPECT_GE(classes.size(), 3u);  // the sample spreads over several classes

    const carto::MapDescription description = map(Theme::Complaints);
    carto::RenderResult result;
    const QImage image = carto::render_page_image(description, &result);
    EXPECT_TRUE(result.missing_glyphs.empty());
    int zones_checked = 0, zones_matching = 0;
    for (std::size_t z = 0; z < data_->zones.size(); ++z) {
        const auto points = free_interior_points(data_->zones.geometries[z].get(), result);
        if (points.empty()) continue;
        ++zones_checked;
        const QColor& e = fills[expected_class(z)];
        int matching = 0;
        for (const QPointF& p : points) {
            const QColor c = image.pixelColor(p.toPoint());
            matching += std::abs(c.red() - e.red()) <= 2 && std::abs(c.green() - e.green()) <= 2 &&
                        std::abs(c.blue() - e.blue()) <= 2;
        }
        // Complaint dots and node outlines cover some of the points: in the
        // small city wards, where complaints crowd, most of them.
        zones_matching += matching * 10 >= int(points.size()) * 6;
        if (points.size() >= 10) {
            EXPECT_GE(matching * 10, int(points.size()) * 6) << data_->zones.names[z] << ": " << matching << " of " << points.size();
        }
    }
    EXPECT_GE(zones_checked, 40);
    EXPECT_GE(zones_matching * 10, zones_checked * 9);

    // Every complaint of the last 90 days is a dot.
    const planner::Day as_of = *planner::parse_date("2026-11-30");
    std::size_t recent = 0;
    for (planner::Day day : data_->complaints.date) recent += day > as_of - 90 && day <= as_of;
    EXPECT_GT(recent, 200u);
    EXPECT_EQ(result.dots_drawn, recent);
    // The twelve nodes with most recent complaints are named with their count.
    std::vector<std::size_t> order(data_->nodes.size());
    std::iota(order.begin(), order.end(), std::size_t(0));
    const auto& f = *plan_->complaints;
    std::stable_sort(order.begin(), order.end(), [&](auto a, auto b) { return f.recent_of_node(a) > f.recent_of_node(b); });
    std::set<QString> wanted, described;
    for (std::size_t k = 0; k < 12; ++k)
        wanted.insert(QString::fromStdString(data_->nodes.ids[order[k]]) + " · " + QString::number(f.recent_of_node(order[k])));
    for (const auto& label : description.labels)
        if (label.text.contains(" · ")) described.insert(label.text);
    EXPECT_EQ(described, wanted);
    // Where the city's nodes crowd, a label gives way to another.
    int placed = 0;
    for (const auto& label : result.labels) placed += wanted.count(label.text) > 0;
    EXPECT_GE(placed, 6);
}

// The sample names a basemap: asked for, its streets are drawn under
// see-through zone fills and a note names it; otherwise nothing of it.
TEST_F(SampleMaps, DrawsTheBasemapUnderTheZonesOnlyWhenAskedFor) {
    const std::string zone = data_->zones.ids[7];
    const carto::MapDescription plain = map(Theme::Sales, Framing{zone, std::nullopt, false});
    const carto::MapDescription streets = map(Theme::Sales, Framing{zone, std::nullopt, true});
    EXPECT_FALSE(plain.backdrop);
    ASSERT_TRUE(streets.backdrop);
    EXPECT_EQ(streets.notes.back(), "Basemap: basemap.mbtiles.");
    EXPECT_EQ(plain.notes.size() + 1, streets.notes.size());
    carto::RenderResult result;
    const QImage without = carto::render_page_image(plain, &result);
    // The backdrop alone: the tiles cover most of the frame.
    const QImage tiles = streets.backdrop(result.shown, QSize(400, 300));
    ASSERT_FALSE(tiles.isNull());
    int opaque = 0;
    for (int y = 0; y < tiles.height(); ++y)
        for (int x = 0; x < tiles.width(); ++x) opaque += qAlpha(tiles.pixel(x, y)) > 0;
    EXPECT_GT(opaque, tiles.width() * tiles.height() / 2);
    const QImage with = carto::render_page_image(streets);
    ASSERT_EQ(with.size(), without.size());
    int changed = 0;
    for (int y = 0; y < with.height(); y += 4)
        for (int x = 0; x < with.width(); x += 4) changed += with.pixel(x, y) != without.pixel(x, y);
    EXPECT_GT(changed, (with.width() / 4) * (with.height() / 4) / 5);  // the frame is most of the page
}

TEST_F(SampleMaps, FramesOneZoneOrALongitudeLatitudeBox) {
    const std::size_t z = 7;
    carto::RenderResult result;
    carto::render_page_image(map(Theme::Sales, Framing{data_->zones.ids[z], std::nullopt, false}), &result);
    const carto::WorldBox zone = carto::envelope_of(data_->zones.geometries[z].get());
    EXPECT_TRUE(result.shown.contains(zone.minx, zone.miny) && result.shown.contains(zone.maxx, zone.maxy));
    EXPECT_LT(result.shown.width() * result.shown.height(), 6 * zone.width() * zone.height() * 4);

    const gis::LonLatBox box{106.10, 21.25, 106.15, 21.30};
    carto::render_page_image(map(Theme::Coverage, Framing{std::nullopt, box, false}), &result);
    gis::LonLatConverter converter(data_->working_crs);
    for (auto [lon, lat] : {std::pair{106.10, 21.25}, {106.15, 21.30}, {106.10, 21.30}, {106.15, 21.25}}) {
        const auto [x, y] = converter.to_crs(lon, lat);
        EXPECT_TRUE(result.shown.contains(x, y));
    }
    EXPECT_LT(result.shown.width(), 9000);  // about 5.2 km wide, widened to the frame's shape

    try {
        map(Theme::Sales, Framing{std::string("XA-99999"), std::nullopt, false});
        FAIL() << "no error for an unknown zone";
    } catch (const InputError& error) {
        EXPECT_NE(std::string(error.what()).find("XA-99999"), std::string::npos) << error.what();
        EXPECT_NE(std::string(error.what()).find("wards"), std::string::npos) << error.what();
    }
    EXPECT_THROW(map(Theme::Sales, Framing{std::nullopt, gis::LonLatBox{10, 10, 11, 11}, false}), InputError);
}

TEST_F(SampleMaps, LabelPointsComputedOnceMakeTheSameMaps) {
    const std::vector<LabelPoint> once = zone_label_points(*data_);
    for (const Framing& framing : {Framing{}, Framing{data_->zones.ids[7], std::nullopt, false}}) {
        MapRequest request;
        request.theme = Theme::Investment;
        request.framing = framing;
        const carto::MapDescription per_map = describe_map(*data_, *plan_, request);
        const carto::MapDescription shared = describe_map(MapSource{*data_, data_->nodes, *plan_, &once}, request);
        ASSERT_EQ(shared.labels.size(), per_map.labels.size());
        for (std::size_t i = 0; i < shared.labels.size(); ++i) {
            EXPECT_EQ(shared.labels[i].text, per_map.labels[i].text);
            EXPECT_EQ(shared.labels[i].x, per_map.labels[i].x);
            EXPECT_EQ(shared.labels[i].y, per_map.labels[i].y);
            EXPECT_EQ(shared.labels[i].extent_world, per_map.labels[i].extent_world);
        }
    }
}

TEST_F(SampleMaps, AScenariosNetworkAndPlanAreDrawn) {
    // A new node over the top investment zone, big enough to serve its leads.
    const std::uint32_t top = plan_->ranked(planner::RankingKind::Investment)[0];
    const LabelPoint point = zone_label_points(*data_)[top];
    planner::Scenario scenario;
    scenario.new_nodes.push_back({point.x, point.y, 1500, 5000, data_->technologies.front()});
    const planner::ScenarioOutcome outcome = planner::apply_scenario(*data_, *plan_, scenario);
    ASSERT_EQ(outcome.nodes.size(), data_->nodes.size() + 1);

    MapRequest request;
    request.theme = Theme::Coverage;
    const carto::MapDescription coverage = describe_map(MapSource{*data_, outcome.nodes, outcome.plan}, request);
    const auto* areas = std::get_if<carto::AreaLayer>(&coverage.layers[1]);
    ASSERT_TRUE(areas);
    EXPECT_EQ(areas->name, "Service areas");
    EXPECT_EQ(areas->features.size(), outcome.nodes.size());
    const GEOSGeometry* added = outcome.nodes.geometries.back().get();
    EXPECT_EQ(std::count_if(areas->features.begin(), areas->features.end(),
                            [&](const carto::AreaFeature& f) { return f.geometry == added; }),
              1);

    // The ranking map numbers the zones by the scenario's ranks.
    request.theme = Theme::Investment;
    const carto::MapDescription ranked = describe_map(MapSource{*data_, outcome.nodes, outcome.plan}, request);
    const std::uint32_t first = outcome.plan.ranked(planner::RankingKind::Investment)[0];
    bool found = false;
    for (const auto& label : ranked.labels)
        if (label.badge == "1") {
            EXPECT_EQ(label.text.toStdString(), data_->zones.names[first]);
            found = true;
        }
    EXPECT_TRUE(found);
    // A plan of another network is refused rather than misdrawn.
    EXPECT_THROW(describe_map(MapSource{*data_, outcome.nodes, *plan_}, request), Error);
}

TEST_F(SampleMaps, LegendAndSubtitleShowTheWeightsThePlanWasRankedWith) {
    MapRequest request;
    request.theme = Theme::Investment;
    request.page.dpi = 100;
    const carto::MapDescription from_file = describe_map(*data_, *plan_, request);
    EXPECT_TRUE(from_file.subtitle.contains("unserved demand 40 %")) << from_file.subtitle.toStdString();
    // The shared plan re-ranked for this test, then put back as it was.
    planner::RankingWeights only_growth = data_->project.weights;
    only_growth.investment = {0, 0, 0, 1};
    planner::rerank(*data_, only_growth, *plan_);
    const carto::MapDescription from_plan = describe_map(*data_, *plan_, request);
    planner::rerank(*data_, data_->project.weights, *plan_);
    EXPECT_TRUE(from_plan.subtitle.endsWith("ranked by growth 100 %")) << from_plan.subtitle.toStdString();
    bool noted = false;
    for (const auto& section : from_plan.legend) noted |= section.note.contains("weighs growth 100 %.");
    EXPECT_TRUE(noted);
}

TEST_F(SampleMaps, ReportHoldsTheHeadlineTheRankingsAndTheTables) {
    TempDir dir;
    const fs::path pdf = dir / "report.pdf";
    const carto::ReportResult written = carto::write_report_pdf(describe_report(*data_, *plan_), pdf);
    EXPECT_GE(written.pages, 3);
    EXPECT_TRUE(written.missing_glyphs.empty());
    ASSERT_EQ(written.maps.size(), 2u);
    for (const auto& m : written.maps) EXPECT_TRUE(m.missing_glyphs.empty());
    const std::string text = carto::test::pdf_text(pdf.string());
    EXPECT_NE(text.find("Network and demand: management report"), std::string::npos);
    EXPECT_NE(text.find("Bắc Giang — mẫu (sample)"), std::string::npos);
    // Headline: the subscribers read (one row of the CSV is rejected).
    EXPECT_NE(text.find(planner::group_thousands(long(data_->subscribers.size()))), std::string::npos);
    EXPECT_EQ(data_->subscribers.size(), 29999u);
    // The ten first zones of both rankings, by name.
    for (auto kind : planner::kRankingKinds) {
        const auto order = plan_->ranked(kind);
        for (std::size_t r = 0; r < 10; ++r)
            EXPECT_NE(text.find(data_->zones.names[order[r]]), std::string::npos) << data_->zones.names[order[r]];
    }
    // The node table: the first node to run out, with its capacity in ports.
    for (const char* heading : {"Nodes that run out of ports within 6 months", "Uncovered demand clusters",
                                "Installation on time, by team", "page 1 of"})
        EXPECT_NE(text.find(heading), std::string::npos) << heading;
    EXPECT_NE(text.find(" ports"), std::string::npos);
    // What the complaints component counted, and the node most complained about.
    for (const char* heading : {"Complaints and the network", "Counted by the investment ranking:", "Nodes most complained about"})
        EXPECT_NE(text.find(heading), std::string::npos) << heading;
    std::size_t most = 0;
    for (std::size_t n = 0; n < data_->nodes.size(); ++n)
        if (plan_->complaints->recent_of_node(n) > plan_->complaints->recent_of_node(most)) most = n;
    EXPECT_NE(text.find(data_->nodes.ids[most]), std::string::npos) << data_->nodes.ids[most];
    const std::string images = carto::test::run_command("pdfimages -list '" + pdf.string() + "'");
    EXPECT_EQ(std::count(images.begin(), images.end(), '\n'), 2) << images;
}

/// The plan as a snapshot a month earlier, each zone's investment rank then
/// set from its rank now by a known move, so every class of the change map
/// is drawn; the last zone is left out of the snapshot (drawn as no data).
struct MovedSnapshot {
    planner::Snapshot snapshot;
    std::vector<std::optional<std::int32_t>> up;  ///< by zone index: places moved up, or not in the snapshot
};

MovedSnapshot moved_snapshot(const planner::Dataset& data, const planner::Plan& plan) {
    MovedSnapshot moved{planner::take_snapshot(data, plan), {}};
    moved.snapshot.as_of -= 30;
    const std::int32_t moves[] = {12, 5, 1, 0, -1, -5, -12};
    for (std::size_t z = 0; z < data.zones.size(); ++z) {
        planner::ZoneRecord& record = moved.snapshot.zones[z];
        std::int32_t up = moves[z % 7];
        if (record.rank[0] + up < 1) up = 0;  // before = now + up must be a rank
        record.rank[0] += up;
        moved.up.push_back(up);
    }
    moved.snapshot.zones.erase(moved.snapshot.zones.begin() + std::ptrdiff_t(data.zones.size() - 1));
    moved.up.back() = std::nullopt;
    return moved;
}

TEST_F(SampleMaps, ChangeMapColoursZonesByRankMoveAndMarksTheTopTen) {
    const MovedSnapshot moved = moved_snapshot(*data_, *plan_);
    MapRequest request;
    request.theme = Theme::Change;
    request.page.dpi = 100;
    EXPECT_THROW(describe_map(*data_, *plan_, request), InputError);  // no snapshot given
    request.since = &moved.snapshot;
    const carto::MapDescription map = describe_map(*data_, *plan_, request);
    // ColorBrewer PuOr (7) and the no-data grey, written out here: up 10+,
    // up 3-9, up 1-2, unchanged, down 1-2, down 3-9, down 10+.
    const QColor classes[] = {QColor(0xb35806), QColor(0xf1a340), QColor(0xfee0b6), QColor(0xf7f7f7),
                              QColor(0xd8daeb), QColor(0x998ec3), QColor(0x542788), QColor(0xd9d9d9)};
    auto expected_class = [](const std::optional<std::int32_t>& up) -> std::size_t {
        if (!up) return 7;
        const int u = *up;
        return u >= 10 ? 0 : u >= 3 ? 1 : u >= 1 ? 2 : u == 0 ? 3 : u >= -2 ? 4 : u >= -9 ? 5 : 6;
    };
    carto::RenderResult result;
    const QImage image = carto::render_page_image(map, &result);
    EXPECT_TRUE(result.missing_glyphs.empty());
    int zones_checked = 0;
    std::set<std::size_t> classes_seen;
    for (std::size_t z = 0; z < data_->zones.size(); ++z) {
        const auto points = free_interior_points(data_->zones.geometries[z].get(), result);
        if (points.empty()) continue;
        ++zones_checked;
        const QColor& e = classes[expected_class(moved.up[z])];
        int matching = 0;
        for (const QPointF& p : points) {
            const QColor c = image.pixelColor(p.toPoint());
            matching += std::abs(c.red() - e.red()) <= 2 && std::abs(c.green() - e.green()) <= 2 &&
                        std::abs(c.blue() - e.blue()) <= 2;
        }
        EXPECT_GE(matching * 10, int(points.size()) * 7) << data_->zones.names[z] << ": " << matching << " of " << points.size();
        if (matching * 10 >= int(points.size()) * 7) classes_seen.insert(expected_class(moved.up[z]));
    }
    EXPECT_GE(zones_checked, 45);
    EXPECT_EQ(classes_seen.size(), 8u);

    // The top ten: zones that entered are labelled "(new)" beside their rank
    // badge, those that left are outlined and labelled with their old rank.
    std::set<QString> entered, left;
    for (std::size_t z = 0; z + 1 < data_->zones.size(); ++z) {
        const std::int32_t now = plan_->investment[z].rank, then = moved.snapshot.zones[z].rank[0];
        const QString name = QString::fromStdString(data_->zones.names[z]);
        if (now <= 10 && then > 10) entered.insert(name);
        if (then <= 10 && now > 10) left.insert(name);
    }
    ASSERT_FALSE(entered.empty());
    ASSERT_FALSE(left.empty());
    for (const auto& label : result.labels) {
        const bool is_new = label.text.endsWith("  (new)");
        EXPECT_EQ(is_new, entered.count(label.text.left(label.text.size() - 7)) > 0) << label.text.toStdString();
        if (is_new) {
            EXPECT_FALSE(label.badge.isEmpty());
        }
    }
    std::size_t placed_new = 0;
    for (const auto& label : result.labels) placed_new += label.text.endsWith("  (new)");
    EXPECT_EQ(placed_new, entered.size());
    const auto outlined = std::find_if(map.layers.begin(), map.layers.end(), [](const carto::Layer& layer) {
        const auto* area = std::get_if<carto::AreaLayer>(&layer);
        return area && area->name == "Left the top";
    });
    ASSERT_NE(outlined, map.layers.end());
    EXPECT_EQ(std::get<carto::AreaLayer>(*outlined).features.size(), left.size());
    bool legend_up = false, legend_down = false;
    for (const auto& section : map.legend)
        for (const auto& entry : section.entries) {
            legend_up |= entry.text.startsWith("up 10+ places");
            legend_down |= entry.text.startsWith("down 10+ places");
        }
    EXPECT_TRUE(legend_up && legend_down);
}

TEST_F(SampleMaps, ReportSaysWhatChangedSinceTheLastSnapshot) {
    const MovedSnapshot moved = moved_snapshot(*data_, *plan_);
    TempDir dir;
    const fs::path pdf = dir / "report.pdf";
    ReportOptions options;
    options.since = &moved.snapshot;
    const carto::ReportResult written = carto::write_report_pdf(describe_report(*data_, *plan_, options), pdf);
    EXPECT_TRUE(written.missing_glyphs.empty());
    ASSERT_EQ(written.maps.size(), 3u);  // the change map beside the two rankings
    const std::string text = carto::test::pdf_text(pdf.string());
    for (const char* heading : {"What changed since the last snapshot", "Investment top 10: zones that entered and left",
                                "Sales top 10: zones that entered and left", "Nodes newly running out of ports"})
        EXPECT_NE(text.find(heading), std::string::npos) << heading;
    const planner::SnapshotChanges changes =
        planner::compare_snapshots(moved.snapshot, planner::take_snapshot(*data_, *plan_), 10);
    ASSERT_FALSE(changes.of(planner::RankingKind::Investment).entered_top.empty());
    for (const auto& move : changes.of(planner::RankingKind::Investment).entered_top)
        EXPECT_NE(text.find(move.zone_name), std::string::npos) << move.zone_name;
    for (const auto& move : changes.of(planner::RankingKind::Investment).left_top)
        EXPECT_NE(text.find(move.zone_name), std::string::npos) << move.zone_name;
    // Nothing runs out now that did not then (the same nodes): the table says so.
    EXPECT_NE(text.find("No live node newly runs out of ports within the horizon."), std::string::npos);
    // Without a snapshot the section is not there.
    const fs::path plain = dir / "plain.pdf";
    carto::write_report_pdf(describe_report(*data_, *plan_), plain);
    EXPECT_EQ(carto::test::pdf_text(plain.string()).find("What changed"), std::string::npos);
}

}  // namespace
}  // namespace coverplan::maps
