#pragma once
// What reading the project found wrong, one row per problem: the layer,
// the feature, the field, what was done (repaired, rejected, flagged, or a
// warning about the whole layer) and why — the same records `coverplan
// validate` prints, as a table the problems panel filters.

#include <QAbstractTableModel>
#include <memory>
#include <vector>

#include "ui/desktop/project_session.h"

namespace coverplan::desktop {

class ProblemsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Layer, Source, Feature, Field, Outcome, Reason, ColumnCount };
    /// The outcome column's untranslated word ("rejected", "warning", ...), for filtering.
    static constexpr int OutcomeRole = Qt::UserRole + 1;

    explicit ProblemsModel(QObject* parent = nullptr);

    /// A layer's role ([layers.ROLE]: "zones", "coverage", ...) as the
    /// reader names what it holds ("khu vực", "node mạng", ...); a role the
    /// app does not know comes back as it is.
    static QString layer_name(const std::string& role);
    void set_session(std::shared_ptr<const ProjectSession> session);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row {
        std::size_t report = 0;
        std::size_t problem = 0;  ///< index into problems, or the warning's index when warning
        bool warning = false;
    };
    std::shared_ptr<const ProjectSession> session_;
    std::vector<Row> rows_;
};

}  // namespace coverplan::desktop
