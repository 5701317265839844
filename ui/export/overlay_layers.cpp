#include "ui/export/overlay_layers.h"

#include <chrono>
#include <cmath>

#include "gis/vector_writer.h"
#include "ui/export/demand_cluster_layer.h"
#include "ui/export/zone_table.h"

namespace coverplan::exporting {

using gis::FieldDef;
using gis::FieldType;
using gis::FieldValue;
using planner::Dataset;
using planner::NetworkOverlay;

namespace {

FieldValue optional_number(const std::optional<double>& value) {
    return value ? FieldValue(*value) : FieldValue(std::monostate{});
}

/// Ports are whole: typed as integers, so QGIS, SQL and spreadsheets sum
/// and filter them as counts.
FieldValue optional_ports(const std::optional<double>& value) {
    return value ? FieldValue(std::int64_t(std::llround(*value))) : FieldValue(std::monostate{});
}

void write_nodes(gis::VectorWriter& writer, const Dataset& data, const planner::Plan& plan) {
    const NetworkOverlay& overlay = plan.overlay;
    const std::vector<FieldDef> fields = {
        {"node_id", FieldType::String},  {"technology", FieldType::String},
        {"status", FieldType::String},   {"planned_date", FieldType::Date},
        {"capacity", FieldType::Integer}, {"used", FieldType::Integer},
        {"spare", FieldType::Integer},    {"utilization", FieldType::Real},
        {"subscribers_inside", FieldType::Integer}, {"leads_inside", FieldType::Integer},
        {"forecast_additions", FieldType::Real}, {"projected_utilization", FieldType::Real},
        {"exhausts_on", FieldType::Date},
        {"complaints", FieldType::Integer}, {"complaints_recent", FieldType::Integer},
        {"complaints_per_100_subscribers", FieldType::Real},
    };
    auto& layer = writer.create_layer("nodes", gis::GeometryType::MultiPolygon, fields,
                                      {"DESCRIPTION=One row per node: its service area, ports (capacity, used, spare as "
                                       "whole numbers), utilisation, forecast and complaints."});
    const auto& nodes = data.nodes;
    std::vector<FieldValue> row;
    for (std::size_t n = 0; n < nodes.size(); ++n) {
        row.clear();
        row.emplace_back(nodes.ids[n]);
        row.emplace_back(data.technology_name(nodes.technology[n]));
        row.emplace_back(std::string(nodes.status[n] == planner::NodeStatus::Live ? "live" : "planned"));
        row.push_back(nodes.planned_date[n] == planner::kNoDay ? FieldValue()
                                                               : FieldValue(planner::format_date(nodes.planned_date[n])));
        row.push_back(optional_ports(nodes.capacity[n]));
        row.push_back(optional_ports(nodes.used[n]));
        row.push_back(optional_ports(nodes.spare(n)));
        const bool has_utilisation = nodes.capacity[n] && nodes.used[n] && *nodes.capacity[n] > 0;
        row.push_back(has_utilisation ? FieldValue(*nodes.used[n] / *nodes.capacity[n]) : FieldValue());
        row.emplace_back(overlay.nodes[n].subscribers_inside);
        row.emplace_back(overlay.nodes[n].leads_inside);
        const planner::NodeModel& model = plan.nodes[n];
        row.emplace_back(model.forecast_additions);
        row.push_back(optional_number(model.projected_utilization));
        row.push_back(model.exhausts_on == planner::kNoDay ? FieldValue() : FieldValue(planner::format_date(model.exhausts_on)));
        const planner::ComplaintFigures& complaints = *plan.complaints;
        row.emplace_back(complaints.of_node(n));
        row.emplace_back(complaints.recent_of_node(n));
        row.push_back(optional_number(planner::complaints_per_100(complaints.recent_of_node(n), overlay.nodes[n].subscribers_inside)));
        layer.add_geometry(nodes.geometries[n].get(), row);
    }
}

/// Returns whether the layer got a spatial index.
bool write_point_statuses(gis::VectorWriter& writer, const Dataset& data, const NetworkOverlay& overlay) {
    const std::vector<FieldDef> fields = {
        {"layer", FieldType::String},  {"point_id", FieldType::String}, {"zone_id", FieldType::String},
        {"technology", FieldType::String}, {"status", FieldType::String}, {"node_id", FieldType::String},
        {"open", FieldType::Boolean},
    };
    const std::size_t total =
        data.subscribers.size() + data.leads.size() + data.complaints.size() + data.orders.size();
    std::vector<std::string> options = {
        "DESCRIPTION=Every input point (layer: subscribers, leads, complaints, orders) with the zone and the node "
        "serving it and its status (available, full, planned, not_covered); zone_id is empty outside every zone; "
        "open is true for a lead still open or an order not installed."};
    const bool indexed = gis::indexes_point_layer(writer.target(), total);
    if (!indexed) options.push_back("SPATIAL_INDEX=NO");
    auto& layer = writer.create_layer("points_status", gis::GeometryType::Point, fields, options);
    auto write_layer = [&](const char* name, const planner::DemandPoints& points,
                           const planner::PointPlacement& placement, bool has_status) {
        std::vector<FieldValue> row(fields.size());
        row[0] = std::string(name);
        for (std::size_t i = 0; i < points.size(); ++i) {
            row[1] = std::string(points.ids[i]);
            const std::int32_t zone = placement.zone[i];
            row[2] = zone < 0 ? std::string() : data.zones.ids[zone];
            row[3] = points.technology.empty() ? FieldValue() : FieldValue(data.technology_name(points.technology[i]));
            row[4] = has_status ? FieldValue(std::string(planner::to_string(placement.status[i]))) : FieldValue();
            const std::int32_t node = placement.serving_node[i];
            row[5] = node < 0 ? FieldValue() : FieldValue(data.nodes.ids[node]);
            row[6] = points.open.empty() ? FieldValue() : FieldValue(std::int64_t(points.open[i]));
            layer.add_point(points.x[i], points.y[i], row);
        }
    };
    write_layer("subscribers", data.subscribers, *overlay.subscribers, true);
    write_layer("leads", data.leads, *overlay.leads, true);
    write_layer("complaints", data.complaints, *overlay.complaints, true);
    write_layer("orders", data.orders, *overlay.orders, false);
    return indexed;
}

void write_rejects(gis::VectorWriter& writer, const Dataset& data) {
    const std::vector<FieldDef> fields = {
        {"layer", FieldType::String},   {"source", FieldType::String}, {"source_layer", FieldType::String},
        {"feature", FieldType::String}, {"field", FieldType::String},  {"outcome", FieldType::String},
        {"reason", FieldType::String},
    };
    auto& layer = writer.create_layer("rejects", gis::GeometryType::None, fields,
                                      {"DESCRIPTION=Input features repaired, rejected or flagged while reading, with "
                                       "where they are and why."});
    std::vector<FieldValue> row(fields.size());
    for (const auto& report : data.reports)
        for (const auto& problem : report.problems) {
            row[0] = report.role;
            row[1] = problem.where.file;
            row[2] = problem.where.layer;
            row[3] = problem.where.feature;
            row[4] = problem.where.field;
            row[5] = std::string(gis::to_string(problem.outcome));
            row[6] = problem.reason;
            layer.add_row(row);
        }
}

}  // namespace

OutputFormats overlay_formats() {
    return {{".gpkg"}, {zone_table_name(std::nullopt), "nodes", "demand_clusters", "points_status", "rejects"}};
}

OutputTimings write_overlay(const Dataset& data, const planner::Plan& plan, const std::string& target,
                            const OverlayOutputOptions& options) {
    OutputTimings result;
    const auto start = std::chrono::steady_clock::now();
    gis::VectorWriter writer(target, data.working_crs);
    add_table_layer(writer, zone_table(data, plan));
    write_nodes(writer, data, plan);
    write_demand_clusters(writer, data, *plan.clusters);
    if (options.point_statuses) result.points_indexed = write_point_statuses(writer, data, plan.overlay);
    write_rejects(writer, data);
    std::vector<gis::LayerStyle> styles;
    for (const auto& style : options.styles)
        if (style.layer != "points_status" || options.point_statuses) styles.push_back(style);
    writer.add_layer_styles(std::move(styles));
    writer.commit();
    result.write_s = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    return result;
}

}  // namespace coverplan::exporting
