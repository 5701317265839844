#include "ui/store/tables.h"

namespace coverplan::store {

namespace {

using gis::FieldType;
using gis::TableSpec;

constexpr FieldType kText = FieldType::String;
constexpr FieldType kInteger = FieldType::Integer;
constexpr FieldType kReal = FieldType::Real;
constexpr FieldType kDate = FieldType::Date;

}  // namespace

const TableSpec& schema_version_table() {
    static const TableSpec table{
        "schema_version", {{"version", kInteger}, {"applied_at", kText}, {"coverplan_version", kText}}, {}, "", {"version"}};
    return table;
}

const TableSpec& snapshots_table() {
    static const TableSpec table{"snapshots",
                                 {{"project", kText},
                                  {"as_of", kDate},
                                  {"taken_at", kText},
                                  {"taken_by", kText},
                                  {"horizon_months", kInteger},
                                  {"zones", kInteger},
                                  {"nodes", kInteger}},
                                 {},
                                 "",
                                 {"project", "as_of"}};
    return table;
}

const TableSpec& snapshot_zones_table() {
    static const TableSpec table{"snapshot_zones",
                                 {{"project", kText},
                                  {"as_of", kDate},
                                  {"zone_id", kText},
                                  {"zone_name", kText},
                                  {"team", kText},
                                  {"households", kInteger},
                                  {"subscribers", kInteger},
                                  {"leads_open", kInteger},
                                  {"leads_available", kInteger},
                                  {"leads_full", kInteger},
                                  {"leads_planned", kInteger},
                                  {"leads_not_covered", kInteger},
                                  {"complaints", kInteger},
                                  {"covered_share", kReal},
                                  {"spare_capacity", kReal},
                                  {"unserved_demand", kReal},
                                  {"forecast_additions", kReal},
                                  {"on_time_rate", kReal},
                                  {"exhausting_nodes", kInteger},
                                  {"investment_score", kReal},
                                  {"investment_rank", kInteger},
                                  {"sales_score", kReal},
                                  {"sales_rank", kInteger},
                                  {"reasons", kText},
                                  {"sales_reasons", kText}},
                                 {},
                                 "",
                                 {"project", "as_of", "zone_id"}};
    return table;
}

const TableSpec& snapshot_nodes_table() {
    static const TableSpec table{"snapshot_nodes",
                                 {{"project", kText},
                                  {"as_of", kDate},
                                  {"node_id", kText},
                                  {"technology", kText},
                                  {"status", kText},
                                  {"capacity", kReal},
                                  {"used", kReal},
                                  {"spare", kReal},
                                  {"utilization", kReal},
                                  {"projected_utilization", kReal},
                                  {"subscribers_inside", kInteger},
                                  {"leads_inside", kInteger},
                                  {"exhausts_on", kDate}},
                                 {},
                                 "",
                                 {"project", "as_of", "node_id"}};
    return table;
}

const TableSpec& scenarios_table() {
    static const TableSpec table{"scenarios",
                                 {{"project", kText},
                                  {"name", kText},
                                  {"author", kText},
                                  {"note", kText},
                                  {"saved_at", kText},
                                  {"saved_by", kText},
                                  {"content", kText}},
                                 {},
                                 "",
                                 {"project", "name"}};
    return table;
}

const TableSpec& field_leads_table() {
    // id, technology, status and created are what load_dataset reads back as
    // leads; the rest is for the people who follow the prospect up.
    static const TableSpec table{"field_leads",
                                 {{"id", kText},
                                  {"technology", kText},
                                  {"status", kText},
                                  {"created", kDate},
                                  {"recorded_at", kText},
                                  {"status_at_check", kText},
                                  {"zone_id", kText},
                                  {"node_id", kText},
                                  {"distance_m", kReal},
                                  {"note", kText},
                                  {"recorded_by", kText},
                                  {"customer_name", kText},
                                  {"phone", kText},
                                  {"lat", kReal},
                                  {"lon", kReal},
                                  // The key the phone gave the prospect: a resent
                                  // request finds it here, also after a restart.
                                  {"idempotency_key", kText}},
                                 gis::GeometryType::Point,
                                 "EPSG:4326",
                                 {"idempotency_key"}};
    return table;
}

const TableSpec& users_table() {
    static const TableSpec table{"users", {{"name", kText}, {"role", kText}, {"token_hash", kText}}, {}, "", {"name"}};
    return table;
}

const TableSpec& audit_log_table() {
    static const TableSpec table{"audit_log",
                                 {{"at", kText}, {"user_name", kText}, {"action", kText}, {"target", kText}, {"details", kText}},
                                 {},
                                 "",
                                 {}};
    return table;
}

std::vector<TableSpec> store_tables() {
    return {schema_version_table(), snapshots_table(), snapshot_zones_table(), snapshot_nodes_table(),
            scenarios_table(),      field_leads_table(), users_table(),         audit_log_table()};
}

}  // namespace coverplan::store
