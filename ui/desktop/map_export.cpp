#include "ui/desktop/map_export.h"

#include <algorithm>

#include "gis/crs.h"
#include "gis/error.h"
#include "ui/carto/map_output.h"
#include "ui/export/output_guard.h"
#include "ui/export/zone_table.h"
#include "ui/maps/layer_styles.h"
#include "ui/maps/management_report.h"

namespace coverplan::desktop {

gis::LonLatBox lonlat_box(const ProjectSession& session, const carto::WorldBox& shown) {
    const gis::LonLatConverter converter(session.data.working_crs);
    gis::LonLatBox box{1e9, 1e9, -1e9, -1e9};
    // The corners and the middles of the edges: a projected rectangle's
    // edges bend a little in longitude and latitude.
    for (double fx : {0.0, 0.5, 1.0})
        for (double fy : {0.0, 0.5, 1.0}) {
            const auto [lon, lat] = converter.to_lonlat(shown.minx + fx * shown.width(), shown.miny + fy * shown.height());
            box.west = std::min(box.west, lon);
            box.east = std::max(box.east, lon);
            box.south = std::min(box.south, lat);
            box.north = std::max(box.north, lat);
        }
    return box;
}

carto::MapDescription describe_export(const ProjectSession& session, maps::Theme theme, const carto::WorldBox& shown) {
    maps::MapRequest request;
    request.theme = theme;
    request.framing.lonlat = lonlat_box(session, shown);
    return maps::describe_map(
        maps::MapSource{session.data, session.shown_network(), session.shown_plan(), &session.label_points}, request);
}

carto::RenderResult export_map(const ProjectSession& session, maps::Theme theme, const carto::WorldBox& shown,
                               const QString& file) {
    carto::map_format_for(file.toStdString());
    const exporting::OutputTarget target =
        exporting::prepare_output(file.toStdString(), {}, exporting::project_inputs(session.data.project));
    return carto::write_map(describe_export(session, theme, shown), target.path);
}

void export_report(const ProjectSession& session, const QString& file) {
    if (carto::map_format_for(file.toStdString()) != carto::MapFormat::Pdf)
        throw InputError(Location{file.toStdString(), "", "", "", 0}, "the report is a PDF: name a .pdf file");
    const exporting::OutputTarget target =
        exporting::prepare_output(file.toStdString(), {}, exporting::project_inputs(session.data.project));
    carto::write_report_pdf(maps::describe_report(session.data, session.shown_plan()), target.path);
}

void export_rankings(const ProjectSession& session, const QString& file) {
    std::vector<exporting::Table> tables;
    std::vector<std::string> names;
    std::vector<gis::LayerStyle> styles;
    for (planner::RankingKind kind : planner::kRankingKinds) {
        tables.push_back(exporting::zone_table(session.data, session.shown_plan(), kind));
        names.push_back(exporting::zone_table_name(kind));
        styles.push_back(maps::ranking_style(session.shown_plan(), kind, names.back()));
    }
    const exporting::OutputTarget target = exporting::prepare_output(
        file.toStdString(), exporting::table_formats(names), exporting::project_inputs(session.data.project));
    exporting::write_tables(tables, target.path, {}, std::move(styles));
}

}  // namespace coverplan::desktop
