// AddressIndex::search: the query's words, the word to start from, the
// candidates it reaches (best kinds of match first, within a budget), each
// scored against its ~10 tokens, the best `limit` kept in a heap.

#include <algorithm>
#include <climits>

#include "planner/address_index.h"
#include "planner/address_words.h"

namespace coverplan::planner {

namespace {

constexpr std::uint32_t kNone = UINT32_MAX;
constexpr int kRejected = INT_MIN;
constexpr int kMaxPosition = 63;  ///< as the index counts positions (address_index.cpp)

bool is_digit(char c) { return c >= '0' && c <= '9'; }

bool all_digits(std::string_view text) {
    for (const char c : text)
        if (!is_digit(c)) return false;
    return !text.empty();
}

}  // namespace

std::pair<std::uint32_t, std::uint32_t> AddressIndex::prefix_range(std::string_view prefix) const {
    const auto lo = std::lower_bound(vocabulary_.begin(), vocabulary_.end(), prefix,
                                     [](const std::string& word, std::string_view p) { return std::string_view(word) < p; });
    const auto hi = std::partition_point(lo, vocabulary_.end(), [&](const std::string& word) {
        return std::string_view(word).substr(0, prefix.size()) == prefix;
    });
    return {static_cast<std::uint32_t>(lo - vocabulary_.begin()), static_cast<std::uint32_t>(hi - vocabulary_.begin())};
}

bool AddressIndex::eligible(const Term& term, std::uint32_t id) const {
    if (id == term.exact) return true;
    if (id < term.lo || id >= term.hi) return false;
    if (term.typing) return true;
    // A finished number matches the same number with a suffix: 12 -> 12A, 12/3, not 120.
    if (term.all_digits) return leading_digits_[id] == term.text.size();
    return !is_digit(vocabulary_[id][term.text.size()]);
}

std::vector<AddressIndex::Term> AddressIndex::terms(std::string_view query) const {
    const std::vector<AddressWord> words = address_words(query, 16);
    // The last word may be unfinished unless something follows it ("ngo quyen " is done).
    const char end = query.empty() ? ' ' : query.back();
    const bool typing = (end >= '0' && end <= '9') || (end >= 'a' && end <= 'z') || (end >= 'A' && end <= 'Z') ||
                        static_cast<unsigned char>(end) >= 0x80;
    std::vector<Term> out;
    bool any_required = false;
    for (std::size_t i = 0; i < words.size(); ++i) {
        Term term;
        term.text = words[i].text;
        term.numeric = words[i].numeric;
        term.all_digits = all_digits(term.text);
        term.soft = words[i].designator;
        term.typing = typing && i + 1 == words.size() && !words[i].abbreviation;
        // "quận 1", "P.12", "ngõ" is no kind of place: "phường 12" names a ward, "số 12" a house.
        term.area_number = term.numeric && i > 0 && words[i - 1].designator && words[i - 1].text != "so";
        const auto [lo, hi] = prefix_range(term.text);
        if (lo < hi && vocabulary_[lo] == term.text) term.exact = lo;
        if (term.typing || term.numeric) {
            term.lo = lo;
            term.hi = hi;
        }
        any_required = any_required || !term.soft;
        out.push_back(std::move(term));
    }
    for (Term& term : out) {
        if (!any_required) term.soft = false;
        const std::uint32_t first = term.lo < term.hi ? term.lo : term.exact;
        const std::uint32_t last = term.lo < term.hi ? term.hi : term.exact == kNone ? kNone : term.exact + 1;
        for (std::uint32_t id = first; id < last; ++id)
            if (eligible(term, id))
                term.reach += (term.numeric && !term.area_number ? house_offsets_[id + 1] - house_offsets_[id] : 0) +
                              (posting_offsets_[id + 1] - posting_offsets_[id]) + area_reach_[id];
    }
    return out;
}

int AddressIndex::points(const Term& term, const Token& token, bool street) const {
    using S = AddressScoring;
    if (!eligible(term, token.id)) return 0;
    const bool exact = token.id == term.exact;
    if (token.flags & kHouse) {
        if (term.area_number) return 0;
        if (exact) return S::kHouseExact;
        return leading_digits_[token.id] == term.text.size() || !term.all_digits ? S::kHouseSameBase : S::kHousePrefix;
    }
    if (exact) return street ? S::kStreetWord : S::kAreaWord;
    return street ? S::kStreetPrefix : S::kAreaPrefix;
}

bool AddressIndex::matches(std::uint32_t address, const Term& term) const {
    for (std::uint32_t k = rows_[address].tokens; k < rows_[address + 1].tokens; ++k)
        if (points(term, street_tokens_[k], true) > 0) return true;
    for (const std::uint32_t area : {rows_[address].ward, rows_[address].district}) {
        if (area == kNoArea) continue;
        for (std::uint32_t k = area_offsets_[area]; k < area_offsets_[area + 1]; ++k)
            if (points(term, area_tokens_[k], false) > 0) return true;
    }
    return false;
}

int AddressIndex::score(std::uint32_t address, const std::vector<Term>& terms) const {
    using S = AddressScoring;
    const std::uint32_t areas[2] = {rows_[address].ward, rows_[address].district};
    const std::uint32_t first = rows_[address].tokens, end = rows_[address + 1].tokens;
    int total = 0;
    std::uint64_t covered = 0;
    Match previous;
    for (const Term& term : terms) {
        Match best;
        for (std::uint32_t k = first; k < end; ++k) {
            const Token& token = street_tokens_[k];
            const int p = points(term, token, true);
            if (p > best.points) best = {p, 0, token.pos, token.span, token.flags};
        }
        for (int part = 1; part <= 2; ++part) {
            const std::uint32_t area = areas[part - 1];
            if (area == kNoArea) continue;
            for (std::uint32_t k = area_offsets_[area]; k < area_offsets_[area + 1]; ++k) {
                const Token& token = area_tokens_[k];
                const int p = points(term, token, false);
                if (p > best.points) best = {p, part, token.pos, token.span, token.flags};
            }
        }
        if (term.soft) {
            if (best.points > 0) total += S::kDesignator;
            continue;
        }
        if (best.points == 0) return kRejected;
        total += best.points;
        if (best.part == 0 && !(best.flags & kDesignator))
            for (int k = best.pos; k < best.pos + best.span && k <= kMaxPosition; ++k) covered |= std::uint64_t(1) << k;
        if (previous.points > 0 && previous.part == best.part && best.pos == previous.pos + previous.span)
            total += S::kInOrder;
        previous = best;
    }
    for (std::uint32_t k = first; k < end; ++k) {
        const Token& token = street_tokens_[k];
        if (token.span == 1 && !(token.flags & (kNumeric | kDesignator)) && token.pos < kMaxPosition &&
            !(covered & (std::uint64_t(1) << token.pos)))
            total += S::kUnmatchedStreetWord;
    }
    return total;
}

std::vector<AddressHit> AddressIndex::search(std::string_view query, std::size_t limit) const {
    if (limit == 0 || size() == 0) return {};
    const std::vector<Term> all = terms(query);
    // The search starts from the required word reaching the fewest addresses;
    // the others are checked from the next fewest on, so a candidate fails fast.
    std::vector<const Term*> required;
    for (const Term& term : all)
        if (!term.soft) required.push_back(&term);
    if (required.empty()) return {};
    std::sort(required.begin(), required.end(), [](const Term* a, const Term* b) { return a->reach < b->reach; });
    const Term& driver = *required.front();
    if (driver.reach == 0) return {};  // a word no address holds

    struct Ranked {
        int score;
        std::uint8_t words;
        std::uint32_t house, ward, district, address;
    };
    auto rank_of = [&](std::uint32_t area) { return area == kNoArea ? kNone : area_rank_[area]; };
    auto better = [](const Ranked& a, const Ranked& b) {
        if (a.score != b.score) return a.score > b.score;
        return std::tie(a.words, a.house, a.ward, a.district, a.address) <
               std::tie(b.words, b.house, b.ward, b.district, b.address);
    };
    std::vector<Ranked> best;  // a heap whose top is the worst kept
    best.reserve(std::min(limit, size()) + 1);
    std::vector<std::uint64_t> seen((size() + 63) / 64, 0);
    std::size_t looked_at = 0, scored = 0;
    auto spent = [&] {
        return best.size() >= limit && (scored >= kCandidateBudget || looked_at >= kLookBudget);
    };
    auto visit = [&](std::uint32_t address) {
        ++looked_at;
        std::uint64_t& word = seen[address >> 6];
        const std::uint64_t bit = std::uint64_t(1) << (address & 63);
        if (word & bit) return;
        word |= bit;
        for (std::size_t t = 1; t < required.size(); ++t)
            if (!matches(address, *required[t])) return;
        ++scored;
        const int s = score(address, all);
        if (s == kRejected) return;
        const Row& row = rows_[address];
        const Ranked candidate{s, row.words, row.house, rank_of(row.ward), rank_of(row.district), address};
        if (best.size() < limit) {
            best.push_back(candidate);
            std::push_heap(best.begin(), best.end(), better);
        } else if (better(candidate, best.front())) {
            std::pop_heap(best.begin(), best.end(), better);
            best.back() = candidate;
            std::push_heap(best.begin(), best.end(), better);
        }
    };
    // Addresses of one list, fetched from memory ahead of their turn: a
    // house number's addresses lie all over the index, and waiting for each
    // in turn costs more than scoring it.
    auto run = [&](const std::uint32_t* list, std::size_t n) {
        constexpr std::size_t kAhead = 8;
        for (std::size_t i = 0; i < n && !spent(); ++i) {
            if (i + 2 * kAhead < n) __builtin_prefetch(&rows_[list[i + 2 * kAhead]]);
            if (i + kAhead < n) __builtin_prefetch(&street_tokens_[rows_[list[i + kAhead]].tokens]);
            visit(list[i]);
        }
    };
    auto postings = [&](const std::vector<std::uint32_t>& offsets, const std::vector<std::uint32_t>& list,
                        std::uint32_t id) { run(list.data() + offsets[id], offsets[id + 1] - offsets[id]); };
    auto areas = [&](std::uint32_t id) {
        for (std::uint32_t p = area_posting_offsets_[id]; p < area_posting_offsets_[id + 1] && !spent(); ++p) {
            const std::uint32_t area = area_postings_[p];
            run(area_addresses_.data() + area_address_offsets_[area],
                area_address_offsets_[area + 1] - area_address_offsets_[area]);
        }
    };
    // The driving word's matches, the best kinds first: the whole word (as a
    // house number, a street word, a ward or district word), then the words
    // it starts in the same order; a search reaching more than
    // kCandidateBudget addresses stops there once it has its results.
    std::vector<std::uint32_t> ids;
    if (driver.exact != kNone) ids.push_back(driver.exact);
    for (std::uint32_t id = driver.lo; id < driver.hi; ++id)
        if (id != driver.exact && eligible(driver, id)) ids.push_back(id);
    const bool houses = driver.numeric && !driver.area_number;
    const std::size_t whole = driver.exact != kNone ? 1 : 0;
    for (const auto& [from, to] : {std::pair<std::size_t, std::size_t>(0, whole), {whole, ids.size()}}) {
        if (houses)
            for (std::size_t i = from; i < to; ++i) postings(house_offsets_, house_postings_, ids[i]);
        for (std::size_t i = from; i < to; ++i) postings(posting_offsets_, postings_, ids[i]);
        for (std::size_t i = from; i < to; ++i) areas(ids[i]);
    }
    std::sort_heap(best.begin(), best.end(), better);
    std::vector<AddressHit> hits;
    for (const Ranked& r : best) hits.push_back({r.address, r.score});
    return hits;
}

}  // namespace coverplan::planner
