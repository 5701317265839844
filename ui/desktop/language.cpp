#include "ui/desktop/language.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

namespace coverplan::desktop {

namespace {

QString current = "en";

/// One translator for the app's lifetime, swapped on a language change.
QTranslator& translator() {
    static auto* instance = new QTranslator(QCoreApplication::instance());
    return *instance;
}

}  // namespace

QString system_language() {
    // The same precedence as the C library: LC_ALL, then LC_MESSAGES, then LANG.
    for (const char* name : {"LC_ALL", "LC_MESSAGES", "LANG"}) {
        const QString value = qEnvironmentVariable(name);
        if (!value.isEmpty()) return value.startsWith("vi") ? "vi" : "en";
    }
    return "en";
}

bool set_language(const QString& language) {
    QTranslator& installed = translator();
    QCoreApplication::removeTranslator(&installed);
    // The .qm files are embedded by qt_add_translations under :/i18n.
    const bool loaded = installed.load(":/i18n/coverplan_" + language + ".qm");
    if (loaded) QCoreApplication::installTranslator(&installed);
    QLocale::setDefault(language == "vi" ? QLocale(QLocale::Vietnamese, QLocale::Vietnam)
                                         : QLocale(QLocale::English, QLocale::UnitedKingdom));
    current = language;
    return loaded;
}

QString current_language() { return current; }

}  // namespace coverplan::desktop
