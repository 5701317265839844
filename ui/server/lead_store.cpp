#include "ui/server/lead_store.h"

#include "ui/store/tables.h"

namespace coverplan::server {

namespace {

gis::FieldValue text_or_null(const std::string& text) {
    return text.empty() ? gis::FieldValue() : gis::FieldValue(text);
}

std::string text_of(const gis::FieldValue& value) {
    const auto* text = std::get_if<std::string>(&value);
    return text ? *text : std::string();
}

double real_of(const gis::FieldValue& value) {
    const auto* real = std::get_if<double>(&value);
    return real ? *real : 0.0;
}

}  // namespace

// The fields are the store's field_leads table's (ui/store/tables.h), so a
// prospect recorded here lands in a table `coverplan db init` made alike.
LeadStore::LeadStore(const gis::LayerSource& store)
    : appender_(store, store::field_leads_table().fields, store::field_leads_table().crs) {
    // Finding a resent prospect by its key is then a lookup, and two
    // services sharing the store cannot both store one key.
    appender_.index_unique("idempotency_key");
}

std::string LeadStore::record(const Prospect& p) {
    const std::vector<gis::FieldValue> values = {
        gis::FieldValue(),  // id: from the store's key, set by the appender
        p.technology,
        std::string("new"),
        planner::today_iso(),
        planner::utc_timestamp(),
        p.status_at_check,
        text_or_null(p.zone_id),
        text_or_null(p.node_id),
        p.distance_m ? gis::FieldValue(*p.distance_m) : gis::FieldValue(),
        text_or_null(p.note),
        text_or_null(p.recorded_by),
        text_or_null(p.customer_name),
        text_or_null(p.phone),
        p.lat,
        p.lon,
        text_or_null(p.idempotency_key),
    };
    const std::int64_t fid = appender_.append(p.lon, p.lat, values, "id", "FL-");
    return "FL-" + std::to_string(fid);
}

std::optional<StoredProspect> LeadStore::find_by_key(const std::string& key) {
    const gis::TableSpec& table = store::field_leads_table();
    const auto values = appender_.find("idempotency_key", key);
    if (!values) return std::nullopt;
    auto field = [&](const char* name) -> const gis::FieldValue& { return (*values)[table.field_index(name)]; };
    StoredProspect stored;
    stored.id = text_of(field("id"));
    Prospect& p = stored.prospect;
    p.lat = real_of(field("lat"));
    p.lon = real_of(field("lon"));
    p.technology = text_of(field("technology"));
    p.note = text_of(field("note"));
    p.recorded_by = text_of(field("recorded_by"));
    p.customer_name = text_of(field("customer_name"));
    p.phone = text_of(field("phone"));
    p.status_at_check = text_of(field("status_at_check"));
    p.zone_id = text_of(field("zone_id"));
    p.node_id = text_of(field("node_id"));
    if (const auto* d = std::get_if<double>(&field("distance_m"))) p.distance_m = *d;
    p.idempotency_key = text_of(field("idempotency_key"));
    return stored;
}

}  // namespace coverplan::server
