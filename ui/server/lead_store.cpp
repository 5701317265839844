#include "ui/server/lead_store.h"

#include "ui/store/tables.h"

namespace coverplan::server {

namespace {

gis::FieldValue text_or_null(const std::string& text) {
    return text.empty() ? gis::FieldValue() : gis::FieldValue(text);
}

}  // namespace

// The fields are the store's field_leads table's (ui/store/tables.h), so a
// prospect recorded here lands in a table `coverplan db init` made alike.
LeadStore::LeadStore(const gis::LayerSource& store)
    : appender_(store, store::field_leads_table().fields, store::field_leads_table().crs) {}

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
    };
    const std::int64_t fid = appender_.append(p.lon, p.lat, values, "id", "FL-");
    return "FL-" + std::to_string(fid);
}

}  // namespace coverplan::server
