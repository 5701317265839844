#include "gis/utf8.h"

#include <algorithm>

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

/// The lower-case code point of an upper-case Latin letter Vietnamese uses.
char32_t lower_letter(char32_t c) {
    if (c >= U'A' && c <= U'Z') return c + 0x20;
    if (c >= 0xC0 && c <= 0xDE && c != 0xD7) return c + 0x20;   // À..Þ but ×
    if (c == 0x102 || c == 0x110 || c == 0x128 || c == 0x168) return c + 1;  // Ă Đ Ĩ Ũ
    if (c == 0x1A0 || c == 0x1AF) return c + 1;                  // Ơ Ư
    if (c >= 0x1EA0 && c <= 0x1EF9 && c % 2 == 0) return c + 1;  // Ạ..Ỹ, upper case at even code points
    return c;
}

void append_utf8(std::string& out, char32_t c) {
    if (c < 0x80) {
        out += static_cast<char>(c);
    } else if (c < 0x800) {
        out += static_cast<char>(0xC0 | (c >> 6));
        out += static_cast<char>(0x80 | (c & 0x3F));
    } else {
        out += static_cast<char>(0xE0 | (c >> 12));
        out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (c & 0x3F));
    }
}

}  // namespace

std::string lowercase(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size();) {
        const auto lead = static_cast<unsigned char>(text[i]);
        const std::size_t length = sequence_length(lead);
        // Only one-, two- and three-byte letters have a lower case here.
        char32_t c = 0;
        bool decoded = i + length <= text.size() && length <= 3;
        if (decoded && length == 1) c = lead;
        if (decoded && length == 2) c = char32_t(lead & 0x1F) << 6 | char32_t(text[i + 1] & 0x3F);
        if (decoded && length == 3)
            c = char32_t(lead & 0x0F) << 12 | char32_t(text[i + 1] & 0x3F) << 6 | char32_t(text[i + 2] & 0x3F);
        const char32_t lower = decoded ? lower_letter(c) : c;
        if (decoded && lower != c)
            append_utf8(out, lower);
        else
            out.append(text.substr(i, std::min(length, text.size() - i)));
        i += length;
    }
    return out;
}

std::optional<std::size_t> invalid_utf8_at(std::string_view text) {
    const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[i]); };
    for (std::size_t i = 0; i < text.size();) {
        const unsigned char lead = byte(i);
        if (lead < 0x80) {
            ++i;
            continue;
        }
        // The first continuation byte's range is what excludes overlong
        // forms (E0, F0), surrogates (ED) and code points past U+10FFFF (F4).
        std::size_t length = 0;
        unsigned char low = 0x80, high = 0xBF;
        if (lead >= 0xC2 && lead <= 0xDF) {
            length = 2;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            length = 3;
            if (lead == 0xE0) low = 0xA0;
            if (lead == 0xED) high = 0x9F;
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            length = 4;
            if (lead == 0xF0) low = 0x90;
            if (lead == 0xF4) high = 0x8F;
        } else {
            return i;  // a continuation byte without a lead, C0/C1, or F5..FF
        }
        if (i + length > text.size()) return i;
        if (byte(i + 1) < low || byte(i + 1) > high) return i;
        for (std::size_t k = 2; k < length; ++k)
            if (byte(i + k) < 0x80 || byte(i + k) > 0xBF) return i;
        i += length;
    }
    return std::nullopt;
}

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
