#pragma once
// The --screenshot run: once the project is open and the map drawn, the
// main window is grabbed and written as a PNG, and the application quits
// with the exit code (0 written, 2 the project cannot be used, 3 anything
// else). Used for the documentation and by the tests.

#include <QObject>
#include <QString>

namespace coverplan::desktop {

class MainWindow;

class ScreenshotRun : public QObject {
    Q_OBJECT
public:
    ScreenshotRun(MainWindow& window, const QString& output);

private:
    void project_shown();
    void grab_when_drawn();
    void finish(int exit_code, const QString& message = {});

    MainWindow& window_;
    QString output_;
    bool done_ = false;
};

}  // namespace coverplan::desktop
