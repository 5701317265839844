#include "gis/string_column.h"

namespace coverplan::gis {

void StringColumn::filter(const std::vector<bool>& keep) {
    StringColumn kept;
    kept.reserve(size(), chars_.size());
    for (std::size_t i = 0; i < size(); ++i)
        if (keep[i]) kept.push_back((*this)[i]);
    *this = std::move(kept);
}

}  // namespace coverplan::gis
