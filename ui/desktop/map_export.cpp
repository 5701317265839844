#include "ui/desktop/map_export.h"

#include <algorithm>

#include "gis/crs.h"
#include "ui/carto/map_output.h"
#include "ui/export/output_guard.h"

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

}  // namespace coverplan::desktop
