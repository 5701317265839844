#pragma once
// Shared by the cartography tests: shell commands (poppler's pdftotext,
// pdffonts, pdfimages), pixel counting, and a small fixture map in WKT.

#include <QColor>
#include <QImage>
#include <QRectF>
#include <string>
#include <vector>

#include "gis/geos_handle.h"
#include "ui/carto/map_description.h"

namespace coverplan::carto::test {

/// Runs a shell command; returns its standard output (stderr is discarded).
std::string run_command(const std::string& command, int* exit_code = nullptr);

/// The text of a PDF as poppler's pdftotext reads it (UTF-8, layout order).
std::string pdf_text(const std::string& file);

/// Pixels in `box` (clipped to the image) that differ from `background` by
/// more than `tolerance` in any channel.
long count_differing(const QImage& image, const QRectF& box, const QColor& background, int tolerance = 8);

/// Six 2 km squares in two rows (EPSG:32648 around 600 km E, 2 350 km N),
/// named in Vietnamese, kept alive for the descriptions that borrow them.
struct FixtureZones {
    std::vector<gis::GeosGeometry> squares;
    std::vector<QString> names;
    std::vector<QPointF> centres;  ///< world coordinates
};
FixtureZones fixture_zones();

/// A map of the fixture: zone i in class i % 3 of a three-colour ramp, a
/// label per zone at its upper-left quarter, a legend and notes.
MapDescription fixture_map(const FixtureZones& zones);

/// The three class colours of fixture_map, in class order.
std::vector<QColor> fixture_colours();

}  // namespace coverplan::carto::test
