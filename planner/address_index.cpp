#include "planner/address_index.h"

#include <algorithm>
#include <climits>
#include <numeric>
#include <stdexcept>
#include <unordered_map>

#include "planner/address_words.h"

namespace coverplan::planner {

namespace {

using Token = AddressIndex::Token;
constexpr std::uint32_t kNone = UINT32_MAX;
/// Positions of the street part's words in a 64-bit mask; words beyond are
/// still found but not counted as left unmatched.
constexpr std::uint8_t kMaxPosition = 63;

bool is_digit(char c) { return c >= '0' && c <= '9'; }

/// The words of one part as tokens with provisional word ids.
class Tokenizer {
public:
    std::uint32_t intern(const std::string& word) {
        const auto [it, added] = ids_.try_emplace(word, static_cast<std::uint32_t>(words_.size()));
        if (added) words_.push_back(word);
        return it->second;
    }

    /// Appends the tokens of `words` to `out`, positions continuing from
    /// `position`. Words written together are indexed too ("ngoquyen" for
    /// "Ngô Quyền", "hoangvanthu"), so a query without spaces finds them.
    void add(const std::vector<AddressWord>& words, std::vector<Token>& out, std::uint8_t& position) {
        std::size_t run = 0;  // content words in a row so far, for the written-together forms
        for (std::size_t i = 0; i < words.size(); ++i) {
            const AddressWord& word = words[i];
            Token token;
            token.id = intern(word.text);
            token.pos = position;
            token.flags = static_cast<std::uint8_t>((word.numeric ? AddressIndex::kNumeric : 0) |
                                                    (word.designator ? AddressIndex::kDesignator : 0));
            out.push_back(token);
            // A kind of place shares the position of the name after it, so
            // "Đường Ngô Quyền" and "Ngô Quyền" have the same words in a row.
            if (word.designator) {
                run = 0;
                continue;
            }
            if (word.numeric) {
                run = 0;
                if (position < kMaxPosition) ++position;
                continue;
            }
            ++run;
            for (std::size_t span = 2; span <= 3 && span <= run; ++span) {
                std::string joined;
                for (std::size_t k = i + 1 - span; k <= i; ++k) joined += words[k].text;
                Token together;
                together.id = intern(joined);
                together.pos = static_cast<std::uint8_t>(position + 1 - span);
                together.span = static_cast<std::uint8_t>(span);
                out.push_back(together);
            }
            if (position < kMaxPosition) ++position;
        }
    }

