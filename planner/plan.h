#pragma once
// The planning model: the overlay plus, per node and per zone, the figures a
// planner decides from (forecast, exhaustion, SLA), the two rankings with
// their reasons, and the uncovered-demand clusters. Everything the CLI, the
// server, the maps and the desktop app show comes from one Plan.

#include <array>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "planner/complaints.h"
#include "planner/dataset.h"
#include "planner/demand_clusters.h"
#include "planner/forecast.h"
#include "planner/network_overlay.h"
#include "planner/ranking.h"
#include "planner/shared_value.h"
#include "planner/sla.h"

namespace coverplan::planner {

struct NodeModel {
    std::optional<double> utilization;            ///< used / capacity; empty when capacity is unknown
    double forecast_additions = 0;                ///< subscribers expected in the area over the horizon
    std::optional<double> projected_utilization;  ///< (used + forecast_additions) / capacity at the horizon
    Day exhausts_on = kNoDay;                     ///< first day of the month used reaches capacity, within the horizon
};

struct ZoneModel {
    std::optional<double> penetration;          ///< subscribers / households
    std::int64_t untapped_households = 0;       ///< households - subscribers, at least 0
    std::int64_t complaints_recent = 0;         ///< within scoring.complaint_window_days before as_of
    std::optional<double> complaints_per_1000;  ///< recent complaints per 1,000 subscribers
    /// The live node the recent complaints concentrate on
    /// (ComplaintFigures::concentrated_node), -1 when they do not, and how
    /// many of them lie in its service area.
    std::int32_t complaint_node = -1;
    std::int64_t complaint_node_recent = 0;
    std::optional<double> growth;               ///< activations of the last N months / the N before - 1
    double forecast_additions = 0;              ///< net additions expected over the horizon (trend + leads)
    std::optional<double> on_time_rate;         ///< installations on time, 0..1
    std::int64_t installations_assessed = 0;    ///< orders the on-time rate is measured on
    std::int32_t exhausting_nodes = 0;          ///< live nodes reaching the zone projected past the threshold
    std::int64_t unserved_leads = 0;            ///< open leads that are full or not covered
    double forecast_beyond_spare = 0;           ///< forecast activations the spare ports left cannot take
    double unserved_demand = 0;                 ///< unserved_leads + forecast_beyond_spare
};

/// One reason a zone ranks where it does: a component that drives its score,
/// with the figures a sentence needs (planner/reason_text.h writes it in
/// English; another language formats the same figures).
struct Reason {
    std::size_t component = 0;  ///< index into ranking_components(kind)
    /// unserved_demand: open leads that cannot be served; exhaustion: nodes;
    /// complaints: × the project's average; growth: change (0.35 = +35 %);
    /// spare_capacity: ports; untapped_households: households; open_leads:
    /// leads servable now; quality: on-time rate 0..1.
    double figure = 0;
    double forecast_beyond_spare = 0;  ///< unserved_demand: forecast activations the spare ports cannot take
    double threshold = 0;              ///< exhaustion: the utilisation counted as exhausting (0.9)
    int months = 0;                    ///< exhaustion: the forecast horizon; growth: the comparison window
    bool project_rate = false;         ///< quality: the project's rate stands in for a zone without installations
    /// complaints: the node the zone's recent complaints concentrate on
    /// ("" when they do not) and the share of them in its service area.
    std::string node;
    double node_share = 0;
    bool operator==(const Reason&) const = default;
};

struct ZoneScore {
    double score = 0;                   ///< weighted sum of the normalised components, 0..1
    std::int32_t rank = 0;              ///< 1 = highest score; ties broken by zone id
    std::array<double, kComponents> raw{};         ///< ranking_components(kind) in their units (leads, nodes, ratio, ...)
    std::array<double, kComponents> normalised{};  ///< 0..1
    /// The components that contribute most, largest first (up to three; one
    /// below a tenth of the leading one is left out); empty when nothing
    /// drives the score. reasons_text() (planner/reason_text.h): "212 leads
    /// cannot be served; 3 nodes above 90 % within 6 months; complaints 2.4× average".
    std::vector<Reason> reasons;
};

/// Open leads recorded after the dataset was read (the field service's
/// prospects): counted in the plan's figures as a rebuild reading them with
/// the data counts them (planner/added_leads.h adds them).
struct AddedLeads {
    DemandPoints points;
    PointPlacement placement;  ///< zone, status, serving node and covering nodes of each
};

struct Plan {
    NetworkOverlay overlay;
    std::vector<NodeModel> nodes;  ///< parallel to Dataset::nodes
    std::vector<ZoneModel> zones;  ///< parallel to Dataset::zones
    std::vector<ZoneScore> investment, sales;  ///< parallel to Dataset::zones
    SlaReport sla;
    Shared<std::vector<DemandCluster>> clusters;  ///< shared by copies of the plan
    Backtest backtest;  ///< the forecast's accuracy on the project's own history
    /// Complaints tied to the data's network: per node, per zone by category
    /// (planner/complaints.h). Shared by copies of the plan.
    Shared<ComplaintFigures> complaints;
    /// What the rankings were built or last re-ranked with: show these, not
    /// the project file's (rank --weight, the desktop app's sliders).
    RankingWeights weights;
    int horizon_months = 0;  ///< the forecast horizon of the node and zone models
    AddedLeads added_leads;  ///< counted in overlay, nodes, zones and rankings; not in clusters

