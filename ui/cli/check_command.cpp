// coverplan check PROJECT --at LAT,LON | --address TEXT | --points FILE -o OUT:
// can we sell here?

#include <unistd.h>

#include <cmath>
#include <cstdio>
#include <iostream>
#include <nlohmann/json.hpp>

#include "gis/coordinates.h"
#include "gis/crs.h"
#include "gis/error.h"
#include "gis/number_format.h"
#include "gis/parallel.h"
#include "gis/redact.h"
#include "gis/utf8.h"
#include "planner/reason_text.h"
#include "planner/service_check.h"
#include "ui/cli/commands.h"
#include "ui/cli/pipeline.h"
#include "ui/cli/standard_output.h"
#include "ui/cli/terminal_output.h"
#include "ui/cli/text_table.h"
#include "planner/address_index.h"
#include "ui/export/address_json.h"
#include "ui/export/check_results.h"

namespace coverplan::cli {

namespace {

using planner::Serviceability;

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

planner::TechIndex technology_option(const Arguments& args, const planner::Dataset& data) {
    const std::string tech_name = args.value("--tech").value_or("");
    const auto tech = planner::find_technology(data, tech_name);
    if (!tech)
        throw UsageError("--tech: the project has no technology '" + tech_name + "' (it has: " +
                         planner::technology_list(data) + ")");
    return *tech;
}

int run_single(const Arguments& args, const std::string& at) {
    const auto [lat, lon] = lat_lon_option(at, "--at");
    const planner::Dataset data = load_network_data(args.positional()[0]);
    require_usable(data);
    const planner::TechIndex tech = technology_option(args, data);
    const gis::LonLatConverter converter(data.working_crs);
    const auto [x, y] = converter.to_crs(lon, lat);
    const planner::ServiceChecker checker(data);
    const planner::CheckResult result = checker.check(x, y, tech, args.value("--tech").value_or("").empty());
    if (args.flag("--json"))
        print_json(std::cout, exporting::check_json(data, result, lat, lon));
    else
        print_check(std::cout, data, result, lat, lon);
    return kSuccess;
}

/// The longest --address read: a street address, not a document.
constexpr std::size_t kMaxAddressQuery = 200;

std::string address_line(const planner::Addresses& addresses, std::size_t i) {
    std::string line(addresses.texts[i]);
    for (const std::string_view area : {addresses.ward_name(i), addresses.district_name(i)})
        if (!area.empty() && line.find(area) == std::string::npos) line += ", " + std::string(area);
    return line;
}

/// Finds the address (the best match) and checks its point.
int run_address(const Arguments& args, const std::string& text) {
    if (const auto bad = gis::invalid_utf8_at(text))
        throw UsageError("--address is not UTF-8 text (a bad byte at offset " + std::to_string(*bad) +
                         "); set the terminal to UTF-8, as Vietnamese addresses need");
    if (gis::utf8_prefix(text, kMaxAddressQuery).size() < text.size())
        throw UsageError("--address is longer than " + std::to_string(kMaxAddressQuery) + " characters");
    const planner::Dataset data = load_network_data(args.positional()[0]);
    require_usable(data);
    const planner::TechIndex tech = technology_option(args, data);
    const Location project_file{data.project.file.string(), "", "", "", 0};
    if (!data.project.has("addresses"))
        throw InputError(project_file, "the project has no address layer, so --address cannot be looked up: name one "
                                       "in [layers.addresses] (docs/user-guide.md), or check a location with --at LAT,LON");
    const planner::Addresses& addresses = data.addresses;
    const std::vector<planner::AddressHit> hits = addresses.index->search(text, 5);
    if (hits.empty())
        throw InputError(project_file, "no address matches '" + text + "' among the " +
                                           group_thousands(static_cast<long long>(addresses.size())) +
                                           " addresses of [layers.addresses] (every word must be found; the last "
                                           "may be cut short)");
    const std::size_t best = hits.front().address;
    const gis::LonLatConverter converter(data.working_crs);
    // To the centimetre, as the address is shown: --at with these figures checks the same point.
    const auto [raw_lon, raw_lat] = converter.to_lonlat(addresses.x[best], addresses.y[best]);
    const double lat = std::round(raw_lat * 1e7) / 1e7, lon = std::round(raw_lon * 1e7) / 1e7;
    const planner::ServiceChecker checker(data);
    const planner::CheckResult result = checker.check(addresses.x[best], addresses.y[best], tech, args.value("--tech").value_or("").empty());
    if (args.flag("--json")) {
        nlohmann::ordered_json out = exporting::check_json(data, result, lat, lon);
        out["address"] = exporting::address_json(addresses, best, lat, lon);
        print_json(std::cout, out);
        return kSuccess;
    }
    std::cout << "Address " << address_line(addresses, best) << " (id " << addresses.ids[best] << ")\n";
    if (hits.size() > 1) {
        std::cout << "  the best of " << hits.size() << " found; also:";
        for (std::size_t k = 1; k < hits.size(); ++k) std::cout << "\n    " << address_line(addresses, hits[k].address);
        std::cout << "\n";
    }
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
    const CommandOutput written = output_option(args, exporting::batch_check_formats(input), project, {"csv", "geojson"},
                                                {{"the --points input", input.source, input.layer}});
    const exporting::OutputTarget& target = written.target();
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
    written.send();

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
    // With -o -, standard output carries the table: the summary goes to standard error.
    std::ostream& words = written.words();
    words << "Checked " << group_thousands(static_cast<long long>(checked)) << " of "
              << group_thousands(static_cast<long long>(summary.rows)) << " rows of " << summary.layer << " (points from "
              << summary.coordinates << "); wrote " << target.display_name << "\n"
              << "  available " << group_thousands(static_cast<long long>(s[0])) << ", full "
              << group_thousands(static_cast<long long>(s[1])) << ", planned " << group_thousands(static_cast<long long>(s[2]))
              << ", not covered " << group_thousands(static_cast<long long>(s[3])) << "\n"
              << "Read " << format_seconds(summary.read_s) << ", check " << format_seconds(summary.check_s) << ", write "
              << format_seconds(summary.write_s) << "\n";
    if (summary.unindexed) print_spatial_index_hint(words, target.display_name, summary.layer);
    if (summary.unchecked > 0)
        words << group_thousands(static_cast<long long>(summary.unchecked))
                  << " rows could not be checked; the reason column says why (they are in the output all the same)\n";
    return code;
}

int run(const Arguments& args) {
    const auto at = args.value("--at");
    const auto address = args.value("--address");
    const auto points = args.value("--points");
    if (int(bool(at)) + int(bool(address)) + int(bool(points)) > 1)
        throw UsageError("give one of --at LAT,LON, --address TEXT or --points FILE, not both");
    if (!at && !address && !points)
        throw UsageError("give --at LAT,LON or --address TEXT for one location, or --points FILE -o OUT for a list");
    if (address) return run_address(args, *address);
    return at ? run_single(args, *at) : run_batch(args, *points);
}

}  // namespace

Command check_command() {
    return {{"check",
             "PROJECT (--at LAT,LON | --address TEXT) [--tech T] [--json]\n"
             "   or: coverplan check PROJECT --points FILE -o OUT|- [--tech T | --tech-field F] [--json]",
             "serviceability of a location or an address, or of every point of a layer: available, full, planned, "
             "not covered",
             "Statuses: available (a live node of the technology covers the location and has\n"
             "spare capacity), full (covered by live nodes, none with spare), planned (only\n"
             "planned coverage; the date it is ready), not_covered (the nearest live node of\n"
             "the technology and the distance in metres to its service area). Without --tech\n"
             "the answer is given for any technology and for each technology.\n\n"
             "--at takes latitude then longitude in degrees: 21.2731,106.2014, 21.2731 106.2014,\n"
             "with decimal commas 21,2731 106,2014 or 21,2731;106,2014, or degrees, minutes and\n"
             "seconds 21°16'23\"N 106°12'05\"E (hemisphere letters may come first, or in either order).\n\n"
             "--address finds the address in the project's [layers.addresses] as the field page's\n"
             "search does (case, diacritics, spacing and abbreviations such as P. Q. TP. Đ. do not\n"
             "matter: \"ngo quyen 12\" finds 12 Ngô Quyền) and checks the best match; the other\n"
             "matches are listed, and --json adds \"address\": {text, ward, district, lat, lon}.\n"
             "Exit 2 when no address matches or the project has no address layer.\n\n"
             "--points reads any GDAL layer or CSV (coordinates from the geometry, --x/--y, or\n"
             "columns such as lon/lat; EPSG:4326 unless --crs says otherwise). OUT keeps every\n"
             "input field and adds status, zone_id, zone_name, team (who installs there),\n"
             "node_id, spare, distance_m (to 0.1 m), planned_date and reason; rows that cannot\n"
             "be checked keep their fields and give the reason. -o - prints the result on\n"
             "standard output (CSV, or GeoJSON with --format geojson) and the summary on\n"
             "standard error.\n"
             "Exit 1 when some rows could not be checked.",
             {{"--at", "", "LAT,LON", "latitude first, then longitude, in degrees (WGS84), e.g. 21.2731,106.2014"},
              {"--address", "", "TEXT", "an address of [layers.addresses], e.g. \"12 Ngô Quyền, Trần Phú\""},
              {"--tech", "", "T", "technology to check (ftth, 4g, ...); default: any and each"},
              {"--points", "", "FILE", "check every point of this layer or CSV"},
              {"--out", "-o", "OUT", "where the batch result goes (.csv, .gpkg, .geojson, .shp, .fgb, PG:; - for standard output)"},
              {"--format", "", "csv|geojson", "what -o - prints (default csv)"},
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
