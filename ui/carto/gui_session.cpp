#include "ui/carto/gui_session.h"

#include <QCoreApplication>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QRawFont>
#include <cstdlib>
#include <filesystem>

#include "gis/error.h"

namespace coverplan::carto {

namespace {

/// Debian's fonts-noto-core; COVERPLAN_FONT_DIR may point elsewhere (a
/// relocated install or a machine with the fonts in another place).
std::vector<std::filesystem::path> font_folders() {
    std::vector<std::filesystem::path> folders;
    if (const char* dir = std::getenv("COVERPLAN_FONT_DIR")) folders.emplace_back(dir);
    folders.emplace_back("/usr/share/fonts/truetype/noto");
    folders.emplace_back("/usr/local/share/fonts/truetype/noto");
    return folders;
}

QString register_fonts() {
    const char* files[] = {"NotoSans-Regular.ttf", "NotoSans-Bold.ttf", "NotoSans-Italic.ttf"};
    QString family;
    for (const auto& folder : font_folders()) {
        for (const char* file : files) {
            const auto path = folder / file;
            if (!std::filesystem::exists(path)) continue;
            const int id = QFontDatabase::addApplicationFont(QString::fromStdString(path.string()));
            if (id >= 0 && family.isEmpty()) family = QFontDatabase::applicationFontFamilies(id).value(0);
        }
        if (!family.isEmpty()) break;
    }
    if (family.isEmpty() && QFontDatabase::families().contains("Noto Sans")) family = "Noto Sans";
    if (family.isEmpty())
        throw Error("the map font Noto Sans was not found (looked in /usr/share/fonts/truetype/noto and "
                    "$COVERPLAN_FONT_DIR); install Debian's fonts-noto-core");
    // Vietnamese needs the precomposed letters of Latin Extended Additional.
    const QRawFont raw = QRawFont::fromFont(QFont(family));
    for (char32_t letter : {U'ệ', U'Ư', U'ờ', U'Đ', U'ỹ'})
        if (!raw.supportsCharacter(letter))
            throw Error("the map font '" + family.toStdString() + "' has no Vietnamese letters; install fonts-noto-core");
    return family;
}

QtMessageHandler previous_handler = nullptr;

/// Qt warns on every start without a desktop session that XDG_RUNTIME_DIR is
/// unset (servers, cron, CI); it does not matter for drawing. Everything
/// else goes to Qt's usual handler.
void quiet_handler(QtMsgType type, const QMessageLogContext& context, const QString& message) {
    if (message.contains("XDG_RUNTIME_DIR")) return;
    if (previous_handler) previous_handler(type, context, message);
}

QString& font_family() {
    static QString family;
    return family;
}

}  // namespace

void ensure_gui_session() {
    if (!QCoreApplication::instance()) {
        // Rendering never needs a window: the offscreen platform works on a
        // server without a display and gives identical output everywhere.
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
        previous_handler = qInstallMessageHandler(quiet_handler);
        static int argc = 1;
        static char name[] = "coverplan";
        static char* argv[] = {name, nullptr};
        // Deliberately never destroyed: it must outlive every static that
        // may still hold a QFont or QImage at exit.
        static auto* application = new QGuiApplication(argc, argv);
        (void)application;
    } else if (!qobject_cast<QGuiApplication*>(QCoreApplication::instance())) {
        throw Error("maps need a QGuiApplication (fonts and painting); this program created a QCoreApplication");
    }
    if (font_family().isEmpty()) font_family() = register_fonts();
}

QString map_font_family() {
    ensure_gui_session();
    return font_family();
}

}  // namespace coverplan::carto
