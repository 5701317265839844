#include "ui/desktop/problems_panel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QRegularExpression>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

#include "ui/desktop/column_fit.h"
#include "ui/desktop/problems_model.h"
#include "ui/desktop/retranslate.h"

namespace coverplan::desktop {

ProblemsPanel::ProblemsPanel(QWidget* parent)
    : QWidget(parent),
      model_(new ProblemsModel(this)),
      filter_(new QSortFilterProxyModel(this)),
      outcome_filter_model_(new QSortFilterProxyModel(this)),
      summary_(new QLabel(this)),
      outcome_(new QComboBox(this)),
      text_(new QLineEdit(this)),
      table_(new QTableView(this)) {
    // Two proxies: the outcome column exactly, then any text in any column.
    outcome_filter_model_->setSourceModel(model_);
    outcome_filter_model_->setFilterKeyColumn(ProblemsModel::Outcome);
    outcome_filter_model_->setFilterRole(ProblemsModel::OutcomeRole);
    filter_->setSourceModel(outcome_filter_model_);
    filter_->setFilterKeyColumn(-1);
    filter_->setFilterCaseSensitivity(Qt::CaseInsensitive);
    table_->setModel(filter_);
    table_->setSortingEnabled(true);
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->setWordWrap(false);
    table_->verticalHeader()->hide();
    table_->horizontalHeader()->setStretchLastSection(true);
    text_->setClearButtonEnabled(true);
    outcome_->addItem(QString(), QString());
    // The model shows the outcomes in the user's language (its own context).
    for (const char* outcome : {QT_TRANSLATE_NOOP("coverplan::desktop::ProblemsModel", "rejected"),
                                QT_TRANSLATE_NOOP("coverplan::desktop::ProblemsModel", "repaired"),
                                QT_TRANSLATE_NOOP("coverplan::desktop::ProblemsModel", "flagged"),
                                QT_TRANSLATE_NOOP("coverplan::desktop::ProblemsModel", "warning")})
        outcome_->addItem(QString(), QString(outcome));
    keep_translated(this, [this] {
        text_->setPlaceholderText(tr("Filter by layer, feature, field or reason"));
        outcome_->setItemText(0, tr("All outcomes"));
        for (int i = 1; i < outcome_->count(); ++i) outcome_->setItemText(i, ProblemsModel::tr(outcome_->itemData(i).toString().toUtf8().constData()));
        show_summary();
        // The model's headers (it is a child of this panel, not a widget).
        emit model_->headerDataChanged(Qt::Horizontal, 0, model_->columnCount() - 1);
        if (model_->rowCount() > 0)
            emit model_->dataChanged(model_->index(0, 0),
                                     model_->index(model_->rowCount() - 1, ProblemsModel::ColumnCount - 1));
    });
    summary_->setWordWrap(true);

    auto* filters = new QHBoxLayout;
    filters->addWidget(outcome_);
    filters->addWidget(text_, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(summary_);
    layout->addLayout(filters);
    layout->addWidget(table_, 1);
    connect(text_, &QLineEdit::textChanged, this, &ProblemsPanel::apply_filters);
    connect(outcome_, &QComboBox::currentIndexChanged, this, &ProblemsPanel::apply_filters);
}

void ProblemsPanel::apply_filters() {
    const QString outcome = outcome_->currentData().toString();
    outcome_filter_model_->setFilterRegularExpression(
        outcome.isEmpty() ? QRegularExpression() : QRegularExpression("^" + QRegularExpression::escape(outcome) + "$"));
    filter_->setFilterFixedString(text_->text());
}

void ProblemsPanel::set_session(std::shared_ptr<const ProjectSession> session) {
    session_ = session;
    show_summary();
    model_->set_session(std::move(session));
    fit_columns(*table_);  // the first rows: a project can have 10^5 problems
}

void ProblemsPanel::show_summary() {
    QStringList lines;
    const QLocale locale;
    auto n = [&](std::size_t value) { return locale.toString(qulonglong(value)); };
    if (session_)
        for (const auto& r : session_->data.reports)
            lines << tr("%1 %2 read: %3 used, %4 repaired, %5 rejected, %6 flagged")
                         .arg(n(r.read), ProblemsModel::layer_name(r.role), n(r.used), n(r.repaired), n(r.rejected),
                              n(r.flagged));
    summary_->setText(lines.join(";  "));
}

}  // namespace coverplan::desktop
