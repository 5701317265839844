#include "ui/maps/layer_styles.h"

#include "ui/carto/layer_style.h"
#include "ui/maps/map_frame.h"
#include "ui/maps/theme_classes.h"

namespace coverplan::maps {

namespace {

using carto::LayerSymbology;
using carto::StyleClass;
using planner::Serviceability;

gis::LayerStyle style_of(const LayerSymbology& symbology, const std::string& layer, const std::string& name,
                         const std::string& description) {
    return {layer, name, carto::qml_document(symbology).toStdString(),
            carto::sld_document(symbology, qs(layer)).toStdString(), description};
}

/// A graduated symbology on `attribute` with `classes`, each class drawn by `style_of_colour`.
LayerSymbology graduated(const QString& attribute, const ValueClasses& classes,
                         carto::AreaStyle (*style_of_colour)(const QColor&)) {
    LayerSymbology symbology;
    symbology.kind = LayerSymbology::Kind::Graduated;
    symbology.attribute = attribute;
    for (std::size_t c = 0; c < classes.upper.size(); ++c)
        symbology.classes.push_back({classes.names[c], c == 0 ? classes.lowest : classes.upper[c - 1], classes.upper[c],
                                     QString(), style_of_colour(classes.colours[c])});
    return symbology;
}

LayerSymbology score_symbology(const planner::Plan& plan, planner::RankingKind kind, const QString& attribute) {
    return graduated(attribute, score_classes(plan, kind), zone_fill);
}

carto::AreaStyle service_area_fill(const QColor& colour) {
    return {colour, QColor(255, 255, 255, 180), 0.15, Qt::SolidLine};
}

LayerSymbology status_symbology() {
    LayerSymbology symbology;
    symbology.kind = LayerSymbology::Kind::Categorized;
    symbology.attribute = "status";
    symbology.point_mm = 1.3;
    const std::pair<Serviceability, const char*> statuses[] = {
        {Serviceability::Available, "can be served now"},
        {Serviceability::Planned, "planned coverage"},
        {Serviceability::Full, "covered, no spare port"},
        {Serviceability::NotCovered, "not covered"},
    };
    for (const auto& [status, label] : statuses)
        symbology.classes.push_back(
            {label, 0, 0, planner::to_string(status), {status_colour(status), Qt::transparent, 0, Qt::SolidLine}});
    symbology.classes.push_back({"no status (orders)", 0, 0, QString(), {kNoData, Qt::transparent, 0, Qt::SolidLine}});
    return symbology;
}

}  // namespace

std::vector<gis::LayerStyle> overlay_styles(const planner::Dataset& data, const planner::Plan& plan) {
    std::vector<gis::LayerStyle> styles;
    styles.push_back(style_of(score_symbology(plan, planner::RankingKind::Investment, "investment_score"), "zones",
                              "Coverplan: investment score",
                              "Zones by investment score: quantile classes and colours of `coverplan map --theme investment`"));

    LayerSymbology nodes = graduated("utilization", utilisation_classes(data.project.scoring.exhaustion_threshold),
                                     service_area_fill);
    nodes.only_field = "status";
    nodes.only_value = "live";
    nodes.order_by = "utilization";  // the fullest last, on top where service areas overlap
    styles.push_back(style_of(nodes, "nodes", "Coverplan: utilisation",
                              "Live nodes' service areas by utilisation, as `coverplan map --theme utilization`"));

    styles.push_back(style_of(status_symbology(), "points_status", "Coverplan: status",
                              "Points by serviceability status, in the colours of Coverplan's maps"));

    LayerSymbology clusters;
    clusters.classes.push_back({"Proposed new service area", 0, 0, QString(), proposed_area_style()});
    styles.push_back(style_of(clusters, "demand_clusters", "Coverplan: proposed service areas",
                              "Proposed service areas of clusters of uncovered leads, outlined as on the investment map"));
    return styles;
}

gis::LayerStyle ranking_style(const planner::Plan& plan, planner::RankingKind kind, const std::string& layer) {
    const bool investment = kind == planner::RankingKind::Investment;
    return style_of(score_symbology(plan, kind, "score"), layer,
                    investment ? "Coverplan: investment score" : "Coverplan: sales-focus score",
                    std::string("Zones by score: quantile classes and colours of `coverplan map --theme ") +
                        (investment ? "investment" : "sales") + "`");
}

gis::LayerStyle point_status_style(const std::string& layer) {
    return style_of(status_symbology(), layer, "Coverplan: status",
                    "Points by serviceability status, in the colours of Coverplan's maps");
}

}  // namespace coverplan::maps
