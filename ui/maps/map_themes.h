#pragma once
// The themed maps of a plan, as MapDescriptions for ui/carto to draw:
//   investment, sales — zones as a choropleth of the ranking score
//     (quintiles of a colour-blind-safe sequential ramp), the top N ranked;
//   coverage — service areas by technology, live vs planned, zones
//     outlined, the open leads that cannot be served now;
//   utilization — live service areas by utilisation, the nodes that run
//     out of ports within the horizon marked;
//   sla — zones by installation on-time rate against the target;
//   change — zones by how far their rank moved since a snapshot (diverging
//     colours), zones entering the top N marked "(new)", those leaving it
//     outlined;
//   complaints — zones by recent complaints per subscriber against the
//     project's average, the nodes most complained about outlined and named,
//     the complaints as dots by category (ui/maps/complaints_theme.h).

#include <QString>
#include <optional>
#include <string>

#include "planner/history.h"
#include "planner/plan.h"
#include "ui/carto/map_description.h"
#include "ui/maps/map_frame.h"

namespace coverplan::maps {

enum class Theme { Investment, Sales, Coverage, Utilization, Sla, Change, Complaints };

/// "investment", "sales", "coverage", "utilization", "sla", "change", "complaints".
const char* to_string(Theme theme);
/// The theme of a name above; nothing for anything else.
std::optional<Theme> theme_named(const std::string& name);
/// "investment|sales|coverage|utilization|sla|change|complaints", for help and messages.
std::string theme_names();

struct MapRequest {
    Theme theme = Theme::Investment;
    carto::PageSetup page;
    Framing framing;
    std::optional<QString> title;  ///< nothing: the theme's title; empty: no title block (a map in a report)
    int top = 10;                  ///< ranked zones marked with their rank
    /// change: the snapshot the plan is compared with (the latest before the
    /// project's as_of: store::latest_snapshot_before) and the ranking compared.
    const planner::Snapshot* since = nullptr;
    planner::RankingKind ranking = planner::RankingKind::Investment;
};

/// What a themed map is drawn from: the dataset, a network and the plan
/// built on it — the dataset's own (data.nodes), or a scenario's
/// (ScenarioOutcome::nodes and ::plan) — and, optionally, the zones' label
/// points computed once for the dataset.
struct MapSource {
    const planner::Dataset& data;
    const planner::Nodes& network;  ///< parallel to plan.nodes
    const planner::Plan& plan;
    const std::vector<LabelPoint>* label_points = nullptr;  ///< zone_label_points(data); nullptr: computed here
};

/// The map of a plan. The description borrows the geometries of the
/// dataset and the network: keep them alive until it is drawn. Throws
/// InputError for a bad framing, or a change map without a snapshot.
carto::MapDescription describe_map(const MapSource& source, const MapRequest& request);

/// The map of the dataset's own network and its plan.
carto::MapDescription describe_map(const planner::Dataset& data, const planner::Plan& plan, const MapRequest& request);

/// The default title of a theme ("Where to invest: zones by investment score").
QString theme_title(Theme theme);

}  // namespace coverplan::maps
