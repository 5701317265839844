#include "ui/desktop/scenario_file_actions.h"

#include <QFileDialog>
#include <QMessageBox>
#include <QWidget>

#include "ui/desktop/scenario_details_dialog.h"
#include "ui/desktop/scenario_state.h"

namespace coverplan::desktop {

namespace {

const char* const kFilter = QT_TRANSLATE_NOOP("coverplan::desktop::ScenarioFileActions",
                                              "Coverplan scenarios (*.toml);;All files (*)");

}  // namespace

ScenarioFileActions::ScenarioFileActions(ScenarioState& state, QWidget& window, std::function<QString()> folder)
    : QObject(&window), state_(state), window_(window), folder_(std::move(folder)) {}

void ScenarioFileActions::report_failure(const QString& title, const QString& error) {
    if (!quiet_) QMessageBox::warning(&window_, title, error);
    emit message(error);
}

void ScenarioFileActions::open() {
    const QString file = QFileDialog::getOpenFileName(&window_, tr("Open a scenario"), folder_(), tr(kFilter));
    if (file.isEmpty()) return;
    const QString error = state_.open_file(file);
    if (!error.isEmpty()) return report_failure(tr("Could not open the scenario"), error);
    emit message(tr("Opened the scenario “%1” (Edit > Undo puts back what was on screen)")
                     .arg(QString::fromStdString(state_.details().name)));
}

void ScenarioFileActions::save_as() {
    if (!state_.has_changes())
        return report_failure(tr("Nothing to save"), ScenarioState::nothing_to_save());
    ScenarioDetailsDialog dialog(state_.details(), &window_);
    if (dialog.exec() != QDialog::Accepted) return;
    const planner::SavedScenario details = dialog.details();
    const QString suggested = details.name.empty() ? QStringLiteral("scenario.toml")
                                                   : QString::fromStdString(details.name).replace('/', '-') + ".toml";
    const QString file =
        QFileDialog::getSaveFileName(&window_, tr("Save the scenario"), folder_() + "/" + suggested, tr(kFilter));
    if (file.isEmpty()) return;
    const QString error = state_.save_file(file, details);
    if (!error.isEmpty()) return report_failure(tr("Could not save the scenario"), error);
    emit message(tr("Saved the scenario in %1").arg(file));
}

}  // namespace coverplan::desktop
