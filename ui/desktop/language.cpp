#include "ui/desktop/language.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

#include "ui/i18n/language.h"

namespace coverplan::desktop {

namespace {

QString current = "en";

/// One translator for the app's lifetime, swapped on a language change.
QTranslator& translator() {
    static auto* instance = new QTranslator(QCoreApplication::instance());
    return *instance;
}

}  // namespace

QString system_language() { return i18n::language_code(i18n::environment_language()); }

bool set_language(const QString& language) {
    QTranslator& installed = translator();
    QCoreApplication::removeTranslator(&installed);
    // The .qm files are embedded by qt_add_translations under :/i18n.
    bool loaded = installed.load(":/i18n/coverplan_" + language + ".qm");
    // The maps, reasons and reports the app shows come from the front ends'
    // shared catalogue (ui/i18n).
    try {
        i18n::use_language(language == "vi" ? i18n::Language::Vietnamese : i18n::Language::English);
    } catch (const std::exception&) {
        loaded = false;
    }
    if (loaded) QCoreApplication::installTranslator(&installed);
    QLocale::setDefault(language == "vi" ? QLocale(QLocale::Vietnamese, QLocale::Vietnam)
                                         : QLocale(QLocale::English, QLocale::UnitedKingdom));
    current = language;
    return loaded;
}

QString current_language() { return current; }

}  // namespace coverplan::desktop
