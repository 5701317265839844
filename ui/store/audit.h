#pragma once
// The audit log of a Coverplan store (table audit_log, ui/store/tables.h):
// who wrote what through the service, when. It only grows: rows are
// appended, never changed (the PostGIS planner role may only INSERT).

#include <string>
#include <vector>

#include "gis/table_store.h"

namespace coverplan::store {

struct AuditEntry {
    std::string at;         ///< UTC, "2026-11-30T17:02:11Z"
    std::string user_name;  ///< the service's user (never a token)
    std::string action;     ///< "prospect.record", "prospect.duplicate", "prospect.refused"
    std::string target;     ///< what it was done to: a prospect id, an endpoint
    std::string details;    ///< a JSON object with the particulars
};

/// Appends one entry (its own transaction). Throws InputError naming the
/// store when it refuses.
void append_audit(gis::TableStore& store, const AuditEntry& entry);

/// The entries at or after `since` ("YYYY-MM-DD", or "" for all), oldest
/// first (entries of the same second in the order they were written).
std::vector<AuditEntry> read_audit(gis::TableStore& store, const std::string& since = "");

}  // namespace coverplan::store
