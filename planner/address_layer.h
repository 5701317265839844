#pragma once
// Reading [layers.addresses]: every feature used, repaired or rejected with
// the reason, then indexed for search (planner/addresses.h).

#include <cstddef>

#include "planner/dataset.h"

namespace coverplan::planner {

/// Longest address accepted, in characters: anything longer is not an
/// address (a note, a pasted document) and is rejected.
inline constexpr std::size_t kMaxAddressCharacters = 300;

/// Reads the project's address layer into data.addresses, appends its
/// report to data.reports and builds the search index. Call after the zones
/// are read (the points are checked against them). Rejected: a feature
/// without address text, a house number without a street, text longer than
/// kMaxAddressCharacters, besides what gis::read_points rejects (no or bad
/// point, duplicate id). Repaired: text that is not UTF-8 (the bad bytes
/// become U+FFFD). Flagged: an empty ward where the layer maps one.
/// Throws InputError when the layer cannot be read; Cancelled on cancel.
void load_addresses(Dataset& data);

}  // namespace coverplan::planner
