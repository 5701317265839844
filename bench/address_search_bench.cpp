// Address search at scale: 10^6 synthetic Vietnamese addresses (streets named
// like people and places, many repeated across wards, house numbers with
// 12A and 12/3 forms, wards and districts), indexed once, then searched the
// way the field page searches: every keystroke of typed addresses (with and
// without diacritics, number first or street first), plus the queries that
// reach the most addresses (one letter, "phường", a common family name).
// Prints build time, index memory and latency percentiles (docs/benchmarks.md).
//
// Build: cmake --preset bench -G Ninja && cmake --build build -j2 --target address_search_bench
// Run:   build/bin/address_search_bench [ADDRESSES] [TYPED]   (default 1000000 and 1000)

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <random>
#include <ctime>
#include <string>
#include <vector>

#include "bench_timing.h"
#include "gis/text_fold.h"
#include "planner/address_index.h"

using coverplan::bench::Clock;
using coverplan::bench::seconds;
using namespace coverplan::planner;

namespace {

const std::vector<std::string> kFamily = {"Nguyễn", "Trần", "Lê",  "Phạm", "Hoàng", "Vũ",   "Phan", "Đặng",
                                          "Bùi",    "Đỗ",   "Hồ",  "Ngô",  "Dương", "Lý",   "Giáp", "Thân",
                                          "Võ",     "Đinh", "Trịnh", "Mạc", "Cao",   "Lương", "Tô",  "Đào"};
const std::vector<std::string> kMiddle = {"Văn", "Thị", "Đức", "Minh", "Ngọc", "Thanh", "Quang", "Hữu", "Thu", "Xuân",
                                          "Công", "Đình", "Khắc", "Bá", "Tiến"};
const std::vector<std::string> kSyllables = {
    "Tân", "Đông", "Tây", "Nam", "Bắc", "Hòa", "Phú", "Xuân", "Thanh", "An", "Bình", "Hưng", "Quang", "Minh",
    "Đức", "Hương", "Mỹ", "Yên", "Vĩnh", "Phúc", "Thái", "Hồng", "Trung", "Ngọc", "Lạc", "Kim", "Cẩm", "Đại",
    "Tiên", "Song", "Hoàng", "Long", "Thượng", "Hạ", "Nghĩa", "Lam", "Việt", "Quế", "Châu", "Hợp", "Liên", "Đồng",
    "Cao", "Tam", "Vân", "Lương", "Phong", "Tiến", "Hải", "Sơn", "Khánh", "Định", "Lâm", "Hà", "Thịnh", "Lợi",
    "Lộc", "Thành", "Giang", "Khê", "Trì", "Thủy", "Điền", "Lập", "Hiệp", "Thuận", "Cường", "Kiều", "Mai", "Tường",
    "Ninh", "Dũng", "Liễu", "Nhân", "Quý", "Cừ", "Quyền", "Trãi", "Lai", "Du", "Huệ", "Tuấn", "Hùng", "Vương"};

struct Data {
    std::vector<std::string> areas;
    std::vector<std::string> numbers, streets;
    std::vector<std::uint32_t> ward, district;
};

/// 10^6 addresses: 40 districts of 25 wards, each ward with streets of
/// 20-60 houses; a street name is a person (3 words) or a place (2 words),
/// drawn from 30,000 names so most names recur in several wards.
Data generate(std::size_t count, std::mt19937_64& rng) {
    auto pick = [&](const std::vector<std::string>& list) -> const std::string& {
        return list[std::uniform_int_distribution<std::size_t>(0, list.size() - 1)(rng)];
    };
    auto chance = [&](double p) { return std::uniform_real_distribution<double>(0, 1)(rng) < p; };
    Data data;
    std::vector<std::uint32_t> district_ids;
    for (int d = 0; d < 40; ++d) {
        data.areas.push_back(d < 12 ? "Quận " + std::to_string(d + 1)
                             : d < 30 ? "Huyện " + pick(kSyllables) + " " + pick(kSyllables)
                                      : "Thành phố " + pick(kSyllables) + " " + pick(kSyllables));
        district_ids.push_back(static_cast<std::uint32_t>(data.areas.size() - 1));
    }
    std::vector<std::pair<std::uint32_t, std::uint32_t>> wards;  // ward area, district area
    for (std::uint32_t d : district_ids)
        for (int w = 0; w < 25; ++w) {
            data.areas.push_back(w < 10 && data.areas[d].rfind("Quận", 0) == 0 ? "Phường " + std::to_string(w + 1)
                                 : chance(0.7) ? "Phường " + pick(kSyllables) + " " + pick(kSyllables)
                                               : "Xã " + pick(kSyllables) + " " + pick(kSyllables));
            wards.emplace_back(static_cast<std::uint32_t>(data.areas.size() - 1), d);
        }
    std::vector<std::string> names;
    for (int n = 0; n < 30000; ++n)
        names.push_back(chance(0.6) ? pick(kFamily) + " " + pick(kMiddle) + " " + pick(kSyllables)
                                    : pick(kSyllables) + " " + pick(kSyllables));
    while (data.numbers.size() < count) {
        const auto& [ward, district] = wards[std::uniform_int_distribution<std::size_t>(0, wards.size() - 1)(rng)];
        const std::string street = (chance(0.15) ? "Đường " : "") + pick(names);
        const int houses = std::uniform_int_distribution<int>(20, 60)(rng);
        for (int h = 1; h <= houses && data.numbers.size() < count; ++h) {
            std::string number = std::to_string(h);
            if (chance(0.04)) number += "A";
            else if (chance(0.04)) number += "/" + std::to_string(std::uniform_int_distribution<int>(1, 9)(rng));
            data.numbers.push_back(number);
            data.streets.push_back(street);
            data.ward.push_back(ward);
            data.district.push_back(district);
        }
    }
    return data;
}

struct Latencies {
    std::vector<double> ms;
    std::vector<std::pair<double, std::string>> worst;
    void add(double t, const std::string& query) {
        ms.push_back(t);
        worst.emplace_back(t, query);
        std::sort(worst.rbegin(), worst.rend());
        if (worst.size() > 5) worst.pop_back();
    }
    double percentile(double p) {
        std::sort(ms.begin(), ms.end());
        return ms[std::min(ms.size() - 1, static_cast<std::size_t>(p * ms.size()))];
    }
};

/// This thread's processor time in ms: what a search costs, without the
/// time the scheduler gave other programs meanwhile (a shared machine).
double cpu_ms() {
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return t.tv_sec * 1e3 + t.tv_nsec / 1e6;
}

/// Wall-clock ms of one search; `cpu` gets its processor time.
double timed_search(const AddressIndex& index, const std::string& query, std::size_t& found, double* cpu = nullptr) {
    const double cpu_start = cpu_ms();
    const auto start = Clock::now();
    found = index.search(query, 10).size();
    const double wall = seconds(start) * 1000;
    if (cpu) *cpu = cpu_ms() - cpu_start;
    return wall;
}

}  // namespace

