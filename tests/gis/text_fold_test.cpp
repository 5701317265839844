// Folding for search: what people type on a phone equals what the data holds,
// whatever the case, diacritics, Unicode form or spacing characters.

#include <gtest/gtest.h>

#include "gis/text_fold.h"

using coverplan::gis::fold_for_search;
using coverplan::gis::valid_utf8;

TEST(TextFold, DiacriticsAndCaseGo) {
    EXPECT_EQ(fold_for_search("Ngô Quyền"), "ngo quyen");
    EXPECT_EQ(fold_for_search("NGÔ QUYỀN"), "ngo quyen");
    EXPECT_EQ(fold_for_search("Nguyễn Văn Cừ"), "nguyen van cu");
    EXPECT_EQ(fold_for_search("Phường Hoàng Hoa Thám"), "phuong hoang hoa tham");
    EXPECT_EQ(fold_for_search("ngo quyen 12"), "ngo quyen 12");  // ASCII: lower case only
    EXPECT_EQ(fold_for_search("Ngo Quyen 12A"), "ngo quyen 12a");
}

TEST(TextFold, DWithStrokeIsD) {
    EXPECT_EQ(fold_for_search("Đường"), "duong");
    EXPECT_EQ(fold_for_search("đường"), "duong");
    EXPECT_EQ(fold_for_search("ĐƯỜNG ĐỘI CẤN"), "duong doi can");
    EXPECT_EQ(fold_for_search("Đ."), "d.");
}

TEST(TextFold, NfcAndNfdFoldAlike) {
    // "Quyền" precomposed (NFC) and as u + horn + grave... decomposed (NFD).
    const std::string nfc = "Quy\xE1\xBB\x81n";            // ề U+1EC1
    const std::string nfd = "Quye\xCC\x82\xCC\x80n";       // e + U+0302 + U+0300
    ASSERT_NE(nfc, nfd);
    EXPECT_EQ(fold_for_search(nfc), "quyen");
    EXPECT_EQ(fold_for_search(nfd), "quyen");
    // Both tone placements of "hoà" / "hòa" and a decomposed Đ-less word.
    EXPECT_EQ(fold_for_search("ho\xC3\xA0"), fold_for_search("ho\xCC\x80" "a"));
    EXPECT_EQ(fold_for_search("Tho\xCC\x9B\xCC\x80" "i"), "thoi");  // ờ as o + horn + grave
}

TEST(TextFold, SpacesAndLookAlikesBecomeAscii) {
    EXPECT_EQ(fold_for_search("12\xC2\xA0Ngô\tQuyền"), "12 ngo quyen");           // no-break space, tab
    EXPECT_EQ(fold_for_search("\xEF\xBC\x91\xEF\xBC\x92 Ng\xC3\xB4"), "12 ngo");  // full-width digits
    EXPECT_EQ(fold_for_search("Song Khê \xE2\x80\x93 Nội Hoàng"), "song khe - noi hoang");  // en dash
    EXPECT_EQ(fold_for_search("Ng\xC2\xAD\xC3\xB4"), "ngo");                         // soft hyphen ignored
    EXPECT_EQ(fold_for_search("Ngô\nQuyền"), "ngo quyen");                            // line break
}

TEST(TextFold, BytesThatAreNotUtf8AreReplacedNotFatal) {
    EXPECT_EQ(valid_utf8("ab\xFF" "c"), "ab\xEF\xBF\xBD" "c");
    EXPECT_EQ(valid_utf8("Ng\xC3"), "Ng\xEF\xBF\xBD");
    EXPECT_EQ(valid_utf8("Ngô"), "Ngô");
    EXPECT_EQ(fold_for_search("Ng\xF4 Quy\xEAn"), "ng\xEF\xBF\xBD quy\xEF\xBF\xBDn");  // Latin-1 bytes
    EXPECT_EQ(fold_for_search(""), "");
}
