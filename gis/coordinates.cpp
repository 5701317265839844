#include "gis/coordinates.h"

#include <cmath>
#include <vector>

#include "gis/parse_number.h"

namespace coverplan::gis {

namespace {

std::string_view trim(std::string_view text) {
    const auto space = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; };
    while (!text.empty() && space(text.front())) text.remove_prefix(1);
    while (!text.empty() && space(text.back())) text.remove_suffix(1);
    return text;
}

bool ascii_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

char hemisphere_of(char c) {
    switch (c) {
        case 'N': case 'n': return 'N';
        case 'S': case 's': return 'S';
        case 'E': case 'e': return 'E';
        case 'W': case 'w': return 'W';
        default: return 0;
    }
}

/// A number with a decimal point or, when it has no point, one decimal comma.
std::optional<double> decimal(std::string_view text, std::string* problem) {
    std::string copy(text);
    const auto comma = copy.find(',');
    if (comma != std::string::npos && copy.find('.') == std::string::npos && copy.find(',', comma + 1) == std::string::npos)
        copy[comma] = '.';
    std::string why;
    const auto value = parse_number(copy, &why);
    // parse_number's advice on decimal commas does not apply here, nor "is empty".
    if (!value && problem) *problem = why == "is out of range" || why == "is infinite" ? why : "is not a number";
    return value;
}

/// The symbols of degrees, minutes and seconds, with the look-alikes phones offer.
struct Unit {
    const char* text;
    int rank;  ///< 0 degrees, 1 minutes, 2 seconds
};
constexpr Unit kUnits[] = {{"\xC2\xB0", 0}, {"\xC2\xBA", 0},  // ° º
                           {"''", 2},       {"'", 1},         {"\xE2\x80\xB2", 1},  // '' ' ′
                           {"\"", 2},       {"\xE2\x80\xB3", 2}};                   // " ″

bool has_unit(std::string_view text) {
    for (const Unit& unit : kUnits)
        if (text.find(unit.text) != std::string_view::npos) return true;
    return false;
}

/// "21°16'23.5\"" (no sign, no hemisphere) in degrees.
std::optional<double> sexagesimal(std::string_view text, std::string* problem) {
    auto fail = [&](const std::string& why) -> std::optional<double> {
        if (problem) *problem = why;
        return std::nullopt;
    };
    const std::string malformed = "is not degrees, minutes and seconds like 21\xC2\xB0" "16'23\"N";
    double parts[3] = {0, 0, 0};
    int next = 0;  // the unit expected next
    bool fraction_before = false;
    while (!(text = trim(text)).empty()) {
        std::size_t length = 0;
        while (length < text.size() && ((text[length] >= '0' && text[length] <= '9') || text[length] == '.' || text[length] == ','))
            ++length;
        if (length == 0 || next > 2) return fail(malformed);
        const std::string_view number = text.substr(0, length);
        text = trim(text.substr(length));
        int rank = next;  // a last number without its symbol is the next part
        bool found = text.empty();
        for (const Unit& unit : kUnits)
            if (!found && text.substr(0, std::string_view(unit.text).size()) == unit.text) {
                rank = unit.rank;
                text.remove_prefix(std::string_view(unit.text).size());
                found = true;
            }
        if (!found || rank < next) return fail(malformed);
        if (fraction_before) return fail("has a fraction before its last part (only the last of degrees, minutes and seconds may have one)");
        std::string why;
        const auto value = decimal(number, &why);
        if (!value) return fail(malformed);
        if (rank > 0 && *value >= 60)
            return fail(std::string("has ") + std::string(number) + (rank == 1 ? " minutes" : " seconds") + " (at most 59)");
        fraction_before = *value != std::floor(*value);
        parts[rank] = *value;
        next = rank + 1;
    }
    if (next == 0) return fail(malformed);
    return parts[0] + parts[1] / 60 + parts[2] / 3600;
}

/// Where the standalone hemisphere letters are (a letter of a word is not one).
std::vector<std::size_t> hemisphere_letters(std::string_view text) {
    std::vector<std::size_t> at;
    for (std::size_t i = 0; i < text.size(); ++i)
        if (hemisphere_of(text[i]) && (i == 0 || !ascii_letter(text[i - 1])) &&
            (i + 1 == text.size() || !ascii_letter(text[i + 1])))
            at.push_back(i);
    return at;
}

std::string_view strip_separators(std::string_view text) {
    text = trim(text);
    while (!text.empty() && (text.front() == ',' || text.front() == ';')) text = trim(text.substr(1));
    while (!text.empty() && (text.back() == ',' || text.back() == ';')) text = trim(text.substr(0, text.size() - 1));
    return text;
}

}  // namespace

