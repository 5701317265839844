#include "ui/desktop/gui_arguments.h"

#include <QRegularExpression>
#include <stdexcept>

namespace coverplan::desktop {

QString gui_usage() {
    return "usage: coverplan-gui [PROJECT] [--screenshot FILE.png] [--size WxH] [--lang vi|en]\n\n"
           "The Coverplan desktop app: the investment and sales rankings, the map and the\n"
           "selected zone's detail for a project file.\n\n"
           "  --screenshot FILE.png  open PROJECT, show the main window (investment ranking\n"
           "                         and map), write a screenshot of it when the map is drawn,\n"
           "                         and exit: 0 written, 2 the project cannot be used (the\n"
           "                         same message as the command line), 3 anything else\n"
           "  --size WxH             window size in pixels (default 1600x1000)\n"
           "  --lang vi|en           language of the app (default: from the system)\n"
           "  --version              print the version\n";
}

GuiArguments parse_gui_arguments(const QStringList& args) {
    GuiArguments parsed;
    auto value = [&](int& i, const QString& option) {
        if (i + 1 >= args.size()) throw std::invalid_argument((option + " needs a value").toStdString());
        return args[++i];
    };
    for (int i = 0; i < args.size(); ++i) {
        const QString& arg = args[i];
        if (arg == "--help" || arg == "-h") {
            parsed.help = true;
        } else if (arg == "--version") {
            parsed.version = true;
        } else if (arg == "--screenshot") {
            parsed.screenshot = value(i, arg);
            if (!parsed.screenshot.endsWith(".png", Qt::CaseInsensitive))
                throw std::invalid_argument(("--screenshot writes a PNG: the file must end in .png, got '" +
                                             parsed.screenshot + "'")
                                                .toStdString());
        } else if (arg == "--size") {
            const QString text = value(i, arg);
            const auto match = QRegularExpression("^(\\d{2,5})[xX](\\d{2,5})$").match(text);
            const int w = match.hasMatch() ? match.captured(1).toInt() : 0, h = match.hasMatch() ? match.captured(2).toInt() : 0;
            if (w < 320 || h < 240 || w > 10000 || h > 10000)
                throw std::invalid_argument(
                    ("--size expects WIDTHxHEIGHT in pixels, from 320x240 to 10000x10000, got '" + text + "'").toStdString());
            parsed.size = QSize(w, h);
        } else if (arg == "--lang") {
            parsed.lang = value(i, arg);
            if (parsed.lang != "vi" && parsed.lang != "en")
                throw std::invalid_argument(("--lang must be vi or en, got '" + parsed.lang + "'").toStdString());
        } else if (arg.startsWith("-")) {
            throw std::invalid_argument(("unknown option '" + arg + "'").toStdString());
        } else if (parsed.project.isEmpty()) {
            parsed.project = arg;
        } else {
            throw std::invalid_argument(("one project only, got '" + parsed.project + "' and '" + arg + "'").toStdString());
        }
    }
    if (!parsed.screenshot.isEmpty() && parsed.project.isEmpty())
        throw std::invalid_argument("--screenshot needs a PROJECT to open");
    return parsed;
}

}  // namespace coverplan::desktop
