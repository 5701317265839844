#pragma once
// Aligned text tables for the terminal, measuring UTF-8 text by what it
// shows (Vietnamese names carry multi-byte letters and combining marks).

#include <string>
#include <vector>

#include "planner/number_text.h"

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

using planner::group_thousands;
using planner::percent;

}  // namespace coverplan::cli
