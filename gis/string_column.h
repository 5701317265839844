#pragma once
// A column of strings packed into one buffer: ten million short ids cost
// their characters plus one offset each, not a std::string apiece.

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace coverplan::gis {

class StringColumn {
public:
    StringColumn() { offsets_.push_back(0); }

    void push_back(std::string_view value) {
        chars_.append(value);
        offsets_.push_back(chars_.size());
    }
    std::string_view operator[](std::size_t i) const {
        return std::string_view(chars_).substr(offsets_[i], offsets_[i + 1] - offsets_[i]);
    }
    std::size_t size() const { return offsets_.size() - 1; }
    bool empty() const { return size() == 0; }
    void reserve(std::size_t rows, std::size_t chars) {
        offsets_.reserve(rows + 1);
        chars_.reserve(chars);
    }
    /// Keeps only rows whose keep[i] is true, in order.
    void filter(const std::vector<bool>& keep);

private:
    std::string chars_;
    std::vector<std::uint64_t> offsets_;
};

}  // namespace coverplan::gis
