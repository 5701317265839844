#pragma once
// The project's data, typed for planning: zones, network nodes and demand
// points in the working CRS, with every layer's accounting.

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "gis/layer_report.h"
#include "gis/progress.h"
#include "gis/string_column.h"
#include "gis/tile_source.h"
#include "planner/addresses.h"
#include "planner/calendar.h"
#include "planner/project.h"

namespace coverplan::planner {

/// Index into Dataset::technologies; kAnyTechnology when the data does not say.
using TechIndex = std::uint8_t;
inline constexpr TechIndex kAnyTechnology = 255;

enum class NodeStatus : std::uint8_t { Live, Planned };

/// Zones sorted by id: a point on a shared boundary goes to the smallest id.
struct Zones {
    std::vector<std::string> ids, names, teams;
    /// What sort of place each zone is ([layers.zones] kind: "Phường",
    /// "Khu công nghiệp", ...), free text trimmed; "" when not given.
    std::vector<std::string> kinds;
    std::vector<std::optional<std::int64_t>> households;
    std::vector<gis::GeosGeometry> geometries;
    std::size_t size() const { return ids.size(); }
    /// Zone z's kind; "" also for a zone past the end of `kinds`, which a
    /// dataset built by hand (tests, tools) may leave empty.
    const std::string& kind_of(std::size_t z) const;
    /// The zone's name for tables and maps; "(outside every zone)" for the
    /// points in no zone (a negative index, or the row after the last zone).
    const std::string& name_of(std::int64_t zone) const;
};

/// Coverage polygons, one per node (a node's service area).
struct Nodes {
    std::vector<std::string> ids;
    std::vector<TechIndex> technology;
    std::vector<NodeStatus> status;
    std::vector<std::optional<double>> capacity, used;  ///< empty when the data lacks them
    std::vector<Day> planned_date;                       ///< kNoDay when unknown
    std::vector<gis::GeosGeometry> geometries;
    std::size_t size() const { return ids.size(); }

    /// Spare units; empty when capacity or used is unknown.
    std::optional<double> spare(std::size_t i) const {
        if (!capacity[i] || !used[i]) return std::nullopt;
        return *capacity[i] - *used[i];
    }
};

/// Points of one demand layer (subscribers, leads, complaints, orders).
struct DemandPoints {
    std::vector<double> x, y;
    gis::StringColumn ids;
    std::vector<TechIndex> technology;  ///< subscribers, leads; complaints when the project maps it (else empty)
    std::vector<Day> date;              ///< activated / created / date
    std::vector<bool> open;             ///< leads: still to win; orders: not installed
    std::vector<Day> due, installed;    ///< orders
    std::vector<std::string> category;  ///< leads: status (lower-case), complaints: category, orders: team; empty when unmapped
    std::vector<std::string> address, customer;  ///< orders: where to install, the customer's reference; leads: the customer; empty when unmapped
    std::vector<std::string> phone, note;        ///< leads: the customer's phone, the salesperson's note; empty when unmapped
    std::size_t size() const { return x.size(); }
};

struct Dataset {
    Project project;
    std::string working_crs;
    std::vector<std::string> technologies;  ///< lower-case names, sorted
    Zones zones;
    Nodes nodes;
    DemandPoints subscribers, leads, complaints, orders;
    Addresses addresses;  ///< [layers.addresses]; empty, with no index, when the project names none
    /// [basemap], opened (its zooms, bounds, tiles); null when the project names none. Shared by copies.
    std::shared_ptr<const gis::TileSource> basemap;
    std::vector<gis::LayerReport> reports;  ///< one per layer read, in kLayerRoles order

    /// Name of a technology index ("" for kAnyTechnology).
    const std::string& technology_name(TechIndex t) const;
};

/// Lead statuses that mean the lead is no longer open (compared lower-case).
extern const std::vector<std::string> kClosedLeadStatuses;

/// Progress and cancel (gis/progress.h): a callback told each stage and a
/// flag that stops the work by throwing Cancelled.
using gis::Cancelled;
using gis::Progress;

/// Reads every layer of the project into the working CRS. Bad features are
/// rejected or flagged in the reports; throws InputError when a layer cannot
/// be read at all (missing file, missing mapped field, damaged source), or
/// when the project's basemap is not a tileset that can be read.
/// `progress` hears a stage per layer ("reading subscribers", ...) and ends
/// with done == total; its cancel flag is checked every few thousand features
/// (throws Cancelled).
Dataset load_dataset(const Project& project, const Progress& progress = {});

/// Reads only what a serviceability check needs: zones, coverage and the
/// addresses (every layer when zones are a generated grid, whose cells
/// depend on the demand).
Dataset load_network(const Project& project);

/// Throws InputError when zones or coverage have no usable feature: nothing
/// can be computed without them. One message for every front end.
void require_usable(const Dataset& data);

/// The working CRS: the project's, else the UTM zone of the zones' (or
/// coverage's) extent.
std::string choose_working_crs(const Project& project);

}  // namespace coverplan::planner