std::optional<double> parse_degrees(std::string_view text, Axis axis, std::string* problem) {
    auto fail = [&](const std::string& why) -> std::optional<double> {
        if (problem) *problem = why;
        return std::nullopt;
    };
    std::string_view t = trim(text);
    char hemisphere = 0;
    if (!t.empty() && hemisphere_of(t.front()) && (t.size() == 1 || !ascii_letter(t[1]))) {
        hemisphere = hemisphere_of(t.front());
        t = trim(t.substr(1));
    } else if (!t.empty() && hemisphere_of(t.back()) && (t.size() == 1 || !ascii_letter(t[t.size() - 2]))) {
        hemisphere = hemisphere_of(t.back());
        t = trim(t.substr(0, t.size() - 1));
    }
    if (hemisphere) {
        const bool latitude = hemisphere == 'N' || hemisphere == 'S';
        if (latitude != (axis == Axis::Latitude))
            return fail(std::string("has the hemisphere ") + hemisphere + ", a " +
                        (latitude ? "latitude's (N/S)" : "longitude's (E/W)") + " where a " +
                        (axis == Axis::Latitude ? "latitude" : "longitude") + " belongs");
    }
    bool negative = hemisphere == 'S' || hemisphere == 'W';
    if (!t.empty() && (t.front() == '-' || t.front() == '+')) {
        if (hemisphere) return fail("has both a sign and a hemisphere letter");
        negative = t.front() == '-';
        t = trim(t.substr(1));
        if (!t.empty() && (t.front() == '-' || t.front() == '+')) return fail("is not a number");
    }
    if (t.empty()) return fail("is not a number");
    std::string why;
    const std::optional<double> value = has_unit(t) ? sexagesimal(t, &why) : decimal(t, &why);
    if (!value) return fail(why.empty() ? "is not a number" : why);
    return negative ? -*value : *value;
}

std::optional<LatLon> parse_lat_lon(std::string_view text, std::string* problem) {
    auto fail = [&](const std::string& why) -> std::optional<LatLon> {
        if (problem) *problem = why;
        return std::nullopt;
    };
    const std::string_view t = trim(text);
    const std::string shape = "expects LAT,LON in degrees (WGS 84), e.g. 21.2731,106.2014; got '" + std::string(text) + "'";
    std::string_view first, second;
    bool split = false;
    // Hemisphere letters: split between the two angles and let the letters
    // say which is the latitude.
    const std::vector<std::size_t> letters = hemisphere_letters(t);
    if (letters.size() == 2) {
        const bool first_ns = hemisphere_of(t[letters[0]]) == 'N' || hemisphere_of(t[letters[0]]) == 'S';
        const bool second_ns = hemisphere_of(t[letters[1]]) == 'N' || hemisphere_of(t[letters[1]]) == 'S';
        if (first_ns != second_ns) {
            const std::size_t cut = letters[0] == 0 ? letters[1] : letters[0] + 1;  // prefix or suffix letters
            first = strip_separators(t.substr(0, cut));
            second = strip_separators(t.substr(cut));
            if (!first_ns) std::swap(first, second);
            split = true;
        }
    }
    std::size_t commas = 0, semicolons = 0;
    for (const char c : t) {
        commas += c == ',';
        semicolons += c == ';';
    }
    if (!split && semicolons == 1) {
        const std::size_t at = t.find(';');
        first = trim(t.substr(0, at));
        second = trim(t.substr(at + 1));
        split = true;
    }
    if (!split && semicolons == 0) {
        std::vector<std::string_view> words;
        std::size_t i = 0;
        while (i < t.size()) {
            while (i < t.size() && (t[i] == ' ' || t[i] == '\t')) ++i;
            const std::size_t start = i;
            while (i < t.size() && t[i] != ' ' && t[i] != '\t') ++i;
            const std::string_view word = t.substr(start, i - start);
            if (!word.empty() && word != ",") words.push_back(word);
        }
        if (words.size() == 2) {
            first = strip_separators(words[0]);
            second = strip_separators(words[1]);
            split = true;
        } else if (commas == 1) {
            const std::size_t at = t.find(',');
            first = trim(t.substr(0, at));
            second = trim(t.substr(at + 1));
            split = true;
        }
    }
    if (!split)
        return fail(shape + (commas == 3 ? "; with decimal commas put a space or a semicolon between latitude and "
                                           "longitude: 21,2731 106,2014"
                                         : ""));
    std::string why;
    const auto lat = parse_degrees(first, Axis::Latitude, &why);
    if (!lat) return fail("latitude '" + std::string(first) + "' " + why);
    const auto lon = parse_degrees(second, Axis::Longitude, &why);
    if (!lon) return fail("longitude '" + std::string(second) + "' " + why);
    if (std::abs(*lat) > 90) {
        const bool swapped_fits = std::abs(*lon) <= 90 && std::abs(*lat) <= 180;
        return fail("latitude " + std::string(first) + " is outside -90..90" +
                    (swapped_fits ? " (LAT,LON: latitude first)" : ""));
    }
    if (std::abs(*lon) > 180) return fail("longitude " + std::string(second) + " is outside -180..180");
    return LatLon{*lat, *lon};
}

}  // namespace coverplan::gis
