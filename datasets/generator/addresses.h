#pragma once
// The sample's address layer: streets with Vietnamese names laid through
// the wards and towns, hamlets (thôn) in the communes, houses numbered along
// them (odd on one side, even on the other; a few 12A and alleys 12/3),
// each with its ward and district. Drawn from its own random stream, so the
// other layers are the same with or without it.

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "gis/vector_writer.h"
#include "model.h"

namespace coverplan::datasets {

struct AddressRow {
    Pt p;  ///< EPSG:32648
    std::string id, number, street, ward, district;
};

/// ma_dc (id), so_nha (house number), ten_duong (street), phuong_xa (ward or
/// commune), quan_huyen (district): the order of AddressRow's texts.
std::vector<gis::FieldDef> address_fields();

/// Streams every address to `sink`, zone by zone; returns how many.
std::int64_t generate_addresses(const Province& province, const std::function<void(const AddressRow&)>& sink);

}  // namespace coverplan::datasets
