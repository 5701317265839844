#include "ui/export/reader_words.h"

#include <mutex>

#include "planner/reason_text.h"

namespace coverplan::exporting {

namespace {

std::mutex mutex;
ReaderWords installed;

ReaderWords current() {
    const std::lock_guard lock(mutex);
    return installed;
}

}  // namespace

void use_reader_words(ReaderWords words) {
    const std::lock_guard lock(mutex);
    installed = words;
}

std::string reader_word(const char* context, const std::string& english, std::initializer_list<std::string> figures) {
    const ReaderWords words = current();
    std::string text = words.word ? words.word(context, english) : english;
    int n = 1;
    for (const std::string& figure : figures) {
        const std::string marker = "%" + std::to_string(n++);
        if (const auto at = text.find(marker); at != std::string::npos) text.replace(at, marker.size(), figure);
    }
    return text;
}

std::string reader_reasons(planner::RankingKind kind, std::span<const planner::Reason> reasons) {
    const ReaderWords words = current();
    return words.reasons ? words.reasons(kind, reasons) : planner::reasons_text(kind, reasons);
}

}  // namespace coverplan::exporting
