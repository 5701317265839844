#include "ui/desktop/problems_model.h"

#include "gis/layer_report.h"

namespace coverplan::desktop {

ProblemsModel::ProblemsModel(QObject* parent) : QAbstractTableModel(parent) {}

QString ProblemsModel::layer_name(const std::string& role) {
    // The project file's layer roles (planner/project.cpp), which English shows as they are.
    if (role == "zones") return tr("zones");
    if (role == "coverage") return tr("coverage");
    if (role == "subscribers") return tr("subscribers");
    if (role == "leads") return tr("leads");
    if (role == "complaints") return tr("complaints");
    if (role == "orders") return tr("orders");
    if (role == "addresses") return tr("addresses");
    return QString::fromStdString(role);
}

void ProblemsModel::set_session(std::shared_ptr<const ProjectSession> session) {
    beginResetModel();
    session_ = std::move(session);
    rows_.clear();
    if (session_) {
        const auto& reports = session_->data.reports;
        for (std::size_t r = 0; r < reports.size(); ++r) {
            for (std::size_t w = 0; w < reports[r].warnings.size(); ++w) rows_.push_back({r, w, true});
            for (std::size_t p = 0; p < reports[r].problems.size(); ++p) rows_.push_back({r, p, false});
        }
    }
    endResetModel();
}

int ProblemsModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : int(rows_.size()); }

int ProblemsModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant ProblemsModel::data(const QModelIndex& index, int role) const {
    if (!session_ || !index.isValid() || index.row() >= int(rows_.size())) return {};
    const Row& row = rows_[std::size_t(index.row())];
    if (index.column() == Outcome && (role == Qt::DisplayRole || role == Qt::ToolTipRole || role == OutcomeRole)) {
        // Shown in the user's language; the filter matches the untranslated word.
        const char* outcome = row.warning ? "warning" : gis::to_string(session_->data.reports[row.report].problems[row.problem].outcome);
        return role == OutcomeRole ? QString(outcome) : tr(outcome);
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole) return {};
    const gis::LayerReport& report = session_->data.reports[row.report];
    auto text = [](const std::string& s) { return QString::fromStdString(s); };
    switch (index.column()) {
        case Layer: return layer_name(report.role);
        case Source: return text(report.file) + (report.layer.empty() ? QString() : " : " + text(report.layer));
        default: break;
    }
    if (row.warning) {
        switch (index.column()) {
            case Reason: return text(report.warnings[row.problem]);
            default: return QString();
        }
    }
    const gis::Problem& problem = report.problems[row.problem];
    switch (index.column()) {
        case Feature: return text(problem.where.feature);
        case Field: return text(problem.where.field);
        case Reason: return text(problem.reason);
        default: return {};
    }
}

QVariant ProblemsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
        case Layer: return tr("Layer");
        case Source: return tr("Source");
        case Feature: return tr("Feature");
        case Field: return tr("Field");
        case Outcome: return tr("Outcome");
        case Reason: return tr("Reason");
        default: return {};
    }
}

}  // namespace coverplan::desktop
