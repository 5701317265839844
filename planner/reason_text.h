#pragma once
// English text from the planner's structured answers: a zone's reasons, a
// check's verdict, a scenario's before → after. The CLI, the service, the
// reports and the desktop app's English all come from here; a front end in
// another language formats the same data itself. Numbers never follow the
// process locale.

#include <functional>
#include <span>
#include <string>

#include "planner/plan.h"
#include "planner/service_check.h"

namespace coverplan::planner {

/// "212 leads cannot be served; 3 nodes above 90 % within 6 months;
/// complaints 2.4× average"; for no reasons "no pressure on the network"
/// (investment) or "little to sell here" (sales).
std::string reasons_text(RankingKind kind, std::span<const Reason> reasons);
inline std::string reasons_text(RankingKind kind, const ZoneScore& score) { return reasons_text(kind, score.reasons); }

/// One reason: "3 nodes above 90 % within 6 months"; complaints that
/// concentrate on a node name it: "complaints 2.4× average, 60 % on TC-00131".
std::string reason_text(RankingKind kind, const Reason& reason);

/// What the investment ranking's complaints component counted, as figures
/// (each front end words them in its reader's language).
struct ComplaintsCounted {
    std::int64_t total = 0;        ///< every complaint of the data
    std::int64_t recent = 0;       ///< those the component counted
    std::int64_t recent_tied = 0;  ///< of those, in a live node's service area
    bool dated = false;            ///< recent = within window_days before as_of; else every complaint
    int window_days = 0;
    std::string as_of;             ///< ISO day
    double per_1000 = 0;           ///< recent complaints per 1,000 subscribers across the zones
    bool by_technology = false;    ///< tied to nodes of their own technology (else of any)
    /// The most frequent categories of all complaints (at most four, most
    /// first; "" for none), empty when the data names no category.
    std::vector<CategoryCount> categories;
    std::size_t more_categories = 0;  ///< categories beyond those
};

ComplaintsCounted complaints_counted(const Dataset& data, const Plan& plan);

/// In English, for `rank --explain` and the report: "412 complaints in the
/// 90 days before 2026-11-30 (of 1,498), 13.7 per 1,000 subscribers across
/// the zones; 380 of them lie in the service area of a live node of their
/// technology. By category (all 1,498): weak_signal 150, outage 90, billing
/// 60, and 3 more."
std::string complaints_counted_text(const ComplaintsCounted& counted);
inline std::string complaints_counted_text(const Dataset& data, const Plan& plan) {
    return complaints_counted_text(complaints_counted(data, plan));
}

/// The nodes holding recent complaints (only live nodes hold any), most
/// first (then by index).
std::vector<std::size_t> most_complained_nodes(const Dataset& data, const Plan& plan);

/// The first `count` of those with their recent complaints:
/// "TC-00131 14, 4G-0012-2 11" ("" when none holds any).
std::string complained_nodes_text(const Dataset& data, const Plan& plan, std::size_t count);

// --- checks -----------------------------------------------------------------

/// "350 m", "2.4 km", "12 km".
std::string distance_text(double metres);

/// A node's spare ports, "12" ("unknown" without capacity or use).
std::string spare_text(const Nodes& nodes, std::uint32_t node);

/// What a verdict means for the salesperson: "node FTTH-0042 has 12 spare",
/// "nearest node 5G-0007, 2.4 km from its service area", ...
std::string verdict_text(const Dataset& data, const CheckVerdict& verdict);

/// The status as a heading: "AVAILABLE", "NOT COVERED".
std::string status_heading(Serviceability status);

// --- scenarios --------------------------------------------------------------

/// "0.412 → 0.388", or "0.388" when unchanged.
std::string score_change_text(double before, double after);
/// "12 → 9", or "9" when unchanged.
std::string rank_change_text(std::int32_t before, std::int32_t after);

/// The weights of a ranking as shares of their sum, the zero ones left out:
/// "unserved demand 40 %, exhaustion 30 %, complaints 15 %, growth 15 %".
std::string weights_text(RankingKind kind, const Weights& weights);
/// The same with each component named by `name_of` (given its key with
/// spaces, "unserved demand"): a front end's words in its reader's language.
std::string weights_text(RankingKind kind, const Weights& weights, const std::function<std::string(const std::string&)>& name_of);

}  // namespace coverplan::planner
