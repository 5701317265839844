#pragma once
// Finding an address as it is typed: an inverted index on folded words
// (planner/address_words.h) with prefix matching for the word being typed,
// house numbers matched for what they are, and a score that says why one
// address comes before another (docs/user-guide.md, "Finding an address").
// Pure computation: built once per reading of the data, then searched from
// any number of threads (search is const and keeps nothing between calls).

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace coverplan::planner {

/// What the index reads of one address.
struct AddressEntry {
    std::string_view number;  ///< the house number field ("12", "12A", "số 12/3"); may be empty
    /// The street part: "Ngô Quyền", or "12 Ngô Quyền" when the number is
    /// written in it (then its leading number is the house number).
    std::string_view street;
    std::uint32_t ward = UINT32_MAX, district = UINT32_MAX;  ///< into the area names; UINT32_MAX: unknown
};

/// One address found, best first.
struct AddressHit {
    std::uint32_t address = 0;  ///< index of the address as given to the index
    int score = 0;              ///< what the ranking compared first (higher is better)
};

/// The points a match earns (docs/user-guide.md lists them for users).
/// Every word typed must match, or the address is not a result.
struct AddressScoring {
    static constexpr int kHouseExact = 60;       ///< "12" is the house number 12
    static constexpr int kHouseSameBase = 45;    ///< "12" for the house 12A, 12/3, 12-14
    static constexpr int kHousePrefix = 20;      ///< "12" being typed, for the house 120
    /// The street outweighs the ward and district: "ngo quyen 12" puts
    /// 120 Ngô Quyền before 12 Lê Lai in Phường Ngô Quyền.
    static constexpr int kStreetWord = 50;       ///< a whole word of the street (or number words: "ngõ 45")
    static constexpr int kAreaWord = 25;         ///< a whole word of the ward or district
    static constexpr int kStreetPrefix = 25;     ///< the word being typed starts a street word
    static constexpr int kAreaPrefix = 12;       ///< ... a ward or district word
    static constexpr int kDesignator = 5;        ///< "đường", "phường", "quận", ... typed and also in the address
    static constexpr int kInOrder = 10;          ///< two words typed in a row are in a row in the address
    static constexpr int kUnmatchedStreetWord = -3;  ///< a street word nobody typed ("Ngô Quyền Mới" after "Ngô Quyền")
};

class AddressIndex {
public:
    static constexpr std::uint32_t kNoArea = UINT32_MAX;  ///< the same as kNoAddressArea (planner/addresses.h)

    /// Indexes `count` addresses; `entry(i)` gives address i (its views are
    /// read during construction only). `areas` are the ward and district
    /// names the entries point to, as written.
    AddressIndex(const std::vector<std::string>& areas, std::size_t count,
                 const std::function<AddressEntry(std::size_t)>& entry);

    /// The best `limit` addresses for `query`, best first: highest score,
    /// then fewer street words, then the lower house number, then the ward
    /// and the district in alphabetical order (folded), then the order of
    /// the data. Every word of the query must be found in the address
    /// (whole, or as the start of a word for the last word when `query`
    /// does not end in a space, since that one may still be being typed),
    /// except words that only name a kind of place ("đường", "phường",
    /// "quận", "P.", ...): those count when present. A query of such words
    /// alone must find them. Nothing for a query without words. At most 16
    /// words of the query are read.
    ///
    /// The search starts from the required word held by the fewest
    /// addresses and looks at them in this order: its whole-word matches
    /// (as house numbers, street words, then ward and district words), then
    /// the words it starts, in the same order. Once it has `limit` results
    /// it stops after kCandidateBudget addresses matching every word, or
    /// kLookBudget addresses looked at, whichever comes first: only a query
    /// whose rarest word is that common (one or two letters being typed,
    /// "phường" alone, a house number alone) gets matches that may not be
    /// the very best, until the next letter narrows it. This bounds every
    /// search (docs/benchmarks.md: under 20 ms at 10^6 addresses).
    std::vector<AddressHit> search(std::string_view query, std::size_t limit = 10) const;
    static constexpr std::size_t kCandidateBudget = 10000;
    static constexpr std::size_t kLookBudget = 50000;

    std::size_t size() const { return rows_.empty() ? 0 : rows_.size() - 1; }
    std::size_t vocabulary_size() const { return vocabulary_.size(); }
    /// Bytes held by the index (its arrays), for the benchmark.
    std::size_t memory_bytes() const;

    /// A word of an address in the index.
    struct Token {
        std::uint32_t id = 0;    ///< into the vocabulary
        std::uint8_t pos = 0;    ///< position among the part's words (names and numbers; not kinds of place)
        std::uint8_t span = 1;   ///< words it covers: 2 or 3 for words written together ("ngoquyen")
        std::uint8_t flags = 0;  ///< kHouse, kNumeric, kDesignator
    };
    static constexpr std::uint8_t kHouse = 1, kNumeric = 2, kDesignator = 4;

private:
    /// A word of the query, with the vocabulary words it may match.
    struct Term {
        std::string text;
        bool numeric = false;
        bool all_digits = false;
        bool soft = false;         ///< a kind of place: counts when found, not required
        bool typing = false;       ///< the last word, maybe unfinished: may start a word
        bool area_number = false;  ///< a number after "quận", "phường", ...: never a house number
        std::uint32_t exact = UINT32_MAX;
        std::uint32_t lo = 0, hi = 0;  ///< words starting with text (for typing and numbers)
        std::uint64_t reach = 0;       ///< addresses holding a word it matches
    };
    struct Match {
        int points = 0;
        int part = 0;  ///< 0 street, 1 ward, 2 district
        std::uint8_t pos = 0, span = 1, flags = 0;
    };
    std::vector<Term> terms(std::string_view query) const;
    /// Whether vocabulary word `id` matches `term` at all (cheap: ids first).
    bool eligible(const Term& term, std::uint32_t id) const;
    int points(const Term& term, const Token& token, bool street) const;
    bool matches(std::uint32_t address, const Term& term) const;
    int score(std::uint32_t address, const std::vector<Term>& terms) const;
    std::pair<std::uint32_t, std::uint32_t> prefix_range(std::string_view prefix) const;

    std::vector<std::string> vocabulary_;    ///< sorted folded words
    std::vector<std::uint8_t> leading_digits_;  ///< of each word: "12a" 2, "120" 3, "ngo" 0
    /// What a search reads of each address, in one place (one cache line
    /// rather than five: a search is bound by memory, not arithmetic).
    struct Row {
        std::uint32_t tokens = 0;  ///< first of its street tokens; the next row's is the end
        std::uint32_t ward = UINT32_MAX, district = UINT32_MAX;
        std::uint32_t house = UINT32_MAX;  ///< the house number's leading digits; UINT32_MAX: none
        std::uint8_t words = 0;            ///< words of the street part (not kinds of place)
    };
    std::vector<Row> rows_;  ///< one per address, then one holding the end of the last's tokens
    std::vector<Token> street_tokens_;  ///< the street part of each address, house number included
    // Addresses by word: as their house number, and as another word of their street (once each).
    std::vector<std::uint32_t> house_offsets_, house_postings_;
    std::vector<std::uint32_t> posting_offsets_, postings_;
    // Wards and districts: their tokens, the areas by token, the addresses by area.
    std::vector<std::uint32_t> area_offsets_;
    std::vector<Token> area_tokens_;
    std::vector<std::uint32_t> area_posting_offsets_;
    std::vector<std::uint32_t> area_postings_;
    std::vector<std::uint32_t> area_address_offsets_;
    std::vector<std::uint32_t> area_addresses_;
    std::vector<std::uint32_t> area_rank_;  ///< alphabetical rank of each area's folded name
    /// Addresses each word reaches through the areas holding it: with the
    /// postings' lengths, the cost of starting a search from a word.
    std::vector<std::uint32_t> area_reach_;
};

}  // namespace coverplan::planner
