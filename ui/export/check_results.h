#pragma once
// Serviceability checks as the outside world reads them: the contract's
// `check --json` object (CLI and HTTP service alike) and the batch check of
// a whole layer, written back with every input field plus the check's.

#include <array>
#include <cstddef>
#include <functional>
#include <nlohmann/json.hpp>
#include <string>

#include "gis/layer_reader.h"
#include "planner/service_check.h"
#include "ui/export/output_guard.h"

namespace coverplan::exporting {

/// The contract's object for one check (CONTRACT.md, `check --json`), keys in
/// this order:
/// status, zone_id, zone_name, team (null outside every zone), nodes (every
/// covering node serving the technology: node_id, technology, status, spare,
/// capacity, used, planned_date) and nearest_node ({node_id, distance_m,
/// technology, status} when not covered, else null); plus location,
/// technology (null: any), serving_node, planned_date and, when the check
/// answered every technology, `technologies`: one such answer per technology.
nlohmann::ordered_json check_json(const planner::Dataset& data, const planner::CheckResult& result, double lat, double lon);

/// One node as checks show it.
nlohmann::ordered_json node_json(const planner::Dataset& data, std::uint32_t node);

/// A quantity as JSON: a whole number stays an integer (14, not 14.0).
nlohmann::ordered_json quantity_json(double value);

/// Columns a batch check adds to every input row (CONTRACT.md names status,
/// zone_id, node_id, spare, distance_m, zone_name and team): who installs
/// there comes right after where it is. An input field with one of these
/// names is written as "input_<name>" so nothing of the input is lost.
inline constexpr std::array<const char*, 9> kCheckColumns = {"status", "zone_id",    "zone_name",    "team",  "node_id",
                                                             "spare",  "distance_m", "planned_date", "reason"};

struct BatchCheckOptions {
    std::string technology;        ///< checked for every row ("" = any technology)
    std::string technology_field;  ///< or: the input field naming each row's technology
    unsigned threads = 0;          ///< 0 = every core
    /// Called with a stage ("read", "check", "write") and how far it got.
    std::function<void(const char* stage, std::size_t done, std::size_t total)> progress;
};

struct BatchCheckSummary {
    std::size_t rows = 0;                    ///< every input row, all written
    std::size_t unchecked = 0;               ///< rows written with a reason instead of a status
    std::array<std::size_t, 4> by_status{};  ///< checked rows by planner::Serviceability
    std::string layer, coordinates;          ///< input layer read, where its points came from
    double read_s = 0, check_s = 0, write_s = 0;
    bool unindexed = false;  ///< a GeoPackage written without a spatial index (too many points)
};

/// What check_layer() writes for `input`, for prepare_output(): any file
/// format gis::VectorWriter writes, or a PG: database receiving the layer
/// (named like the input's).
OutputFormats batch_check_formats(const gis::LayerSource& input);

/// Checks every row of `input` and writes `target` (format by extension, or
/// PG:) atomically: the input's fields, then kCheckColumns (a CSV of points
/// read from a geometry first gets lon and lat, WGS84). Rows without a
/// usable point, or naming a technology the project does not have, are
/// written with the reason and no status. Throws InputError when the input
/// cannot be read, the technology is unknown, or the target cannot be written.
BatchCheckSummary check_layer(const planner::ServiceChecker& checker, const gis::LayerSource& input,
                              const std::string& target, const BatchCheckOptions& options);

}  // namespace coverplan::exporting
