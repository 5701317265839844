#include "ui/i18n/locale_text.h"

#include <QLocale>
#include <cmath>
#include <cstdio>

#include "planner/number_text.h"
#include "ui/i18n/language.h"

namespace coverplan::i18n {

namespace {

bool vietnamese() { return language() == Language::Vietnamese; }

const QLocale& vietnamese_locale() {
    static const QLocale locale(QLocale::Vietnamese, QLocale::Vietnam);
    return locale;
}

}  // namespace

std::string count_text(long long value) {
    if (!vietnamese()) return planner::group_thousands(value);
    return vietnamese_locale().toString(qlonglong(value)).toStdString();
}

std::string decimal_text(double value, int decimals) {
    if (!vietnamese()) return QLocale(QLocale::English, QLocale::UnitedKingdom).toString(value, 'f', decimals).toStdString();
    return vietnamese_locale().toString(value, 'f', decimals).toStdString();
}

std::string percent_text(double share, int decimals) {
    if (!vietnamese()) return planner::percent(share, decimals);
    if (!std::isfinite(share)) return "–";
    return vietnamese_locale().toString(share * 100, 'f', decimals).toStdString() + " %";
}

std::string date_text(const std::string& iso_day) {
    int year = 0, month = 0, day = 0;
    char tail = 0;
    if (!vietnamese() || iso_day.size() != 10 ||
        std::sscanf(iso_day.c_str(), "%4d-%2d-%2d%c", &year, &month, &day, &tail) != 3)
        return iso_day;
    char text[16];
    std::snprintf(text, sizeof text, "%02d/%02d/%04d", day, month, year);
    return text;
}

std::string kind_text(const std::string& kind) {
    return kind.empty() ? tr_utf8("Kind", "(no kind)") : kind;
}

}  // namespace coverplan::i18n