int main(int argc, char** argv) {
    const std::size_t count = argc > 1 ? std::strtoull(argv[1], nullptr, 10) : 1000000;
    const std::size_t typed = argc > 2 ? std::strtoull(argv[2], nullptr, 10) : 1000;
    std::mt19937_64 rng(20261130);
    auto start = Clock::now();
    const Data data = generate(count, rng);
    std::printf("generated %zu addresses (%zu wards and districts) in %.1f s\n", data.numbers.size(), data.areas.size(),
                seconds(start));
    start = Clock::now();
    const AddressIndex index(data.areas, data.numbers.size(), [&](std::size_t i) {
        return AddressEntry{data.numbers[i], data.streets[i], data.ward[i], data.district[i]};
    });
    std::printf("index built in %.1f s: %zu words, %.0f MB\n", seconds(start), index.vocabulary_size(),
                index.memory_bytes() / 1e6);

    // Typing: every keystroke of `typed` addresses, as people type them.
    Latencies typing, typing_cpu;
    std::size_t found = 0, answered = 0, first = 0, in_ten = 0, with_ward = 0, first_with_ward = 0;
    for (std::size_t k = 0; k < typed; ++k) {
        const std::size_t i = std::uniform_int_distribution<std::size_t>(0, data.numbers.size() - 1)(rng);
        const std::string& ward = data.areas[data.ward[i]];
        std::string text;
        switch (k % 4) {
            case 0: text = data.numbers[i] + " " + data.streets[i]; break;                       // 12 Nguyễn Văn Cừ
            case 1: text = coverplan::gis::fold_for_search(data.streets[i] + " " + data.numbers[i]); break;  // nguyen van cu 12
            case 2: text = data.numbers[i] + " " + data.streets[i] + ", " + ward; break;         // with the ward
            default: text = coverplan::gis::fold_for_search(data.streets[i] + " " + data.numbers[i] + " " + ward);
        }
        for (std::size_t end = 1; end <= text.size(); ++end) {
            if (end < text.size() && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) continue;  // mid-letter
            const std::string query = text.substr(0, end);
            double cpu = 0;
            typing.add(timed_search(index, query, found, &cpu), query);
            typing_cpu.add(cpu, query);
            answered += found > 0;
        }
        // Typed in full: is the address (or one written exactly alike) found, and first?
        const auto hits = index.search(text, 10);
        auto same = [&](std::uint32_t a) {
            return data.numbers[a] == data.numbers[i] && data.streets[a] == data.streets[i] && data.ward[a] == data.ward[i] &&
                   data.district[a] == data.district[i];
        };
        const bool ward_typed = k % 4 >= 2;
        with_ward += ward_typed;
        first_with_ward += ward_typed && !hits.empty() && same(hits[0].address);
        bool seen = false;
        for (std::size_t h = 0; h < hits.size(); ++h)
            if (same(hits[h].address)) {
                first += h == 0;
                ++in_ten;
                seen = true;
                break;
            }
        if (!seen && std::getenv("SHOW_MISSES")) std::printf("missed: '%s' (%zu results)\n", text.c_str(), hits.size());
    }
    if (typing.ms.empty()) typing.add(0, "");  // nothing typed (TYPED 0): the broad queries alone
    if (typing_cpu.ms.empty()) typing_cpu.add(0, "");
    std::printf("\ntyping %zu addresses: %zu queries (%zu with results)\n", typed, typing.ms.size(), answered);
    std::printf("  typed in full: the address first %zu times, among the ten shown %zu times, of %zu;"
                " with its ward typed, first %zu of %zu\n",
                first, in_ten, typed, first_with_ward, with_ward);
    for (const auto& [name, latencies] :
         {std::pair<const char*, Latencies*>{"wall clock", &typing}, {"processor", &typing_cpu}}) {
        std::printf("  %-10s median %.3f ms, p90 %.3f ms, p99 %.3f ms, p99.9 %.3f ms, max %.3f ms\n", name,
                    latencies->percentile(0.5), latencies->percentile(0.9), latencies->percentile(0.99),
                    latencies->percentile(0.999), latencies->percentile(1.0));
        std::printf("  slowest:");
        for (const auto& [t, query] : latencies->worst) std::printf(" '%s' %.2f ms;", query.c_str(), t);
        std::printf("\n");
    }

    // The queries that reach the most addresses, each run 21 times (median, max).
    std::printf("\nbroad queries (21 runs each): median / max ms (wall clock), max ms (processor), results\n");
    for (const char* query : {"n", "ng", "ngu", "nguyen", "nguyen v", "t", "th", "p", "ph", "phuong", "phường",
                              "1", "12", "12 n", "28 ", "28 P", "4 Đường ", "quan 1", "thanh pho", "đ.", "xa", "12 nguyen van", "zzz"}) {
        std::vector<double> runs;
        double cpu_max = 0;
        for (int r = 0; r < 21; ++r) {
            double cpu = 0;
            runs.push_back(timed_search(index, query, found, &cpu));
            cpu_max = std::max(cpu_max, cpu);
        }
        std::sort(runs.begin(), runs.end());
        std::printf("  %-16s %7.3f / %7.3f  %7.3f  %zu\n", (std::string("'") + query + "'").c_str(), runs[10], runs.back(),
                    cpu_max, found);
    }
    return 0;
}
