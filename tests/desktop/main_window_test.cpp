// The main window on the sample project, driven as a user would: the
// project opens off the UI thread and fills the tables; a row chosen in a
// table selects and frames its zone on the map and shows its detail; a
// click on the map selects the zone's row; the map draws in colour; a
// missing project says what the command line says.

#include <QCheckBox>
#include <QItemSelectionModel>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QtTest>
#include <set>

#include "gis/geos_handle.h"
#include "planner/reason_text.h"
#include "test_config.h"
#include "ui/carto/geometry_path.h"
#include "ui/carto/gui_session.h"
#include "ui/desktop/demand_layers.h"
#include "ui/desktop/layers_panel.h"
#include "sample_window.h"
#include "ui/desktop/main_window.h"
#include "ui/desktop/map_canvas.h"
#include "ui/desktop/project_loader.h"
#include "ui/desktop/ranking_filter.h"
#include "ui/desktop/ranking_model.h"
#include "ui/desktop/ranking_panel.h"
#include "ui/desktop/zone_detail_panel.h"
#include "ui/maps/map_frame.h"

using namespace coverplan;
using namespace coverplan::desktop;

namespace {

/// Waits for the canvas to finish drawing what it shows now.
bool wait_for_map(MapCanvas& canvas) {
    QSignalSpy rendered(&canvas, &MapCanvas::rendered);
    return !canvas.rendering() || rendered.wait(60000) || !canvas.rendering();
}

int distinct_colours(const QImage& image, int step = 4) {
    std::set<QRgb> colours;
    for (int y = 0; y < image.height(); y += step)
        for (int x = 0; x < image.width(); x += step) colours.insert(image.pixel(x, y) & 0xf0f0f0);
    return int(colours.size());
}

}  // namespace

