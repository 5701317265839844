#pragma once
// The management report's "Demand and growth by kind of zone": one row per
// kind of zone (planner::summarise_by_zone_kind), for projects that map
// [layers.zones] kind.

#include <optional>

#include "planner/plan.h"
#include "ui/carto/report_document.h"

namespace coverplan::maps {

/// The section, or nothing for a project whose zones carry no kind.
std::optional<carto::ReportSection> kind_section(const planner::Dataset& data, const planner::Plan& plan);

}  // namespace coverplan::maps
