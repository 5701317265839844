// UTF-8 measuring and cutting: Vietnamese letters are one character
// whatever their byte count, combining marks take no width and stay with
// their letter, and a cut never produces broken UTF-8.

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "gis/utf8.h"

namespace coverplan::gis {
namespace {

// "Đồng Sơn" precomposed (NFC): 8 characters in 12 bytes.
const std::string kComposed = "\xC4\x90\xE1\xBB\x93ng S\xC6\xA1n";
// The same name decomposed (NFD): "D" + U+0302 + U+0300 after "o", ...:
// Đ has no decomposition; ồ = o + U+0302 + U+0300; ơ = o + U+031B.
const std::string kDecomposed = "\xC4\x90o\xCC\x82\xCC\x80ng So\xCC\x9Bn";

TEST(Utf8, DisplayWidthCountsCharactersNotBytes) {
    EXPECT_EQ(kComposed, "Đồng Sơn");
    EXPECT_EQ(kComposed.size(), 12u);
    EXPECT_EQ(display_width(kComposed), 8u);
    EXPECT_EQ(display_width(kDecomposed), 8u);
    EXPECT_EQ(display_width("Xã Tân Mỹ"), 9u);
    EXPECT_EQ(display_width(""), 0u);
    EXPECT_EQ(display_width("zone_id"), 7u);
    EXPECT_EQ(display_width("–"), 1u);            // three bytes
    EXPECT_EQ(display_width("\xF0\x9F\x93\xB6"), 1u);  // four bytes
}

TEST(Utf8, PrefixNeverSplitsACharacter) {
    EXPECT_EQ(utf8_prefix(kComposed, 2), "Đồ");
    EXPECT_EQ(utf8_prefix(kComposed, 8), kComposed);
    EXPECT_EQ(utf8_prefix(kComposed, 100), kComposed);
    EXPECT_EQ(utf8_prefix(kComposed, 0), "");
    EXPECT_EQ(utf8_prefix("Dĩnh Kế", 6), "Dĩnh K");
    // Every cut of a Vietnamese text is whole characters.
    const std::string text = "Xếp hạng đầu tư – Bắc Giang";
    for (std::size_t n = 0; n <= 30; ++n) {
        const std::string_view cut = utf8_prefix(text, n);
        EXPECT_EQ(text.compare(0, cut.size(), cut), 0);
        EXPECT_EQ(display_width(cut), std::min<std::size_t>(n, display_width(text))) << n;
        if (cut.size() < text.size()) {
            EXPECT_NE(static_cast<unsigned char>(text[cut.size()]) & 0xC0, 0x80) << n;  // not a continuation byte
        }
    }
}

TEST(Utf8, PrefixKeepsCombiningMarksWithTheirLetter) {
    // Two characters of "Đo" + marks would strip ồ of its accents: the cut
    // goes before the o instead.
    EXPECT_EQ(utf8_prefix(kDecomposed, 2), "\xC4\x90");
    EXPECT_EQ(utf8_prefix(kDecomposed, 4), "\xC4\x90o\xCC\x82\xCC\x80");
    EXPECT_EQ(utf8_prefix(kDecomposed, 3), "\xC4\x90");
}

TEST(Utf8, TruncatedSequenceAtTheEndIsDropped) {
    const std::string broken = "ab\xE1\xBB";  // the first two bytes of "ồ"
    EXPECT_EQ(utf8_prefix(broken, 3), "ab");
    EXPECT_EQ(utf8_prefix(broken, 10), "ab");
}

TEST(Utf8, LowercaseFoldsVietnameseLetters) {
    EXPECT_EQ(lowercase("ĐANG CHẠY"), "đang chạy");
    EXPECT_EQ(lowercase("Đã Hủy"), "đã hủy");
    EXPECT_EQ(lowercase("QUY HOẠCH"), "quy hoạch");
    EXPECT_EQ(lowercase("ƠƯĂĨŨÂÊÔ"), "ơưăĩũâêô");
    EXPECT_EQ(lowercase("ẠẢẤẦẨẪẬẮẰẲẴẶẸẺẼẾỀỂỄỆỈỊỌỎỐỒỔỖỘỚỜỞỠỢỤỦỨỪỬỮỰỲỴỶỸ"),
              "ạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ");
    EXPECT_EQ(lowercase("already lower: đường ×÷"), "already lower: đường ×÷");
    EXPECT_EQ(lowercase("FTTH 4G"), "ftth 4g");
    // Malformed text is copied as it is, never read past its end.
    EXPECT_EQ(lowercase(std::string_view("A\xE1\xBA", 3)), std::string("a\xE1\xBA"));
    EXPECT_EQ(lowercase(""), "");
}

TEST(Utf8, ValidTextHasNoInvalidByte) {
    for (const std::string& text : {std::string(), kComposed, kDecomposed, std::string("zone_id=7&tech=ftth"),
                                    std::string("\x7F"), std::string("\xC2\x80"), std::string("\xDF\xBF"),
                                    std::string("\xE0\xA0\x80"), std::string("\xED\x9F\xBF"),
                                    std::string("\xEE\x80\x80"), std::string("\xEF\xBF\xBF"),
                                    std::string("\xF0\x90\x80\x80"), std::string("\xF4\x8F\xBF\xBF"),
                                    std::string("a\0b", 3)})
        EXPECT_EQ(invalid_utf8_at(text), std::nullopt) << text;
}

TEST(Utf8, TheFirstInvalidSequenceIsFound) {
    const std::vector<std::pair<std::string, std::size_t>> cases = {
        {"\xFF", 0},                      // never in UTF-8
        {"ab\xFE", 2},                    //
        {"\x80", 0},                      // a continuation byte alone
        {"\xC0\xAF", 0},                  // overlong '/'
        {"\xC1\xBF", 0},                  // overlong
        {"\xE0\x80\xAF", 0},              // overlong, three bytes
        {"\xF0\x80\x80\xAF", 0},          // overlong, four bytes
        {"\xED\xA0\x80", 0},              // a UTF-16 surrogate (U+D800)
        {"\xED\xBF\xBF", 0},              // U+DFFF
        {"\xF4\x90\x80\x80", 0},          // U+110000, past Unicode
        {"\xF5\x80\x80\x80", 0},          //
        {"Đồng\xE1\xBB", 7},              // cut short at the end (Đồng is 7 bytes)
        {"x\xC3(", 1},                    // a lead byte followed by ASCII
        {kComposed + "\xE1\x80\xC0", 12},  // a bad third byte
    };
    for (const auto& [text, at] : cases) EXPECT_EQ(invalid_utf8_at(text), std::optional<std::size_t>(at)) << text;
}

}  // namespace
}  // namespace coverplan::gis
