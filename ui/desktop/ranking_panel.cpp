#include "ui/desktop/ranking_panel.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

#include "planner/zone_kinds.h"
#include "ui/desktop/column_fit.h"
#include "ui/desktop/ranking_filter.h"
#include "ui/desktop/ranking_model.h"

namespace coverplan::desktop {

RankingPanel::RankingPanel(planner::RankingKind kind, QWidget* parent)
    : QWidget(parent),
      model_(new RankingModel(kind, this)),
      filter_(new RankingFilter(this)),
      team_(new QComboBox(this)),
      name_(new QLineEdit(this)),
      table_(new QTableView(this)) {
    filter_->setSourceModel(model_);
    table_->setModel(filter_);
    table_->setSortingEnabled(true);
    table_->sortByColumn(RankingModel::Rank, Qt::AscendingOrder);
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->setSelectionMode(QAbstractItemView::SingleSelection);
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->setAlternatingRowColors(true);
    table_->setWordWrap(false);
    table_->verticalHeader()->hide();
    table_->verticalHeader()->setDefaultSectionSize(table_->fontMetrics().height() + 6);
    table_->horizontalHeader()->setStretchLastSection(true);
    name_->setClearButtonEnabled(true);
    // Sized for a team name of some length rather than the widest of them
    // all: AdjustToContents measured each of 800 teams (scale L) whenever
    // the list was filled.
    team_->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    team_->setMinimumContentsLength(18);

    auto* filters = new QHBoxLayout;
    filters->addWidget(team_);
    filters->addWidget(name_, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(filters);
    layout->addWidget(table_, 1);
    retranslate();

    connect(team_, &QComboBox::currentIndexChanged, this,
            [this](int) { filter_->set_team(team_->currentData().toString()); });
    connect(name_, &QLineEdit::textChanged, filter_, &RankingFilter::set_name_filter);
    connect(table_->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                if (selecting_ || !current.isValid()) return;
                emit zone_chosen(current.data(RankingModel::ZoneRole).toInt());
            });
}

void RankingPanel::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        model_->retranslate();
    }
    QWidget::changeEvent(event);
}

void RankingPanel::retranslate() {
    name_->setPlaceholderText(tr("Filter by zone name or id"));
    if (team_->count() > 0) team_->setItemText(0, tr("All teams"));
}

void RankingPanel::set_session(std::shared_ptr<const ProjectSession> session) {
    team_->blockSignals(true);
    team_->clear();
    team_->addItem(tr("All teams"), QString());
    auto* teams = qobject_cast<QStandardItemModel*>(team_->model());  // QComboBox's own
    if (session && teams) {
        QList<QStandardItem*> items;
        for (const auto& team : session->teams()) {
            auto* item = new QStandardItem(QString::fromStdString(team));
            item->setData(item->text(), Qt::UserRole);  // what currentData() gives
            items << item;
        }
        teams->invisibleRootItem()->appendRows(items);  // one insertion, not one per team
    } else if (session) {
        for (const auto& team : session->teams()) team_->addItem(QString::fromStdString(team), QString::fromStdString(team));
    }
    team_->blockSignals(false);
    filter_->set_team({});
    // The same project read again keeps the widths on screen (the user's, maybe).
    const QString project = session ? session->project_file : QString();
    const bool fit = project != fitted_for_;
    fitted_for_ = project;
    table_->setColumnHidden(RankingModel::Kind, !session || !planner::maps_zone_kind(session->data));
    model_->set_session(std::move(session));
    table_->sortByColumn(RankingModel::Rank, Qt::AscendingOrder);
    if (!fit) return;
    fit_columns(*table_);  // the top of the ranking: what the widths are for
    // The reasons can be long: the tooltip and the detail panel hold them whole.
    table_->setColumnWidth(RankingModel::Reasons, std::max(table_->columnWidth(RankingModel::Reasons) / 3, 200));
}

void RankingPanel::refresh() {
    const int zone = selected_zone();
    model_->reset();
    if (zone >= 0) select_zone(zone);
}

int RankingPanel::selected_zone() const {
    const QModelIndex current = table_->selectionModel()->currentIndex();
    return current.isValid() && table_->selectionModel()->isRowSelected(current.row(), {})
               ? current.data(RankingModel::ZoneRole).toInt()
               : -1;
}

void RankingPanel::select_zone(int zone) {
    selecting_ = true;
    if (zone < 0) {
        table_->selectionModel()->clear();
        selecting_ = false;
        return;
    }
    int row = filter_->row_of_zone(zone);
    if (row < 0) {
        // The filters hide it: show everything rather than select nothing.
        team_->setCurrentIndex(0);
        name_->clear();
        row = filter_->row_of_zone(zone);
    }
    if (row >= 0) {
        const QModelIndex index = filter_->index(row, RankingModel::Rank);
        table_->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        table_->scrollTo(index);
    }
    selecting_ = false;
}

}  // namespace coverplan::desktop
