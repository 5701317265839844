// Scenarios made with the map tools: adding ports with a click and placing
// a node give the figures `coverplan scenario` gives for the same changes;
// the table reads "before → after"; undo brings the plan of the data back
// exactly, redo the scenario again.

#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QUndoStack>
#include <QtTest>
#include <nlohmann/json.hpp>

#include "gis/crs.h"
#include "planner/project.h"
#include "test_config.h"
#include "ui/carto/gui_session.h"
#include "sample_window.h"
#include "ui/desktop/main_window.h"
#include "ui/desktop/map_canvas.h"
#include "ui/desktop/ranking_model.h"
#include "ui/desktop/ranking_panel.h"
#include "ui/desktop/scenario_state.h"
#include "ui/desktop/scenario_tools.h"
#include "ui/maps/map_frame.h"

using namespace coverplan;
using namespace coverplan::desktop;

namespace {

nlohmann::json run_scenario(const QStringList& changes) {
    QProcess cli;
    cli.start(coverplan::test::kCoverplanExe, QStringList{"scenario", coverplan::test::kSampleProject} + changes + QStringList{"--json"});
    cli.waitForFinished(120000);
    return nlohmann::json::parse(cli.readAllStandardOutput().toStdString());
}

}  // namespace

class ScenarioTest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() {
        window_ = coverplan::test::open_sample_window();
        QVERIFY(window_);
    }

    void cleanupTestCase() { window_.reset(); }

    /// The window's figures for the zones the command line lists.
    void compare_with_cli(const nlohmann::json& cli) {
        const auto session = window_->session();
        QVERIFY(session->scenario);
        const planner::Plan& after = session->shown_plan();
        QVERIFY(!cli["rank_moved"].empty() || !cli["affected_zones"].empty());
        for (const char* list : {"rank_moved", "affected_zones"})
            for (const auto& row : cli[list]) {
                const auto it = std::find(session->data.zones.ids.begin(), session->data.zones.ids.end(),
                                          row["zone_id"].get<std::string>());
                QVERIFY(it != session->data.zones.ids.end());
                const std::size_t z = std::size_t(it - session->data.zones.ids.begin());
                for (auto kind : planner::kRankingKinds) {
                    const auto& expected = row[planner::to_string(kind)];
                    QCOMPARE(after.scores(kind)[z].rank, expected["rank_after"].get<int>());
                    QVERIFY(std::abs(after.scores(kind)[z].score - expected["score_after"].get<double>()) < 1e-9);
                    QCOMPARE(session->plan.scores(kind)[z].rank, expected["rank_before"].get<int>());
                }
            }
    }

    void addCapacityWithAClickAsTheCommandLine() {
        const auto session = window_->session();
        // A lead that cannot be served for want of ports: its serving node is full.
        std::size_t lead = 0;
        for (; lead < session->data.leads.size(); ++lead)
            if (session->data.leads.open[lead] &&
                session->plan.overlay.leads->status[lead] == planner::Serviceability::Full)
                break;
        QVERIFY(lead < session->data.leads.size());
        const double x = session->data.leads.x[lead], y = session->data.leads.y[lead];
        const auto verdict = session->checker->check(x, y, planner::kAnyTechnology).answer.verdict;
        const std::string node = session->data.nodes.ids[std::size_t(verdict.node)];

        MapCanvas& canvas = *window_->canvas();
        canvas.set_view({x, y, 0.01});  // a centimetre a pixel: the click lands on the lead
        window_->add_capacity_tool()->set_ports(500);
        canvas.set_tool(window_->add_capacity_tool());
        QTest::mouseClick(&canvas, Qt::LeftButton, {}, canvas.position_of(x, y).toPoint());
        QCOMPARE(window_->scenario()->scenario().added_capacity.size(), std::size_t(1));
        QCOMPARE(window_->scenario()->scenario().added_capacity[0].node_id, node);
        compare_with_cli(run_scenario({"--add-capacity", QString::fromStdString(node) + ":+500"}));

        // The table says where a zone was and where it is now.
        const auto& moved = session->shown_plan().investment;
        for (std::size_t z = 0; z < moved.size(); ++z)
            if (moved[z].rank != session->plan.investment[z].rank) {
                RankingModel* model = window_->investment_panel()->model();
                QCOMPARE(model->index(int(z), RankingModel::Rank).data().toString(),
                         QString("%1 → %2").arg(session->plan.investment[z].rank).arg(moved[z].rank));
                break;
            }
    }

    void undoRestoresThePlanExactlyAndRedoTheScenario() {
        const auto session = window_->session();
        const planner::Plan baseline = planner::build_plan(
            planner::load_dataset(planner::load_project(coverplan::test::kSampleProject, planner::today_iso())));
        const std::vector<planner::ZoneScore> with_change = session->shown_plan().investment;
        window_->scenario()->stack()->undo();
        QVERIFY(!session->scenario);
        for (auto kind : planner::kRankingKinds)
            for (std::size_t z = 0; z < baseline.scores(kind).size(); ++z) {
                QCOMPARE(session->shown_plan().scores(kind)[z].rank, baseline.scores(kind)[z].rank);
                QCOMPARE(session->shown_plan().scores(kind)[z].score, baseline.scores(kind)[z].score);
                QCOMPARE(session->shown_plan().scores(kind)[z].reasons, baseline.scores(kind)[z].reasons);
            }
        QCOMPARE(window_->investment_panel()->model()->index(0, RankingModel::Rank).data().toString(),
                 QString::number(baseline.investment[0].rank));
        window_->scenario()->stack()->redo();
        QVERIFY(session->scenario);
        for (std::size_t z = 0; z < with_change.size(); ++z) QCOMPARE(session->shown_plan().investment[z].score, with_change[z].score);
        window_->scenario()->stack()->undo();
    }

    void placeANodeAsTheCommandLine() {
        const auto session = window_->session();
        const std::size_t zone = session->plan.ranked(planner::RankingKind::Investment)[0];
        const maps::LabelPoint inside = maps::zone_label_points(session->data)[zone];
        MapCanvas& canvas = *window_->canvas();
        canvas.set_view({inside.x, inside.y, 1.0});
        const std::string tech = session->data.technologies.front();
        window_->place_node_tool()->set_node(1200, 800, tech);
        canvas.set_tool(window_->place_node_tool());
        QTest::mouseClick(&canvas, Qt::LeftButton, {}, canvas.position_of(inside.x, inside.y).toPoint());
        QCOMPARE(window_->scenario()->scenario().new_nodes.size(), std::size_t(1));
        const planner::NewNode& placed = window_->scenario()->scenario().new_nodes[0];
        QVERIFY(std::abs(placed.x - inside.x) <= 1.0 && std::abs(placed.y - inside.y) <= 1.0);
        gis::LonLatConverter converter(session->data.working_crs);
        const auto [lon, lat] = converter.to_lonlat(placed.x, placed.y);
        compare_with_cli(run_scenario({"--new-node", QString("%1,%2,1200,800,%3")
                                                         .arg(lon, 0, 'f', 10)
                                                         .arg(lat, 0, 'f', 10)
                                                         .arg(QString::fromStdString(tech))}));
        // The map shows the scenario's network: one more service area.
        window_->set_theme(maps::Theme::Coverage);
        bool found = false;
        for (const auto& layer : canvas.map()->layers)
            if (const auto* areas = std::get_if<carto::AreaLayer>(&layer); areas && areas->name == "Service areas") {
                QCOMPARE(areas->features.size(), session->data.nodes.size() + 1);
                found = true;
            }
        QVERIFY(found);
        window_->scenario()->stack()->undo();
        QVERIFY(!session->scenario);
        window_->set_theme(maps::Theme::Investment);
    }

private:
    std::unique_ptr<MainWindow> window_;
};

QTEST_MAIN(ScenarioTest)
#include "scenario_test.moc"
