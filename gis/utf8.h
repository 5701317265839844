#pragma once
// UTF-8 text measured and cut by characters, not bytes: Vietnamese names
// carry multi-byte letters ("Đồng Sơn" is 8 characters in 11 bytes) and,
// when decomposed, combining marks.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace coverplan::gis {

/// Where `text` stops being well-formed UTF-8 (RFC 3629: no overlong
/// forms, no UTF-16 surrogates U+D800..U+DFFF, nothing above U+10FFFF, no
/// sequence cut short): the byte offset of the first bad sequence, or
/// nothing when the whole text is valid. Text from outside (a request, a
/// file) is checked with it before it reaches anything that assumes UTF-8.
std::optional<std::size_t> invalid_utf8_at(std::string_view text);

/// Character cells a UTF-8 string takes in a terminal or a spreadsheet
/// column: one per character, none for combining marks (U+0300..U+036F).
std::size_t display_width(std::string_view text);

/// The longest prefix of `text` holding at most `max_characters` characters
/// (code points). Never splits a multi-byte character, nor a letter from the
/// combining marks that follow it.
std::string_view utf8_prefix(std::string_view text, std::size_t max_characters);

/// Lower case of ASCII and of the Latin letters Vietnamese is written with
/// (Latin-1, Ă Đ Ĩ Ũ Ơ Ư and the precomposed letters U+1EA0..U+1EF9), so
/// "ĐANG CHẠY" and "Đang chạy" compare equal; other characters unchanged.
std::string lowercase(std::string_view text);

}  // namespace coverplan::gis
