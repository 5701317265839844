#include "ui/export/address_json.h"

#include <cmath>

namespace coverplan::exporting {

namespace {

nlohmann::ordered_json text_or_null(std::string_view text) {
    return text.empty() ? nlohmann::ordered_json() : nlohmann::ordered_json(std::string(text));
}

double centimetre(double degrees) { return std::round(degrees * 1e7) / 1e7; }

}  // namespace

nlohmann::ordered_json address_json(const planner::Addresses& addresses, std::size_t i, double lat, double lon) {
    nlohmann::ordered_json out;
    out["text"] = std::string(addresses.texts[i]);
    out["ward"] = text_or_null(addresses.ward_name(i));
    out["district"] = text_or_null(addresses.district_name(i));
    out["lat"] = centimetre(lat);
    out["lon"] = centimetre(lon);
    return out;
}

}  // namespace coverplan::exporting
