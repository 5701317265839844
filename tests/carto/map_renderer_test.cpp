// The cartography library on fixtures: what is drawn where (pixels of the
// PNG, text of the PDF, elements of the SVG), the scale bar against a
// distance measured independently, labels that never overlap, points
// counted in hexagons when there are too many, and an image regression.

#include <gtest/gtest.h>

#include <QFile>
#include <QImage>
#include <QXmlStreamReader>
#include <cmath>
#include <fstream>
#include <random>
#include <sstream>

#include "carto_test_support.h"
#include "gis/crs.h"
#include "gis/error.h"
#include "support/temp_dir.h"
#include "test_config.h"
#include "ui/carto/classify.h"
#include "ui/carto/gui_session.h"
#include "ui/carto/label_placer.h"
#include "ui/carto/map_output.h"

namespace coverplan::carto {
namespace {

using coverplan::test::TempDir;
namespace fs = std::filesystem;

bool same_colour(const QColor& a, const QColor& b, int tolerance = 2) {
    return std::abs(a.red() - b.red()) <= tolerance && std::abs(a.green() - b.green()) <= tolerance &&
           std::abs(a.blue() - b.blue()) <= tolerance;
}

bool under_a_label(const RenderResult& result, const QPointF& point) {
    for (const auto& label : result.labels)
        if (label.box.adjusted(-2, -2, 2, 2).contains(point)) return true;
    return false;
}

TEST(Classify, QuantileBreaksHoldEqualShares) {
    std::vector<double> values;
    for (int i = 1; i <= 50; ++i) values.push_back(i / 100.0);
    const auto breaks = quantile_breaks(values, 5);
    ASSERT_EQ(breaks.size(), 5u);
    EXPECT_DOUBLE_EQ(breaks[0], 0.10);
    EXPECT_DOUBLE_EQ(breaks[4], 0.50);
    std::vector<int> per_class(5);
    for (double v : values) ++per_class[std::size_t(class_of(v, breaks))];
    for (int n : per_class) EXPECT_EQ(n, 10);
    // Ties collapse classes instead of producing empty ones.
    EXPECT_EQ(quantile_breaks({0, 0, 0, 0, 1}, 5).size(), 2u);
    EXPECT_TRUE(quantile_breaks({}, 5).empty());
    EXPECT_EQ(class_ranges({0.1, 0.5}, 0, 2), (std::vector<QString>{"0.00 \u2013 0.10", "0.10 \u2013 0.50"}));
    EXPECT_EQ(class_ranges({2, 10}, 1, 0), (std::vector<QString>{"1 \u2013 2", "3 \u2013 10"}));
    // Small scores get the decimals they need to read apart.
    EXPECT_EQ(distinct_decimals({0.1, 0.5}, 0, 2), 2);
    EXPECT_EQ(distinct_decimals({0.004, 0.008, 0.012, 0.62}, 0.0001, 2), 3);
}

TEST(Classify, CountBreaksAreRoundAndEndAtTheMaximum) {
    const auto breaks = count_breaks(1234, 5);
    EXPECT_EQ(breaks.back(), 1234);
    for (std::size_t i = 0; i + 1 < breaks.size(); ++i) {
        EXPECT_LT(breaks[i], breaks[i + 1]);
        const double mantissa = breaks[i] / std::pow(10.0, std::floor(std::log10(breaks[i])));
        EXPECT_TRUE(mantissa == 1 || mantissa == 2 || mantissa == 5) << breaks[i];
    }
    EXPECT_EQ(count_breaks(1, 5), std::vector<double>{1});
    EXPECT_EQ(ramp_colours(Ramp::YellowOrangeRed, 5).front(), QColor(0xffffb2));
    EXPECT_EQ(ramp_colours(Ramp::YellowOrangeRed, 5).back(), QColor(0xbd0026));
}

TEST(ScaleBar, RoundLengthsThatFit) {
    // 1:100,000 on the page (0.01 mm per metre), up to 50 mm: 5 km = 50 mm.
    ScaleBar bar = choose_scale_bar(0.01, 1.0, 50);
    EXPECT_DOUBLE_EQ(bar.ground_m, 5000);
    EXPECT_NEAR(bar.length_mm, 50, 1e-9);
    EXPECT_EQ(bar.text, "5 km");
    EXPECT_NEAR(bar.scale_denominator, 100000, 1e-6);
    bar = choose_scale_bar(0.01, 1.0, 49);
    EXPECT_DOUBLE_EQ(bar.ground_m, 2000);
    EXPECT_EQ(bar.segments, 4);
    // A grid scale factor below 1 shortens ground distances on the page.
    bar = choose_scale_bar(0.01, 0.9996, 50);
    EXPECT_NEAR(bar.length_mm, 50 * 0.9996, 1e-9);
    EXPECT_EQ(choose_scale_bar(1.0, 1.0, 30).text, "20 m");
}

TEST(ScaleBar, MeasuresAKnownGroundDistance) {
    // Two points 0.05° apart on one meridian: their ground distance is the
    // meridian arc M·Δφ (M the ellipsoid's meridian radius of curvature),
    // computed here without the library. The map must put them as far
    // apart on the page as its scale bar says that distance is.
    const double lon = 106.2, lat1 = 21.25, lat2 = 21.30;
    const double a = 6378137.0, f = 1 / 298.257223563, e2 = f * (2 - f);
    const double phi = (lat1 + lat2) / 2 * M_PI / 180;
    const double meridian = a * (1 - e2) / std::pow(1 - e2 * std::sin(phi) * std::sin(phi), 1.5);
    const double ground = meridian * (lat2 - lat1) * M_PI / 180;

    gis::LonLatConverter converter("EPSG:32648");
    const auto [x1, y1] = converter.to_crs(lon, lat1);
    const auto [x2, y2] = converter.to_crs(lon, lat2);
    MapDescription map;
    map.extent = {x1 - 4000, y1 - 1000, x1 + 4000, y2 + 1000};
    const auto distortion = gis::grid_distortion(converter, (x1 + x2) / 2, (y1 + y2) / 2);
    map.scale_factor = distortion.scale_factor;
    map.page.dpi = 200;
    RenderResult result;
    const QImage image = render_page_image(map, &result);
    const double px_per_mm = 200 / 25.4;
    const QPointF p1 = result.transform(x1, y1), p2 = result.transform(x2, y2);
    const double page_mm = std::hypot(p2.x() - p1.x(), p2.y() - p1.y()) / px_per_mm;
    const double expected_mm = ground * result.scale_bar.length_mm / result.scale_bar.ground_m;
    EXPECT_NEAR(page_mm / expected_mm, 1.0, 2e-5) << page_mm << " mm on the page, " << expected_mm << " by the bar";
    // Without the scale factor the bar would be 0.02 % off here: the test can tell.
    EXPECT_GT(std::abs(distortion.scale_factor - 1), 1e-4);

    // The bar drawn in the PNG is as long as it says: dark pixels along its
    // middle row (alternate segments are white, their outline is dark).
    const QRectF box = result.layout.scale_bar;
    const int bar_left = int(std::lround(box.left() + 3 * px_per_mm));  // the bar's inset in its box
    int longest = 0;
    for (int y = int(box.top()); y < int(box.bottom()); ++y) {
        int first = -1, last = -1;
        for (int x = int(box.left()); x < int(box.right()); ++x)
            if (image.pixelColor(x, y).lightness() < 80) {
                if (first < 0) first = x;
                last = x;
            }
        // Rows through the bar start at its left end and run on through its
        // first (dark) segment; rows of text do not.
        const bool through_bar = first >= 0 && std::abs(first - bar_left) <= 2 &&
                                 image.pixelColor(first + 10, y).lightness() < 80;
        if (through_bar) longest = std::max(longest, last - first + 1);
    }
    EXPECT_NEAR(longest, result.scale_bar.length_mm * px_per_mm, 3.0);
}

TEST(MapRenderer, ZoneInteriorsHaveTheirClassColour) {
    const auto zones = test::fixture_zones();
    MapDescription map = test::fixture_map(zones);
    map.page.dpi = 100;
    RenderResult result;
    const QImage image = render_page_image(map, &result);
    ASSERT_EQ(result.areas_drawn, 6u);
    EXPECT_TRUE(result.missing_glyphs.empty()) << result.missing_glyphs.front().toStdString();
    const auto colours = test::fixture_colours();
    for (std::size_t i = 0; i < zones.squares.size(); ++i) {
        // The square's centre and three more interior points, whichever are free of labels.
        int checked = 0;
        for (QPointF offset : {QPointF(0, 0), QPointF(400, -400), QPointF(-400, -400), QPointF(400, 400)}) {
            const QPointF page = result.transform(zones.centres[i].x() + offset.x(), zones.centres[i].y() + offset.y());
            if (under_a_label(result, page)) continue;
            EXPECT_TRUE(same_colour(image.pixelColor(page.toPoint()), colours[i % 3]))
                << zones.names[i].toStdString() << " at " << page.x() << "," << page.y();
            ++checked;
        }
        EXPECT_GE(checked, 2);
    }
    // Outside every zone: the frame's background.
    const QPointF outside = result.transform(603000, 2349800);  // below the squares, inside the frame
    EXPECT_TRUE(same_colour(image.pixelColor(outside.toPoint()), map.background));
}

TEST(MapRenderer, FurnitureIsDrawn) {
    const auto zones = test::fixture_zones();
    MapDescription map = test::fixture_map(zones);
    map.page.dpi = 100;
    RenderResult result;
    const QImage image = render_page_image(map, &result);
    const MapLayout& layout = result.layout;
    // Legend, title, notes, scale bar and north arrow hold ink.
    EXPECT_GT(test::count_differing(image, layout.legend, Qt::white), 500);
    EXPECT_GT(test::count_differing(image, layout.title, Qt::white), 500);
    EXPECT_GT(test::count_differing(image, layout.notes, Qt::white), 100);
    EXPECT_GT(test::count_differing(image, layout.scale_bar, map.background), 200);
    EXPECT_GT(test::count_differing(image, layout.north_arrow, map.background), 100);
    // Everything stays on the sheet, inside the margins.
    const QRectF sheet(0, 0, image.width(), image.height());
    for (const QRectF& box : {layout.title, layout.frame, layout.legend, layout.notes}) {
        EXPECT_TRUE(sheet.contains(box));
        EXPECT_TRUE(layout.area.contains(box));
    }
    EXPECT_FALSE(layout.legend.intersects(layout.frame));
    EXPECT_TRUE(layout.frame.contains(layout.scale_bar));
    EXPECT_TRUE(layout.frame.contains(layout.north_arrow));
    // The required (ranked) labels are present with their text.
    int ranked = 0;
    for (const auto& label : result.labels) ranked += !label.badge.isEmpty() && !label.text.isEmpty();
    EXPECT_EQ(ranked, 2);
}

TEST(MapRenderer, PortraitPutsTheLegendUnderTheMap) {
    const auto zones = test::fixture_zones();
    MapDescription map = test::fixture_map(zones);
    map.page.orientation = Orientation::Portrait;
    map.page.paper = Paper::A3;
    map.page.dpi = 40;
    RenderResult result;
    const QImage image = render_page_image(map, &result);
    EXPECT_EQ(image.width(), int(std::lround(297 * 40 / 25.4)));
    EXPECT_EQ(image.height(), int(std::lround(420 * 40 / 25.4)));
    EXPECT_GT(result.layout.legend.top(), result.layout.frame.bottom());
}

TEST(MapRenderer, LabelsNeverOverlapAndRequiredOnesArePlaced) {
    // 400 labels crowded on a small map: most cannot be placed, none overlap.
    const auto zones = test::fixture_zones();
    MapDescription map = test::fixture_map(zones);
    map.labels.clear();
    std::mt19937 rng(5);
    std::uniform_real_distribution<double> x(600000, 606000), y(2350000, 2354000);
    for (int i = 0; i < 400; ++i) {
        Label label;
        label.x = x(rng);
        label.y = y(rng);
        label.text = QString::fromUtf8("Xã Nghĩa Hòa %1").arg(i);
        label.priority = i;
        if (i % 40 == 0) {
            label.required = true;
            label.badge = QString::number(i / 40 + 1);
            label.priority = 1000 + i;
        }
        map.labels.push_back(label);
    }
    map.page.dpi = 60;
    RenderResult result;
    render_page_image(map, &result);
    EXPECT_GT(result.labels_dropped, 100u);
    int badges = 0;
    for (std::size_t i = 0; i < result.labels.size(); ++i) {
        const auto& a = result.labels[i];
        badges += !a.badge.isEmpty();
        EXPECT_TRUE(result.layout.frame.contains(a.box) || a.forced);
        EXPECT_FALSE(a.box.intersects(result.layout.scale_bar) && !a.forced);
        for (std::size_t j = i + 1; j < result.labels.size(); ++j) {
            if (a.forced || result.labels[j].forced) continue;
            EXPECT_FALSE(a.box.intersects(result.labels[j].box)) << a.text.toStdString() << " / "
                                                                 << result.labels[j].text.toStdString();
        }
    }
    EXPECT_EQ(badges, 10);
}

TEST(LabelPlacer, TriesAroundTheAnchorThenFurtherOut) {
    LabelPlacer placer(QRectF(0, 0, 100, 100), 10);
    const QRectF below(30, 50, 40, 10);  // a label just under the anchor
    placer.place(below);
    const auto beside = placer.find(QPointF(50, 50), QSizeF(20, 10), 1);
    ASSERT_TRUE(beside.has_value());
    EXPECT_FALSE(beside->intersects(below));
    EXPECT_NEAR(beside->center().y(), 50 - 5 - 1, 1e-9);  // above, touching the anchor, comes first
    EXPECT_NEAR(beside->center().x(), 50, 1e-9);
    // Everything near the anchor taken: found rings further out, or not at all.
    placer.block(QRectF(25, 25, 50, 50));
    EXPECT_FALSE(placer.find(QPointF(50, 50), QSizeF(8, 8), 1).has_value());
    EXPECT_FALSE(placer.find(QPointF(50, 50), QSizeF(8, 8), 1, 2, 10).has_value());
    const auto far = placer.find(QPointF(50, 50), QSizeF(8, 8), 1, 4, 10);
    ASSERT_TRUE(far.has_value());
    EXPECT_FALSE(placer.overlaps_anything(*far));
    EXPECT_NEAR(far->center().y(), 50 - (4 + 1 + 30), 1e-9);  // the third ring, above
}

PointLayer random_points(std::size_t count) {
    PointLayer layer;
    layer.name = "Open leads";
    layer.unit = "leads";
    layer.classes = {{QColor(0xD55E00), "Not covered"}};
    std::mt19937 rng(9);
    std::normal_distribution<double> x(603000, 1200), y(2352000, 800);
    for (std::size_t i = 0; i < count; ++i) {
        layer.x.push_back(x(rng));
        layer.y.push_back(y(rng));
        layer.point_class.push_back(0);
    }
    return layer;
}

TEST(MapRenderer, FewPointsAreDotsManyAreCountedInHexagons) {
    const auto zones = test::fixture_zones();
    TempDir dir;
    {
        MapDescription map = test::fixture_map(zones);
        map.layers.push_back(random_points(500));
        const RenderResult result = write_map(map, dir / "dots.svg");
        EXPECT_GT(result.dots_drawn, 400u);
        EXPECT_EQ(result.bins_drawn, 0u);
    }
    MapDescription map = test::fixture_map(zones);
    map.layers.push_back(random_points(300000));
    const RenderResult result = write_map(map, dir / "bins.svg");
    EXPECT_EQ(result.dots_drawn, 0u);
    EXPECT_GT(result.bins_drawn, 20u);
    EXPECT_LT(result.bins_drawn, 5000u);
    // The SVG holds a few thousand elements, not 300,000 dots.
    std::ifstream in(dir / "bins.svg");
    const std::string svg((std::istreambuf_iterator<char>(in)), {});
    std::size_t paths = 0;
    for (std::size_t at = svg.find("<path"); at != std::string::npos; at = svg.find("<path", at + 1)) ++paths;
    EXPECT_LT(paths, 6000u);
    EXPECT_LT(fs::file_size(dir / "bins.svg"), 3u << 20);
    // ... and the legend says what the hexagons count.
    EXPECT_NE(svg.find("leads in view, too many to draw one by one"), std::string::npos);
}

TEST(MapOutput, PdfIsVectorWithTheFontEmbeddedAndVietnameseText) {
    const auto zones = test::fixture_zones();
    TempDir dir;
    const fs::path pdf = dir / "map.pdf";
    write_map(test::fixture_map(zones), pdf);
    const std::string text = test::pdf_text(pdf.string());
    EXPECT_NE(text.find("Bản đồ thử nghiệm: đầu tư theo xã"), std::string::npos) << text;
    for (const char* name : {"Phường Trần Phú", "Xã Dĩnh Trì", "Xã Nghĩa Hòa", "Phường Ngô Quyền"})
        EXPECT_NE(text.find(name), std::string::npos) << name;
    EXPECT_NE(text.find("trung bình"), std::string::npos);
    EXPECT_NE(text.find("1 : "), std::string::npos);  // the scale
    const std::string fonts = test::run_command("pdffonts '" + pdf.string() + "'");
    EXPECT_NE(fonts.find("NotoSans-Regular"), std::string::npos) << fonts;
    // Every font embedded: the "emb" column (fifth from the end) says yes.
    std::istringstream lines(fonts);
    std::string line;
    int font_lines = 0;
    while (std::getline(lines, line)) {
        if (line.rfind("name", 0) == 0 || line.rfind("---", 0) == 0 || line.empty()) continue;
        std::vector<std::string> columns;
        std::istringstream words(line);
        for (std::string word; words >> word;) columns.push_back(word);
        ASSERT_GE(columns.size(), 6u) << line;
        EXPECT_EQ(columns[columns.size() - 5], "yes") << "not embedded: " << line;
        ++font_lines;
    }
    EXPECT_GE(font_lines, 1);
    // Vector: no raster image anywhere in the file.
    const std::string images = test::run_command("pdfimages -list '" + pdf.string() + "'");
    EXPECT_EQ(std::count(images.begin(), images.end(), '\n'), 2) << images;  // the two header lines only
}

TEST(MapOutput, SvgParsesAndHoldsTheZonePathsAndText) {
    const auto zones = test::fixture_zones();
    TempDir dir;
    const fs::path svg = dir / "map.svg";
    write_map(test::fixture_map(zones), svg);
    QFile file(QString::fromStdString(svg.string()));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    // QSvgGenerator puts a path's fill on the group around it.
    int zone_paths = 0;
    QString text;
    std::vector<QString> fills;
    const auto colours = test::fixture_colours();
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == u"g") fills.push_back(xml.attributes().value("fill").toString());
        if (xml.isEndElement() && xml.name() == u"g") fills.pop_back();
        if (xml.isStartElement() && xml.name() == u"path" && !fills.empty())
            for (const QColor& c : colours) zone_paths += fills.back().compare(c.name(), Qt::CaseInsensitive) == 0;
        if (xml.isCharacters()) text += xml.text();
    }
    ASSERT_FALSE(xml.hasError()) << xml.errorString().toStdString();
    EXPECT_EQ(zone_paths, 6);
    EXPECT_TRUE(text.contains(QString::fromUtf8("Phường Trần Phú")));
    EXPECT_TRUE(text.contains(QString::fromUtf8("Bản đồ thử nghiệm")));
}