    std::vector<std::string>& words() { return words_; }

private:
    std::unordered_map<std::string, std::uint32_t> ids_;
    std::vector<std::string> words_;
};

/// The leading digits of a house number (at most 9), for ordering.
std::uint32_t leading_value(std::string_view word) {
    std::uint32_t value = 0;
    for (std::size_t i = 0; i < word.size() && i < 9 && is_digit(word[i]); ++i) value = value * 10 + (word[i] - '0');
    return value;
}

/// Marks the house number among a street part's tokens: the first number
/// of the number field, else a number before any name in the street
/// ("12 Ngô Quyền", "Số 12 Ngô Quyền"; not "Ngõ 45 Nguyễn Trãi").
void mark_house(std::vector<Token>& tokens, std::size_t begin, std::size_t number_end) {
    for (std::size_t k = begin; k < number_end; ++k)
        if (tokens[k].flags & AddressIndex::kNumeric) {
            tokens[k].flags |= AddressIndex::kHouse;
            return;
        }
    for (std::size_t k = number_end; k < tokens.size(); ++k) {
        if (tokens[k].flags & AddressIndex::kNumeric) {
            tokens[k].flags |= AddressIndex::kHouse;
            return;
        }
        if (!(tokens[k].flags & AddressIndex::kDesignator)) return;
    }
}

/// CSR postings: for each word, the items (addresses or areas) holding it
/// in a token `keep` accepts, once each.
template <class Keep>
void build_postings(std::size_t vocabulary, const std::vector<std::uint32_t>& offsets, const std::vector<Token>& tokens,
                    Keep keep, std::vector<std::uint32_t>& posting_offsets, std::vector<std::uint32_t>& postings) {
    const std::size_t items = offsets.size() - 1;
    auto counted = [&](std::size_t item, std::size_t k) {
        if (!keep(tokens[k])) return false;
        for (std::size_t j = offsets[item]; j < k; ++j)
            if (tokens[j].id == tokens[k].id && keep(tokens[j])) return false;
        return true;
    };
    std::vector<std::uint32_t> counts(vocabulary + 1, 0);
    for (std::size_t item = 0; item < items; ++item)
        for (std::size_t k = offsets[item]; k < offsets[item + 1]; ++k)
            if (counted(item, k)) ++counts[tokens[k].id + 1];
    std::partial_sum(counts.begin(), counts.end(), counts.begin());
    posting_offsets = counts;
    postings.resize(posting_offsets.back());
    for (std::size_t item = 0; item < items; ++item)
        for (std::size_t k = offsets[item]; k < offsets[item + 1]; ++k)
            if (counted(item, k)) postings[counts[tokens[k].id]++] = static_cast<std::uint32_t>(item);
}

template <class T>
std::size_t bytes_of(const std::vector<T>& v) {
    return v.capacity() * sizeof(T);
}

}  // namespace

AddressIndex::AddressIndex(const std::vector<std::string>& areas, std::size_t count,
                           const std::function<AddressEntry(std::size_t)>& entry) {
    if (count >= kNone || areas.size() >= kNone) throw std::length_error("too many addresses for one index");
    Tokenizer tokenizer;
    rows_.reserve(count + 1);
    for (std::size_t i = 0; i < count; ++i) {
        const AddressEntry e = entry(i);
        const std::size_t begin = street_tokens_.size();
        std::uint8_t position = 0;
        tokenizer.add(address_words(e.number, 16), street_tokens_, position);
        const std::size_t number_end = street_tokens_.size();
        tokenizer.add(address_words(e.street), street_tokens_, position);
        mark_house(street_tokens_, begin, number_end);
        if (street_tokens_.size() >= kNone) throw std::length_error("too many address words for one index");
        Row row;
        row.tokens = static_cast<std::uint32_t>(begin);
        for (std::size_t k = begin; k < street_tokens_.size(); ++k) {
            const Token& token = street_tokens_[k];
            if (token.flags & kHouse) row.house = leading_value(tokenizer.words()[token.id]);
            if (token.span == 1 && !(token.flags & (kNumeric | kDesignator)) && row.words < 255) ++row.words;
        }
        row.ward = e.ward < areas.size() ? e.ward : kNoArea;
        row.district = e.district < areas.size() ? e.district : kNoArea;
        rows_.push_back(row);
    }
    Row end;
    end.tokens = static_cast<std::uint32_t>(street_tokens_.size());
    rows_.push_back(end);
    std::vector<std::uint32_t> street_offsets(rows_.size());
    for (std::size_t a = 0; a < rows_.size(); ++a) street_offsets[a] = rows_[a].tokens;
    area_offsets_.push_back(0);
    std::vector<std::string> folded_areas;
    for (const std::string& area : areas) {
        std::uint8_t position = 0;
        const std::vector<AddressWord> words = address_words(area);
        tokenizer.add(words, area_tokens_, position);
        area_offsets_.push_back(static_cast<std::uint32_t>(area_tokens_.size()));
        std::string folded;
        for (const AddressWord& word : words) folded += word.text + " ";
        folded_areas.push_back(std::move(folded));
    }

    // The vocabulary in byte order, so the words a prefix starts are one range.
    std::vector<std::string>& words = tokenizer.words();
    std::vector<std::uint32_t> order(words.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) { return words[a] < words[b]; });
    std::vector<std::uint32_t> rank(words.size());
    vocabulary_.reserve(words.size());
    for (std::uint32_t r = 0; r < order.size(); ++r) {
        rank[order[r]] = r;
        vocabulary_.push_back(std::move(words[order[r]]));
    }
    for (Token& token : street_tokens_) token.id = rank[token.id];
    for (Token& token : area_tokens_) token.id = rank[token.id];

