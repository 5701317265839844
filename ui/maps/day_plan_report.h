#pragma once
// The selling day printed for the teams: a first page with every team's
// route on one map and the day's figures, then one page (or more) per team,
// each starting on a fresh sheet, with a map of its numbered stops and
// route over the zones and the list to work down at the doors: stop,
// address, lead, technology, covering node and its spare ports, distance
// from the previous stop, and an empty column for the outcome.

#include <cstdint>
#include <vector>

#include "planner/day_plan.h"
#include "ui/carto/report_document.h"

namespace coverplan::maps {

/// The document for carto::write_report_pdf. Borrows the dataset's zone
/// geometries: keep `data` alive until it is written. `zones` are those
/// asked (indexes into data.zones), shaded on the maps.
carto::ReportDocument describe_day_plan(const planner::Dataset& data, const planner::DayPlan& plan,
                                        const std::vector<std::uint32_t>& zones);

}  // namespace coverplan::maps
