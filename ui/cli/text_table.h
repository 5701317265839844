#pragma once
// Aligned text tables for the terminal, measuring UTF-8 text by what it
// shows (Vietnamese names carry multi-byte letters and combining marks).

#include <string>
#include <vector>

namespace coverplan::cli {

/// Columns displayed by a UTF-8 string (combining marks take none).
std::size_t display_width(const std::string& text);

class TextTable {
public:
    /// `right_aligned[i]` for numeric columns.
    TextTable(std::vector<std::string> header, std::vector<bool> right_aligned);
    void add(std::vector<std::string> row);
    std::string render() const;

private:
    std::vector<std::string> header_;
    std::vector<bool> right_;
    std::vector<std::vector<std::string>> rows_;
};

/// "12,345" style thousands separators.
std::string group_thousands(long long value);
/// A share 0..1 as "87.5 %".
std::string percent(double share, int decimals = 1);

}  // namespace coverplan::cli
