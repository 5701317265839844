#pragma once
// Values GDAL would change while reading them as their column's type: text
// in a GeoPackage INTEGER column reads as 0, "12abc" as 12, an infinity as
// the largest integer, 31 February as 3 March (through Arrow) and
// "0000-00-00" as NULL; a Shapefile's numeric cell "abc" reads as 0 and
// "1e3" as 1. The readers give such a cell's stored text instead, so the
// value is reported as it is in the file, never guessed. Internal to gis/.

#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

#include "gis/detail/opened_layer.h"

namespace coverplan::gis::detail {

class MisreadCells {
public:
    MisreadCells() = default;
    explicit MisreadCells(std::size_t fields) : cells_(fields) {}

    /// The stored text of requested field `position` of feature `fid`, when
    /// GDAL would misread it; null otherwise.
    const std::string* find(std::size_t position, std::int64_t fid) const {
        if (count_ == 0 || position >= cells_.size()) return nullptr;
        const auto it = cells_[position].find(fid);
        return it == cells_[position].end() ? nullptr : &it->second;
    }
    void add(std::size_t position, std::int64_t fid, std::string text) {
        cells_[position][fid] = std::move(text);
        ++count_;
    }
    bool empty() const { return count_ == 0; }
    /// Every misread cell of requested field `position`, by FID.
    const std::unordered_map<std::int64_t, std::string>& of(std::size_t position) const { return cells_.at(position); }

private:
    std::vector<std::unordered_map<std::int64_t, std::string>> cells_;
    std::size_t count_ = 0;
};

/// Finds the misread cells among the requested fields (OGR field indexes,
/// -1 for the FID) of a GeoPackage or Shapefile layer: one SQL query over
/// the typed columns, or one pass over the .dbf. Other formats keep values
/// as their type says (GeoJSON, FlatGeobuf, PostGIS) or as text (CSV), and
/// give none.
MisreadCells find_misread_cells(const OpenedLayer& opened, const std::vector<int>& indexes);

}  // namespace coverplan::gis::detail
