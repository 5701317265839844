// coverplan day-plan PROJECT --zone ID[,ID...] [--teams N] [--start LAT,LON]
// [--stops N] [--date D] [-o FILE]: the selling day. Picks the open leads of
// the zones that the network serves now, shares them among the teams and
// orders each team's visits (planner/day_plan.h says how); prints each
// team's stops and route, and writes the plan as a printable PDF (a page per
// team), a CSV or an XLSX.

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <iostream>
#include <set>
#include <type_traits>
#include <variant>

#include "gis/coordinates.h"
#include "gis/crs.h"
#include "gis/error.h"
#include "gis/number_format.h"
#include "gis/utf8.h"
#include "planner/day_plan.h"
#include "planner/number_text.h"
#include "planner/service_check.h"
#include "ui/carto/report_document.h"
#include "ui/cli/commands.h"
#include "ui/cli/reader_text.h"
#include "ui/cli/pipeline.h"
#include "ui/cli/text_table.h"
#include "ui/export/day_plan_tables.h"
#include "ui/maps/day_plan_report.h"

namespace coverplan::cli {

namespace {

using planner::DayPlan;
using planner::Serviceability;

/// A start farther than this from every zone asked is probably a typing
/// slip (latitude and longitude swapped, a digit lost): planned, but said.
constexpr double kFarStartM = 5000;
/// Zone ids shown when one asked for is unknown.
constexpr std::size_t kIdsShown = 8;

/// "--zone 2401,2402" -> the zones' indexes, each once, in the order given.
std::vector<std::uint32_t> zone_option(const std::string& text, const planner::Dataset& data) {
    std::vector<std::uint32_t> zones;
    std::set<std::uint32_t> seen;
    std::size_t from = 0;
    while (from <= text.size()) {
        const std::size_t comma = std::min(text.find(',', from), text.size());
        std::string id = text.substr(from, comma - from);
        id.erase(0, id.find_first_not_of(" \t"));
        id.erase(id.find_last_not_of(" \t") + 1);
        from = comma + 1;
        if (id.empty()) continue;
        const auto& ids = data.zones.ids;
        const auto it = std::find(ids.begin(), ids.end(), id);
        if (it == ids.end()) {
            std::string message = "--zone: the project has no zone '" + id + "'";
            const auto named = std::find(data.zones.names.begin(), data.zones.names.end(), id);
            if (named != data.zones.names.end())
                message += " ('" + id + "' is the name of zone " + ids[std::size_t(named - data.zones.names.begin())] +
                           "; --zone takes ids)";
            std::string some;
            for (std::size_t z = 0; z < ids.size() && z < kIdsShown; ++z) some += (z ? ", " : "") + ids[z];
            message += "; its " + planner::group_thousands(static_cast<long long>(ids.size())) + " zone ids are " + some +
                       (ids.size() > kIdsShown ? ", ..." : "") + " (`coverplan rank` lists them with their names)";
            throw UsageError(message);
        }
        if (seen.insert(std::uint32_t(it - ids.begin())).second) zones.push_back(std::uint32_t(it - ids.begin()));
    }
    if (zones.empty()) throw UsageError("--zone needs at least one zone id, e.g. --zone " + data.zones.ids.front());
    return zones;
}

int bounded(const Arguments& args, const char* name, int fallback, int most) {
    const auto value = args.integer(name);
    if (!value) return fallback;
    if (*value < 1 || *value > most)
        throw UsageError(std::string(name) + " must be a whole number from 1 to " + std::to_string(most) + ", got " +
                         std::to_string(*value));
    return int(*value);
}

std::string kilometres(double metres) { return gis::format_fixed(metres / 1000, 1) + " km"; }

/// What became of the zones' leads, in a sentence.
std::string counts_text(const DayPlan& plan) {
    const auto& s = plan.by_status;
    auto n = [](std::size_t value) { return planner::group_thousands(static_cast<long long>(value)); };
    std::string text = n(plan.open_leads) + (plan.open_leads == 1 ? " open lead on " : " open leads on ") + planner::format_date(plan.date) + ": " +
                       n(plan.servable()) + " servable now, " + n(s[std::size_t(Serviceability::Full)]) + " full, " +
                       n(s[std::size_t(Serviceability::Planned)]) + " planned, " +
                       n(s[std::size_t(Serviceability::NotCovered)]) + " not covered";
    if (plan.created_after > 0) text += "; " + n(plan.created_after) + " created after the day not counted";
    return text;
}

std::string zones_text(const planner::Dataset& data, const std::vector<std::uint32_t>& zones) {
    std::string text;
    for (std::uint32_t z : zones)
        text += (text.empty() ? "" : ", ") + data.zones.ids[z] +
                (data.zones.names[z].empty() ? "" : " " + data.zones.names[z]);
    return text;
}

nlohmann::json plan_json(const planner::Dataset& data, const DayPlan& plan, const std::vector<std::uint32_t>& zones,
                         double start_lat, double start_lon) {
    nlohmann::json teams = nlohmann::json::array();
    const exporting::Table table = exporting::day_plan_table(data, plan, "day_plan");
    for (std::size_t t = 0; t < plan.teams.size(); ++t)
        teams.push_back({{"team", t + 1},
                         {"stops", nlohmann::json::array()},
                         {"length_m", plan.teams[t].length_m},
                         {"nearest_neighbour_m", plan.teams[t].nearest_neighbour_m}});
    for (const auto& row : table.rows) {
        nlohmann::json stop;
        for (std::size_t c = 0; c < table.columns.size(); ++c)
            std::visit(
                [&](const auto& value) {
                    using T = std::decay_t<decltype(value)>;
                    if constexpr (std::is_same_v<T, std::monostate>)
                        stop[table.columns[c].name] = nullptr;
                    else
                        stop[table.columns[c].name] = value;
                },
                row[c]);
        teams[std::size_t(std::get<std::int64_t>(row[0]) - 1)]["stops"].push_back(stop);
    }
    nlohmann::json zone_ids = nlohmann::json::array();
    for (std::uint32_t z : zones) zone_ids.push_back(data.zones.ids[z]);
    const auto& s = plan.by_status;
    return {{"date", planner::format_date(plan.date)},
            {"zones", zone_ids},
            {"start",
             {{"lat", start_lat},
              {"lon", start_lon},
              {"given", plan.start_given},
              {"zone_id", plan.start_zone < 0 ? nlohmann::json(nullptr) : nlohmann::json(data.zones.ids[std::size_t(plan.start_zone)])},
              {"distance_to_zones_m", plan.start_to_zones_m}}},
            {"leads",
             {{"open", plan.open_leads},
              {"available", s[std::size_t(Serviceability::Available)]},
              {"full", s[std::size_t(Serviceability::Full)]},
              {"planned", s[std::size_t(Serviceability::Planned)]},
              {"not_covered", s[std::size_t(Serviceability::NotCovered)]},
              {"created_after", plan.created_after},
              {"left_for_room", plan.left_for_room},
              {"left_for_ports", plan.left_for_ports}}},
            {"distances", "straight-line"},
            {"crs", data.working_crs},
            {"teams", teams}};
}

int run(const Arguments& args) {
    const auto zone_text = args.value("--zone");
    if (!zone_text) throw UsageError("--zone ID[,ID...] is required: the zones the teams sell in");
    const int teams = bounded(args, "--teams", 1, planner::kMaxTeams);
    const int stops = bounded(args, "--stops", planner::kDefaultStopsPerTeam, planner::kMaxStopsPerTeam);
    const planner::Day date = args.value("--date") ? date_option(args, "--date")
                                                   : *planner::parse_date(planner::today_iso());
    std::optional<gis::LatLon> start;
    if (const auto text = args.value("--start")) start = lat_lon_option(*text, "--start");
    const auto output = args.value("--out");
    const std::string extension =
        output ? gis::lowercase(std::filesystem::path(*output).extension().string()) : std::string();
    if (output && extension != ".pdf" && extension != ".csv" && extension != ".xlsx")
        throw UsageError("-o: the day plan is written as .pdf, .csv or .xlsx, got '" + *output + "'");

    const planner::Project project = read_project(args.positional()[0]);
    std::optional<exporting::OutputTarget> target;
    if (output) target = checked_output(*output, {{".pdf", ".csv", ".xlsx"}, {}}, project);
    const planner::Dataset data = planner::load_day_plan_data(project);
    require_usable(data);
    if (!project.has("leads") && data.leads.size() == 0)
        throw InputError(Location{project.file.string(), "", "", "", 0},
                         "the project has no leads layer ([layers.leads]) and no prospects recorded in the field: a "
                         "day plan visits open leads");

    planner::DayPlanRequest request;
    request.zones = zone_option(*zone_text, data);
    request.teams = teams;
    request.stops_per_team = stops;
    request.date = date;
    const gis::LonLatConverter converter(data.working_crs);
    if (start) {
        const auto [x, y] = converter.to_crs(start->lon, start->lat);
        request.start = planner::RoutePoint{x, y};
    }
    const planner::ServiceChecker checker(data);
    const DayPlan plan = planner::plan_day(data, checker, request);
    const auto [start_lon, start_lat] = converter.to_lonlat(plan.start.x, plan.start.y);

    if (plan.stops() == 0)
        throw InputError(Location{data.project.file.string(), "", "", "", 0},
                         "no open lead of " + zones_text(data, request.zones) + " can be served on " +
                             planner::format_date(date) + " (" + counts_text(plan) + "); nothing to plan" +
                             (output ? ", nothing written" : ""));

    if (target) {
        if (extension == ".pdf")
            carto::write_report_pdf(maps::describe_day_plan(data, plan, request.zones), target->path);
        else
            exporting::write_day_plan_table(data, plan, target->path);
    }
    const bool far_start = plan.start_to_zones_m > kFarStartM;
    const int code = far_start || has_warnings(data) ? kWarnings : kSuccess;
    if (args.flag("--json")) {
        nlohmann::json out = plan_json(data, plan, request.zones, start_lat, start_lon);
        out["output"] = target ? nlohmann::json(target->display_name) : nlohmann::json(nullptr);
        out["exit_code"] = code;
        print_json(std::cout, out);
        return code;
    }

    std::cout << "Selling day " << planner::format_date(date) << " in " << zones_text(data, request.zones) << ": "
              << teams << (teams == 1 ? " team" : " teams") << ", at most " << stops << " stops each\n"
              << "Start: " << gis::format_fixed(start_lat, 6) << ", " << gis::format_fixed(start_lon, 6)
              << (plan.start_given ? "" : " (the middle of the zones asked; --start LAT,LON sets it)")
              << (plan.start_zone >= 0 ? ", in zone " + data.zones.ids[std::size_t(plan.start_zone)] : ", outside every zone")
              << "\n"
              << "Leads: " << counts_text(plan) << "\n";
    if (plan.left_for_room > 0 || plan.left_for_ports > 0)
        std::cout << "Left out: " << plan.left_for_room << " beyond " << teams << " x " << stops
                  << " stops (those nearest the start were taken), " << plan.left_for_ports
                  << " whose nodes' spare ports nearer stops take\n";
    std::cout << "\n";
    TextTable summary({"team", "stops", "route", "nearest-neighbour route"}, {false, true, true, true});
    for (std::size_t t = 0; t < plan.teams.size(); ++t)
        summary.add({exporting::team_title(t), std::to_string(plan.teams[t].stops.size()),
                     kilometres(plan.teams[t].length_m), kilometres(plan.teams[t].nearest_neighbour_m)});
    std::cout << summary.render();
    std::size_t idle = 0;
    for (const planner::TeamDay& team : plan.teams) idle += team.stops.empty();
    if (idle > 0)
        std::cout << idle << (idle == 1 ? " team has" : " teams have")
                  << " no stop: fewer servable leads than teams (fewer --teams, or more zones)\n";
    if (!output) {
        const exporting::Table table = exporting::day_plan_table(data, plan, "day_plan");
        TextTable stops_table({"team", "stop", "lead", "address", "technology", "node", "from previous"},
                              {true, true, false, false, false, false, true});
        for (const auto& row : table.rows) {
            auto text = [](const exporting::Cell& cell) {
                if (const auto* value = std::get_if<std::string>(&cell)) return *value;
                if (const auto* value = std::get_if<std::int64_t>(&cell)) return std::to_string(*value);
                if (const auto* value = std::get_if<double>(&cell)) return gis::format_fixed(*value, 0);
                return std::string();
            };
            stops_table.add({text(row[0]), text(row[1]), text(row[2]), text(row[6]), text(row[8]), text(row[11]),
                             text(row[13]) + " m"});
        }
        std::cout << "\n" << stops_table.render();
    }
    std::cout << "Distances are straight-line distances in " << gis::crs_title(data.working_crs)
              << ", from the start to the last stop (no return leg); streets make them longer.\n";
    if (far_start)
        std::cout << "Warning: the start is " << kilometres(plan.start_to_zones_m)
                  << " from the nearest zone asked; check --start (latitude first).\n";
    if (target) std::cout << wrote_text(target->display_name) << "\n";
    if (has_warnings(data)) std::cout << input_warning_note() << "\n";
    return code;
}

}  // namespace

Command day_plan_command() {
    return {{"day-plan",
             "PROJECT --zone ID[,ID...] [--teams N] [--start LAT,LON] [--stops N] [--date D] [-o FILE] [--json]",
             "the selling day: servable open leads shared among teams, each in route order",
             "Takes the open leads of the zones (created on or before the day) that the\n"
             "network serves now (`coverplan check` says available), nearest to the start\n"
             "first, at most N x stops of them, each taking one spare port of its covering\n"
             "node so no team signs a customer it cannot connect. The teams share them by\n"
             "direction from the start (contiguous sectors, sizes at most one apart); each\n"
             "team's visits are ordered by nearest neighbour improved by 2-opt and Or-opt.\n"
             "Distances are straight lines in the project's working CRS, start to last stop.\n\n"
             "-o FILE.pdf prints a first page with every route and a page per team (map of\n"
             "its numbered stops, the list with address, lead, technology, node and spare\n"
             "ports); .csv and .xlsx hold one row per stop (.xlsx also a sheet per team).\n"
             "Without -o the stops are listed here.\n\n"
             "Exit 2 when no open lead of the zones can be served (nothing is written);\n"
             "exit 1 when the start lies over 5 km from the zones, or input features were\n"
             "repaired or rejected.",
             {{"--zone", "", "ID[,ID...]", "the zones to sell in, by id (comma-separated)"},
              {"--teams", "", "N", "joint teams sharing the day (default 1, at most 50)"},
              {"--start", "", "LAT,LON", "where the teams set off (default: the middle of the zones); latitude first, "
                                          "as --at; decimal commas and degrees-minutes-seconds accepted"},
              {"--stops", "", "N", "stops per team at most (default 20, at most 200)"},
              {"--date", "", "D", "the day planned, e.g. 2026-12-05 (default today); later leads are left out"},
              {"--out", "-o", "FILE", "write the plan: .pdf (to print), .csv or .xlsx"},
              {"--json", "", "", "print the plan as JSON"}},
             1,
             1},
            run};
}

}  // namespace coverplan::cli
