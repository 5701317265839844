#pragma once
// File > Open scenario… and File > Save scenario as…: the dialogs around
// ScenarioState::open_file and save_file, which do the work.

#include <QObject>
#include <QString>
#include <functional>

class QWidget;

namespace coverplan::desktop {

class ScenarioState;

class ScenarioFileActions : public QObject {
    Q_OBJECT
public:
    /// `folder` gives where the file dialogs start (the project's folder).
    ScenarioFileActions(ScenarioState& state, QWidget& window, std::function<QString()> folder);

    /// Shows no message box (the --screenshot run, tests); the outcome still goes to message().
    void set_quiet(bool quiet) { quiet_ = quiet; }

    void open();
    void save_as();

signals:
    /// What happened, for the status bar.
    void message(const QString& text);

private:
    void report_failure(const QString& title, const QString& error);

    ScenarioState& state_;
    QWidget& window_;
    std::function<QString()> folder_;
    bool quiet_ = false;
};

}  // namespace coverplan::desktop
