// coverplan-gui: the desktop app. Parses the command line, starts Qt and
// shows the main window; everything else lives in the coverplan::desktop
// library (ui/desktop).

#include <QApplication>
#include <QLocale>
#include <clocale>
#include <cstdlib>
#include <iostream>
#include <stdexcept>

#include "gis/error.h"
#include "gis/gdal_setup.h"
#include "ui/carto/gui_session.h"
#include "ui/desktop/gui_arguments.h"
#include "ui/desktop/language.h"
#include "ui/desktop/main_window.h"
#include "ui/desktop/screenshot.h"

using namespace coverplan;

namespace {

/// In a --screenshot run stderr carries Coverplan's own message and nothing
/// else (scripts compare it with the command line's): Qt's notices about the
/// platform ("XDG_RUNTIME_DIR not set", "propagateSizeHints") are dropped.
void quiet_qt_messages(QtMsgType type, const QMessageLogContext&, const QString& message) {
    if (type == QtCriticalMsg || type == QtFatalMsg) std::cerr << message.toStdString() << "\n";
}

}  // namespace

int main(int argc, char** argv) {
    QStringList args;
    for (int i = 1; i < argc; ++i) args << QString::fromLocal8Bit(argv[i]);
    desktop::GuiArguments parsed;
    try {
        parsed = desktop::parse_gui_arguments(args);
    } catch (const std::invalid_argument& error) {
        std::cerr << "coverplan-gui: " << error.what() << "\n('coverplan-gui --help' lists the options)\n";
        return 2;
    }
    if (parsed.help) {
        std::cout << desktop::gui_usage().toStdString();
        return 0;
    }
    if (parsed.version) {
        std::cout << "coverplan-gui " << COVERPLAN_VERSION << "\n";
        return 0;
    }
    // A screenshot needs no screen: without a display, draw offscreen.
    if (!parsed.screenshot.isEmpty() && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") &&
        qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");

    if (!parsed.screenshot.isEmpty()) qInstallMessageHandler(quiet_qt_messages);
    QApplication app(argc, argv);
    QApplication::setOrganizationName("Coverplan");
    QApplication::setApplicationName("coverplan-gui");
    QApplication::setApplicationVersion(COVERPLAN_VERSION);
    // QApplication set the C library's locale from the environment; the
    // libraries format their own numbers and expect the C conventions (as
    // the command line does). Qt's texts follow QLocale, set below.
    std::setlocale(LC_ALL, "C.UTF-8");
    desktop::set_language(parsed.lang.isEmpty() ? desktop::system_language() : parsed.lang);
    gis::register_gdal_drivers();
    try {
        carto::ensure_gui_session();
    } catch (const std::exception& error) {
        std::cerr << "error: " << error.what() << "\n";
        return 3;
    }

    desktop::MainWindow window;
    window.resize(parsed.size);
    if (!parsed.screenshot.isEmpty()) {
        window.set_quiet(true);
        new desktop::ScreenshotRun(window, parsed.screenshot);
    }
    window.show();
    if (!parsed.project.isEmpty()) window.open_project(parsed.project);
    return app.exec();
}