    const std::vector<ZoneScore>& scores(RankingKind kind) const {
        return kind == RankingKind::Investment ? investment : sales;
    }
    /// Zone indexes by rank (best first).
    std::vector<std::uint32_t> ranked(RankingKind kind) const;
};

struct PlanOptions {
    // A constructor, so `{threads, keep_placements}` stays the short form as
    // options are added.
    PlanOptions(unsigned threads_ = 0, bool keep_placements_ = true)  // NOLINT(google-explicit-constructor)
        : threads(threads_), keep_placements(keep_placements_) {}

    unsigned threads = 0;         ///< 0 = every core
    bool keep_placements = true;  ///< per-point zone and status (points_status, clusters)
    std::optional<RankingWeights> weights;  ///< empty: the project file's
    /// Hears the stages ("overlay", "models", ...; done == total at the end);
    /// its cancel flag stops the build by throwing Cancelled, checked every
    /// few thousand points in the overlay's workers and between stages.
    Progress progress;
};

/// Node and zone models from the overlay (everything but SLA, clusters and
/// ranks), for the network `nodes` (data.nodes, or a scenario's). With
/// `only_nodes` / `only_zones`, just those are recomputed (scenarios); the
/// full pass runs on `threads` workers (0 = every core), with the same
/// results for any count.
void model_network(const Dataset& data, const Nodes& nodes, Plan& plan, std::span<const std::uint32_t> only_nodes = {},
                   std::span<const std::uint32_t> only_zones = {}, unsigned threads = 0);

/// Recomputes the models of exactly `node_list` and `zone_list` (either may
/// be empty), for a change that touched only those (an added lead).
void remodel(const Dataset& data, const Nodes& nodes, Plan& plan, std::span<const std::uint32_t> node_list,
             std::span<const std::uint32_t> zone_list);

/// Hides the last backtest_months of activations, forecasts them from the
/// months before, and compares.
Backtest backtest_forecast(const Dataset& data, const NetworkOverlay& overlay);

/// Builds the whole plan: overlay, models, rankings, SLA, clusters, backtest.
Plan build_plan(const Dataset& data, const PlanOptions& options = {});

/// Recent complaints per 1,000 subscribers over every zone together: the
/// average the investment ranking's complaints component compares a zone with
/// (0 without subscribers).
double average_complaints_per_1000(const Plan& plan);

/// Re-ranks with new weights without touching the overlay or the models
/// (the desktop app's sliders): cheap, O(zones log zones). The plan records
/// the weights.
void rerank(const Dataset& data, const RankingWeights& weights, Plan& plan);

}  // namespace coverplan::planner
