#include "ui/export/day_plan_tables.h"

#include <filesystem>
#include <tuple>

#include "gis/crs.h"
#include "gis/error.h"
#include "gis/utf8.h"
#include "ui/export/reader_words.h"
#include "ui/export/workbook_info.h"

namespace coverplan::exporting {

using planner::DayPlan;
using planner::DayStop;

std::string team_title(std::size_t team) { return "Team " + std::to_string(team + 1); }

Table day_plan_table(const planner::Dataset& data, const DayPlan& plan, const std::string& name,
                     std::optional<std::size_t> team) {
    Table table{name,
                {{"team", ColumnType::Integer, 0, "Team"},
                 {"stop", ColumnType::Integer, 0, "Stop"},
                 {"lead_id", ColumnType::Text, 0, "Lead"},
                 {"zone_id", ColumnType::Text, 0, "Zone"},
                 {"zone_name", ColumnType::Text, 0, "Zone name"},
                 {"zone_team", ColumnType::Text, 0, "Zone's team"},
                 {"address", ColumnType::Text, 0, "Nearest address"},
                 {"address_distance_m", ColumnType::Real, 0, "Address distance (m)"},
                 {"technology", ColumnType::Text, 0, "Technology"},
                 {"lead_status", ColumnType::Text, 0, "Lead status"},
                 {"created", ColumnType::Date, 0, "Created"},
                 {"node_id", ColumnType::Text, 0, "Node"},
                 {"spare_ports", ColumnType::Real, 0, "Spare ports"},
                 {"distance_from_previous_m", ColumnType::Real, 0, "From previous (m)"},
                 {"route_m", ColumnType::Real, 0, "Route so far (m)"},
                 {"lat", ColumnType::Real, 6, "Latitude"},
                 {"lon", ColumnType::Real, 6, "Longitude"}},
                {},
                {},
                ""};
    const auto& leads = data.leads;
    // Who to ask for, when the leads say: only the columns the data has.
    std::vector<const std::vector<std::string>*> people;
    for (const auto& [column, name, title] : {std::tuple{&leads.customer, "customer", "Customer"},
                                              std::tuple{&leads.phone, "phone", "Phone"},
                                              std::tuple{&leads.note, "note", "Note"}})
        if (!column->empty()) {
            people.push_back(column);
            table.columns.push_back({name, ColumnType::Text, 0, title});
        }
    const gis::LonLatConverter converter(data.working_crs);
    for (std::size_t t = 0; t < plan.teams.size(); ++t) {
        if (team && *team != t) continue;
        double route = 0;
        for (std::size_t s = 0; s < plan.teams[t].stops.size(); ++s) {
            const DayStop& stop = plan.teams[t].stops[s];
            const std::size_t i = stop.lead, z = std::size_t(stop.zone), n = std::size_t(stop.node);
            route += stop.distance_from_previous_m;
            const auto [lon, lat] = converter.to_lonlat(leads.x[i], leads.y[i]);
            const std::string& tech = leads.technology.empty() ? std::string() : data.technology_name(leads.technology[i]);
            const auto spare = data.nodes.spare(n);
            auto text = [](const std::string& value) { return value.empty() ? Cell() : Cell(value); };
            table.rows.push_back(
                {std::int64_t(t + 1), std::int64_t(s + 1), std::string(leads.ids[i]), data.zones.ids[z],
                 text(data.zones.names[z]), text(data.zones.teams[z]),
                 stop.address < 0 ? Cell() : Cell(std::string(data.addresses.texts[std::size_t(stop.address)])),
                 stop.address < 0 ? Cell() : Cell(stop.address_distance_m), text(tech),
                 leads.category.empty() ? Cell() : text(leads.category[i]),
                 leads.date[i] == planner::kNoDay ? Cell() : Cell(planner::format_date(leads.date[i])), data.nodes.ids[n],
                 spare ? Cell(*spare) : Cell(), stop.distance_from_previous_m, route, lat, lon});
            for (const auto* column : people) table.rows.back().push_back(text((*column)[i]));
        }
    }
    return table;
}

void write_day_plan_table(const planner::Dataset& data, const DayPlan& plan, const std::string& target) {
    const std::string ext = gis::lowercase(std::filesystem::path(target).extension().string());
    const WorkbookInfo info =
        workbook_info(data, reader_word("Workbook", "Selling day %1", {reader_word("Date", planner::format_date(plan.date))}));
    if (ext != ".xlsx") {
        write_tables({day_plan_table(data, plan, "day_plan")}, target, info);
        return;
    }
    std::vector<Table> sheets{day_plan_table(data, plan, "Day plan")};
    for (std::size_t t = 0; t < plan.teams.size(); ++t) sheets.push_back(day_plan_table(data, plan, team_title(t), t));
    write_tables(sheets, target, info);
}

}  // namespace coverplan::exporting
