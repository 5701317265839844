#pragma once
// The tables of a Coverplan store (docs/data-model.md, "The workspace and the
// shared store"), described once for the GeoPackage workspace and the
// PostGIS schema alike: snapshots of a plan's figures, saved scenarios, the
// field prospects, users and the audit log, and the store's version.

#include <string>
#include <vector>

#include "gis/table_store.h"

namespace coverplan::store {

/// The version of the tables below. A store records the versions it went
/// through in schema_version; a later Coverplan that changes the tables
/// raises this and migrates older stores (`coverplan db init`, or on first
/// write for a GeoPackage workspace). Version 2 added field_leads'
/// idempotency_key (with a unique index): a new field is added to a table
/// made before it, empty in the rows it has.
inline constexpr int kStoreVersion = 2;

/// schema_version: one row per version the store was brought to.
const gis::TableSpec& schema_version_table();
/// snapshots: one row per snapshot (project, as_of), with who took it when.
const gis::TableSpec& snapshots_table();
/// snapshot_zones: a zone's figures, scores, ranks and reasons per snapshot.
const gis::TableSpec& snapshot_zones_table();
/// snapshot_nodes: a node's figures per snapshot.
const gis::TableSpec& snapshot_nodes_table();
/// scenarios: saved what-if scenarios (the scenario file's text) by project and name.
const gis::TableSpec& scenarios_table();
/// field_leads: prospects recorded through the field service (points, WGS 84).
const gis::TableSpec& field_leads_table();
/// users: who may write through the service: name, role, token_hash (never a token).
const gis::TableSpec& users_table();
/// audit_log: who wrote what through the service, when.
const gis::TableSpec& audit_log_table();

/// Every table, in the order they are created.
std::vector<gis::TableSpec> store_tables();

}  // namespace coverplan::store
