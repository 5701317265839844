#pragma once
// The project's addresses ([layers.addresses]): where each house is, how it
// is written, its ward and district, and the index that finds them as
// people type (planner/address_index.h).

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "gis/string_column.h"

namespace coverplan::planner {

class AddressIndex;  // planner/address_index.h: include it to search

/// An address's ward or district when the data has none.
inline constexpr std::uint32_t kNoAddressArea = UINT32_MAX;

struct Addresses {
    std::vector<double> x, y;  ///< working CRS
    gis::StringColumn ids;
    /// As shown: "12 Ngô Quyền" (number and street), or the full-address
    /// field as written.
    gis::StringColumn texts;
    std::vector<std::uint32_t> ward, district;  ///< into areas; kNoAddressArea when unknown
    std::vector<std::string> areas;             ///< ward and district names as written, each once
    /// Built when the layer is read; null when the project names no address
    /// layer. Shared, so copies of a dataset share one index.
    std::shared_ptr<const AddressIndex> index;

    std::size_t size() const { return x.size(); }
    std::string_view ward_name(std::size_t i) const { return area_name(ward[i]); }
    std::string_view district_name(std::size_t i) const { return area_name(district[i]); }

private:
    std::string_view area_name(std::uint32_t area) const {
        return area == kNoAddressArea ? std::string_view() : std::string_view(areas[area]);
    }
};

}  // namespace coverplan::planner
