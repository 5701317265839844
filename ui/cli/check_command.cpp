// coverplan check PROJECT --at LAT,LON | --points FILE -o OUT: can we sell here?

#include <unistd.h>

#include <cmath>
#include <cstdio>
#include <iostream>
#include <nlohmann/json.hpp>

#include "gis/crs.h"
#include "gis/error.h"
#include "gis/number_format.h"
#include "gis/parallel.h"
#include "gis/redact.h"
#include "planner/reason_text.h"
#include "planner/service_check.h"
#include "ui/cli/commands.h"
#include "ui/cli/pipeline.h"
#include "ui/cli/terminal_output.h"
#include "ui/cli/text_table.h"
#include "ui/export/check_results.h"

namespace coverplan::cli {

namespace {

using planner::Serviceability;

/// "21.2731,106.2014" -> latitude, longitude; a clear usage error otherwise.
std::pair<double, double> parse_lat_lon(const std::string& text) {
    const auto comma = text.find(',');
    if (comma == std::string::npos)
        throw UsageError("--at expects LAT,LON in degrees (WGS84), e.g. --at 21.2731,106.2014; got '" + text + "'");
    const auto lat = gis::parse_number(text.substr(0, comma));
    const auto lon = gis::parse_number(text.substr(comma + 1));
    if (!lat) throw UsageError("--at: latitude '" + text.substr(0, comma) + "' is not a number");
    if (!lon) throw UsageError("--at: longitude '" + text.substr(comma + 1) + "' is not a number");
    const bool swapped_fits = std::abs(*lon) <= 90 && std::abs(*lat) <= 180;
    if (std::abs(*lat) > 90)
        throw UsageError("--at: latitude " + text.substr(0, comma) + " is outside -90..90" +
                         (swapped_fits ? " (--at takes LAT,LON: latitude first)" : ""));
    if (std::abs(*lon) > 180) throw UsageError("--at: longitude " + text.substr(comma + 1) + " is outside -180..180");
    return {*lat, *lon};
}

void print_check(std::ostream& out, const planner::Dataset& data, const planner::CheckResult& result, double lat,
                 double lon) {
    out << "Location " << gis::format_fixed(lat, 6) << ", " << gis::format_fixed(lon, 6) << ": ";
    if (result.zone < 0) {
        out << "outside every zone\n";
    } else {
        out << "zone " << data.zones.ids[result.zone] << " " << data.zones.names[result.zone];
        const std::string& team = data.zones.teams[result.zone];
        out << (team.empty() ? "" : " (team: " + team + ")") << "\n";
    }
    const auto& answer = result.answer;
    if (result.by_technology.empty()) {
        out << "\n" << data.technology_name(answer.technology) << ": " << planner::status_heading(answer.verdict.status) << " — "
            << planner::verdict_text(data, answer.verdict) << "\n";
    } else {
        out << "\nAny technology: " << planner::status_heading(answer.verdict.status) << "\n\n";
        TextTable table({"technology", "status", "detail"}, {false, false, false});
        for (const auto& one : result.by_technology)
            table.add({data.technology_name(one.technology), planner::to_string(one.verdict.status),
                       planner::verdict_text(data, one.verdict)});
        out << table.render();
    }
    if (answer.nodes.empty()) return;
    out << "\nCovering nodes:\n";
    TextTable nodes({"node", "technology", "status", "spare", "capacity", "ready"}, {false, false, false, true, true, false});
    for (std::uint32_t n : answer.nodes) {
        const auto& capacity = data.nodes.capacity[n];
        const bool planned = data.nodes.status[n] == planner::NodeStatus::Planned;
        nodes.add({data.nodes.ids[n], data.technology_name(data.nodes.technology[n]), planned ? "planned" : "live",
                   planner::spare_text(data.nodes, n), capacity ? group_thousands(static_cast<long long>(*capacity)) : "unknown",
                   planned && data.nodes.planned_date[n] != planner::kNoDay ? planner::format_date(data.nodes.planned_date[n])
                                                                           : ""});
    }
    out << nodes.render();
}

int run_single(const Arguments& args, const std::string& at) {
    const auto [lat, lon] = parse_lat_lon(at);
    const planner::Dataset data = load_network_data(args.positional()[0]);
    require_usable(data);
    const std::string tech_name = args.value("--tech").value_or("");
    const auto tech = planner::find_technology(data, tech_name);
    if (!tech)
        throw UsageError("--tech: the project has no technology '" + tech_name + "' (it has: " +
                         planner::technology_list(data) + ")");
    const gis::LonLatConverter converter(data.working_crs);
    const auto [x, y] = converter.to_crs(lon, lat);
    const planner::ServiceChecker checker(data);
    const planner::CheckResult result = checker.check(x, y, *tech, tech_name.empty());
    if (args.flag("--json"))
        print_json(std::cout, exporting::check_json(data, result, lat, lon));
    else
        print_check(std::cout, data, result, lat, lon);
    return kSuccess;
}

/// "checking 45 % (450,000 of 1,000,000)" rewritten in place on a terminal.
class ProgressLine {
public:
    ProgressLine() : terminal_(isatty(STDERR_FILENO) == 1) {}
    ~ProgressLine() { finish(); }
    void show(const char* stage, std::size_t done, std::size_t total) {
        if (!terminal_) return;
        std::string text = std::string(stage) == "read" ? "reading" : std::string(stage) == "check" ? "checking" : "writing";
        if (total > 0)
            text += " " + std::to_string(done * 100 / total) + " % (" + group_thousands(static_cast<long long>(done)) +
                    " of " + group_thousands(static_cast<long long>(total)) + ")";
        unescaped_stderr() << "\r" << text << "\033[K" << std::flush;
        shown_ = true;
    }
    void finish() {
        if (shown_) unescaped_stderr() << "\r\033[K" << std::flush;
        shown_ = false;
    }

private:
    bool terminal_;
    bool shown_ = false;
};

int run_batch(const Arguments& args, const std::string& points) {
    const auto output = args.value("--out");
    if (!output) throw UsageError("--points needs -o OUT (any format by extension: .csv, .gpkg, .geojson, ... or PG:)");
    if (args.value("--tech") && args.value("--tech-field"))
        throw UsageError("give either --tech (one technology for every row) or --tech-field, not both");
    gis::LayerSource input;
    input.source = points;
    input.display_name = gis::redact_secrets(points);
    input.layer = args.value("--layer").value_or("");
    input.x_field = args.value("--x").value_or("");
    input.y_field = args.value("--y").value_or("");
    input.crs = args.value("--crs").value_or("");
    if (input.x_field.empty() != input.y_field.empty()) throw UsageError("give both --x and --y, or neither");

    const planner::Project project = read_project(args.positional()[0]);
    const exporting::OutputTarget target = checked_output(*output, exporting::batch_check_formats(input), project,
                                                          {{"the --points input", input.source, input.layer}});
    const planner::Dataset data = planner::load_network(project);
    require_usable(data);
    const planner::ServiceChecker checker(data);

    ProgressLine progress;
    exporting::BatchCheckOptions options;
    options.technology = args.value("--tech").value_or("");
    options.technology_field = args.value("--tech-field").value_or("");
    options.threads = static_cast<unsigned>(args.integer("--threads").value_or(0));
    options.progress = [&](const char* stage, std::size_t done, std::size_t total) { progress.show(stage, done, total); };
    const exporting::BatchCheckSummary summary = exporting::check_layer(checker, input, target.path, options);
    progress.finish();

    const std::size_t checked = summary.rows - summary.unchecked;
    const int code = summary.unchecked > 0 ? kWarnings : kSuccess;
    const auto& s = summary.by_status;
    if (args.flag("--json")) {
        nlohmann::json out = {{"output", target.display_name},
                              {"layer", summary.layer},
                              {"coordinates", summary.coordinates},
                              {"rows", summary.rows},
                              {"checked", checked},
                              {"unchecked", summary.unchecked},
                              {"by_status", {{"available", s[0]}, {"full", s[1]}, {"planned", s[2]}, {"not_covered", s[3]}}},
                              {"threads", gis::resolve_threads(options.threads)},
                              {"timings_s", {{"read", summary.read_s}, {"check", summary.check_s}, {"write", summary.write_s}}},
                              {"exit_code", code}};
        print_json(std::cout, out);
        return code;
    }
    std::cout << "Checked " << group_thousands(static_cast<long long>(checked)) << " of "
              << group_thousands(static_cast<long long>(summary.rows)) << " rows of " << summary.layer << " (points from "
              << summary.coordinates << "); wrote " << target.display_name << "\n"
              << "  available " << group_thousands(static_cast<long long>(s[0])) << ", full "
              << group_thousands(static_cast<long long>(s[1])) << ", planned " << group_thousands(static_cast<long long>(s[2]))
              << ", not covered " << group_thousands(static_cast<long long>(s[3])) << "\n"
              << "Read " << format_seconds(summary.read_s) << ", check " << format_seconds(summary.check_s) << ", write "
              << format_seconds(summary.write_s) << "\n";
    if (summary.unindexed) print_spatial_index_hint(std::cout, target.display_name, summary.layer);
    if (summary.unchecked > 0)
        std::cout << group_thousands(static_cast<long long>(summary.unchecked))
                  << " rows could not be checked; the reason column says why (they are in the output all the same)\n";
    return code;
}

int run(const Arguments& args) {
    const auto at = args.value("--at");
    const auto points = args.value("--points");
    if (at && points) throw UsageError("give either --at LAT,LON or --points FILE, not both");
    if (!at && !points) throw UsageError("give --at LAT,LON for one location or --points FILE -o OUT for a list");
    return at ? run_single(args, *at) : run_batch(args, *points);
}

}  // namespace

Command check_command() {
    return {{"check",
             "PROJECT (--at LAT,LON [--tech T] | --points FILE -o OUT [--tech T | --tech-field F]) [--json]",
             "serviceability of a location, or of every point of a layer: available, full, planned, not covered",
             "Statuses: available (a live node of the technology covers the location and has\n"
             "spare capacity), full (covered by live nodes, none with spare), planned (only\n"
             "planned coverage; the date it is ready), not_covered (the nearest live node of\n"
             "the technology and the distance in metres to its service area). Without --tech\n"
             "the answer is given for any technology and for each technology.\n\n"
             "--points reads any GDAL layer or CSV (coordinates from the geometry, --x/--y, or\n"
             "columns such as lon/lat; EPSG:4326 unless --crs says otherwise). OUT keeps every\n"
             "input field and adds status, zone_id, node_id, spare, distance_m, planned_date and\n"
             "reason; rows that cannot be checked keep their fields and give the reason.\n"
             "Exit 1 when some rows could not be checked.",
             {{"--at", "", "LAT,LON", "latitude and longitude in degrees (WGS84), e.g. 21.2731,106.2014"},
              {"--tech", "", "T", "technology to check (ftth, 4g, ...); default: any and each"},
              {"--points", "", "FILE", "check every point of this layer or CSV"},
              {"--out", "-o", "OUT", "where the batch result goes (.csv, .gpkg, .geojson, .shp, .fgb, PG:)"},
              {"--layer", "", "NAME", "layer of FILE, when it holds several"},
              {"--x", "", "FIELD", "column holding x / longitude (tables without geometry)"},
              {"--y", "", "FIELD", "column holding y / latitude"},
              {"--crs", "", "CRS", "CRS of the points when FILE carries none (default EPSG:4326 for columns)"},
              {"--tech-field", "", "FIELD", "field giving each row's technology (empty: any)"},
              {"--threads", "", "N", "worker threads for the batch (default: every core)"},
              {"--json", "", "", "print the answer (or the batch summary) as JSON"}},
             1,
             1},
            run};
}

}  // namespace coverplan::cli
