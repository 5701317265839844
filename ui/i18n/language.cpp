#include "ui/i18n/language.h"

#include "ui/export/reader_words.h"
#include "ui/i18n/locale_text.h"
#include "ui/i18n/reason_words.h"

#include <QTranslator>
#include <algorithm>
#include <cctype>
#include <charconv>
#include <cstdlib>
#include <memory>
#include <mutex>
#include <stdexcept>

namespace coverplan::i18n {

namespace {

std::mutex mutex;
Language current = Language::English;

/// Held apart from QCoreApplication's translators: the command line has no
/// application object, and the desktop app installs its own catalogue.
std::unique_ptr<QTranslator>& translator() {
    static std::unique_ptr<QTranslator> instance;
    return instance;
}

}  // namespace

std::optional<Language> parse_language(std::string_view text) {
    std::string code;
    for (char c : text.substr(0, 2)) code += char(std::tolower(static_cast<unsigned char>(c)));
    const bool whole_or_qualified = text.size() == 2 || (text.size() > 2 && (text[2] == '_' || text[2] == '-' || text[2] == '.'));
    if (!whole_or_qualified) return std::nullopt;
    if (code == "vi") return Language::Vietnamese;
    if (code == "en") return Language::English;
    return std::nullopt;
}

Language environment_language() {
    for (const char* name : {"LC_ALL", "LC_MESSAGES", "LANG"}) {
        const char* value = std::getenv(name);
        if (value && *value) return parse_language(value) == Language::Vietnamese ? Language::Vietnamese : Language::English;
    }
    return Language::English;
}

void use_language(Language language) {
    std::unique_ptr<QTranslator> loaded;
    if (language == Language::Vietnamese) {
        loaded = std::make_unique<QTranslator>();
        // Embedded by qt_add_translations (ui/i18n/CMakeLists.txt).
        if (!loaded->load(":/i18n/coverplan_text_vi.qm"))
            throw std::runtime_error("the Vietnamese catalogue :/i18n/coverplan_text_vi.qm is missing from this build");
    }
    const std::lock_guard lock(mutex);
    translator() = std::move(loaded);
    current = language;
    // The exports (no Qt) write workbooks and reasons through these.
    exporting::use_reader_words({&reader_word, &reader_reasons});
}

Language language() {
    const std::lock_guard lock(mutex);
    return current;
}

const char* language_code(Language language) { return language == Language::Vietnamese ? "vi" : "en"; }

QString tr_text(const char* context, const char* source, const char* disambiguation, int n) {
    QString text;
    {
        const std::lock_guard lock(mutex);
        if (const auto& installed = translator()) text = installed->translate(context, source, disambiguation, n);
    }
    if (text.isEmpty()) text = QString::fromUtf8(source);
    if (n >= 0) text.replace(QLatin1String("%n"), QString::number(n));
    return text;
}

std::string tr_utf8(const char* context, const char* source, const char* disambiguation, int n) {
    return tr_text(context, source, disambiguation, n).toStdString();
}

std::string fill(std::string text, std::initializer_list<std::string> figures) {
    int n = 1;
    for (const std::string& figure : figures) {
        const std::string marker = "%" + std::to_string(n++);
        if (const auto at = text.find(marker); at != std::string::npos) text.replace(at, marker.size(), figure);
    }
    return text;
}

namespace {

/// A whole number as planner::group_thousands writes it, "1,516" ("Count"),
/// or a percentage as planner::percent writes it, "87.9 %" ("Percent"),
/// written as the reader writes figures.
std::string number_words(std::string_view kind, const std::string& english) {
    if (language() == Language::English) return english;
    if (kind == "Count") {
        std::string digits = english;
        digits.erase(std::remove(digits.begin(), digits.end(), ','), digits.end());
        long long value = 0;
        const auto [end, error] = std::from_chars(digits.data(), digits.data() + digits.size(), value);
        return error == std::errc() && end == digits.data() + digits.size() ? count_text(value) : english;
    }
    // Only the decimal point differs: "87.9 %" -> "87,9 %".
    std::string text = english;
    std::replace(text.begin(), text.end(), '.', ',');
    return text;
}

}  // namespace

std::string tr_known(const char* context, const std::string& source) { return tr_utf8(context, source.c_str()); }

std::string reader_word(const char* context, const std::string& english) {
    const std::string_view kind(context);
    if (kind == "Date") return date_text(english);
    if (kind == "Count" || kind == "Percent") return number_words(kind, english);
    std::string text = tr_known(context, english);
    // A title naming a technology of the data, "Covered ftth": its words
    // are in the catalogue as "Covered %1".
    if (const auto space = english.rfind(' '); text == english && space != std::string::npos) {
        const std::string pattern = english.substr(0, space) + " %1";
        const std::string words = tr_known(context, pattern);
        if (words != pattern)
            if (const auto at = words.find("%1"); at != std::string::npos)
                return words.substr(0, at) + english.substr(space + 1) + words.substr(at + 2);
    }
    return text;
}

}  // namespace coverplan::i18n
