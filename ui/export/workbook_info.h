#pragma once
// What a workbook Coverplan writes names on every printed page: the
// project, what the sheet holds, the as-of date, and for a ranking the
// weights it was ranked with (from the plan: rank --weight, the app's sliders).

#include <optional>
#include <string>

#include "planner/plan.h"
#include "ui/export/table_writer.h"

namespace coverplan::exporting {

/// `title` of `data`'s project as of its date; with `plan`, the note gives
/// the weights of `kind`, or of both rankings when no kind is given.
WorkbookInfo workbook_info(const planner::Dataset& data, std::string title, const planner::Plan* plan = nullptr,
                           std::optional<planner::RankingKind> kind = std::nullopt);

}  // namespace coverplan::exporting
