// What the loader prepares in its worker for the window (prepare_view) is
// exactly what the UI thread would make: after opening the sample, the map
// and the demand layers on the canvas equal those described on the UI
// thread for the theme and layers chosen; a theme or layers chosen while
// the project is read are those shown; reading the data again keeps the
// weights and the scenario on screen with the figures the UI thread would
// compute, also when they move while the data is read.

#include <QAction>
#include <QCheckBox>
#include <QSignalSpy>
#include <QtTest>
#include <variant>

#include "planner/scenario.h"
#include "sample_window.h"
#include "test_config.h"
#include "ui/desktop/demand_layers.h"
#include "ui/desktop/layers_panel.h"
#include "ui/desktop/main_window.h"
#include "ui/desktop/map_canvas.h"
#include "ui/desktop/scenario_state.h"
#include "ui/desktop/screen_map.h"

using namespace coverplan;
using namespace coverplan::desktop;

namespace {

constexpr int kWaitMs = 120000;  // a reading of the sample on a loaded machine

/// Why two map descriptions differ, or empty when they are the same value
/// (geometries compared by address: both borrow the session's).
QString difference(const carto::MapDescription& a, const carto::MapDescription& b) {
    if (a.title != b.title || a.subtitle != b.subtitle) return "title: " + a.subtitle + " | " + b.subtitle;
    if (a.notes != b.notes) return "notes";
    if (a.extent.minx != b.extent.minx || a.extent.miny != b.extent.miny || a.extent.maxx != b.extent.maxx ||
        a.extent.maxy != b.extent.maxy)
        return "extent";
    if (a.scale_factor != b.scale_factor || a.convergence_deg != b.convergence_deg) return "scale";
    if (a.background != b.background) return "background";
    if (a.layers.size() != b.layers.size()) return QString("%1 layers, %2").arg(a.layers.size()).arg(b.layers.size());
    for (std::size_t i = 0; i < a.layers.size(); ++i) {
        if (a.layers[i].index() != b.layers[i].index()) return QString("layer %1: kind").arg(i);
        if (const auto* area = std::get_if<carto::AreaLayer>(&a.layers[i])) {
            const auto& other = std::get<carto::AreaLayer>(b.layers[i]);
            if (area->name != other.name || !(area->styles == other.styles)) return "layer " + area->name + ": styles";
            if (area->features.size() != other.features.size()) return "layer " + area->name + ": features";
            for (std::size_t f = 0; f < area->features.size(); ++f)
                if (area->features[f].geometry != other.features[f].geometry || area->features[f].style != other.features[f].style)
                    return QString("layer %1: feature %2").arg(area->name).arg(f);
        } else {
            const auto& points = std::get<carto::PointLayer>(a.layers[i]);
            const auto& other = std::get<carto::PointLayer>(b.layers[i]);
            if (points.name != other.name || points.x != other.x || points.y != other.y ||
                points.point_class != other.point_class || points.classes.size() != other.classes.size() ||
                points.bin_ramp != other.bin_ramp)
                return "layer " + points.name;
        }
    }
    if (a.labels.size() != b.labels.size()) return QString("%1 labels, %2").arg(a.labels.size()).arg(b.labels.size());
    for (std::size_t i = 0; i < a.labels.size(); ++i) {
        const carto::Label &l = a.labels[i], &m = b.labels[i];
        if (l.x != m.x || l.y != m.y || l.text != m.text || l.badge != m.badge || l.priority != m.priority ||
            l.required != m.required || l.extent_world != m.extent_world)
            return "label " + l.text + " | " + m.text;
    }
    if (a.legend.size() != b.legend.size()) return "legend sections";
    for (std::size_t i = 0; i < a.legend.size(); ++i) {
        if (a.legend[i].title != b.legend[i].title || a.legend[i].note != b.legend[i].note ||
            a.legend[i].entries.size() != b.legend[i].entries.size())
            return "legend " + a.legend[i].title;
        for (std::size_t e = 0; e < a.legend[i].entries.size(); ++e)
            if (a.legend[i].entries[e].text != b.legend[i].entries[e].text ||
                !(a.legend[i].entries[e].style == b.legend[i].entries[e].style))
                return "legend entry " + a.legend[i].entries[e].text;
    }
    return {};
}

/// The canvas shows what the UI thread describes now for the window's theme and layers.
void check_canvas_shows_current_view(MainWindow& window) {
    const auto session = window.session();
    QVERIFY(session);
    QVERIFY(!session->prepared);  // taken by the window, not kept with the data
    const MapCanvas& canvas = *window.canvas();
    QCOMPARE(canvas.session(), session.get());
    QVERIFY(canvas.map());
    const auto expected = describe_screen_map(*session, window.theme());
    const QString map_difference = difference(*canvas.map(), *expected);
    QVERIFY2(map_difference.isEmpty(), qPrintable(map_difference));
    // Layers chosen while the project was read are made after it arrives.
    QTRY_VERIFY_WITH_TIMEOUT(!window.demand_describer()->busy(), kWaitMs);
    const auto demand = describe_demand(*session, window.layers_panel()->choice());
    QCOMPARE(bool(canvas.overlay()), bool(demand));
    if (demand) {
        const QString demand_difference = difference(*canvas.overlay(), *demand);
        QVERIFY2(demand_difference.isEmpty(), qPrintable(demand_difference));
    }
}

/// The plan ranked with `weights` ranks every zone as the session's does.
void check_ranked_with(const ProjectSession& session, const planner::RankingWeights& weights) {
    QVERIFY(session.plan.weights == weights);
    planner::Plan fresh = session.plan;
    planner::rerank(session.data, weights, fresh);
    for (std::size_t z = 0; z < fresh.investment.size(); ++z) {
        QCOMPARE(session.plan.investment[z].rank, fresh.investment[z].rank);
        QCOMPARE(session.plan.sales[z].rank, fresh.sales[z].rank);
    }
}

/// The session's scenario is `scenario` applied to its data and plan.
void check_scenario(const ProjectSession& session, const planner::Scenario& scenario) {
    QVERIFY(session.scenario);
    const planner::ScenarioOutcome expected = planner::apply_scenario(session.data, session.plan, scenario);
    QCOMPARE(session.scenario->changed_nodes, expected.changed_nodes);
    QCOMPARE(session.scenario->affected_zones, expected.affected_zones);
    for (std::size_t z = 0; z < expected.plan.investment.size(); ++z) {
        QCOMPARE(session.scenario->plan.investment[z].rank, expected.plan.investment[z].rank);
        QCOMPARE(session.scenario->plan.investment[z].score, expected.plan.investment[z].score);
    }
}

}  // namespace

