#pragma once
// An address as the command line (`check --address --json`) and the field
// service (GET /api/search) write it: {"text", "ward", "district", "lat",
// "lon"} (CONTRACT.md), ward and district null when the data has none.

#include <cstddef>
#include <nlohmann/json.hpp>

#include "planner/addresses.h"

namespace coverplan::exporting {

/// Address `i`; lat/lon are its point in WGS 84 degrees, rounded here to
/// 1e-7 (a centimetre).
nlohmann::ordered_json address_json(const planner::Addresses& addresses, std::size_t i, double lat, double lon);

}  // namespace coverplan::exporting
