#include "ui/server/address_search.h"

#include <cmath>
#include <nlohmann/json.hpp>

#include "gis/error.h"
#include "gis/parse_number.h"
#include "gis/utf8.h"
#include "planner/address_index.h"
#include "ui/export/address_json.h"

namespace coverplan::server {

namespace {

const std::string* parameter(const Query& query, const std::string& name) {
    auto it = query.find(name);
    return it == query.end() ? nullptr : &it->second;
}

std::size_t limit_parameter(const Query& query) {
    const std::string* text = parameter(query, "limit");
    if (!text) return kDefaultSearchResults;
    const auto value = gis::parse_number(*text);
    if (!value || *value < 1 || *value > double(kMaxSearchResults) || *value != std::floor(*value))
        throw RequestError(400, "parameter 'limit' must be a whole number from 1 to " + std::to_string(kMaxSearchResults) +
                                    ", got '" + *text + "'",
                           "limit");
    return static_cast<std::size_t>(*value);
}

}  // namespace

std::string search_body(const planner::Dataset& data, const Query& query, const gis::LonLatConverter& converter) {
    const std::string* q = parameter(query, "q");
    if (!q) throw RequestError(400, "missing parameter 'q' (the address typed, e.g. q=12 Ngô Quyền)", "q");
    // The router refuses bad UTF-8 first; this is for callers without it.
    if (const auto bad = gis::invalid_utf8_at(*q))
        throw RequestError(400, "parameter 'q' is not valid UTF-8 (at byte " + std::to_string(*bad) + ")", "q");
    if (gis::utf8_prefix(*q, kMaxSearchCharacters).size() < q->size())
        throw RequestError(400, "parameter 'q' is longer than " + std::to_string(kMaxSearchCharacters) +
                                    " characters (an address is expected)",
                           "q");
    const std::size_t limit = limit_parameter(query);
    const planner::Addresses& addresses = data.addresses;
    if (!data.project.has("addresses") || !addresses.index)
        throw RequestError(404, "the project has no address layer ([layers.addresses]): search by address is off; "
                                "locations can still be checked by latitude and longitude",
                           "");
    nlohmann::ordered_json out = nlohmann::ordered_json::array();
    for (const planner::AddressHit& hit : addresses.index->search(*q, limit)) {
        try {
            const auto [lon, lat] = converter.to_lonlat(addresses.x[hit.address], addresses.y[hit.address]);
            out.push_back(exporting::address_json(addresses, hit.address, lat, lon));
        } catch (const InputError&) {
            // A point PROJ cannot take back to degrees cannot be shown on a map: left out.
        }
    }
    return out.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
}

}  // namespace coverplan::server
