#pragma once
// The ranking table as the user sees it: sorted (rank by default, any
// column by a click on its header) and filtered by team and by a piece of
// the zone's name or id.

#include <QSortFilterProxyModel>

namespace coverplan::desktop {

class RankingFilter : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit RankingFilter(QObject* parent = nullptr);

    /// Empty: every team.
    void set_team(const QString& team);
    /// Case-insensitive piece of the name or the id; empty: every zone.
    void set_name_filter(const QString& text);

    /// The proxy row showing dataset zone `zone`, or -1 when filtered out.
    int row_of_zone(int zone) const;

protected:
    bool filterAcceptsRow(int source_row, const QModelIndex& source_parent) const override;
    /// Number columns compared straight from the plan (RankingModel::less).
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    QString team_, name_;
};

}  // namespace coverplan::desktop
