#pragma once
// A zone's reasons in the reader's language, from the planner's structured
// reasons (planner::Reason): English is planner::reasons_text exactly;
// Vietnamese comes from the catalogue (context "Reason") with Vietnamese
// figures ("1.516 cổng trống", "khiếu nại gấp 1,7 lần trung bình").

#include <span>
#include <string>

#include "planner/plan.h"
#include "planner/reason_text.h"

namespace coverplan::i18n {

std::string reader_reason(planner::RankingKind kind, const planner::Reason& reason);

/// The reasons joined with "; ", or what a zone without reasons means.
std::string reader_reasons(planner::RankingKind kind, std::span<const planner::Reason> reasons);

/// What the complaints component counted (planner::complaints_counted_text
/// in English), for the report and `rank --explain`.
std::string reader_complaints_counted(const planner::ComplaintsCounted& counted);

}  // namespace coverplan::i18n
