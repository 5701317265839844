#pragma once
// The app's language: English (the source text) or Vietnamese, from
// --lang, else from the system locale (LC_ALL, LC_MESSAGES, LANG), switched
// at run time by installing the other translator. Qt then sends every widget
// a LanguageChange event and each panel sets its texts again. The planner's
// own sentences (reasons) are not translated here.

#include <QString>

namespace coverplan::desktop {

/// "vi" when the environment's messages locale is Vietnamese, else "en".
QString system_language();

/// Installs the translator for "vi" or "en" (replacing the previous one) and
/// makes numbers and dates follow that language (QLocale::setDefault).
/// Returns false when the translation cannot be loaded.
bool set_language(const QString& language);

/// The language set last ("en" before any).
QString current_language();

}  // namespace coverplan::desktop
