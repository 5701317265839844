#include "gis/utf8.h"

namespace coverplan::gis {

namespace {

/// Bytes of the character starting with `lead` (1 for a stray continuation
/// byte, so malformed text still advances).
std::size_t sequence_length(unsigned char lead) {
    if (lead < 0x80) return 1;
    if ((lead >> 5) == 0x6) return 2;
    if ((lead >> 4) == 0xE) return 3;
    if ((lead >> 3) == 0x1E) return 4;
    return 1;
}

/// Whether the character at `at` is a combining diacritical mark: U+0300..U+036F
/// are the two-byte sequences CC 80 .. CD AF.
bool is_combining(std::string_view text, std::size_t at) {
    if (at + 1 >= text.size()) return false;
    const auto lead = static_cast<unsigned char>(text[at]);
    const auto next = static_cast<unsigned char>(text[at + 1]);
    return (lead == 0xCC && next >= 0x80 && next <= 0xBF) || (lead == 0xCD && next >= 0x80 && next <= 0xAF);
}

}  // namespace

std::size_t display_width(std::string_view text) {
    std::size_t width = 0;
    for (std::size_t i = 0; i < text.size(); i += sequence_length(static_cast<unsigned char>(text[i])))
        if (!is_combining(text, i)) ++width;
    return width;
}

std::string_view utf8_prefix(std::string_view text, std::size_t max_characters) {
    std::size_t end = 0;
    std::size_t last_letter = 0;  // start of the last character that is not a combining mark
    for (std::size_t count = 0; end < text.size() && count < max_characters; ++count) {
        if (!is_combining(text, end)) last_letter = end;
        end += sequence_length(static_cast<unsigned char>(text[end]));
    }
    if (end > text.size()) end = last_letter;  // a truncated sequence at the very end
    // Cutting before a combining mark would strip it from its letter: cut
    // before the letter instead.
    if (end < text.size() && is_combining(text, end)) end = last_letter;
    return text.substr(0, end);
}

}  // namespace coverplan::gis
