// The map's content drawn apart from its page (ui/carto/map_content.h), as
// the desktop canvas does: the same pixels as the page's frame, any extent
// through any transform, stopped by the cancel flag between features.

#include <gtest/gtest.h>

#include <QImage>
#include <QPainter>
#include <atomic>

#include "carto_test_support.h"
#include "ui/carto/gui_session.h"
#include "ui/carto/map_content.h"
#include "ui/carto/map_output.h"

namespace coverplan::carto {
namespace {

TEST(MapContent, SamePixelsAsThePagesFrame) {
    ensure_gui_session();
    const auto zones = test::fixture_zones();
    MapDescription map = test::fixture_map(zones);
    map.page.dpi = 100;
    RenderResult page_result;
    const QImage page = render_page_image(map, &page_result);

    // The content alone, on a blank sheet of the same size, through the
    // page's own frame and transform.
    QImage content(page.size(), QImage::Format_RGB32);
    content.fill(Qt::white);
    QPainter painter(&content);
    ContentOptions options;
    options.simplify_mm = 0.5 / (100 / 25.4);
    options.keep_clear = {page_result.layout.scale_bar, page_result.layout.north_arrow};
    const ContentResult result = draw_map_content(
        map, painter, {page_result.layout.frame, page_result.transform, page_result.shown}, 100 / 25.4, options);
    painter.end();
    EXPECT_FALSE(result.cancelled);
    EXPECT_EQ(result.areas_drawn, page_result.areas_drawn);
    ASSERT_EQ(result.labels.size(), page_result.labels.size());
    for (std::size_t i = 0; i < result.labels.size(); ++i) EXPECT_EQ(result.labels[i].box, page_result.labels[i].box);

    // Inside the frame, away from its border line and the furniture drawn
    // over it, every pixel is the page's.
    const QRect inside = page_result.layout.frame.adjusted(3, 3, -3, -3).toRect();
    long compared = 0, differing = 0;
    for (int y = inside.top(); y <= inside.bottom(); ++y)
        for (int x = inside.left(); x <= inside.right(); ++x) {
            const QPointF p(x, y);
            if (page_result.layout.scale_bar.adjusted(-2, -2, 2, 2).contains(p) ||
                page_result.layout.north_arrow.adjusted(-2, -2, 2, 2).contains(p))
                continue;
            ++compared;
            differing += page.pixel(x, y) != content.pixel(x, y);
        }
    EXPECT_GT(compared, 100000);
    EXPECT_EQ(differing, 0);
}

TEST(MapContent, AnyExtentThroughACentredTransform) {
    ensure_gui_session();
    const auto zones = test::fixture_zones();
    const MapDescription map = test::fixture_map(zones);
    // One square filling a 200 x 200 image: 2 km over 200 px.
    const QRectF frame(0, 0, 200, 200);
    const QPointF centre = zones.centres[0];
    const WorldToPage transform = centred_transform(frame, centre.x(), centre.y(), 10.0);
    const MapView view = view_of(frame, transform);
    EXPECT_NEAR(view.shown.minx, centre.x() - 1000, 1e-6);
    EXPECT_NEAR(view.shown.maxy, centre.y() + 1000, 1e-6);
    EXPECT_NEAR(transform(centre.x(), centre.y()).x(), 100, 1e-9);
    QImage image(200, 200, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    ContentOptions options;
    options.labels = false;
    const ContentResult result = draw_map_content(map, painter, view, 96 / 25.4, options);
    painter.end();
    EXPECT_TRUE(result.labels.empty());
    EXPECT_GE(result.areas_drawn, 1u);
    // The square's own class colour at the middle and near the corners.
    const QColor colour = test::fixture_colours()[0];
    for (QPoint p : {QPoint(100, 100), QPoint(20, 20), QPoint(180, 180)})
        EXPECT_LE(std::abs(image.pixelColor(p).red() - colour.red()) + std::abs(image.pixelColor(p).blue() - colour.blue()), 4)
            << p.x() << "," << p.y();
}

TEST(MapContent, ACancelledRenderStopsAndSaysSo) {
    ensure_gui_session();
    const auto zones = test::fixture_zones();
    const MapDescription map = test::fixture_map(zones);
    const QRectF frame(0, 0, 300, 200);
    const WorldToPage transform = centred_transform(frame, zones.centres[1].x(), zones.centres[1].y(), 30.0);
    std::atomic<bool> cancel{true};
    ContentOptions options;
    options.cancel = &cancel;
    QImage image(300, 200, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    const ContentResult stopped = draw_map_content(map, painter, view_of(frame, transform), 4, options);
    EXPECT_TRUE(stopped.cancelled);
    EXPECT_EQ(stopped.areas_drawn, 0u);
    EXPECT_TRUE(stopped.labels.empty());
    cancel = false;
    const ContentResult drawn = draw_map_content(map, painter, view_of(frame, transform), 4, options);
    painter.end();
    EXPECT_FALSE(drawn.cancelled);
    EXPECT_EQ(drawn.areas_drawn, 6u);
}

TEST(MapContent, LabelsAloneOverOtherContent) {
    ensure_gui_session();
    const auto zones = test::fixture_zones();
    const MapDescription map = test::fixture_map(zones);
    const QRectF frame(0, 0, 400, 300);
    const MapView view = view_of(frame, centred_transform(frame, zones.centres[1].x(), zones.centres[1].y(), 20.0));
    QImage image(400, 300, QImage::Format_RGB32);
    image.fill(Qt::black);
    QPainter painter(&image);
    ContentOptions options;
    options.layers = false;
    const ContentResult result = draw_map_content(map, painter, view, 4, options);
    painter.end();
    EXPECT_EQ(result.areas_drawn, 0u);
    ASSERT_FALSE(result.labels.empty());
    // Black everywhere but under the labels: no background, no zone drawn.
    long lit = 0;
    for (int y = 0; y < 300; ++y)
        for (int x = 0; x < 400; ++x) {
            if (image.pixel(x, y) == qRgb(0, 0, 0)) continue;
            bool in_label = false;
            for (const auto& label : result.labels) in_label |= label.box.adjusted(-2, -2, 2, 2).contains(QPointF(x, y));
            EXPECT_TRUE(in_label) << x << "," << y;
            ++lit;
            if (!in_label) return;
        }
    EXPECT_GT(lit, 100);
}

TEST(MapContent, LinesAreDrawnThroughTheirPointsInOrder) {
    ensure_gui_session();
    const auto zones = test::fixture_zones();
    MapDescription map;
    map.background = Qt::white;
    // An L through three points of the first square: right 800 m, then up 800 m.
    const QPointF c = zones.centres[0];
    LineLayer route{"Route", {{Qt::transparent, QColor(0xD5, 0x5E, 0x00), 1.0, Qt::SolidLine}}, {}};
    route.features.push_back({{QPointF(c.x() - 400, c.y() - 400), QPointF(c.x() + 400, c.y() - 400),
                               QPointF(c.x() + 400, c.y() + 400)},
                              0});
    route.features.push_back({{QPointF(c.x(), c.y())}, 0});  // one point: no line to draw
    map.layers.push_back(route);
    const QRectF frame(0, 0, 200, 200);
    QImage image(200, 200, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    ContentOptions options;
    options.labels = false;
    // 10 m per pixel: the L runs from (60, 140) to (140, 140) to (140, 60).
    const ContentResult result =
        draw_map_content(map, painter, view_of(frame, centred_transform(frame, c.x(), c.y(), 10.0)), 96 / 25.4, options);
    painter.end();
    EXPECT_EQ(result.lines_drawn, 1u);
    const QColor orange(0xD5, 0x5E, 0x00);
    EXPECT_GT(test::count_differing(image, QRectF(70, 135, 60, 10), Qt::white), 150) << "the bottom leg";
    EXPECT_GT(test::count_differing(image, QRectF(135, 70, 10, 60), Qt::white), 150) << "the right leg";
    EXPECT_EQ(test::count_differing(image, QRectF(62, 62, 60, 60), Qt::white), 0) << "no closing edge, no fill";
    EXPECT_EQ(QColor(image.pixel(100, 140)).rgb(), orange.rgb());
}

}  // namespace
}  // namespace coverplan::carto
