#include "ui/export/team_work_tables.h"

#include <algorithm>

#include "gis/crs.h"
#include "gis/error.h"
#include "gis/utf8.h"
#include "ui/export/workbook_info.h"

namespace coverplan::exporting {

using planner::Dataset;
using planner::TeamWork;

namespace {

Cell text_or_empty(const std::vector<std::string>& column, std::size_t i) {
    return column.empty() || column[i].empty() ? Cell() : Cell(column[i]);
}

Cell day_cell(planner::Day day) { return day == planner::kNoDay ? Cell() : Cell(planner::format_date(day)); }

}  // namespace

Table team_work_table(const Dataset& data, const std::vector<TeamWork>& lists, const std::string& name) {
    Table table{name,
                {{"team", ColumnType::Text, 0, "Team"},
                 {"list", ColumnType::Text, 0, "List"},
                 {"id", ColumnType::Text, 0, "Order / lead"},
                 {"date", ColumnType::Date, 0, "Due / created"},
                 {"days", ColumnType::Integer, 0, "Days late / left"},
                 {"zone_id", ColumnType::Text, 0, "Zone"},
                 {"zone_name", ColumnType::Text, 0, "Zone name"},
                 {"technology", ColumnType::Text, 0, "Technology"},
                 {"status", ColumnType::Text, 0, "Status"},
                 {"node_id", ColumnType::Text, 0, "Node"},
                 {"address", ColumnType::Text, 0, "Address"},
                 {"customer", ColumnType::Text, 0, "Customer"},
                 {"lat", ColumnType::Real, 6, "Latitude"},
                 {"lon", ColumnType::Real, 6, "Longitude"}},
                {},
                {},
                ""};
    const gis::LonLatConverter converter(data.working_crs);
    auto zone_id = [&](std::int32_t zone) { return zone < 0 ? Cell() : Cell(data.zones.ids[std::size_t(zone)]); };
    auto place = [&](double x, double y, std::vector<Cell>& row) {
        const auto [lon, lat] = converter.to_lonlat(x, y);
        row.emplace_back(lat);
        row.emplace_back(lon);
    };
    const auto& orders = data.orders;
    const auto& leads = data.leads;
    for (const TeamWork& list : lists) {
        auto add_order = [&](const planner::SlaOrder& order, const char* kind) {
            const std::size_t i = order.order;
            std::vector<Cell> row = {list.team, std::string(kind), std::string(orders.ids[i]), day_cell(order.due),
                                     std::int64_t(order.days), zone_id(order.zone), data.zones.name_of(order.zone),
                                     Cell(), std::string("open"), Cell(), text_or_empty(orders.address, i),
                                     text_or_empty(orders.customer, i)};
            place(orders.x[i], orders.y[i], row);
            table.rows.push_back(std::move(row));
        };
        auto add_lead = [&](const planner::TeamProspect& prospect, const char* kind) {
            const std::size_t i = prospect.lead;
            const std::string& tech = leads.technology.empty() ? std::string() : data.technology_name(leads.technology[i]);
            std::vector<Cell> row = {list.team, std::string(kind), std::string(leads.ids[i]), day_cell(leads.date[i]),
                                     Cell(), zone_id(prospect.zone), data.zones.name_of(prospect.zone),
                                     tech.empty() ? Cell() : Cell(tech), std::string(planner::to_string(prospect.status)),
                                     prospect.node < 0 ? Cell() : Cell(data.nodes.ids[std::size_t(prospect.node)]),
                                     Cell(), Cell()};
            place(leads.x[i], leads.y[i], row);
            table.rows.push_back(std::move(row));
        };
        for (const auto& order : list.overdue) add_order(order, "overdue");
        for (const auto& order : list.due_soon) add_order(order, "due_soon");
        for (const auto& prospect : list.prospects) add_lead(prospect, "new_prospect");
        for (const auto& prospect : list.failed_checks) add_lead(prospect, "failed_check");
    }
    return table;
}

std::string team_file_part(const std::string& team) {
    if (team.empty()) return "no-team";
    std::string out;
    for (unsigned char c : team) out += (c < 0x20 || c == 0x7f || std::string_view("/\\:*?\"<>|").find(char(c)) != std::string_view::npos) ? '_' : char(c);
    return out;
}

std::filesystem::path team_csv_path(const std::filesystem::path& target, const std::string& team) {
    return target.parent_path() / (target.stem().string() + "-" + team_file_part(team) + ".csv");
}

void write_team_work(const Dataset& data, const std::vector<TeamWork>& lists, const std::string& target, bool split) {
    const std::string ext = gis::lowercase(std::filesystem::path(target).extension().string());
    if (ext != ".csv" && ext != ".xlsx" && ext != ".gpkg")
        throw InputError(Location{target, "", "", "", 0},
                         "work lists are written as .csv, .xlsx or .gpkg, not as '" + ext + "'");
    const WorkbookInfo info = workbook_info(data, "Work lists");
    if (!split) {
        write_tables({team_work_table(data, lists, "work_list")}, target, info);
        return;
    }
    if (ext == ".csv") {
        for (const TeamWork& list : lists)
            write_tables({team_work_table(data, {list}, "work_list")}, team_csv_path(target, list.team).string());
        return;
    }
    std::vector<Table> tables;
    for (const TeamWork& list : lists) tables.push_back(team_work_table(data, {list}, list.team.empty() ? "(no team)" : list.team));
    write_tables(tables, target, info);
}

}  // namespace coverplan::exporting
