#pragma once
// Prospects recorded in the field: a salesperson who had to turn a customer
// away (the answer was full or not covered) records where, for which
// technology and a note, so that the refused sale becomes demand the planner
// sees. Stored through gis::LayerAppender in the project's leads store
// (planner::ServeSettings::leads_store), which load_dataset reads back as leads.

#include <optional>
#include <string>

#include "gis/layer_appender.h"
#include "planner/service_check.h"

namespace coverplan::server {

struct Prospect {
    double lat = 0, lon = 0;
    std::string technology;
    std::string note;
    std::string recorded_by;      ///< the service's user who recorded it
    std::string customer_name;    ///< optional: who asked
    std::string phone;            ///< optional: how to reach them
    std::string status_at_check;  ///< "full" or "not_covered"
    std::string zone_id;          ///< "" outside every zone
    std::string node_id;          ///< the full node, or the nearest one
    std::optional<double> distance_m;
    std::string idempotency_key;  ///< the client's key for this prospect, "" when it gave none
};

/// A prospect read back from the store, with its id.
struct StoredProspect {
    std::string id;
    Prospect prospect;
};

class LeadStore {
public:
    /// Opens (or creates) the store. Throws InputError naming it when it
    /// cannot be used.
    explicit LeadStore(const gis::LayerSource& store);

    /// Stores one prospect durably (its own transaction) as an open lead
    /// created today; returns its id ("FL-<n>"). Thread-safe.
    std::string record(const Prospect& prospect);

    /// The prospect stored with `key` (an idempotency key), if any: it is
    /// kept with the prospect, so a resent request finds it after a restart.
    std::optional<StoredProspect> find_by_key(const std::string& key);

    std::int64_t count() { return appender_.count(); }
    const gis::LayerSource& store() const { return appender_.target(); }

private:
    gis::LayerAppender appender_;
};

}  // namespace coverplan::server
