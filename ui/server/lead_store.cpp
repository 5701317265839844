#include "ui/server/lead_store.h"

#include <ctime>

namespace coverplan::server {

namespace {

/// The store's fields. id, technology, status and created are the ones
/// load_dataset maps; the rest is for the people who follow the prospect up.
const std::vector<gis::FieldDef> kProspectFields = {
    {"id", gis::FieldType::String},          {"technology", gis::FieldType::String},
    {"status", gis::FieldType::String},      {"created", gis::FieldType::Date},
    {"recorded_at", gis::FieldType::String}, {"status_at_check", gis::FieldType::String},
    {"zone_id", gis::FieldType::String},     {"node_id", gis::FieldType::String},
    {"distance_m", gis::FieldType::Real},    {"note", gis::FieldType::String},
    {"recorded_by", gis::FieldType::String}, {"lat", gis::FieldType::Real},
    {"lon", gis::FieldType::Real},
};

std::string utc_now(const char* format) {
    const std::time_t now = std::time(nullptr);
    std::tm utc{};
    gmtime_r(&now, &utc);
    char text[32];
    std::strftime(text, sizeof text, format, &utc);
    return text;
}

gis::FieldValue text_or_null(const std::string& text) {
    return text.empty() ? gis::FieldValue() : gis::FieldValue(text);
}

}  // namespace

LeadStore::LeadStore(const gis::LayerSource& store) : appender_(store, kProspectFields, "EPSG:4326") {}

std::string LeadStore::record(const Prospect& p) {
    const std::vector<gis::FieldValue> values = {
        gis::FieldValue(),  // id: from the store's key, set by the appender
        p.technology,
        std::string("new"),
        planner::today_iso(),
        utc_now("%Y-%m-%dT%H:%M:%SZ"),
        p.status_at_check,
        text_or_null(p.zone_id),
        text_or_null(p.node_id),
        p.distance_m ? gis::FieldValue(*p.distance_m) : gis::FieldValue(),
        text_or_null(p.note),
        text_or_null(p.recorded_by),
        p.lat,
        p.lon,
    };
    const std::int64_t fid = appender_.append(p.lon, p.lat, values, "id", "FL-");
    return "FL-" + std::to_string(fid);
}

}  // namespace coverplan::server
