#include "ui/cli/text_table.h"

#include "ui/cli/terminal_output.h"

#include <algorithm>
#include <cstdio>

namespace coverplan::cli {

TextTable::TextTable(std::vector<std::string> header, std::vector<bool> right_aligned)
    : header_(std::move(header)), right_(std::move(right_aligned)) {
    right_.resize(header_.size(), false);
}

void TextTable::add(std::vector<std::string> row) {
    row.resize(header_.size());
    for (auto& cell : row) cell = one_line(std::move(cell));
    rows_.push_back(std::move(row));
}

std::string TextTable::render() const {
    std::vector<std::size_t> widths(header_.size());
    for (std::size_t c = 0; c < header_.size(); ++c) {
        widths[c] = display_width(header_[c]);
        for (const auto& row : rows_) widths[c] = std::max(widths[c], display_width(row[c]));
    }
    auto line = [&](const std::vector<std::string>& cells) {
        std::string out;
        for (std::size_t c = 0; c < cells.size(); ++c) {
            const std::string pad(widths[c] - display_width(cells[c]), ' ');
            out += c == 0 ? "" : "  ";
            out += right_[c] ? pad + cells[c] : cells[c] + (c + 1 == cells.size() ? "" : pad);
        }
        while (!out.empty() && out.back() == ' ') out.pop_back();
        return out + "\n";
    };
    std::string out = line(header_);
    std::vector<std::string> rule;
    for (auto w : widths) rule.push_back(std::string(w, '-'));
    out += line(rule);
    for (const auto& row : rows_) out += line(row);
    return out;
}

}  // namespace coverplan::cli