class MainWindowTest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() {
        window_ = coverplan::test::open_sample_window();
        QVERIFY(window_);
        QVERIFY(window_->session());
    }

    void cleanupTestCase() { window_.reset(); }

    void tableHoldsOneRowPerZoneInRankOrder() {
        const auto session = window_->session();
        QTableView* table = window_->investment_panel()->table();
        QCOMPARE(table->model()->rowCount(), int(session->data.zones.size()));
        const auto order = session->plan.ranked(planner::RankingKind::Investment);
        for (int row = 0; row < table->model()->rowCount(); ++row)
            QCOMPARE(table->model()->index(row, 0).data(RankingModel::ZoneRole).toInt(), int(order[std::size_t(row)]));
    }

    void mapIsDrawnInColour() {
        QVERIFY(wait_for_map(*window_->canvas()));
        const QImage& image = window_->canvas()->rendered_image();
        QVERIFY(!image.isNull());
        QVERIFY2(distinct_colours(image) >= 8, qPrintable(QString::number(distinct_colours(image))));
    }

    void aRowSelectsAndFramesItsZone() {
        const auto session = window_->session();
        const int zone = int(session->plan.ranked(planner::RankingKind::Investment)[4]);
        QTableView* table = window_->investment_panel()->table();
        // The user clicks the fifth row.
        const QModelIndex index = table->model()->index(4, RankingModel::Name);
        table->scrollTo(index);
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(index).center());
        QCOMPARE(window_->canvas()->selected_zone(), zone);
        QCOMPARE(window_->detail_panel()->zone(), zone);
        QVERIFY(window_->detail_panel()->text().contains(QString::fromStdString(session->data.zones.names[std::size_t(zone)])));
        QVERIFY(window_->detail_panel()->text().contains(QString::fromStdString(planner::reasons_text(planner::RankingKind::Investment, session->plan.investment[std::size_t(zone)]))));
        // The zone is framed: its whole envelope is in view.
        const carto::WorldBox box = carto::envelope_of(session->data.zones.geometries[std::size_t(zone)].get());
        MapCanvas& canvas = *window_->canvas();
        for (QPointF corner : {QPointF(box.minx, box.miny), QPointF(box.maxx, box.maxy)}) {
            const QPointF at = canvas.position_of(corner.x(), corner.y());
            QVERIFY(canvas.rect().contains(at.toPoint()));
        }
        QVERIFY(box.width() / canvas.view().units_per_pixel > canvas.width() / 6.0);
    }

    void aClickOnTheMapSelectsTheZonesRow() {
        const auto session = window_->session();
        MapCanvas& canvas = *window_->canvas();
        canvas.zoom_to_everything();
        // A point well inside a zone, found independently of the canvas.
        const std::size_t zone = session->plan.ranked(planner::RankingKind::Investment)[11];
        const maps::LabelPoint inside = maps::zone_label_points(session->data)[zone];
        const QPoint at = canvas.position_of(inside.x, inside.y).toPoint();
        QVERIFY(canvas.rect().contains(at));
        QTest::mouseClick(&canvas, Qt::LeftButton, {}, at);
        QCOMPARE(canvas.selected_zone(), int(zone));
        QCOMPARE(window_->investment_panel()->selected_zone(), int(zone));
        QCOMPARE(window_->sales_panel()->selected_zone(), int(zone));
        QCOMPARE(window_->detail_panel()->zone(), int(zone));
        const QModelIndex current = window_->investment_panel()->table()->selectionModel()->currentIndex();
        QCOMPARE(current.siblingAtColumn(RankingModel::ZoneId).data().toString().toStdString(), session->data.zones.ids[zone]);
        // The detail lists every node whose service area covers the spot (GEOS asked directly).
        const QPointF spot = canvas.world_at(at);
        auto ctx = gis::geos_context();
        gis::GeosGeometry point(GEOSGeom_createPointFromXY_r(ctx, spot.x(), spot.y()));
        const QString detail = window_->detail_panel()->text();
        QVERIFY(detail.contains("Nodes serving the clicked spot"));
        int covering = 0;
        for (std::size_t n = 0; n < session->data.nodes.size(); ++n) {
            const bool covers = GEOSCovers_r(ctx, session->data.nodes.geometries[n].get(), point.get()) == 1;
            covering += covers;
            if (covers) QVERIFY2(detail.contains(QString::fromStdString(session->data.nodes.ids[n]) + " "),
                                 session->data.nodes.ids[n].c_str());
        }
        QVERIFY(covering > 0);
    }

    void aClickOutsideEveryZoneClearsTheSelection() {
        MapCanvas& canvas = *window_->canvas();
        canvas.zoom_to_everything();
        QTest::mouseClick(&canvas, Qt::LeftButton, {}, QPoint(3, 3));
        QCOMPARE(canvas.selected_zone(), -1);
        QCOMPARE(window_->investment_panel()->selected_zone(), -1);
    }

    void aDragPansAndTheWheelZoomsAroundTheCursor() {
        MapCanvas& canvas = *window_->canvas();
        canvas.zoom_to_everything();
        const CanvasView before = canvas.view();
        const QPoint from = canvas.rect().center();
        QTest::mousePress(&canvas, Qt::LeftButton, {}, from);
        QTest::mouseMove(&canvas, from + QPoint(60, 0));
        QTest::mouseMove(&canvas, from + QPoint(100, 40));
        QTest::mouseRelease(&canvas, Qt::LeftButton, {}, from + QPoint(100, 40));
        QCOMPARE(canvas.view().centre_x, before.centre_x - 100 * before.units_per_pixel);
        QCOMPARE(canvas.view().centre_y, before.centre_y + 40 * before.units_per_pixel);
        QCOMPARE(canvas.selected_zone(), -1);  // a drag is no click

        const QPointF anchor(200, 150);
        const QPointF world = canvas.world_at(anchor);
        canvas.zoom_by(0.5, anchor);
        QCOMPARE(canvas.view().units_per_pixel, before.units_per_pixel * 0.5);
        QVERIFY(std::abs(canvas.world_at(anchor).x() - world.x()) < 1e-6);
        QVERIFY(std::abs(canvas.world_at(anchor).y() - world.y()) < 1e-6);
        QTest::keyClick(&canvas, Qt::Key_Minus);
        QCOMPARE(canvas.view().units_per_pixel, before.units_per_pixel * 0.5 * 1.25);
        QVERIFY(wait_for_map(canvas));
    }

    void themesRedrawTheMap() {
        MapCanvas& canvas = *window_->canvas();
        window_->set_theme(maps::Theme::Coverage);
        QVERIFY(canvas.map());
        bool service_areas = false;
        for (const auto& layer : canvas.map()->layers)
            if (const auto* areas = std::get_if<carto::AreaLayer>(&layer)) service_areas |= areas->name == "Service areas";
        QVERIFY(service_areas);
        QVERIFY(wait_for_map(canvas));
        window_->set_theme(maps::Theme::Investment);
        QVERIFY(wait_for_map(canvas));
    }

    void demandLayersAreDrawnOverTheMap() {
        const auto session = window_->session();
        MapCanvas& canvas = *window_->canvas();
        window_->layers_panel()->leads()->setChecked(true);
        // Made in a worker: the UI thread only asks, and takes it when ready.
        QVERIFY(window_->demand_describer()->busy());
        QVERIFY(!canvas.overlay());
        QTRY_VERIFY_WITH_TIMEOUT(canvas.overlay(), 60000);
        QVERIFY(!window_->demand_describer()->busy());
        const auto* leads = std::get_if<carto::PointLayer>(&canvas.overlay()->layers.at(0));
        QVERIFY(leads);
        const auto open = std::count(session->data.leads.open.begin(), session->data.leads.open.end(), true);
        QCOMPARE(long(leads->x.size()), long(open));
        // Zoomed in on an open lead no node covers: its dot, in the "not covered" colour.
        std::size_t lead = 0;
        while (lead < session->data.leads.size() &&
               !(session->data.leads.open[lead] &&
                 session->plan.overlay.leads->status[lead] == planner::Serviceability::NotCovered))
            ++lead;
        QVERIFY(lead < session->data.leads.size());
        canvas.set_view({session->data.leads.x[lead], session->data.leads.y[lead], 3.0});
        QVERIFY(wait_for_map(canvas));
        const QImage& image = canvas.rendered_image();
        const QColor dot = image.pixelColor(image.width() / 2, image.height() / 2);
        const QColor expected = leads->classes[3].colour;
        QVERIFY2(std::abs(dot.red() - expected.red()) + std::abs(dot.green() - expected.green()) +
                         std::abs(dot.blue() - expected.blue()) < 30,
                 qPrintable(dot.name() + " " + expected.name()));
        window_->layers_panel()->leads()->setChecked(false);
        QVERIFY(!canvas.overlay());
        QVERIFY(wait_for_map(canvas));
    }

    void aCancelledOpeningIsDroppedAndTheNextOneShown() {
        MainWindow window;
        window.set_quiet(true);
        QSignalSpy shown(&window, &MainWindow::project_shown);
        QSignalSpy cancelled(window.loader(), &ProjectLoader::cancelled);
        window.open_project(coverplan::test::kSampleProject);
        QVERIFY(window.loader()->busy());
        window.loader()->cancel();
        QCOMPARE(cancelled.size(), 1);
        QVERIFY(!window.session());
        window.open_project(coverplan::test::kSampleProject);
        QVERIFY(shown.wait(120000));
        QCOMPARE(shown.size(), 1);
        QVERIFY(window.session());
    }

    void openingReportsTheLibrarysStagesToTheEnd() {
        MainWindow window;
        window.set_quiet(true);
        QSignalSpy shown(&window, &MainWindow::project_shown);
        QSignalSpy progressed(window.loader(), &ProjectLoader::progressed);
        window.open_project(coverplan::test::kSampleProject);
        QVERIFY(shown.wait(120000));
        QVERIFY(progressed.size() > 4);  // a stage per layer, then the plan's
        int previous = -1;
        QStringList stages;
        for (const auto& call : progressed) {
            const int done = call.at(1).toInt(), total = call.at(2).toInt();
            QCOMPARE(total, 200);
            QVERIFY2(done >= previous, qPrintable(call.at(0).toString()));
            previous = done;
            stages << call.at(0).toString();
        }
        QCOMPARE(previous, 200);
        QVERIFY2(stages.join("|").contains("subscribers"), qPrintable(stages.join("|")));
    }

    void aMissingProjectFailsWithTheCommandLinesMessage() {
        MainWindow window;
        window.set_quiet(true);
        QSignalSpy failed(&window, &MainWindow::project_failed);
        window.open_project("/nonexistent/project.toml");
        QVERIFY(failed.wait(60000));
        QCOMPARE(failed.at(0).at(0).toString(), QString("error: /nonexistent/project.toml: no such project file"));
        QCOMPARE(failed.at(0).at(1).toBool(), true);
    }

private:
    std::unique_ptr<MainWindow> window_;
};

QTEST_MAIN(MainWindowTest)
#include "main_window_test.moc"
