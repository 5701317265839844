// The desktop's table models on the sample project: Qt's model checker
// finds nothing wrong, the investment and sales tables hold one row per
// zone in the planner's rank order, number columns sort exactly as their
// sort role does, the filters keep exactly the zones they should, the
// columns fit their first rows, the team chooser lists every team, and the
// problems table lists every problem of every layer.

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QHeaderView>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTableView>
#include <QtTest>
#include <atomic>
#include <filesystem>
#include <map>
#include <set>

#include "planner/plan.h"
#include "planner/project.h"
#include "test_config.h"
#include "ui/carto/gui_session.h"
#include "ui/desktop/column_fit.h"
#include "ui/desktop/problems_model.h"
#include "ui/desktop/project_session.h"
#include "ui/desktop/ranking_filter.h"
#include "ui/desktop/ranking_model.h"
#include "ui/desktop/ranking_panel.h"

using namespace coverplan;
using namespace coverplan::desktop;

class ModelsTest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        carto::ensure_gui_session();
        const std::atomic<bool> cancel{false};
        session_ = load_project_session(coverplan::test::kSampleProject, cancel);
        QVERIFY(session_);
        // The planner's own ranking, built independently of the session.
        const planner::Dataset data = planner::load_dataset(
            planner::load_project(coverplan::test::kSampleProject, planner::today_iso()));
        const planner::Plan plan = planner::build_plan(data);
        for (auto kind : planner::kRankingKinds) {
            expected_[kind == planner::RankingKind::Sales].clear();
            for (std::uint32_t z : plan.ranked(kind)) expected_[kind == planner::RankingKind::Sales].push_back(data.zones.ids[z]);
        }
    }

    void modelsPassTheModelTester() {
        RankingModel investment(planner::RankingKind::Investment);
        RankingFilter filter;
        filter.setSourceModel(&investment);
        QAbstractItemModelTester source_tester(&investment, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester filter_tester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        investment.set_session(session_);
        filter.sort(RankingModel::Rank);
        filter.set_name_filter("Xã");
        filter.set_team(QString::fromStdString(session_->teams().front()));
        filter.sort(RankingModel::Score, Qt::DescendingOrder);
        investment.reset();
        investment.set_session(nullptr);

        ProblemsModel problems;
        QAbstractItemModelTester problems_tester(&problems, QAbstractItemModelTester::FailureReportingMode::QtTest);
        problems.set_session(session_);
        problems.set_session(nullptr);
    }

    void tablesHoldEveryZoneInRankOrder() {
        for (auto kind : planner::kRankingKinds) {
            RankingModel model(kind);
            model.set_session(session_);
            RankingFilter filter;
            filter.setSourceModel(&model);
            filter.sort(RankingModel::Rank, Qt::AscendingOrder);
            const auto& expected = expected_[kind == planner::RankingKind::Sales];
            QCOMPARE(filter.rowCount(), int(session_->data.zones.size()));
            QCOMPARE(std::size_t(filter.rowCount()), expected.size());
            for (int row = 0; row < filter.rowCount(); ++row) {
                QCOMPARE(filter.index(row, RankingModel::ZoneId).data().toString().toStdString(), expected[std::size_t(row)]);
                QCOMPARE(filter.index(row, RankingModel::Rank).data().toInt(), row + 1);
            }
        }
    }

    void numberColumnsSortAsTheirSortRole() {
        // RankingFilter compares numbers straight from the plan; a plain
        // proxy compares the sort role's QVariants: the same order, ties too.
        for (auto kind : planner::kRankingKinds) {
            RankingModel model(kind);
            model.set_session(session_);
            RankingFilter fast;
            fast.setSourceModel(&model);
            QSortFilterProxyModel plain;
            plain.setSourceModel(&model);
            plain.setSortRole(RankingModel::SortRole);
            for (int column : {int(RankingModel::Rank), int(RankingModel::Score), int(RankingModel::Component1),
                               int(RankingModel::Component2), int(RankingModel::Component3), int(RankingModel::Component4)})
                for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                    fast.sort(column, order);
                    plain.sort(column, order);
                    QCOMPARE(fast.rowCount(), plain.rowCount());
                    for (int row = 0; row < fast.rowCount(); ++row)
                        QCOMPARE(fast.index(row, 0).data(RankingModel::ZoneRole).toInt(),
                                 plain.index(row, 0).data(RankingModel::ZoneRole).toInt());
                }
            // Text columns keep the sort role's order.
            fast.sort(RankingModel::Name);
            plain.sort(RankingModel::Name);
            for (int row = 0; row < fast.rowCount(); ++row)
                QCOMPARE(fast.index(row, RankingModel::Name).data().toString(), plain.index(row, RankingModel::Name).data().toString());
        }
    }

    void kindColumnShowsEachZonesKindAndHidesWithoutOne() {
        // The sample maps [layers.zones] kind to its 'loai' field; read the
        // field back with GDAL, independently of the planner.
        std::map<std::string, std::string> kinds;
        {
            GDALDatasetUniquePtr zones(GDALDataset::Open(
                (std::filesystem::path(coverplan::test::kSampleProject).parent_path() / "province.gpkg").c_str(), GDAL_OF_VECTOR));
            QVERIFY(zones);
            OGRLayer* layer = zones->GetLayerByName("wards");
            QVERIFY(layer);
            for (const auto& feature : *layer) kinds[feature->GetFieldAsString("ma_xa")] = feature->GetFieldAsString("loai");
        }
        RankingModel model(planner::RankingKind::Investment);
        model.set_session(session_);
        QCOMPARE(model.headerData(RankingModel::Kind, Qt::Horizontal, Qt::DisplayRole).toString(), QString("Kind"));
        QCOMPARE(std::size_t(model.rowCount()), kinds.size());
        for (int row = 0; row < model.rowCount(); ++row) {
            const std::string id = model.index(row, RankingModel::ZoneId).data().toString().toStdString();
            QCOMPARE(model.index(row, RankingModel::Kind).data().toString().toStdString(), kinds.at(id));
        }
        RankingPanel panel(planner::RankingKind::Investment);
        panel.set_session(session_);
        const auto* table = panel.findChild<QTableView*>();
        QVERIFY(table);
        QVERIFY(!table->isColumnHidden(RankingModel::Kind));
        panel.set_session(nullptr);
        QVERIFY(table->isColumnHidden(RankingModel::Kind));
    }

    void columnsFitTheirFirstRows() {
        RankingModel model(planner::RankingKind::Investment);
        model.set_session(session_);
        RankingFilter filter;
        filter.setSourceModel(&model);
        filter.sort(RankingModel::Rank);
        QTableView table;
        table.setModel(&filter);
        table.resize(1200, 600);
        const int rows = 30;
        fit_columns(table, rows);
        const QFontMetrics metrics(table.font());
        for (int column = 0; column < RankingModel::ColumnCount; ++column) {
            const int width = table.columnWidth(column);
            QVERIFY(width >= table.horizontalHeader()->sectionSizeHint(column));
            for (int row = 0; row < rows; ++row) {
                const QString text = filter.index(row, column).data().toString();
                QVERIFY2(metrics.horizontalAdvance(text) < width,
                         qPrintable(QString("column %1, row %2: \"%3\" in %4 px").arg(column).arg(row).arg(text).arg(width)));
            }
        }
    }

    void filtersByTeamAndByName() {
        RankingModel model(planner::RankingKind::Investment);
        model.set_session(session_);
        RankingFilter filter;
        filter.setSourceModel(&model);
        const auto& data = session_->data;
        const std::string team = session_->teams().front();
        filter.set_team(QString::fromStdString(team));
        const auto in_team = std::count(data.zones.teams.begin(), data.zones.teams.end(), team);
        QVERIFY(in_team > 0 && in_team < long(data.zones.size()));
        QCOMPARE(filter.rowCount(), int(in_team));
        for (int row = 0; row < filter.rowCount(); ++row)
            QCOMPARE(filter.index(row, RankingModel::Team).data().toString().toStdString(), team);
        filter.set_team({});
        // A piece of a Vietnamese name, any case: "phường" finds every "Phường …".
        filter.set_name_filter("PHƯỜNG");
        const auto wards = std::count_if(data.zones.names.begin(), data.zones.names.end(),
                                         [](const std::string& n) { return n.rfind("Phường", 0) == 0; });
        QVERIFY(wards > 0);
        QCOMPARE(filter.rowCount(), int(wards));
        filter.set_name_filter(QString::fromStdString(data.zones.ids[3]));
        QCOMPARE(filter.rowCount(), 1);
        QCOMPARE(filter.row_of_zone(3), 0);
        QCOMPARE(filter.row_of_zone(4), -1);
    }

    void teamChooserListsEveryTeamAndFilters() {
        RankingPanel panel(planner::RankingKind::Investment);
        panel.set_session(session_);
        QComboBox* chooser = panel.team_chooser();
        const auto& teams = session_->teams();
        QCOMPARE(chooser->count(), int(teams.size()) + 1);
        QCOMPARE(chooser->itemData(0).toString(), QString());
        for (std::size_t i = 0; i < teams.size(); ++i) {
            QCOMPARE(chooser->itemText(int(i) + 1).toStdString(), teams[i]);
            QCOMPARE(chooser->itemData(int(i) + 1).toString().toStdString(), teams[i]);
        }
        chooser->setCurrentIndex(2);
        const auto& zone_teams = session_->data.zones.teams;
        QCOMPARE(panel.table()->model()->rowCount(), int(std::count(zone_teams.begin(), zone_teams.end(), teams[1])));
    }

    void problemsTableListsEveryProblem() {
        ProblemsModel model;
        model.set_session(session_);
        std::size_t expected = 0;
        std::set<std::string> reasons;
        for (const auto& report : session_->data.reports) {
            expected += report.problems.size() + report.warnings.size();
            for (const auto& p : report.problems) reasons.insert(p.reason);
        }
        QVERIFY(expected > 0);
        QCOMPARE(std::size_t(model.rowCount()), expected);
        for (int row = 0; row < model.rowCount(); ++row) {
            const QString outcome = model.index(row, ProblemsModel::Outcome).data().toString();
            if (outcome == "warning") continue;
            QVERIFY(reasons.count(model.index(row, ProblemsModel::Reason).data().toString().toStdString()));
            QVERIFY(!model.index(row, ProblemsModel::Feature).data().toString().isEmpty());
        }
    }

private:
    std::shared_ptr<ProjectSession> session_;
    std::vector<std::string> expected_[2];
};

QTEST_MAIN(ModelsTest)
#include "models_test.moc"
