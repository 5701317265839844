// Finding an address as salespeople type it: a hand-made list of Vietnamese
// addresses written with and without diacritics, in NFC and NFD, with the
// usual abbreviations, and namesakes in two wards; the expected address
// must come first.

#include <gtest/gtest.h>

#include <algorithm>

#include "planner/address_index.h"
#include "planner/address_words.h"

using namespace coverplan::planner;

namespace {

/// NFD of "Ngô Quyền": o + circumflex, e + circumflex + grave.
const std::string kNgoQuyenNfd = "Ngo\xCC\x82 Quye\xCC\x82\xCC\x80n";

struct Row {
    std::string number, street;
    int ward, district;  // into kAreas, -1 none
};

const std::vector<std::string> kAreas = {
    "Phường Trần Phú",       // 0
    "Phường Lê Lợi",         // 1
    "Thành phố Bắc Giang",   // 2
    "P. Hoàng Văn Thụ",      // 3
    "TP. Bắc Giang",         // 4
    "Phuong Tho Xuong",      // 5 (no diacritics)
    "P.12",                  // 6
    "Q.3",                   // 7
    "Phường 1",              // 8
    "Quận 5",                // 9
    "Xã Tân Mỹ",             // 10
    "Huyện Yên Dũng",        // 11
    "Phường Quan Hoa",       // 12
    "Quận Cầu Giấy",         // 13
    "Phường Quán Thánh",     // 14
    "Quận Ba Đình",          // 15
    "Phường Ngô Quyền",      // 16
};

const std::vector<Row> kRows = {
    {"12", "Ngô Quyền", 0, 2},                   // 0
    {"12", kNgoQuyenNfd, 1, 2},                  // 1 the namesake, in another ward, written in NFD
    {"14", "Ngô Quyền", 0, 2},                   // 2
    {"120", "Ngô Quyền", 0, 2},                  // 3
    {"12A", "Ngô Quyền", 0, 2},                  // 4
    {"5", "Nguyễn Văn Cừ", 3, 4},                // 5
    {"7", "Đường Nguyễn Văn Cừ", 3, 4},          // 6
    {"45", "Nguyen Van Cu", 5, 4},               // 7 no diacritics in the data
    {"3", "Đ. Lê Lợi", 16, 2},                   // 8 a street named like ward 1, in a ward named like the street above
    {"88", "Hùng Vương", 6, 7},                  // 9
    {"88", "Hùng Vương", 8, 9},                  // 10
    {"", "Thôn Đông", 10, 11},                   // 11
    {"9", "Dương Quảng Hàm", 12, 13},            // 12
    {"21", "Quán Thánh", 14, 15},                // 13
    {"12/3", "Lê Lợi", 0, 2},                    // 14
    {"số 7", "Ngõ 45 Nguyễn Trãi", 0, 2},        // 15
    {"", "12 Ngô Quyền Mới", 0, 2},              // 16 number written in the street
};

class AddressSearch : public ::testing::Test {
protected:
    AddressSearch()
        : index_(kAreas, kRows.size(), [](std::size_t i) {
              const Row& row = kRows[i];
              return AddressEntry{row.number, row.street, row.ward < 0 ? AddressIndex::kNoArea : std::uint32_t(row.ward),
                                  row.district < 0 ? AddressIndex::kNoArea : std::uint32_t(row.district)};
          }) {}

    std::vector<std::uint32_t> found(const std::string& query, std::size_t limit = 10) const {
        std::vector<std::uint32_t> ids;
        for (const AddressHit& hit : index_.search(query, limit)) ids.push_back(hit.address);
        return ids;
    }
    std::uint32_t first(const std::string& query) const {
        const auto ids = found(query);
        EXPECT_FALSE(ids.empty()) << query;
        return ids.empty() ? UINT32_MAX : ids.front();
    }
    static bool has(const std::vector<std::uint32_t>& ids, std::uint32_t id) {
        return std::find(ids.begin(), ids.end(), id) != ids.end();
    }

