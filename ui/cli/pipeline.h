#pragma once
// Steps the commands share: reading a project, reporting what was read.

#include <iosfwd>
#include <nlohmann/json_fwd.hpp>
#include <string>

#include "gis/coordinates.h"
#include "planner/calendar.h"
#include "planner/dataset.h"
#include "planner/network_overlay.h"
#include "ui/cli/arguments.h"
#include "ui/export/output_guard.h"

namespace coverplan::cli {

/// Reads the project file, not yet its layers (today's date fills a missing as_of).
planner::Project read_project(const std::string& project_file);

/// Loads the project file and all its layers.
planner::Dataset load_project_data(const std::string& project_file);

/// Loads only what a serviceability check needs (planner::load_network).
planner::Dataset load_network_data(const std::string& project_file);

/// A command's output checked against everything the run reads (the
/// project's file and sources, plus `more`) and its folder created, before
/// any work (exporting::prepare_output): exit 2 when it would harm an input.
exporting::OutputTarget checked_output(const std::string& target, const exporting::OutputFormats& formats,
                                       const planner::Project& project,
                                       const std::vector<exporting::ReadInput>& more = {});

using planner::require_usable;

/// True when any feature was repaired, rejected or flagged.
bool has_warnings(const planner::Dataset& data);

/// What a command says after its output when has_warnings(): "Some input
/// features were repaired, rejected or flagged: see `coverplan validate`."
/// in the reader's language.
std::string input_warning_note();

/// The per-layer read / used / repaired / rejected / flagged table and the
/// problems (at most `max_problems` per layer; 0 = all).
void print_layer_reports(std::ostream& out, const planner::Dataset& data, std::size_t max_problems);

nlohmann::json layer_reports_json(const planner::Dataset& data);

/// Prints a command's --json output. Text from the data that is not UTF-8
/// (a CSV saved in Windows-1258) is printed as U+FFFD rather than failing
/// the command: the JSON library refuses to write such bytes.
void print_json(std::ostream& out, const nlohmann::json& value);

/// A date option (--from, --since): planner::kNoDay when not given. Throws
/// UsageError quoting it and saying why when it is not a date.
planner::Day date_option(const Arguments& args, const char* name);

/// A location option as people write it (--at, --start): gis::parse_lat_lon
/// (decimal points or commas, degrees-minutes-seconds). Throws UsageError
/// naming the option and saying why ("--at: latitude 106.2 is outside ...").
gis::LatLon lat_lon_option(const std::string& text, const char* name);

/// One point of an option written longitude first (--new-node LON,LAT,...,
/// --bbox W,S,E,N), from its two comma-separated parts. Hemisphere letters
/// on both ("21.2731N", "106°12'05\"E") say which is which, so the pair
/// reads right in either order; without letters the first is the longitude.
/// Nothing when a part is not an angle (the caller words that); UsageError
/// for letters on one part only, a letter on the wrong axis, or an angle out
/// of range ("--new-node: 21.28,106.2 is not a longitude,latitude ...").
std::optional<gis::LatLon> lon_lat_pair(const std::string& first, const std::string& second, const char* name);

/// "3.2 s" / "480 ms".
std::string format_seconds(double seconds);

/// Tells that a GeoPackage point layer was written without a spatial index
/// (too many points to index quickly) and how to add one.
void print_spatial_index_hint(std::ostream& out, const std::string& file, const std::string& layer);

/// A per-zone table: subscribers, open leads by serviceability, coverage,
/// spare capacity, zones with most unservable leads first (at most max_rows).
void print_zone_summary(std::ostream& out, const planner::Dataset& data, const planner::NetworkOverlay& overlay,
                        std::size_t max_rows);

}  // namespace coverplan::cli
