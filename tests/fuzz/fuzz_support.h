#pragma once
// What the harnesses share. A harness calls one public entry point with the
// fuzzer's bytes and checks what the entry point promises; a broken promise
// is reported through finding(), an abort, which libFuzzer records with the
// input that caused it (so does any sanitizer report, and any exception the
// harness does not expect, which ends in std::terminate).

#include <nlohmann/json.hpp>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

namespace coverplan::fuzz {

[[noreturn]] inline void finding(const std::string& what) {
    std::fprintf(stderr, "\nFINDING: %s\n", what.c_str());
    std::abort();
}

inline std::string_view as_text(const std::uint8_t* data, std::size_t size) {
    return {reinterpret_cast<const char*>(data), size};
}

/// Whether text can go into a JSON answer or `validate --json` as it is:
/// nlohmann's dump refuses invalid UTF-8 with an exception.
inline bool is_valid_utf8(const std::string& text) {
    try {
        (void)nlohmann::json(text).dump();
        return true;
    } catch (const nlohmann::json::type_error&) {
        return false;
    }
}

}  // namespace coverplan::fuzz
