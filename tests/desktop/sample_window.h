#pragma once
// The main window as the window tests use it: 1400 x 900, shown, with the
// bundled sample opened and planned.

#include <QSignalSpy>
#include <QStandardPaths>
#include <QtTest>
#include <memory>

#include "test_config.h"
#include "ui/carto/gui_session.h"
#include "ui/desktop/main_window.h"

namespace coverplan::test {

/// Null (with a test failure recorded) when the window cannot be shown or
/// the sample does not open within two minutes.
inline std::unique_ptr<desktop::MainWindow> open_sample_window() {
    QStandardPaths::setTestModeEnabled(true);
    carto::ensure_gui_session();
    auto window = std::make_unique<desktop::MainWindow>();
    window->set_quiet(true);
    window->resize(1400, 900);
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get())) {
        QTest::qFail("the main window was never exposed", __FILE__, __LINE__);
        return nullptr;
    }
    QSignalSpy shown(window.get(), &desktop::MainWindow::project_shown);
    window->open_project(kSampleProject);
    if (!shown.wait(120000)) {
        QTest::qFail("the sample did not open within two minutes", __FILE__, __LINE__);
        return nullptr;
    }
    return window;
}

}  // namespace coverplan::test
