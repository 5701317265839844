#pragma once
// The problems reading the project found, in a dock: a filterable table
// (any text, one outcome) with a one-line summary per layer above it,
// never a message box per feature.

#include <QWidget>
#include <memory>

#include "ui/desktop/project_session.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace coverplan::desktop {

class ProblemsModel;

class ProblemsPanel : public QWidget {
    Q_OBJECT
public:
    explicit ProblemsPanel(QWidget* parent = nullptr);
    void set_session(std::shared_ptr<const ProjectSession> session);

    ProblemsModel* model() const { return model_; }
    QSortFilterProxyModel* filter() const { return filter_; }
    QLineEdit* text_filter() const { return text_; }
    QComboBox* outcome_filter() const { return outcome_; }

private:
    void apply_filters();
    void show_summary();
    std::shared_ptr<const ProjectSession> session_;

    ProblemsModel* model_;
    QSortFilterProxyModel* filter_;
    QSortFilterProxyModel* outcome_filter_model_;
    QLabel* summary_;
    QComboBox* outcome_;
    QLineEdit* text_;
    QTableView* table_;
};

}  // namespace coverplan::desktop