    AddressIndex index_;
};

}  // namespace

TEST_F(AddressSearch, WithoutDiacriticsInAnyOrderFindsTheHouse) {
    const auto ids = found("ngo quyen 12");
    ASSERT_EQ(ids.size(), 5u);
    // The two houses numbered 12 (two wards), then house 12 of a street with
    // one word more, then 12A, then 120 (the number may still be being typed).
    EXPECT_TRUE((ids[0] == 0 && ids[1] == 1) || (ids[0] == 1 && ids[1] == 0)) << ids[0] << " " << ids[1];
    EXPECT_EQ(ids[2], 16u);
    EXPECT_EQ(ids[3], 4u);
    EXPECT_EQ(ids[4], 3u);
    EXPECT_FALSE(has(ids, 2)) << "14 Ngô Quyền holds no 12";
    EXPECT_FALSE(has(ids, 8)) << "3 Lê Lợi in Phường Ngô Quyền holds no 12";
    EXPECT_EQ(found("12 Ngô Quyền"), found("12 ngo quyen"));
    EXPECT_EQ(found("12 Ngô Quyền"), (std::vector<std::uint32_t>{1, 0, 16, 4})) << "12 finished: not 120";
    EXPECT_EQ(found("NGÔ QUYỀN 12"), found("ngo quyen 12"));
    EXPECT_EQ(found(kNgoQuyenNfd + " 12"), found("ngo quyen 12"));
    EXPECT_EQ(found("  ngo   quyen,12 "), found("ngo quyen 12 "));
}

TEST_F(AddressSearch, NamesakesInTwoWardsAreToldApartByTheWard) {
    EXPECT_EQ(first("12 ngo quyen tran phu"), 0u);
    EXPECT_EQ(first("12 ngo quyen le loi"), 1u);
    EXPECT_EQ(first("12 Ngô Quyền, P. Lê Lợi"), 1u);
    EXPECT_EQ(first("12 Ngô Quyền, phường Trần Phú"), 0u);
    // Lê Lợi the street comes before Lê Lợi the ward.
    const auto le_loi = found("le loi");
    ASSERT_GE(le_loi.size(), 3u);
    EXPECT_EQ(le_loi[0], 8u);  // house 3 before house 12/3
    EXPECT_EQ(le_loi[1], 14u);
    EXPECT_TRUE(has(le_loi, 1));
    // Hùng Vương 88 in two wards of two districts.
    EXPECT_EQ(first("88 hung vuong q.3"), 9u);
    EXPECT_EQ(first("88 hung vuong p12"), 9u);
    EXPECT_EQ(first("88 hùng vương quận 5"), 10u);
    EXPECT_EQ(first("88 Hùng Vương, Phường 1"), 10u);
    // A number after a kind of place names the ward or district, never a house: not house 3 of Lê Lợi.
    EXPECT_EQ(found("quận 3"), std::vector<std::uint32_t>{9});
    EXPECT_EQ(found("Q.3 "), std::vector<std::uint32_t>{9});
    EXPECT_EQ(first("số 3"), 8u) << "số is the house number";
}

