#pragma once
// A ranking (investment or sales) as a sortable, filterable table: a team
// chooser and a name filter above it. Selecting a row tells which zone was
// chosen; select_zone() selects the row of a zone chosen elsewhere (the map).

#include <QWidget>
#include <memory>

#include "planner/plan.h"
#include "ui/desktop/project_session.h"

class QComboBox;
class QLineEdit;
class QTableView;

namespace coverplan::desktop {

class RankingFilter;
class RankingModel;

class RankingPanel : public QWidget {
    Q_OBJECT
public:
    explicit RankingPanel(planner::RankingKind kind, QWidget* parent = nullptr);

    /// Shows the ranking of `session`; the columns fit its first rows,
    /// unless it is the project shown before, read again.
    void set_session(std::shared_ptr<const ProjectSession> session);
    /// The plan was re-ranked: rows keep their zones, order and figures change.
    void refresh();
    /// Selects the zone's row (clears the filters if they hide it); -1 clears the selection.
    void select_zone(int zone);
    /// The zone of the selected row, or -1.
    int selected_zone() const;

    QTableView* table() const { return table_; }
    RankingModel* model() const { return model_; }
    RankingFilter* filter() const { return filter_; }
    QComboBox* team_chooser() const { return team_; }
    QLineEdit* name_filter() const { return name_; }

signals:
    /// The user chose a zone in the table (not emitted by select_zone()).
    void zone_chosen(int zone);

private:
    void retranslate();
    void changeEvent(QEvent* event) override;

    RankingModel* model_;
    RankingFilter* filter_;
    QComboBox* team_;
    QLineEdit* name_;
    QTableView* table_;
    QString fitted_for_;  ///< the project file the columns were fitted to
    bool selecting_ = false;
};

}  // namespace coverplan::desktop
