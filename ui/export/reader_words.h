#pragma once
// The reader's language for what the exports write for people (workbook
// headers, sheet names, page furniture, reasons), without Qt: a front end
// that chose a language installs its words here once (the command line's
// --lang, the desktop app's menu; ui/i18n supplies them); none installed
// means English, exactly as the planner writes it. CSV, GeoPackage, GeoJSON
// and JSON keep the contract's field names in every language.

#include <initializer_list>
#include <span>
#include <string>

#include "planner/plan.h"

namespace coverplan::exporting {

struct ReaderWords {
    /// (context, English) -> the reader's text. Contexts: "Column" (a
    /// header: the column's title, else its name), "Sheet" (a table's
    /// name), "Workbook" (titles and page furniture, "%1" standing for a
    /// figure), "Component" (a ranking component's key, spaced), "Date" (an
    /// ISO day, as the reader writes dates), "Count" (a whole number, grouped
    /// as the reader groups thousands), "Percent" (planner::percent's text,
    /// with the reader's decimal mark), "Reminder" (the reminders' texts).
    std::string (*word)(const char* context, const std::string& english) = nullptr;
    /// A zone's reasons as a sentence (planner::reasons_text in English).
    std::string (*reasons)(planner::RankingKind kind, std::span<const planner::Reason> reasons) = nullptr;
};

void use_reader_words(ReaderWords words);

/// `english` in the reader's language, "%1", "%2", ... then replaced by `figures`.
std::string reader_word(const char* context, const std::string& english, std::initializer_list<std::string> figures = {});

/// A zone's reasons in the reader's language.
std::string reader_reasons(planner::RankingKind kind, std::span<const planner::Reason> reasons);

}  // namespace coverplan::exporting
