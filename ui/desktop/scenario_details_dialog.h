#pragma once
// Asks for what a saved scenario carries besides its changes: its name, who
// made it and a note (File > Save scenario as…).

#include <QDialog>

#include "planner/scenario_file.h"

class QLineEdit;
class QPlainTextEdit;

namespace coverplan::desktop {

class ScenarioDetailsDialog : public QDialog {
    Q_OBJECT
public:
    /// Filled with `details` (the scenario last opened or saved); an empty
    /// author is filled with the login name.
    explicit ScenarioDetailsDialog(const planner::SavedScenario& details, QWidget* parent = nullptr);

    /// Name, author and note as typed (no changes, no date).
    planner::SavedScenario details() const;

    QLineEdit* name_field() const { return name_; }
    QLineEdit* author_field() const { return author_; }
    QPlainTextEdit* note_field() const { return note_; }

private:
    QLineEdit* name_;
    QLineEdit* author_;
    QPlainTextEdit* note_;
};

}  // namespace coverplan::desktop
