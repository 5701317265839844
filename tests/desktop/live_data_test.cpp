// The desktop app follows the project's data (issue 11, live data), on a
// copy of the sample edited as another program would: every node filled
// in the GeoPackage shows up as full with the weights, the selected zone,
// the theme and the view kept; a half-written source keeps the figures read
// before and warns until it is whole again; a scenario's change the new data
// refuses is dropped by name and the rest kept; with following off, "Reload
// data now" reads the data.

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <QAction>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QtTest>
#include <algorithm>
#include <filesystem>
#include <fstream>

#include "support/temp_dir.h"
#include "test_config.h"
#include "ui/carto/gui_session.h"
#include "ui/desktop/data_follower.h"
#include "ui/desktop/main_window.h"
#include "ui/desktop/map_canvas.h"
#include "ui/desktop/ranking_panel.h"
#include "ui/desktop/scenario_state.h"
#include "ui/desktop/stale_data_banner.h"
#include "ui/desktop/zone_detail_panel.h"

using namespace coverplan;
using namespace coverplan::desktop;
namespace fs = std::filesystem;

namespace {

constexpr int kWaitMs = 60000;  // a reading of the sample on a loaded machine

bool has_node(const ProjectSession& session, const std::string& id) {
    const auto& ids = session.data.nodes.ids;
    return std::find(ids.begin(), ids.end(), id) != ids.end();
}

/// Ports used of a node, -1 when it has none or is not there.
double used_of(const ProjectSession& session, const std::string& id) {
    const auto& nodes = session.data.nodes;
    const auto at = std::find(nodes.ids.begin(), nodes.ids.end(), id);
    if (at == nodes.ids.end()) return -1;
    return nodes.used[std::size_t(at - nodes.ids.begin())].value_or(-1);
}

}  // namespace

