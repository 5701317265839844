#pragma once
// GET /api/search?q=TEXT[&limit=N]: the addresses of [layers.addresses]
// matching what the user typed (planner/address_index.h), best first, as
// a JSON array of {"text", "ward", "district", "lat", "lon"} (CONTRACT.md).

#include <cstddef>
#include <string>

#include "gis/crs.h"
#include "planner/dataset.h"
#include "ui/server/field_service.h"

namespace coverplan::server {

/// What q may hold: an address, not a document.
inline constexpr std::size_t kMaxSearchCharacters = 200;
inline constexpr std::size_t kDefaultSearchResults = 10;
inline constexpr std::size_t kMaxSearchResults = 50;

/// The answer's body. Refused with RequestError: q missing (400), not
/// UTF-8 or longer than kMaxSearchCharacters (400), limit not a whole
/// number 1..kMaxSearchResults (400), a project without an address layer
/// (404, saying so). A q without words gives []. `converter` turns the
/// working CRS into longitude/latitude (the caller's thread's).
std::string search_body(const planner::Dataset& data, const Query& query, const gis::LonLatConverter& converter);

}  // namespace coverplan::server