TEST_F(AddressSearch, AbbreviationsAndKindsOfPlaceReadAlike) {
    EXPECT_EQ(found("Đ. Ngô Quyền 12"), found("ngo quyen 12"));
    EXPECT_EQ(found("đường ngô quyền 12"), found("ngo quyen 12"));
    EXPECT_EQ(found("Đường Ngô Quyền 12"), found("d. ngo quyen 12"));
    // The data writes "Đường Nguyễn Văn Cừ" for one house and "Nguyễn Văn Cừ" for another.
    const auto cu = found("nguyen van cu");
    EXPECT_TRUE(has(cu, 5) && has(cu, 6) && has(cu, 7));
    EXPECT_EQ(first("7 duong nguyen van cu"), 6u);
    EXPECT_EQ(first("7 Đ. Nguyễn Văn Cừ"), 6u);
    EXPECT_EQ(first("5 nguyen van cu phuong hoang van thu"), 5u);
    EXPECT_EQ(first("5 nguyen van cu p. hoang van thu"), 5u);
    EXPECT_EQ(first("nguyen van cu tp bac giang 5"), 5u);
    EXPECT_EQ(first("5 nguyễn văn cừ thành phố bắc giang"), 5u);
    EXPECT_EQ(first("thon dong xa tan my"), 11u);
    EXPECT_EQ(first("thôn đông, H. Yên Dũng"), 11u);
}

TEST_F(AddressSearch, DataWithoutDiacriticsIsFoundWithThem) {
    EXPECT_EQ(first("45 Nguyễn Văn Cừ"), 7u);
    EXPECT_EQ(first("45 nguyen van cu tho xuong"), 7u);
    EXPECT_EQ(first("Phường Thọ Xương"), 7u);
}

TEST_F(AddressSearch, NamesThatLookLikeKindsOfPlace) {
    // "Dương" and "Quán" fold like "đường" and "quận": still found first.
    EXPECT_EQ(first("9 duong quang ham"), 12u);
    EXPECT_EQ(first("Dương Quảng Hàm"), 12u);
    EXPECT_EQ(first("21 quan thanh"), 13u);
    EXPECT_EQ(first("quán thánh"), 13u);
    // A query of kinds of place alone must find them.
    EXPECT_FALSE(found("phường").empty());
    EXPECT_TRUE(found("tỉnh").empty());
}

TEST_F(AddressSearch, WordsBeingTypedAndWrittenTogether) {
    EXPECT_EQ(found("ngo quy 12 "), std::vector<std::uint32_t>{}) << "a finished word must be whole";
    const auto typing = found("ngo quy");
    EXPECT_TRUE(has(typing, 0) && has(typing, 1) && has(typing, 2));
    EXPECT_EQ(found("ngoquyen 12"), found("ngo quyen 12"));
    EXPECT_EQ(found("12ngo quyen"), found("12 ngo quyen"));
    EXPECT_EQ(first("nguyenvancu 45"), 7u);
}

TEST_F(AddressSearch, HouseNumbersOrderAStreetAndMatchWhatTheyAre) {
    // A street alone: its houses by number (12 twice, 12A, 14, 120), then the street with one more word.
    const auto street = found("ngo quyen ");
    ASSERT_GE(street.size(), 6u);
    EXPECT_EQ(street[2], 4u);  // 12A
    EXPECT_EQ(street[3], 2u);  // 14
    EXPECT_EQ(street[4], 3u);  // 120
    EXPECT_EQ(street[5], 16u) << "Ngô Quyền Mới has a word nobody typed";
    EXPECT_EQ(first("12 ngo quyen moi"), 16u);  // the number written in the street
    EXPECT_EQ(first("12/3 le loi"), 14u);
    EXPECT_EQ(first("12 le loi"), 14u);          // 12 is the house 12/3's number
    EXPECT_EQ(first("7 nguyen trai"), 15u);      // "số 7" in the number field
    EXPECT_EQ(first("ngo 45 nguyen trai"), 15u); // the alley's number is a word of the street
    EXPECT_TRUE(found("14 le loi").empty());
}

TEST_F(AddressSearch, NothingFoundIsEmptyAndTheLimitHolds) {
    EXPECT_TRUE(found("hai ba trung").empty());
    EXPECT_TRUE(found("").empty());
    EXPECT_TRUE(found("  ,;. ").empty());
    EXPECT_EQ(found("ngo quyen", 2).size(), 2u);
    EXPECT_TRUE(found("ngo quyen", 0).empty());
    // Anything at all is searched safely: bytes that are not UTF-8, a very long query.
    EXPECT_TRUE(found("ng\xF4 quy\xEAn \xFF\xFE").empty());
    EXPECT_TRUE(found(std::string(100000, 'a')).empty());
    std::string many;
    for (int i = 0; i < 1000; ++i) many += "ngo ";
    EXPECT_FALSE(found(many).empty()) << "the first 16 words are read";
}

