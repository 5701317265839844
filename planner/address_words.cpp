#include "planner/address_words.h"

#include <array>
#include <utility>

#include "gis/text_fold.h"

namespace coverplan::planner {

namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }
/// Letters after folding: ASCII, or any byte of a character outside it
/// (scripts without a Latin spelling stay searchable as they are).
bool is_letter(char c) { return (c >= 'a' && c <= 'z') || static_cast<unsigned char>(c) >= 0x80; }
bool is_word_char(char c) { return is_digit(c) || is_letter(c); }

struct RawWord {
    std::string text;
    bool dotted = false;  ///< followed by '.'
};

/// Folded text into runs of letters and digits.
std::vector<RawWord> raw_words(const std::string& folded) {
    std::vector<RawWord> words;
    std::size_t i = 0;
    while (i < folded.size()) {
        if (!is_word_char(folded[i])) {
            ++i;
            continue;
        }
        RawWord word;
        while (i < folded.size()) {
            const char c = folded[i];
            const bool joiner = (c == '/' || c == '-') && !word.text.empty() && is_digit(word.text.back()) &&
                                i + 1 < folded.size() && is_word_char(folded[i + 1]);
            if (!is_word_char(c) && !joiner) break;
            word.text += c;
            ++i;
        }
        word.dotted = i < folded.size() && folded[i] == '.';
        words.push_back(std::move(word));
    }
    return words;
}

/// Abbreviations and what they stand for (folded words).
struct Abbreviation {
    const char* written;
    bool needs_dot;  ///< a single letter is an abbreviation only with its dot
    std::array<const char*, 2> words;
};
constexpr Abbreviation kAbbreviations[] = {
    {"p", true, {"phuong", nullptr}},   {"q", true, {"quan", nullptr}},   {"h", true, {"huyen", nullptr}},
    {"x", true, {"xa", nullptr}},       {"d", true, {"duong", nullptr}},  {"tt", true, {"thi", "tran"}},
    {"kp", true, {"khu", "pho"}},       {"tp", false, {"thanh", "pho"}},  {"tx", false, {"thi", "xa"}},
};

/// Words that only say what kind of place follows.
constexpr const char* kDesignators[] = {"duong", "pho", "phuong", "xa", "quan", "huyen", "tinh", "so"};
/// Two words that together do ("thi xa"), where each alone is a name ("Thị", "Thành").
constexpr std::array<const char*, 2> kDesignatorPairs[] = {
    {"thi", "xa"}, {"thi", "tran"}, {"thanh", "pho"}, {"khu", "pho"}};

bool all_digits(std::string_view text) {
    if (text.empty()) return false;
    for (const char c : text)
        if (!is_digit(c)) return false;
    return true;
}

void add(std::vector<AddressWord>& out, std::string text, bool abbreviation = false) {
    AddressWord word;
    word.numeric = !text.empty() && is_digit(text[0]);
    word.text = std::move(text);
    word.abbreviation = abbreviation;
    out.push_back(std::move(word));
}

/// One raw word as the words it stands for.
void expand(const RawWord& raw, std::vector<AddressWord>& out) {
    const std::string& text = raw.text;
    // "p12", "q1": a ward or district number run into its abbreviation.
    if (text.size() >= 2 && (text[0] == 'p' || text[0] == 'q') && all_digits(std::string_view(text).substr(1))) {
        add(out, text[0] == 'p' ? "phuong" : "quan", true);
        add(out, text.substr(1));
        return;
    }
    for (const Abbreviation& abbreviation : kAbbreviations)
        if (text == abbreviation.written && (raw.dotted || !abbreviation.needs_dot)) {
            for (const char* word : abbreviation.words)
                if (word) add(out, word, true);
            return;
        }
    // "12ngo": a house number run into the street; "12a" keeps its suffix letter.
    if (is_digit(text[0])) {
        std::size_t digits = 0;
        while (digits < text.size() && (is_digit(text[digits]) || text[digits] == '/' || text[digits] == '-')) ++digits;
        if (text.size() - digits >= 2 && digits < text.size() && is_letter(text[digits])) {
            bool letters = true;
            for (std::size_t k = digits; k < text.size(); ++k) letters = letters && is_letter(text[k]);
            if (letters) {
                add(out, text.substr(0, digits));
                add(out, text.substr(digits));
                return;
            }
        }
    }
    add(out, text);
}

bool is_designator(std::string_view word) {
    for (const char* designator : kDesignators)
        if (word == designator) return true;
    return false;
}

/// Folded words of one comma-separated part, for split_full_address.
enum class PartKind { Other, Ward, District, Province };
PartKind part_kind(std::string_view part) {
    const std::vector<AddressWord> words = address_words(part, 3);
    if (words.empty()) return PartKind::Other;
    const std::string& first = words[0].text;
    const std::string second = words.size() > 1 ? words[1].text : "";
    if (first == "phuong" || (first == "thi" && second == "tran")) return PartKind::Ward;
    if (first == "xa" && words.size() > 1) return PartKind::Ward;
    if (first == "quan" || first == "huyen" || (first == "thi" && second == "xa") || (first == "thanh" && second == "pho"))
        return PartKind::District;
    if (first == "tinh") return PartKind::Province;
    return PartKind::Other;
}

std::string trimmed(std::string_view text) {
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.remove_suffix(1);
    return std::string(text);
}

}  // namespace

std::vector<AddressWord> address_words(std::string_view text, std::size_t max_words) {
    std::vector<AddressWord> words;
    for (const RawWord& raw : raw_words(gis::fold_for_search(text))) {
        if (words.size() >= max_words) break;
        expand(raw, words);
    }
    if (words.size() > max_words) words.resize(max_words);
    for (std::size_t i = 0; i < words.size(); ++i) {
        if (words[i].abbreviation || is_designator(words[i].text)) words[i].designator = true;
        if (i + 1 < words.size())
            for (const auto& [first, second] : kDesignatorPairs)
                if (words[i].text == first && words[i + 1].text == second) words[i].designator = words[i + 1].designator = true;
    }
    return words;
}

AddressParts split_full_address(std::string_view text) {
    AddressParts parts;
    std::string street;
    std::size_t start = 0;
    while (start <= text.size()) {
        std::size_t comma = text.find(',', start);
        if (comma == std::string_view::npos) comma = text.size();
        const std::string part = trimmed(text.substr(start, comma - start));
        start = comma + 1;
        if (part.empty()) continue;
        const PartKind kind = part_kind(part);
        // A second ward or district part is the province-level city ("TP. Hồ Chí Minh").
        if (kind == PartKind::Ward && parts.ward.empty())
            parts.ward = part;
        else if (kind == PartKind::District && parts.district.empty())
            parts.district = part;
        else if (kind == PartKind::Other)
            street += (street.empty() ? "" : ", ") + part;
    }
    parts.street = street;
    return parts;
}

}  // namespace coverplan::planner
