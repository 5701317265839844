#include "ui/desktop/scenario_details_dialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>

namespace coverplan::desktop {

ScenarioDetailsDialog::ScenarioDetailsDialog(const planner::SavedScenario& details, QWidget* parent)
    : QDialog(parent), name_(new QLineEdit(this)), author_(new QLineEdit(this)), note_(new QPlainTextEdit(this)) {
    setWindowTitle(tr("Save the scenario"));
    name_->setText(QString::fromStdString(details.name));
    name_->setPlaceholderText(tr("e.g. More ports in the north"));
    QString author = QString::fromStdString(details.author);
    if (author.isEmpty()) author = qEnvironmentVariable("USER");
    author_->setText(author);
    note_->setPlainText(QString::fromStdString(details.note));
    note_->setPlaceholderText(tr("Why this scenario, in a sentence or two"));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* form = new QFormLayout(this);
    form->addRow(tr("Name:"), name_);
    form->addRow(tr("Author:"), author_);
    form->addRow(tr("Note:"), note_);
    form->addRow(buttons);
}

planner::SavedScenario ScenarioDetailsDialog::details() const {
    planner::SavedScenario details;
    details.name = name_->text().trimmed().toStdString();
    details.author = author_->text().trimmed().toStdString();
    details.note = note_->toPlainText().trimmed().toStdString();
    return details;
}

}  // namespace coverplan::desktop
