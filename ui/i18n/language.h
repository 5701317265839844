#pragma once
// The language of what the C++ front ends write for people: command-line
// messages, terminal tables, maps, the management report, spreadsheet
// headers, the desktop app. One mechanism for all of it: Qt Linguist
// catalogues (.ts in the repository, .qm embedded under :/i18n). The source
// text is English, so English needs no catalogue and stays exactly as
// written; Vietnamese comes from translations/coverplan_text_vi.ts. Files
// meant for programs (CSV, GeoPackage, GeoJSON, JSON field names) keep the
// contract's fixed names in every language.
//
// The language is one per process, chosen once at start (--lang, else the
// environment) and switched by the desktop app's menu.

#include <QString>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>

namespace coverplan::i18n {

enum class Language { English, Vietnamese };

/// "vi" / "en" (also "vi_VN.UTF-8", "en_GB", any case); nullopt for anything else.
std::optional<Language> parse_language(std::string_view text);

/// The messages language of the environment, with the C library's
/// precedence (LC_ALL, then LC_MESSAGES, then LANG): Vietnamese when it
/// names Vietnamese, else English.
Language environment_language();

/// Makes `language` the one every later text is given in, here and in the
/// exports (exporting::use_reader_words). Throws
/// std::runtime_error when its catalogue cannot be loaded (a build without it).
void use_language(Language language);

/// The language set last (English before any).
Language language();

/// "vi" / "en".
const char* language_code(Language language);

/// `source` (English, UTF-8) in the current language, from the catalogue's
/// `context`; `n` picks a plural form where the catalogue has them and
/// replaces %n. Untranslated text comes back as it is.
/// lupdate knows this function as QCoreApplication::translate
/// (-tr-function-alias translate+=tr_text), so the calls must name their
/// context and source as string literals.
QString tr_text(const char* context, const char* source, const char* disambiguation = nullptr, int n = -1);

/// tr_text as UTF-8 for the front ends that write std::string.
std::string tr_utf8(const char* context, const char* source, const char* disambiguation = nullptr, int n = -1);

/// `text` with "%1", "%2", ... replaced by `figures` (already in the
/// reader's form: locale_text.h): fill(tr_utf8("Reason", "%1 spare ports"), {count}).
/// (lupdate reads no call whose third argument is not a string.)
std::string fill(std::string text, std::initializer_list<std::string> figures);

/// A text chosen at run time (a column or sheet name) looked up in
/// `context`; those sources are listed in the catalogue with
/// QT_TRANSLATE_NOOP so that lupdate keeps them.
std::string tr_known(const char* context, const std::string& source);

/// For the libraries without Qt (exporting::ReaderWords): `english` in
/// `context` in the current language, except the context "Date", where an
/// ISO day comes back as the reader writes dates (locale_text.h).
std::string reader_word(const char* context, const std::string& english);

}  // namespace coverplan::i18n
