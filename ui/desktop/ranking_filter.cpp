#include "ui/desktop/ranking_filter.h"

#include "ui/desktop/ranking_model.h"

namespace coverplan::desktop {

RankingFilter::RankingFilter(QObject* parent) : QSortFilterProxyModel(parent) {
    setSortRole(RankingModel::SortRole);
    setDynamicSortFilter(true);
}

void RankingFilter::set_team(const QString& team) {
    if (team == team_) return;
    team_ = team;
    invalidateFilter();
}

void RankingFilter::set_name_filter(const QString& text) {
    if (text == name_) return;
    name_ = text;
    invalidateFilter();
}

int RankingFilter::row_of_zone(int zone) const {
    if (!sourceModel() || zone < 0 || zone >= sourceModel()->rowCount()) return -1;
    return mapFromSource(sourceModel()->index(zone, 0)).row();
}

bool RankingFilter::lessThan(const QModelIndex& left, const QModelIndex& right) const {
    if (const auto* model = qobject_cast<const RankingModel*>(sourceModel()))
        if (const auto less = model->less(left.row(), right.row(), left.column())) return *less;
    return QSortFilterProxyModel::lessThan(left, right);
}

bool RankingFilter::filterAcceptsRow(int source_row, const QModelIndex& source_parent) const {
    const QAbstractItemModel* source = sourceModel();
    if (!team_.isEmpty() && source->index(source_row, 0, source_parent).data(RankingModel::TeamRole).toString() != team_)
        return false;
    if (name_.isEmpty()) return true;
    const QString name = source->index(source_row, RankingModel::Name, source_parent).data().toString();
    const QString id = source->index(source_row, RankingModel::ZoneId, source_parent).data().toString();
    return name.contains(name_, Qt::CaseInsensitive) || id.contains(name_, Qt::CaseInsensitive);
}

}  // namespace coverplan::desktop
