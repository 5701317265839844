// The weight sliders and the check tool, driven through the window: a
// moved weight reorders the table exactly as planner::rerank ranks with
// the same weights; a click of "check here" gives the same status, zone and
// nodes as `coverplan check --at LAT,LON --json`.

#include <QProcess>
#include <QSignalSpy>
#include <QSlider>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTableView>
#include <QtTest>
#include <nlohmann/json.hpp>

#include <gdal.h>
#include <ogr_api.h>

#include "gis/crs.h"
#include "gis/error.h"
#include "gis/gdal_setup.h"
#include "planner/project.h"
#include "test_config.h"
#include "ui/carto/gui_session.h"
#include "ui/desktop/address_search_box.h"
#include "ui/desktop/check_panel.h"
#include "ui/desktop/check_tool.h"
#include "sample_window.h"
#include "ui/desktop/main_window.h"
#include "ui/desktop/map_export.h"
#include "ui/desktop/map_canvas.h"
#include "ui/desktop/ranking_model.h"
#include "ui/desktop/ranking_panel.h"
#include "ui/desktop/weights_panel.h"
#include "ui/maps/map_frame.h"

using namespace coverplan;
using namespace coverplan::desktop;

class ToolsTest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() {
        gis::register_gdal_drivers();
        window_ = coverplan::test::open_sample_window();
        QVERIFY(window_);
    }

    void cleanupTestCase() { window_.reset(); }

    void aMovedWeightReordersTheTableAsRerankDoes() {
        // The planner's ranking with the same weights, computed apart.
        planner::Dataset data =
            planner::load_dataset(planner::load_project(coverplan::test::kSampleProject, planner::today_iso()));
        planner::Plan plan = planner::build_plan(data);
        planner::RankingWeights weights = data.project.weights;
        weights.investment[0] = 0;    // unserved demand
        weights.investment[2] = 0.9;  // complaints
        planner::rerank(data, weights, plan);
        const auto expected = plan.ranked(planner::RankingKind::Investment);
        const auto before = window_->session()->plan.ranked(planner::RankingKind::Investment);
        QVERIFY(expected != before);  // the weights matter on the sample

        WeightsPanel& panel = *window_->weights_panel();
        panel.slider(planner::RankingKind::Investment, 0)->setValue(0);
        panel.slider(planner::RankingKind::Investment, 2)->setValue(90);
        QTableView* table = window_->investment_panel()->table();
        QCOMPARE(table->model()->rowCount(), int(expected.size()));
        for (int row = 0; row < table->model()->rowCount(); ++row) {
            QCOMPARE(table->model()->index(row, 0).data(RankingModel::ZoneRole).toInt(),
                     int(expected[std::size_t(row)]));
            QCOMPARE(table->model()->index(row, RankingModel::Rank).data().toInt(), row + 1);
        }
        // Back to the project file's weights: the first order again.
        window_->reset_weights();
        for (int row = 0; row < table->model()->rowCount(); ++row)
            QCOMPARE(table->model()->index(row, 0).data(RankingModel::ZoneRole).toInt(), int(before[std::size_t(row)]));
    }

    void checkHereAnswersAsTheCommandLine() {
        const auto session = window_->session();
        MapCanvas& canvas = *window_->canvas();
        canvas.set_tool(window_->check_tool());
        canvas.zoom_to_everything();
        QSignalSpy checked(window_->check_tool(), &CheckTool::checked);
        // Three spots: inside two zones (label points) and outside every zone.
        const auto inside = maps::zone_label_points(session->data);
        const std::vector<QPoint> spots = {canvas.position_of(inside[3].x, inside[3].y).toPoint(),
                                           canvas.position_of(inside[20].x, inside[20].y).toPoint(), QPoint(4, 4)};
        gis::LonLatConverter converter(session->data.working_crs);
        for (const QPoint& spot : spots) {
            QTest::mouseClick(&canvas, Qt::LeftButton, {}, spot);
            QCOMPARE(checked.size(), 1);
            // As plain JSON: the command prints its keys sorted.
            const auto answer =
                nlohmann::json::parse(checked.takeFirst().at(1).value<nlohmann::ordered_json>().dump());
            const double lat = answer["location"]["lat"], lon = answer["location"]["lon"];
            QProcess cli;
            cli.start(coverplan::test::kCoverplanExe, {"check", coverplan::test::kSampleProject, "--at",
                                                       QString::number(lat, 'f', 10) + "," + QString::number(lon, 'f', 10),
                                                       "--json"});
            QVERIFY(cli.waitForFinished(120000));
            const auto expected = nlohmann::json::parse(cli.readAllStandardOutput().toStdString());
            QCOMPARE(QString::fromStdString(answer["status"].dump()), QString::fromStdString(expected["status"].dump()));
            QCOMPARE(QString::fromStdString(answer["zone_id"].dump()), QString::fromStdString(expected["zone_id"].dump()));
            QCOMPARE(QString::fromStdString(answer["team"].dump()), QString::fromStdString(expected["team"].dump()));
            QCOMPARE(QString::fromStdString(answer["nodes"].dump()), QString::fromStdString(expected["nodes"].dump()));
            QCOMPARE(QString::fromStdString(answer["nearest_node"].dump()),
                     QString::fromStdString(expected["nearest_node"].dump()));
            QVERIFY(window_->check_panel()->text().contains(
                QString::fromStdString(expected["status"].get<std::string>()).replace('_', ' ')));
        }
        canvas.set_tool(window_->select_tool());
    }

    void anAddressTypedIsFoundAndCheckedAsTheCommandLineDoes() {
        AddressSearchBox& box = *window_->address_search();
        QVERIFY(box.isEnabled());  // the sample has an address layer
        box.setFocus();
        box.clear();
        QTest::keyClicks(&box, "1 tien giang phuong le loi");
        const QStringList shown = box.suggestions();
        QVERIFY2(!shown.isEmpty() && shown.first().startsWith("1 Tiền Giang") && shown.first().contains("Phường Lê Lợi"),
                 qPrintable(shown.join(" | ")));

        QProcess cli;
        cli.start(coverplan::test::kCoverplanExe,
                  {"check", coverplan::test::kSampleProject, "--address", "1 tien giang phuong le loi", "--json"});
        QVERIFY(cli.waitForFinished(120000));
        const auto expected = nlohmann::json::parse(cli.readAllStandardOutput().toStdString());

        QSignalSpy picked(&box, &AddressSearchBox::picked);
        box.pick(0);
        QCOMPARE(picked.size(), 1);
        const QPointF world = picked.first().at(0).toPointF();
        const auto session = window_->session();
        gis::LonLatConverter converter(session->data.working_crs);
        const auto [lon, lat] = converter.to_lonlat(world.x(), world.y());
        QVERIFY(std::abs(lat - expected["address"]["lat"].get<double>()) < 1e-6);
        QVERIFY(std::abs(lon - expected["address"]["lon"].get<double>()) < 1e-6);
        // The place is marked, in view, and checked: the same answer as the command line's.
        QCOMPARE(window_->canvas()->marked_place(), std::optional<QPointF>(world));
        QVERIFY(std::abs(window_->canvas()->view().centre_x - world.x()) < 1e-6);
        const QString panel = window_->check_panel()->text();
        QVERIFY2(panel.contains("1 Tiền Giang, Phường Lê Lợi"), qPrintable(panel));
        QVERIFY2(panel.contains(CheckPanel::status_text(expected["status"].get<std::string>())), qPrintable(panel));
        QVERIFY2(panel.contains(QString::fromStdString(expected["zone_id"].get<std::string>())), qPrintable(panel));
        QCOMPARE(box.text(), QString::fromStdString(expected["address"]["text"].get<std::string>() + ", " +
                                                    expected["address"]["ward"].get<std::string>() + ", " +
                                                    expected["address"]["district"].get<std::string>()));

        // Enter, with no suggestion highlighted (no list open), takes the best match.
        box.clearFocus();
        box.clear();
        box.setText("1 tiền giang phường lê lợ");  // typed with the marks, as a phone keyboard writes them
        QTest::keyClick(&box, Qt::Key_I);
        QTest::keyClick(&box, Qt::Key_Return);
        QCOMPARE(picked.size(), 2);
        QCOMPARE(picked.last().at(1).toUInt(), picked.first().at(1).toUInt());
    }

    void withoutAnAddressLayerTheBoxSaysSo() {
        AddressSearchBox box;
        auto session = std::make_shared<ProjectSession>();
        box.set_session(session);
        QVERIFY(!box.isEnabled());
        QCOMPARE(box.placeholderText(), QString("No address layer in the project: click the map with “Check here”"));
        box.set_session(window_->session());
        QVERIFY(box.isEnabled());
    }

    void exportedViewMatchesCoverplanMap() {
        const auto session = window_->session();
        MapCanvas& canvas = *window_->canvas();
        canvas.zoom_to_zone(int(session->plan.ranked(planner::RankingKind::Investment)[2]));
        QTemporaryDir dir;
        const QString ours = dir.filePath("view.png"), theirs = dir.filePath("cli.png");
        QCOMPARE(window_->export_map_to(ours), QString());
        const gis::LonLatBox box = lonlat_box(*session, window_->visible_box());
        QProcess cli;
        cli.start(coverplan::test::kCoverplanExe,
                  {"map", coverplan::test::kSampleProject, "--theme", "investment", "--bbox",
                   QString("%1,%2,%3,%4").arg(box.west, 0, 'f', 10).arg(box.south, 0, 'f', 10).arg(box.east, 0, 'f', 10).arg(box.north, 0, 'f', 10),
                   "-o", theirs});
        QVERIFY(cli.waitForFinished(120000));
        QVERIFY2(cli.exitCode() <= 1, cli.readAllStandardError().constData());
        const QImage a = QImage(ours).convertToFormat(QImage::Format_RGB32);
        const QImage b = QImage(theirs).convertToFormat(QImage::Format_RGB32);
        QVERIFY(!a.isNull());
        QCOMPARE(a.size(), b.size());
        long differing = 0;
        for (int y = 0; y < a.height(); ++y)
            for (int x = 0; x < a.width(); ++x) {
                const QRgb p = a.pixel(x, y), q = b.pixel(x, y);
                differing += std::abs(qRed(p) - qRed(q)) > 16 || std::abs(qGreen(p) - qGreen(q)) > 16 ||
                             std::abs(qBlue(p) - qBlue(q)) > 16;
            }
        QVERIFY2(differing < long(a.width()) * a.height() / 200, qPrintable(QString::number(differing)));
        // A format the renderer cannot write: the command line's message.
        QCOMPARE(window_->export_map_to(dir.filePath("map.jpg")),
                 "error: " + dir.filePath("map.jpg") + ": unknown map format '.jpg' (expected .pdf, .png or .svg)");
    }

    void exportsTheReportAndBothRankings() {
        const auto session = window_->session();
        QTemporaryDir dir;
        export_rankings(*session, dir.filePath("rankings.xlsx"));
        GDALDatasetH book = GDALOpenEx(dir.filePath("rankings.xlsx").toUtf8().constData(), GDAL_OF_VECTOR, nullptr,
                                       nullptr, nullptr);
        QVERIFY(book);
        for (auto kind : planner::kRankingKinds) {
            const std::string name = std::string(planner::to_string(kind)) + "_ranking";
            OGRLayerH layer = GDALDatasetGetLayerByName(book, name.c_str());
            QVERIFY2(layer, name.c_str());
            QCOMPARE(OGR_L_GetFeatureCount(layer, 1), GIntBig(session->data.zones.size()));
            OGR_L_ResetReading(layer);
            OGRFeatureH first = OGR_L_GetNextFeature(layer);
            QVERIFY(first);
            // The sheet's headers are the human titles: find the top zone's id in the first row.
            bool found = false;
            for (int f = 0; f < OGR_F_GetFieldCount(first); ++f)
                found |= std::string(OGR_F_GetFieldAsString(first, f)) == session->data.zones.ids[session->plan.ranked(kind)[0]];
            QVERIFY(found);
            OGR_F_Destroy(first);
        }
        GDALClose(book);

        export_report(*session, dir.filePath("report.pdf"));
        QProcess text;
        text.start("pdftotext", {dir.filePath("report.pdf"), "-"});
        QVERIFY(text.waitForFinished(60000));
        QVERIFY(QString::fromUtf8(text.readAllStandardOutput()).contains("Network and demand: management report"));
        QVERIFY_THROWS_EXCEPTION(InputError, export_report(*session, dir.filePath("report.png")));
    }

private:
    std::unique_ptr<MainWindow> window_;
};

QTEST_MAIN(ToolsTest)
#include "tools_test.moc"
