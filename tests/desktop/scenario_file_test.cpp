// Scenario files in the desktop app: a scenario saved from the app reads
// back with the command line's parser and runs there to the app's figures;
// a file the command line saved opens in the app as one undoable change
// with the command line's figures and weights; a bad file is refused with
// its line and leaves the history alone.

#include <QAction>
#include <QFile>
#include <QLineEdit>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QProcess>
#include <QSlider>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>
#include <nlohmann/json.hpp>

#include "gis/crs.h"
#include "planner/scenario_file.h"
#include "sample_window.h"
#include "test_config.h"
#include "ui/desktop/main_window.h"
#include "ui/desktop/scenario_details_dialog.h"
#include "ui/desktop/scenario_state.h"
#include "ui/desktop/weights_panel.h"

using namespace coverplan;
using namespace coverplan::desktop;

namespace {

nlohmann::json run_cli(const QStringList& arguments) {
    QProcess cli;
    cli.start(coverplan::test::kCoverplanExe,
              QStringList{"scenario", coverplan::test::kSampleProject} + arguments + QStringList{"--json"});
    cli.waitForFinished(120000);
    return nlohmann::json::parse(cli.readAllStandardOutput().toStdString(), nullptr, false);
}

}  // namespace

class ScenarioFileTest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() {
        window_ = coverplan::test::open_sample_window();
        QVERIFY(window_);
        QVERIFY(folder_.isValid());
    }

    void cleanupTestCase() { window_.reset(); }

    /// Back to the data as it is: no change, the project file's weights.
    void init() {
        window_->scenario()->stack()->setIndex(0);
        window_->reset_weights();
    }

    /// The app's scenario figures equal the command line's "after" figures.
    void compare_after(const nlohmann::json& cli) {
        const auto session = window_->session();
        QVERIFY(session->scenario);
        QVERIFY(!cli["affected_zones"].empty());
        const planner::Plan& after = session->shown_plan();
        for (const char* list : {"affected_zones", "rank_moved"})
            for (const auto& row : cli[list]) {
                const auto& ids = session->data.zones.ids;
                const auto it = std::find(ids.begin(), ids.end(), row["zone_id"].get<std::string>());
                QVERIFY(it != ids.end());
                const std::size_t z = std::size_t(it - ids.begin());
                for (auto kind : planner::kRankingKinds) {
                    const auto& expected = row[planner::to_string(kind)];
                    QCOMPARE(after.scores(kind)[z].rank, expected["rank_after"].get<int>());
                    QVERIFY(std::abs(after.scores(kind)[z].score - expected["score_after"].get<double>()) < 1e-9);
                }
            }
    }

    void theFileMenuOffersBoth() {
        QStringList texts;
        for (QAction* action : window_->menuBar()->actions().front()->menu()->actions()) texts << action->text();
        QVERIFY2(texts.contains("Open &scenario…"), qPrintable(texts.join(", ")));
        QVERIFY2(texts.contains("Save scenario &as…"), qPrintable(texts.join(", ")));
    }

    void savedFromTheAppRunsOnTheCommandLine() {
        const auto session = window_->session();
        ScenarioState& state = *window_->scenario();
        QVERIFY(state.add_capacity("TC-00095", 256).isEmpty());
        const auto [x, y] = gis::LonLatConverter(session->data.working_crs).to_crs(106.2, 21.28);
        QVERIFY(state.place_node({x, y, 600, 128, "ftth"}).isEmpty());
        window_->set_weight(planner::RankingKind::Investment, 1, 0.5);

        planner::SavedScenario details;
        details.name = "Kịch bản của An";
        details.author = "Nguyễn Văn An";
        details.note = "Hai dòng\nghi chú";
        const QString file = folder_.filePath("từ ứng dụng.toml");
        QCOMPARE(state.save_file(file, details), QString());
        QCOMPARE(state.details().name, details.name);

        // The command line's parser reads what the app wrote.
        const planner::SavedScenario read = planner::read_scenario_file(file.toStdString());
        QCOMPARE(read.name, details.name);
        QCOMPARE(read.author, details.author);
        QCOMPARE(read.note, details.note);
        QVERIFY(!read.created.empty());
        QVERIFY(read.added_capacity == (std::vector<planner::SavedCapacity>{{"TC-00095", 256, 0}}));
        QCOMPARE(read.new_nodes.size(), std::size_t(1));
        QVERIFY(std::abs(read.new_nodes[0].lon - 106.2) < 1e-9 && std::abs(read.new_nodes[0].lat - 21.28) < 1e-9);
        QCOMPARE(read.new_nodes[0].technology, std::string("ftth"));
        planner::WeightOverrides only_exhaustion;
        only_exhaustion.investment[1] = 0.5;
        QVERIFY(read.weights == only_exhaustion);

        // And runs there to the figures on screen.
        compare_after(run_cli({"--scenario", file}));
    }

    void theCommandLinesFileOpensAsOneChange() {
        const auto session = window_->session();
        ScenarioState& state = *window_->scenario();
        const std::vector<planner::ZoneScore> data_ranking = session->plan.investment;
        const QString file = folder_.filePath("từ dòng lệnh.toml");
        const nlohmann::json cli = run_cli({"--add-capacity", "TC-00095:+256", "--new-node", "106.25,21.3,500,64",
                                            "--weight", "growth=0.4", "--save", file, "--name", "Trạm mới"});
        QVERIFY(cli.is_object());

        const int steps = state.stack()->index();
        QCOMPARE(state.open_file(file), QString());
        QCOMPARE(state.stack()->index(), steps + 1);
        QCOMPARE(state.stack()->count(), steps + 1);
        QCOMPARE(state.details().name, std::string("Trạm mới"));
        planner::RankingWeights weights = session->data.project.weights;
        weights.investment[3] = 0.4;
        QVERIFY(session->plan.weights == weights);
        QCOMPARE(window_->weights_panel()->slider(planner::RankingKind::Investment, 3)->value(), 40);
        compare_after(cli);

        // Undo: the data's plan and the project file's weights, exactly.
        state.stack()->undo();
        QVERIFY(!session->scenario);
        QVERIFY(session->plan.weights == session->data.project.weights);
        QCOMPARE(window_->weights_panel()->slider(planner::RankingKind::Investment, 3)->value(),
                 int(std::lround(session->data.project.weights.investment[3] * 100)));
        for (std::size_t z = 0; z < data_ranking.size(); ++z) {
            QCOMPARE(session->plan.investment[z].rank, data_ranking[z].rank);
            QCOMPARE(session->plan.investment[z].score, data_ranking[z].score);
        }
        state.stack()->redo();
        compare_after(cli);
    }

    void aBadFileIsRefusedWithItsLine() {
        ScenarioState& state = *window_->scenario();
        const QString typo = folder_.filePath("typo.toml");
        QFile out(typo);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write("[scenario]\nname = \"x\"\n[[new_node]]\nlon = 106.2\nlat = 21.28\nradius = 600\ncapacity = 8\n");
        out.close();
        const int steps = state.stack()->count(), index = state.stack()->index();
        const QString error = state.open_file(typo);
        QVERIFY2(error.startsWith(typo + ":6: unknown key 'radius' in [[new_node]]"), qPrintable(error));
        QCOMPARE(state.stack()->count(), steps);
        QCOMPARE(state.stack()->index(), index);
        QVERIFY(!window_->session()->scenario);
    }

    void savingRefusesNothingAndTheProjectFile() {
        ScenarioState& state = *window_->scenario();
        QVERIFY(state.save_file(folder_.filePath("empty.toml"), {}).startsWith("The scenario changes nothing yet"));
        QVERIFY(!QFile::exists(folder_.filePath("empty.toml")));
        QVERIFY(state.add_capacity("TC-00095", 8).isEmpty());
        const QString error = state.save_file(coverplan::test::kSampleProject, {});
        QVERIFY2(error.contains("the project file"), qPrintable(error));
    }

    void theDetailsDialogStartsFromTheLastScenario() {
        planner::SavedScenario details;
        details.name = "Bắc";
        details.note = "cũ";
        ScenarioDetailsDialog dialog(details);
        QCOMPARE(dialog.name_field()->text(), QString("Bắc"));
        QCOMPARE(dialog.author_field()->text(), qEnvironmentVariable("USER"));
        dialog.name_field()->setText("  Nam  ");
        dialog.author_field()->setText("Chị Hoa");
        dialog.note_field()->setPlainText("mới\n");
        const planner::SavedScenario typed = dialog.details();
        QCOMPARE(typed.name, std::string("Nam"));
        QCOMPARE(typed.author, std::string("Chị Hoa"));
        QCOMPARE(typed.note, std::string("mới"));
    }

private:
    std::unique_ptr<MainWindow> window_;
    QTemporaryDir folder_;
};

QTEST_MAIN(ScenarioFileTest)
#include "scenario_file_test.moc"