    leading_digits_.reserve(vocabulary_.size());
    for (const std::string& word : vocabulary_) {
        std::size_t digits = 0;
        while (digits < word.size() && digits < 255 && is_digit(word[digits])) ++digits;
        leading_digits_.push_back(static_cast<std::uint8_t>(digits));
    }
    const auto house = [](const Token& token) { return (token.flags & kHouse) != 0; };
    const auto other = [](const Token& token) { return (token.flags & kHouse) == 0; };
    const auto any = [](const Token&) { return true; };
    build_postings(vocabulary_.size(), street_offsets, street_tokens_, house, house_offsets_, house_postings_);
    build_postings(vocabulary_.size(), street_offsets, street_tokens_, other, posting_offsets_, postings_);
    build_postings(vocabulary_.size(), area_offsets_, area_tokens_, any, area_posting_offsets_, area_postings_);
    // Addresses by area (a ward and a district of the same name count once).
    std::vector<std::uint32_t> counts(areas.size() + 1, 0);
    for (std::size_t a = 0; a < count; ++a) {
        const Row& row = rows_[a];
        if (row.ward != kNoArea) ++counts[row.ward + 1];
        if (row.district != kNoArea && row.district != row.ward) ++counts[row.district + 1];
    }
    std::partial_sum(counts.begin(), counts.end(), counts.begin());
    area_address_offsets_ = counts;
    area_addresses_.resize(counts.back());
    for (std::size_t a = 0; a < count; ++a) {
        const Row& row = rows_[a];
        if (row.ward != kNoArea) area_addresses_[counts[row.ward]++] = static_cast<std::uint32_t>(a);
        if (row.district != kNoArea && row.district != row.ward)
            area_addresses_[counts[row.district]++] = static_cast<std::uint32_t>(a);
    }
    area_reach_.assign(vocabulary_.size(), 0);
    for (std::size_t id = 0; id < vocabulary_.size(); ++id)
        for (std::size_t p = area_posting_offsets_[id]; p < area_posting_offsets_[id + 1]; ++p) {
            const std::uint32_t area = area_postings_[p];
            area_reach_[id] += area_address_offsets_[area + 1] - area_address_offsets_[area];
        }
    std::vector<std::uint32_t> by_name(areas.size());
    std::iota(by_name.begin(), by_name.end(), 0);
    std::sort(by_name.begin(), by_name.end(),
              [&](std::uint32_t a, std::uint32_t b) { return std::tie(folded_areas[a], a) < std::tie(folded_areas[b], b); });
    area_rank_.resize(areas.size());
    for (std::uint32_t r = 0; r < by_name.size(); ++r) area_rank_[by_name[r]] = r;
}

std::size_t AddressIndex::memory_bytes() const {
    std::size_t bytes = bytes_of(vocabulary_);
    for (const std::string& word : vocabulary_) bytes += word.capacity() > 15 ? word.capacity() + 1 : 0;
    return bytes + bytes_of(rows_) + bytes_of(street_tokens_) + bytes_of(house_offsets_) + bytes_of(house_postings_) +
           bytes_of(leading_digits_) + bytes_of(posting_offsets_) +
           bytes_of(postings_) + bytes_of(area_offsets_) + bytes_of(area_tokens_) + bytes_of(area_posting_offsets_) +
           bytes_of(area_postings_) + bytes_of(area_address_offsets_) + bytes_of(area_addresses_) +
           bytes_of(area_rank_) + bytes_of(area_reach_);
}

}  // namespace coverplan::planner
