#pragma once
// A prospect recorded in the field counts at once: the lead is placed as the
// overlay places the dataset's leads (zone, status, covering nodes) and
// added to a plan's figures, models and rankings, without reading the data
// or running the overlay again. A rebuild that reads the lead with the data
// gives the same figures (tests/planner/added_leads_test.cpp); only the
// uncovered-demand clusters wait for it.

#include <string>

#include "planner/plan.h"
#include "planner/service_check.h"

namespace coverplan::planner {

/// An open lead recorded after the dataset was read.
struct NewLead {
    std::string id;
    double x = 0, y = 0;  ///< working CRS
    TechIndex technology = kAnyTechnology;
    Day created = kNoDay;
    std::string status = "new";  ///< lower case, as the readers give lead statuses
};

/// Adds `lead` to `plan`, built from `data` (whose indexes `checker` holds):
/// the counts of its zone (or of the points outside every zone) and of the
/// nodes covering it, the models of those nodes and of the zones they reach,
/// and both rankings with the plan's weights.
void add_lead(const Dataset& data, const ServiceChecker& checker, const NewLead& lead, Plan& plan);

}  // namespace coverplan::planner