TEST_F(AddressSearch, ScoresSayWhy) {
    const auto hits = index_.search("12 ngo quyen tran phu", 3);
    ASSERT_FALSE(hits.empty());
    using S = AddressScoring;
    // House 60, two street words 40 each, two ward words 30 each, three pairs in order.
    EXPECT_EQ(hits[0].score, S::kHouseExact + 2 * S::kStreetWord + 2 * S::kAreaWord + 3 * S::kInOrder);
}

TEST(AddressWords, AbbreviationsAreSpeltOut) {
    auto texts = [](const std::string& text) {
        std::string out;
        for (const AddressWord& word : address_words(text)) out += (out.empty() ? "" : " ") + word.text + (word.designator ? "*" : "");
        return out;
    };
    EXPECT_EQ(texts("P.12, Q.3"), "phuong* 12 quan* 3");
    EXPECT_EQ(texts("P12 Q3"), "phuong* 12 quan* 3");
    EXPECT_EQ(texts("TP. Bắc Giang"), "thanh* pho* bac giang");
    EXPECT_EQ(texts("TP Bắc Giang"), "thanh* pho* bac giang");
    EXPECT_EQ(texts("TX. Việt Yên"), "thi* xa* viet yen");
    EXPECT_EQ(texts("Thị xã Việt Yên"), "thi* xa* viet yen");
    EXPECT_EQ(texts("TT. Nham Biền"), "thi* tran* nham bien");
    EXPECT_EQ(texts("H. Yên Dũng"), "huyen* yen dung");
    EXPECT_EQ(texts("Đ. Ngô Quyền"), "duong* ngo quyen");
    EXPECT_EQ(texts("Võ Thị Sáu"), "vo thi sau") << "thị alone is a name";
    EXPECT_EQ(texts("P Trần Phú"), "p tran phu") << "a letter without its dot is not an abbreviation";
    EXPECT_EQ(texts("12A, 12/3, 12-14, 12ngo"), "12a 12/3 12-14 12 ngo");
    EXPECT_EQ(texts("\xEF\xBC\xAE\xEF\xBC\xA7\xC3\x94 Quyền"), "ngo quyen");  // full-width letters
}

TEST(AddressWords, AFullAddressSplitsIntoStreetWardAndDistrict) {
    AddressParts parts = split_full_address("12 Ngô Quyền, P. Trần Phú, TP. Bắc Giang, Tỉnh Bắc Giang");
    EXPECT_EQ(parts.street, "12 Ngô Quyền");
    EXPECT_EQ(parts.ward, "P. Trần Phú");
    EXPECT_EQ(parts.district, "TP. Bắc Giang");
    parts = split_full_address("88 Hùng Vương, P.12, Q.3, TP. Hồ Chí Minh");
    EXPECT_EQ(parts.street, "88 Hùng Vương");
    EXPECT_EQ(parts.ward, "P.12");
    EXPECT_EQ(parts.district, "Q.3");
    parts = split_full_address("Số 5, Thôn Đông, Xã Tân Mỹ, Huyện Yên Dũng");
    EXPECT_EQ(parts.street, "Số 5, Thôn Đông");
    EXPECT_EQ(parts.ward, "Xã Tân Mỹ");
    EXPECT_EQ(parts.district, "Huyện Yên Dũng");
    parts = split_full_address("12 Ngô Quyền");
    EXPECT_EQ(parts.street, "12 Ngô Quyền");
    EXPECT_EQ(parts.ward, "");
    EXPECT_EQ(parts.district, "");
}