TEST(MapOutput, MissingGlyphsAreReported) {
    const auto zones = test::fixture_zones();
    MapDescription map = test::fixture_map(zones);
    map.title = QString::fromUtf8("Egyptian \U00013000");  // not in Noto Sans
    map.page.dpi = 30;
    RenderResult result;
    render_page_image(map, &result);
    ASSERT_EQ(result.missing_glyphs.size(), 1u);
    EXPECT_TRUE(result.missing_glyphs[0].startsWith("Egyptian"));
}

TEST(MapOutput, BadTargetsFailCleanlyWithoutLeftovers) {
    const auto zones = test::fixture_zones();
    TempDir dir;
    EXPECT_THROW(write_map(test::fixture_map(zones), dir / "missing" / "map.pdf"), InputError);
    try {
        write_map(test::fixture_map(zones), dir / "map.tiff");
        FAIL() << "no error for .tiff";
    } catch (const InputError& error) {
        EXPECT_NE(std::string(error.what()).find("map.tiff"), std::string::npos);
        EXPECT_NE(std::string(error.what()).find(".pdf, .png or .svg"), std::string::npos);
    }
    // A folder in the way of the target: the temporary file is removed.
    fs::create_directory(dir / "taken.png");
    fs::create_directory(dir / "taken.png" / "inside");
    EXPECT_THROW(write_map(test::fixture_map(zones), dir / "taken.png"), InputError);
    for (const auto& entry : fs::directory_iterator(dir.path()))
        EXPECT_EQ(entry.path().filename().string().find("coverplan-tmp"), std::string::npos) << entry.path();
}