class PreparedViewTest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        carto::ensure_gui_session();
        window_ = std::make_unique<MainWindow>();
        window_->set_quiet(true);
        window_->resize(1400, 900);
        window_->show();
        QVERIFY(QTest::qWaitForWindowExposed(window_.get()));
    }

    void cleanupTestCase() { window_.reset(); }

    void openingShowsTheMapAndLayersDescribedOnTheUiThread() {
        window_->layers_panel()->leads()->setChecked(true);
        window_->layers_panel()->complaints()->setChecked(true);
        window_->set_theme(maps::Theme::Investment);
        open_sample();
        QVERIFY(window_->session()->timings.prepare_s > 0);
        check_canvas_shows_current_view(*window_);
    }

    void aThemeAndLayersChosenWhileReadingAreShown() {
        QSignalSpy shown(window_.get(), &MainWindow::project_shown);
        window_->open_project(test::kSampleProject);
        window_->set_theme(maps::Theme::Coverage);
        window_->layers_panel()->complaints()->setChecked(false);
        QVERIFY(shown.wait(kWaitMs));
        QCOMPARE(window_->theme(), maps::Theme::Coverage);
        check_canvas_shows_current_view(*window_);
    }

    void readingAgainKeepsTheWeightsAndScenarioOnScreen() {
        window_->set_theme(maps::Theme::Utilization);
        window_->set_weight(planner::RankingKind::Investment, 1, 0.8);
        const planner::RankingWeights weights = window_->session()->plan.weights;
        QCOMPARE(window_->scenario()->add_capacity(window_->session()->data.nodes.ids[2], 48), QString());
        const planner::Scenario scenario = window_->scenario()->scenario();
        const auto before = window_->session();
        reload();
        const auto after = window_->session();
        QVERIFY(after != before);
        check_ranked_with(*after, weights);
        check_scenario(*after, scenario);
        check_canvas_shows_current_view(*window_);
    }

    void weightsAndScenarioChangedWhileReadingAreKept() {
        QSignalSpy reloaded(window_.get(), &MainWindow::data_reloaded);
        window_->reload_action()->trigger();
        // Moved after the reading started: what it prepared is no longer on screen.
        window_->set_weight(planner::RankingKind::Sales, 0, 0.05);
        QCOMPARE(window_->scenario()->add_capacity(window_->session()->data.nodes.ids[5], 16), QString());
        window_->set_theme(maps::Theme::Sales);
        const planner::RankingWeights weights = window_->session()->plan.weights;
        const planner::Scenario scenario = window_->scenario()->scenario();
        QCOMPARE(scenario.added_capacity.size(), std::size_t(2));
        QVERIFY(reloaded.wait(kWaitMs));
        const auto after = window_->session();
        check_ranked_with(*after, weights);
        check_scenario(*after, scenario);
        check_canvas_shows_current_view(*window_);
    }

private:
    void open_sample() {
        QSignalSpy shown(window_.get(), &MainWindow::project_shown);
        window_->open_project(test::kSampleProject);
        QVERIFY(shown.wait(kWaitMs));
    }

    void reload() {
        QSignalSpy reloaded(window_.get(), &MainWindow::data_reloaded);
        window_->reload_action()->trigger();
        QVERIFY(reloaded.wait(kWaitMs));
        QVERIFY(reloaded.first().first().toStringList().isEmpty());
    }

    std::unique_ptr<MainWindow> window_;
};

QTEST_MAIN(PreparedViewTest)
#include "prepared_view_test.moc"
