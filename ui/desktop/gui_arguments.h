#pragma once
// The command line of coverplan-gui:
//   coverplan-gui [PROJECT] [--screenshot FILE.png] [--size WxH] [--lang vi|en]
// parsed before Qt starts (the screenshot run picks the offscreen platform
// when there is no display).

#include <QSize>
#include <QString>
#include <QStringList>
#include <optional>

namespace coverplan::desktop {

struct GuiArguments {
    QString project;     ///< empty: start without a project
    QString screenshot;  ///< empty: interactive
    QSize size{1600, 1000};
    QString lang;        ///< "vi", "en" or empty (the system's)
    bool help = false, version = false;
};

/// Throws std::invalid_argument with the message to print for a bad command line.
GuiArguments parse_gui_arguments(const QStringList& args);

QString gui_usage();

}  // namespace coverplan::desktop
