#pragma once
// Prospects recorded in the field: a salesperson who had to turn a customer
// away (the answer was full or not covered) records where, for which
// technology and a note, so that the refused sale becomes demand the planner
// sees. Stored through gis::LayerAppender in the project's leads store
// (planner::ServeSettings::leads_store), which load_dataset reads back as leads.

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
};

class LeadStore {
public:
    /// Opens (or creates) the store. Throws InputError naming it when it
    /// cannot be used.
    explicit LeadStore(const gis::LayerSource& store);

    /// Stores one prospect durably (its own transaction) as an open lead
    /// created today; returns its id ("FL-<n>"). Thread-safe.
    std::string record(const Prospect& prospect);

    std::int64_t count() { return appender_.count(); }
    const gis::LayerSource& store() const { return appender_.target(); }

private:
    gis::LayerAppender appender_;
};

}  // namespace coverplan::server