TEST(MapOutput, ImageRegressionAgainstTheReference) {
    // A small rendering of the fixture compared with the committed reference
    // (tests/carto/reference/fixture_map.png). Anti-aliasing and font
    // rasterisation may shift a few edge pixels; a real change (a moved
    // legend, another colour, missing labels) changes far more.
    // COVERPLAN_UPDATE_REFERENCE=1 rewrites the reference: look at it first.
    const auto zones = test::fixture_zones();
    MapDescription map = test::fixture_map(zones);
    map.page.dpi = 60;
    const QImage image = render_page_image(map).convertToFormat(QImage::Format_RGB32);
    const QString reference = QString(coverplan::test::kSourceDir) + "/tests/carto/reference/fixture_map.png";
    if (qEnvironmentVariableIsSet("COVERPLAN_UPDATE_REFERENCE")) {
        ASSERT_TRUE(image.save(reference));
    }
    const QImage expected = QImage(reference).convertToFormat(QImage::Format_RGB32);
    ASSERT_FALSE(expected.isNull()) << "missing " << reference.toStdString();
    ASSERT_EQ(image.size(), expected.size());
    long differing = 0, total_error = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x) {
            const QColor a = image.pixelColor(x, y), b = expected.pixelColor(x, y);
            const int error = std::max({std::abs(a.red() - b.red()), std::abs(a.green() - b.green()),
                                        std::abs(a.blue() - b.blue())});
            total_error += error;
            differing += error > 48;
        }
    const double share = double(differing) / (image.width() * image.height());
    EXPECT_LT(share, 0.003) << differing << " pixels differ";
    EXPECT_LT(double(total_error) / (image.width() * image.height()), 1.5);
}

}  // namespace
}  // namespace coverplan::carto
