#pragma once
// A grid of pointy-top hexagons, for projects without administrative zones.

#include <string>
#include <vector>

#include "gis/geos_handle.h"

namespace coverplan::gis {

struct HexCell {
    int column = 0, row = 0;
    double cx = 0, cy = 0;  ///< centre
    GeosGeometry polygon;
};

/// Hexagons `spacing` metres apart (the distance across flats) whose centres
/// tile the box, starting at its lower-left corner; cells are returned row by
/// row. Adjacent cells share exactly the same edge coordinates.
std::vector<HexCell> hex_grid(double minx, double miny, double maxx, double maxy, double spacing);

}  // namespace coverplan::gis
