#pragma once
// Aligned text tables for the terminal, measuring UTF-8 text by what it
// shows (Vietnamese names carry multi-byte letters and combining marks).

#include <string>
#include <vector>

#include "gis/utf8.h"
#include "planner/number_text.h"

namespace coverplan::cli {

using gis::display_width;

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
