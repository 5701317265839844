#pragma once
// One ranking of the plan (investment or sales) as a table: one row per
// zone in zone order (a QSortFilterProxyModel puts them in rank order), the
// score, its four components in their own units and the reasons. The
// model reads the session's shown plan (with a scenario, rank and score
// read "before → after"); reset() after a re-rank or a scenario change.

#include <QAbstractTableModel>
#include <memory>
#include <optional>

#include "planner/plan.h"
#include "ui/desktop/project_session.h"

namespace coverplan::desktop {

class RankingModel : public QAbstractTableModel {
    Q_OBJECT
public:
    /// Kind ([layers.zones] kind) is hidden by the panel in projects that map none.
    enum Column { Rank, ZoneId, Name, Kind, Team, Score, Component1, Component2, Component3, Component4, Reasons, ColumnCount };
    enum Role {
        SortRole = Qt::UserRole + 1,  ///< numbers as numbers, text as text
        ZoneRole,                     ///< the zone's index in the dataset (int)
        TeamRole,                     ///< the zone's team (QString)
    };

    explicit RankingModel(planner::RankingKind kind, QObject* parent = nullptr);

    void set_session(std::shared_ptr<const ProjectSession> session);
    /// The plan's scores changed (weights moved): every row again.
    void reset();
    /// Announces new header texts after a language change.
    void retranslate();
    planner::RankingKind kind() const { return kind_; }
    /// For a number column (rank, score, components): whether row `a` sorts
    /// before row `b`, comparing the SortRole values without making
    /// QVariants (10^4 rows are sorted again on every re-rank). Nothing for
    /// a text column.
    std::optional<bool> less(int a, int b, int column) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    planner::RankingKind kind_;
    std::shared_ptr<const ProjectSession> session_;
};

}  // namespace coverplan::desktop
