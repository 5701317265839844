#include "gis/text_fold.h"

#include <utf8proc.h>

#include <cstdlib>
#include <memory>
#include <new>

#include "gis/utf8.h"

namespace coverplan::gis {

namespace {

/// Applied to each code point before decomposition: đ (U+0111) and Đ
/// (U+0110) have no decomposition to strip, so they are spelt d here.
utf8proc_int32_t spell_d_stroke(utf8proc_int32_t codepoint, void*) {
    return codepoint == 0x0110 || codepoint == 0x0111 ? utf8proc_int32_t('d') : codepoint;
}

/// Printable ASCII only: folding is lower-casing, and utf8proc is not needed.
bool printable_ascii(std::string_view text) {
    for (const char c : text)
        if (static_cast<unsigned char>(c) < 0x20 || static_cast<unsigned char>(c) > 0x7E) return false;
    return true;
}

}  // namespace

std::string valid_utf8(std::string_view text) {
    std::string out;
    for (auto bad = invalid_utf8_at(text); bad; bad = invalid_utf8_at(text)) {
        out.append(text.substr(0, *bad));
        out += "\xEF\xBF\xBD";  // U+FFFD
        text.remove_prefix(*bad + 1);
    }
    out.append(text);
    return out;
}

std::string fold_for_search(std::string_view text) {
    if (printable_ascii(text)) {
        std::string out(text);
        for (char& c : out)
            if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + ('a' - 'A'));
        return out;
    }
    const std::string valid = valid_utf8(text);
    utf8proc_uint8_t* folded = nullptr;
    const auto options = utf8proc_option_t(UTF8PROC_STABLE | UTF8PROC_COMPAT | UTF8PROC_DECOMPOSE | UTF8PROC_CASEFOLD |
                                           UTF8PROC_STRIPMARK | UTF8PROC_IGNORE | UTF8PROC_LUMP | UTF8PROC_STRIPCC);
    const utf8proc_ssize_t length =
        utf8proc_map_custom(reinterpret_cast<const utf8proc_uint8_t*>(valid.data()),
                            static_cast<utf8proc_ssize_t>(valid.size()), &folded, options, spell_d_stroke, nullptr);
    const std::unique_ptr<utf8proc_uint8_t, decltype(&std::free)> owned(folded, &std::free);
    // Valid UTF-8 in, so the only failure left is memory (or a code point
    // utf8proc does not know, which it reports the same way).
    if (length < 0) {
        if (length == UTF8PROC_ERROR_NOMEM) throw std::bad_alloc();
        return lowercase(valid);
    }
    return std::string(reinterpret_cast<const char*>(folded), static_cast<std::size_t>(length));
}

}  // namespace coverplan::gis
