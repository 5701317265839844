// "Save weights": only the weights lines of the project file change — its
// comments, order and other tables stay as written — and the file reads
// back with the weights saved; a form the edit does not know is refused
// with the file untouched; the window's sliders are what gets saved.

#include <QSignalSpy>
#include <QSlider>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>
#include <filesystem>
#include <fstream>

#include "gis/error.h"
#include "planner/project.h"
#include "test_config.h"
#include "ui/carto/gui_session.h"
#include "ui/desktop/main_window.h"
#include "ui/desktop/project_file_weights.h"
#include "ui/desktop/weights_panel.h"

using namespace coverplan;
using namespace coverplan::desktop;
namespace fs = std::filesystem;

namespace {

std::string read(const fs::path& file) {
    std::ifstream in(file, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), {}};
}

void write(const fs::path& file, const std::string& text) { std::ofstream(file, std::ios::binary) << text; }

/// The sample project in a folder of its own, with comments added.
fs::path commented_sample(const QTemporaryDir& dir) {
    const fs::path to = dir.path().toStdString();
    for (const auto& entry : fs::directory_iterator(fs::path(coverplan::test::kSampleProject).parent_path()))
        fs::copy(entry.path(), to / entry.path().filename());
    const std::string text = "# Bắc Giang planning — kept by hand, do not reformat\n" + read(to / "project.toml") +
                             "\n# how much each part counts\n[scoring.investment]\n"
                             "weights = { unserved_demand = 0.4, exhaustion = 0.3, complaints = 0.15, growth = 0.15 }  # agreed in March\n"
                             "\n[scoring]\nexhaustion_threshold = 0.9  # a comment after a value\n";
    write(to / "project.toml", text);
    return to / "project.toml";
}

}  // namespace

class ProjectFileWeightsTest : public QObject {
    Q_OBJECT
private slots:
    void onlyTheWeightsLinesChange() {
        const std::string text =
            "# top comment\n[project]\nname = \"x\"  # name\n\n[scoring.investment]  # investment\n"
            "  weights = { unserved_demand = 1, exhaustion = 0, complaints = 0, growth = 0 } # old\n"
            "[layers.zones]\nsource = \"z.gpkg\"\n";
        planner::RankingWeights weights;
        weights.investment = {0.25, 0.5, 0.125, 0.125};
        weights.sales = {0.1, 0.2, 0.3, 0.4};
        const std::string out = with_weights(text, weights);
        QCOMPARE(QString::fromStdString(out),
                 QString::fromStdString(
                     "# top comment\n[project]\nname = \"x\"  # name\n\n[scoring.investment]  # investment\n"
                     "  weights = { unserved_demand = 0.25, exhaustion = 0.5, complaints = 0.125, growth = 0.125 }  # old\n"
                     "[layers.zones]\nsource = \"z.gpkg\"\n\n[scoring.sales]\n"
                     "weights = { spare_capacity = 0.1, untapped_households = 0.2, open_leads = 0.3, quality = 0.4 }\n"));
        // A section without a weights line gets one under its header.
        QCOMPARE(QString::fromStdString(with_weights("[scoring.sales]\n# note\n", weights)).section('\n', 0, 2),
                 QString("[scoring.sales]\nweights = { spare_capacity = 0.1, untapped_households = 0.2, open_leads = 0.3, "
                         "quality = 0.4 }\n# note"));
    }

    void savedFileKeepsItsCommentsAndReadsBack() {
        QTemporaryDir dir;
        const fs::path project = commented_sample(dir);
        const std::string before = read(project);
        planner::RankingWeights weights;
        weights.investment = {0.1, 0.2, 0.6, 0.1};
        weights.sales = {0.4, 0.3, 0.2, 0.1};
        save_weights(project, weights);
        const std::string after = read(project);
        QVERIFY(planner::load_project(project, "2026-11-30").weights == weights);
        // Every line but the investment weights is still there, in order.
        std::istringstream old_lines(before), new_lines(after);
        std::string a, b;
        int changed = 0;
        while (std::getline(old_lines, a) && std::getline(new_lines, b)) changed += a != b;
        QCOMPARE(changed, 1);
        for (const char* kept : {"# Bắc Giang planning — kept by hand, do not reformat", "# agreed in March",
                                 "exhaustion_threshold = 0.9  # a comment after a value", "# how much each part counts"})
            QVERIFY2(after.find(kept) != std::string::npos, kept);
        // The sales weights were not in the file: their section is added at the end.
        QVERIFY(after.find("[scoring.sales]\nweights = { spare_capacity = 0.4") != std::string::npos);
    }

    void anUnknownFormIsRefusedAndTheFileUntouched() {
        QTemporaryDir dir;
        const fs::path project = commented_sample(dir);
        std::string text = read(project);
        // TOML's dotted keys: the same table, written another way.
        const std::size_t line = text.find("weights = { unserved_demand = 0.4");
        text.replace(line, text.find('\n', line) - line, "weights.unserved_demand = 0.5");
        write(project, text);
        QCOMPARE(planner::load_project(project, "2026-11-30").weights.investment[0], 0.5);
        planner::RankingWeights weights;
        weights.investment = {0.9, 0.05, 0.03, 0.02};
        try {
            save_weights(project, weights);
            QFAIL("no error");
        } catch (const InputError& error) {
            QCOMPARE(QString(error.what()), QString::fromStdString(project.string()) +
                                                ": the weights are written in a form Coverplan cannot update; set them by "
                                                "hand in [scoring.investment] and [scoring.sales] as weights = { ... }");
        }
        QCOMPARE(read(project), text);
        QVERIFY(fs::directory_iterator(project.parent_path()) != fs::directory_iterator());
        for (const auto& entry : fs::directory_iterator(project.parent_path()))
            QVERIFY2(entry.path().filename().string().find("coverplan-tmp") == std::string::npos, entry.path().c_str());
    }

    void theWindowSavesItsSliders() {
        QStandardPaths::setTestModeEnabled(true);
        carto::ensure_gui_session();
        QTemporaryDir dir;
        const fs::path project = commented_sample(dir);
        MainWindow window;
        window.set_quiet(true);
        window.show();
        QSignalSpy shown(&window, &MainWindow::project_shown);
        window.open_project(QString::fromStdString(project.string()));
        QVERIFY(shown.wait(120000));
        window.weights_panel()->slider(planner::RankingKind::Investment, 3)->setValue(70);
        window.weights_panel()->slider(planner::RankingKind::Sales, 0)->setValue(5);
        QCOMPARE(window.save_weights(), QString());
        const planner::Project saved = planner::load_project(project, "2026-11-30");
        QCOMPARE(saved.weights.investment[3], 0.7);
        QCOMPARE(saved.weights.sales[0], 0.05);
        QCOMPARE(saved.weights.investment[0], 0.4);
        QVERIFY(read(project).find("# agreed in March") != std::string::npos);
    }
};

QTEST_MAIN(ProjectFileWeightsTest)
#include "project_file_weights_test.moc"
