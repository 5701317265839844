#pragma once
// Vietnamese addresses as words to search: folded (gis/text_fold.h), the
// usual abbreviations spelt out ("P." phường, "Q.1" quận 1, "TP." thành
// phố, "Đ." đường, ...), the words that only say what kind of place follows
// ("đường", "phường", "thị xã", ...) marked, and a full address split into
// its street, ward and district. Shared by the address layer, the index
// and the queries, so the data and what people type are read alike.

#include <string>
#include <string_view>
#include <vector>

namespace coverplan::planner {

/// One word of an address or a query.
struct AddressWord {
    std::string text;         ///< folded: "ngo", "quyen", "12a", "12/3", "phuong"
    bool numeric = false;     ///< starts with a digit: a house, alley or ward number
    /// A word naming the kind of place that follows ("đường", "phố",
    /// "phường", "xã", "quận", "huyện", "thị xã", "thành phố", "thị trấn",
    /// "khu phố", "tỉnh", "số"), written out or abbreviated. A query may
    /// leave it out or add it where the data has none.
    bool designator = false;
    bool abbreviation = false;  ///< spelt out from an abbreviation ("P." -> "phuong")
};

/// The words of `text`: folded, split at anything but letters and digits
/// (a '/' or '-' after a digit stays inside the word: "12/3", "12-14"),
/// a number run into a word split from it ("12ngo" -> "12", "ngo"; one
/// trailing letter is a house suffix: "12a"), abbreviations spelt out:
///   with a dot: "P." phường, "Q." quận, "H." huyện, "X." xã, "Đ."/"D." đường,
///   "TT." thị trấn, "KP." khu phố;
///   with or without: "TP" thành phố, "TX" thị xã, "P12"/"P.12" phường 12,
///   "Q1"/"Q.1" quận 1.
/// At most `max_words` words are returned (the rest is ignored).
std::vector<AddressWord> address_words(std::string_view text, std::size_t max_words = 64);

/// What a full address written in one field holds, split at commas:
/// the parts that start like a ward ("Phường …", "P. …", "Xã …", "Thị trấn …")
/// and like a district ("Quận …", "Q.3", "Huyện …", "Thị xã …", "Thành phố …",
/// "TP. …"), the first of each, as written; the other parts make the
/// street part, except the province ("Tỉnh …", or a second ward or district
/// part such as "TP. Hồ Chí Minh" after "Q.3"), which is left out.
struct AddressParts {
    std::string street, ward, district;
};
AddressParts split_full_address(std::string_view text);

}  // namespace coverplan::planner