class LiveDataTest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() {
        fs::copy(fs::path(test::kSourceDir) / "datasets" / "sample", dir_.path() / "sample", fs::copy_options::recursive);
        QStandardPaths::setTestModeEnabled(true);
        carto::ensure_gui_session();
        window_ = std::make_unique<MainWindow>();
        window_->set_quiet(true);
        window_->resize(1400, 900);
        window_->show();
        QVERIFY(QTest::qWaitForWindowExposed(window_.get()));
        QSignalSpy shown(window_.get(), &MainWindow::project_shown);
        window_->open_project(QString::fromStdString((dir_.path() / "sample" / "project.toml").string()));
        QVERIFY(shown.wait(120000));
        QVERIFY(window_->follow_action()->isChecked());
    }

    void cleanupTestCase() { window_.reset(); }

    void aFilledNodeShowsWithWeightsZoneThemeAndViewKept() {
        const auto before = window_->session();
        // What the user was doing: a weight moved, a zone selected and framed, another theme.
        window_->set_weight(planner::RankingKind::Investment, 0, 0.9);
        const planner::RankingWeights weights = before->plan.weights;
        const int zone = int(before->plan.ranked(planner::RankingKind::Investment)[3]);
        const std::string zone_id = before->data.zones.ids[std::size_t(zone)];
        // Drawn once first (until then a resize frames the whole project again).
        QTRY_VERIFY_WITH_TIMEOUT(!window_->canvas()->rendering(), kWaitMs);
        window_->select_zone(zone, true);
        window_->set_theme(maps::Theme::Utilization);
        const CanvasView view = window_->canvas()->view();
        std::vector<double> scores;
        for (const auto& score : before->plan.investment) scores.push_back(score.score);

        QSignalSpy reloaded(window_.get(), &MainWindow::data_reloaded);
        edit_province("UPDATE coverage SET ports_used = ports");  // every node full
        QTRY_VERIFY_WITH_TIMEOUT(window_->session() != before, kWaitMs);
        const auto after = window_->session();
        QCOMPARE(reloaded.count(), 1);
        QVERIFY(reloaded.first().first().toStringList().isEmpty());
        const auto& nodes = after->data.nodes;
        std::size_t full = 0;
        for (std::size_t n = 0; n < nodes.size(); ++n)
            if (nodes.capacity[n] && nodes.used[n]) {
                QCOMPARE(*nodes.used[n], *nodes.capacity[n]);
                ++full;
            }
        QVERIFY(full > 0);
        // The ranking follows the data, with the weights the user set.
        QVERIFY(after->plan.weights == weights);
        std::vector<double> scores_after;
        for (const auto& score : after->plan.investment) scores_after.push_back(score.score);
        QVERIFY(scores_after != scores);
        planner::Plan fresh = after->plan;
        planner::rerank(after->data, weights, fresh);
        for (std::size_t z = 0; z < fresh.investment.size(); ++z)
            QCOMPARE(after->plan.investment[z].rank, fresh.investment[z].rank);
        // The same zone selected everywhere, the same theme, the same view.
        const int selected = window_->canvas()->selected_zone();
        QVERIFY(selected >= 0);
        QCOMPARE(after->data.zones.ids[std::size_t(selected)], zone_id);
        QCOMPARE(window_->investment_panel()->selected_zone(), selected);
        QCOMPARE(window_->detail_panel()->zone(), selected);
        QCOMPARE(window_->theme(), maps::Theme::Utilization);
        QVERIFY(window_->canvas()->view() == view);
        QCOMPARE(window_->canvas()->session(), after.get());
        QVERIFY(window_->stale_banner()->isHidden());
    }

    void anUnreadableSourceKeepsTheFiguresAndWarnsUntilWhole() {
        const auto before = window_->session();
        const fs::path complaints = dir_.path() / "sample" / "complaints.geojson";
        const fs::path saved = dir_.path() / "complaints.saved";
        fs::copy_file(complaints, saved, fs::copy_options::overwrite_existing);
        std::ofstream(complaints, std::ios::trunc) << R"({"type": "FeatureCollection", "features": [{"type": )";
        StaleDataBanner* banner = window_->stale_banner();
        QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), kWaitMs);
        QVERIFY2(banner->text().contains("complaints.geojson"), qPrintable(banner->text()));
        QVERIFY2(banner->text().contains(before->read_at.toString("HH:mm")), qPrintable(banner->text()));
        QCOMPARE(window_->session(), before);  // the figures read before stay
        QCOMPARE(window_->canvas()->session(), before.get());

        fs::copy_file(saved, complaints, fs::copy_options::overwrite_existing);
        QTRY_VERIFY_WITH_TIMEOUT(window_->session() != before, kWaitMs);
        QVERIFY(banner->isHidden());
        QVERIFY(banner->problem().isEmpty());
    }

    void aScenarioChangeTheNewDataRefusesIsDroppedByName() {
        const auto before = window_->session();
        ScenarioState* scenario = window_->scenario();
        const std::string gone = before->data.nodes.ids[0], kept = before->data.nodes.ids[1];
        QCOMPARE(scenario->add_capacity(gone, 16), QString());
        QCOMPARE(scenario->add_capacity(kept, 32), QString());
        QSignalSpy reloaded(window_.get(), &MainWindow::data_reloaded);
        edit_province("DELETE FROM coverage WHERE node_id = '" + gone + "'");
        QTRY_VERIFY_WITH_TIMEOUT(!has_node(*window_->session(), gone), kWaitMs);
        // The reading that dropped it (an earlier one may have come in between).
        QVERIFY(!reloaded.isEmpty());
        const QStringList dropped = reloaded.last().first().toStringList();
        QCOMPARE(dropped.size(), 1);
        QVERIFY2(dropped.first().startsWith(ScenarioState::tr("Add %1 ports to %2").arg("16", QString::fromStdString(gone))),
                 qPrintable(dropped.first()));
        QCOMPARE(scenario->scenario().added_capacity.size(), std::size_t(1));
        QCOMPARE(scenario->scenario().added_capacity[0].node_id, kept);
        QVERIFY(window_->session()->scenario);  // the kept change applies to the new data
        QCOMPARE(scenario->stack()->count(), 0);
    }

    void reloadNowReadsTheDataWhileFollowingIsOff() {
        window_->follow_action()->setChecked(false);
        QVERIFY(!window_->data_follower()->enabled());
        QSignalSpy reloaded(window_.get(), &MainWindow::data_reloaded);
        const std::string node = window_->session()->data.nodes.ids[1];
        edit_province("UPDATE coverage SET ports_used = 0 WHERE node_id = '" + node + "'");
        window_->reload_action()->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(used_of(*window_->session(), node) == 0.0, kWaitMs);
        QVERIFY(!reloaded.isEmpty());
        window_->follow_action()->setChecked(true);
        QVERIFY(window_->data_follower()->enabled());
    }

private:
    /// Runs SQL on the copy's GeoPackage, as another program editing it would.
    void edit_province(const std::string& sql) const {
        GDALDatasetUniquePtr gpkg(GDALDataset::Open((dir_.path() / "sample" / "province.gpkg").c_str(),
                                                    GDAL_OF_VECTOR | GDAL_OF_UPDATE));
        QVERIFY(gpkg);
        gpkg->ReleaseResultSet(gpkg->ExecuteSQL(sql.c_str(), nullptr, nullptr));
    }

    test::TempDir dir_;
    std::unique_ptr<MainWindow> window_;
};

QTEST_MAIN(LiveDataTest)
#include "live_data_test.moc"
