#pragma once
// What the app writes: what is on screen as a finished map (PDF, PNG or SVG, by the
// file's extension) through the same renderer as `coverplan map`: the
// theme shown, framed on the longitude/latitude box in view (as `coverplan
// map --bbox` would frame it), with title, legend, scale bar and north
// arrow. An output that would overwrite one of the project's inputs is
// refused, as the command line refuses it. Also the management report (as
// `coverplan report`) and both rankings as tables (as `coverplan rank -o`),
// from the plan shown (a scenario's, if any).

#include <QString>

#include "ui/carto/map_description.h"
#include "ui/carto/map_renderer.h"
#include "ui/desktop/project_session.h"
#include "ui/maps/map_themes.h"

namespace coverplan::desktop {

/// The longitude/latitude box around a box of the working CRS.
gis::LonLatBox lonlat_box(const ProjectSession& session, const carto::WorldBox& shown);

/// The description `coverplan map --theme THEME --bbox BOX` draws for the
/// session's shown plan and network.
carto::MapDescription describe_export(const ProjectSession& session, maps::Theme theme, const carto::WorldBox& shown);

/// Writes it. Throws InputError (a refused or unwritable file, an unknown
/// extension) with the message to show.
carto::RenderResult export_map(const ProjectSession& session, maps::Theme theme, const carto::WorldBox& shown,
                               const QString& file);

/// The management report as a PDF.
void export_report(const ProjectSession& session, const QString& file);

/// Both rankings, one table each (an XLSX sheet, a GeoPackage layer), with
/// the columns of `coverplan rank -o`.
void export_rankings(const ProjectSession& session, const QString& file);

}  // namespace coverplan::desktop
