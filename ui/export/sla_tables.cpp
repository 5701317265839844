#include "ui/export/sla_tables.h"

#include <algorithm>
#include <cctype>
#include <filesystem>

#include "gis/error.h"
#include "gis/utf8.h"
#include "planner/number_text.h"
#include "ui/export/reader_words.h"
#include "ui/export/workbook_info.h"

namespace coverplan::exporting {

using planner::Dataset;
using planner::SlaCounts;
using planner::SlaReport;

namespace {

/// The columns every summary table (by team, zone, month) ends with.
void add_count_columns(std::vector<TableColumn>& columns) {
    const std::pair<const char*, const char*> counts[] = {
        {"orders", "Orders"},   {"installed", "Installed"}, {"on_time", "On time"},
        {"late", "Late"},       {"open", "Open"},           {"overdue", "Overdue"},
        {"at_risk", "At risk"}, {"no_due_date", "No due date"}, {"assessed", "Assessed"},
    };
    for (const auto& [name, title] : counts) columns.push_back({name, ColumnType::Integer, 0, title});
    columns.push_back({"on_time_rate", ColumnType::Percent, 1, "On-time rate"});
    columns.push_back({"target", ColumnType::Percent, 1, "Target"});
    columns.push_back({"meets_target", ColumnType::Integer, 0, "Meets target (1/0)"});
}

void add_count_cells(const SlaCounts& c, double target, std::vector<Cell>& row) {
    for (std::int64_t value : {c.orders, c.installed, c.on_time, c.late, c.open, c.overdue, c.at_risk, c.no_due_date,
                               c.assessed()})
        row.emplace_back(value);
    const auto rate = c.on_time_rate();
    row.push_back(rate ? Cell(*rate) : Cell());
    row.emplace_back(target);
    const auto meets = c.meets_target(target);
    row.push_back(meets ? Cell(std::int64_t(*meets)) : Cell());
}

std::string zone_id(const Dataset& data, std::int32_t zone) {
    return zone < 0 ? std::string() : data.zones.ids[std::size_t(zone)];
}

Table orders_table(const Dataset& data, const SlaReport& report, std::vector<gis::GeosGeometry>& points) {
    Table table{"sla_orders",
                {{"order_id", ColumnType::Text, 0, "Order"},
                 {"status", ColumnType::Text, 0, "Status"},
                 {"days", ColumnType::Integer, 0, "Days late / left"},
                 {"due", ColumnType::Date, 0, "Due"},
                 {"team", ColumnType::Text, 0, "Team"},
                 {"zone_id", ColumnType::Text, 0, "Zone"},
                 {"zone_name", ColumnType::Text, 0, "Zone name"},
                 {"created", ColumnType::Date, 0, "Created"}},
                {},
                {},
                data.working_crs};
    const auto& orders = data.orders;
    auto ctx = gis::geos_context();
    auto add = [&](const planner::SlaOrder& order, const char* status) {
        const planner::Day created = orders.date.empty() ? planner::kNoDay : orders.date[order.order];
        table.rows.push_back({std::string(orders.ids[order.order]), std::string(status), std::int64_t(order.days),
                              planner::format_date(order.due), order.team, zone_id(data, order.zone),
                              data.zones.name_of(order.zone),
                              created == planner::kNoDay ? Cell() : Cell(planner::format_date(created))});
        points.emplace_back(GEOSGeom_createPointFromXY_r(ctx, orders.x[order.order], orders.y[order.order]));
        table.geometries.push_back(points.back().get());
    };
    for (const auto& order : report.overdue) add(order, "overdue");
    for (const auto& order : report.at_risk) add(order, "at_risk");
    return table;
}

Table team_table(const SlaReport& report) {
    Table table{"sla_by_team", {{"team", ColumnType::Text, 0, "Team"}}, {}, {}, ""};
    add_count_columns(table.columns);
    for (const auto& [team, counts] : report.by_team) {
        table.rows.push_back({team});
        add_count_cells(counts, report.target, table.rows.back());
    }
    table.rows.push_back({std::string("(total)")});
    add_count_cells(report.total, report.target, table.rows.back());
    return table;
}

Table zone_table(const Dataset& data, const SlaReport& report) {
    Table table{"sla_by_zone",
                {{"zone_id", ColumnType::Text, 0, "Zone"},
                 {"zone_name", ColumnType::Text, 0, "Zone name"},
                 {"team", ColumnType::Text, 0, "Team"}},
                {},
                {},
                data.working_crs};
    add_count_columns(table.columns);
    for (std::size_t z = 0; z < report.by_zone.size(); ++z) {
        const bool outside = z == data.zones.size();
        const std::int32_t zone = outside ? -1 : std::int32_t(z);
        table.rows.push_back({zone_id(data, zone), data.zones.name_of(zone), outside ? std::string() : data.zones.teams[z]});
        add_count_cells(report.by_zone[z], report.target, table.rows.back());
        table.geometries.push_back(outside ? nullptr : data.zones.geometries[z].get());
    }
    return table;
}

Table month_table(const SlaReport& report) {
    Table table{"sla_by_month", {{"month", ColumnType::Text, 0, "Month due"}}, {}, {}, ""};
    add_count_columns(table.columns);
    for (const auto& [month, counts] : report.by_month) {
        table.rows.push_back({planner::format_month(month)});
        add_count_cells(counts, report.target, table.rows.back());
    }
    return table;
}

}  // namespace

SlaTables sla_tables(const Dataset& data, const SlaReport& report) {
    SlaTables out;
    out.order_points.reserve(report.overdue.size() + report.at_risk.size());
    out.tables.push_back(orders_table(data, report, out.order_points));
    out.tables.push_back(team_table(report));
    out.tables.push_back(zone_table(data, report));
    out.tables.push_back(month_table(report));
    return out;
}

OutputFormats sla_formats() { return {{".csv", ".xlsx", ".gpkg"}, {}}; }

void write_sla(const Dataset& data, const SlaReport& report, const std::string& target) {
    const std::string ext = gis::lowercase(std::filesystem::path(target).extension().string());
    const auto formats = sla_formats().extensions;
    if (std::find(formats.begin(), formats.end(), ext) == formats.end())
        throw InputError(Location{target, "", "", "", 0},
                         "the SLA is written as .csv, .xlsx or .gpkg, not as '" + ext + "'");
    SlaTables sla = sla_tables(data, report);
    if (ext == ".csv") sla.tables.resize(1);  // a CSV file holds one table: the orders to act on
    WorkbookInfo info = workbook_info(data, "Installation SLA");
    info.note = reader_word("Workbook", "Target %1 on time", {planner::percent(report.target)});
    write_tables(sla.tables, target, info);
}

}  // namespace coverplan::exporting
