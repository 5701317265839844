#include "ui/export/demand_cluster_layer.h"

namespace coverplan::exporting {

using gis::FieldType;
using gis::FieldValue;

void write_demand_clusters(gis::VectorWriter& writer, const planner::Dataset& data,
                           std::span<const planner::DemandCluster> clusters) {
    const std::vector<gis::FieldDef> fields = {
        {"cluster_id", FieldType::Integer}, {"technology", FieldType::String}, {"leads", FieldType::Integer},
        {"ports_needed", FieldType::Integer}, {"zone_id", FieldType::String},  {"zone_name", FieldType::String},
        {"nearest_node", FieldType::String}, {"distance_m", FieldType::Real},
    };
    auto& layer = writer.create_layer("demand_clusters", gis::GeometryType::Polygon, fields,
                                      {"DESCRIPTION=Clusters of open leads no coverage serves, 1 the largest, each "
                                       "with the service area proposed for it and the nearest live node."});
    std::vector<FieldValue> row;
    for (std::size_t c = 0; c < clusters.size(); ++c) {
        const planner::DemandCluster& cluster = clusters[c];
        const bool in_zone = cluster.zone >= 0;
        const bool has_node = cluster.nearest_node >= 0;
        row.clear();
        row.emplace_back(std::int64_t(c + 1));
        row.emplace_back(data.technology_name(cluster.technology));
        row.emplace_back(std::int64_t(cluster.leads.size()));
        row.emplace_back(cluster.ports_needed);
        row.emplace_back(in_zone ? data.zones.ids[std::size_t(cluster.zone)] : std::string());
        row.emplace_back(data.zones.name_of(cluster.zone));
        if (has_node) {
            row.emplace_back(data.nodes.ids[std::size_t(cluster.nearest_node)]);
            row.emplace_back(cluster.distance_m);
        } else {
            row.resize(row.size() + 2);  // no live node of the technology: both empty
        }
        layer.add_geometry(cluster.area.get(), row);
    }
}

}  // namespace coverplan::exporting
