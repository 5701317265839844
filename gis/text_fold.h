#pragma once
// Text folded for searching: what people type on a phone ("ngo quyen")
// compares equal to what the data holds ("Ngô Quyền", in NFC or NFD, upper
// or lower case, with odd spaces). The Unicode work is utf8proc's
// (normalisation, case folding, marks, compatibility forms), not tables of
// ours.

#include <string>
#include <string_view>

namespace coverplan::gis {

/// `text` folded for search: compatibility-decomposed (NFKD: full-width
/// digits, ligatures and the like become plain letters), case-folded,
/// combining marks (tones and vowel hats) removed, default-ignorable
/// characters (soft hyphens, zero-width spaces) removed, dashes, quotes and
/// spaces of every kind lumped to their ASCII forms, control characters
/// (tabs, line breaks) turned into spaces. "đ" and "Đ" become "d": Unicode
/// gives đ no decomposition (it is a letter of its own, not d with a mark),
/// yet everyone searching Vietnamese without diacritics types d.
///
/// Bytes that are not UTF-8 are each taken as U+FFFD first, so anything
/// can be folded; never throws except std::bad_alloc. Spaces are kept as
/// they are (runs and ends too): splitting into words is the caller's.
/// "Ngô Quyền", "NGÔ QUYỀN" and its NFD form all give "ngo quyen".
std::string fold_for_search(std::string_view text);

/// `text` with each byte that is not part of well-formed UTF-8 replaced by
/// U+FFFD, so later steps may assume UTF-8; valid text comes back unchanged.
std::string valid_utf8(std::string_view text);

}  // namespace coverplan::gis
