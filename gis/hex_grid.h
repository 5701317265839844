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

/// The cell of hex_grid(minx, miny, ..., spacing) that holds (x, y): the one
/// with the nearest centre (a hexagon is the set of points nearest its
/// centre). Column and row are those of HexCell; a point on a shared edge
/// goes to either neighbour. Points left of or below the grid's first centres
/// can give column or row -1.
struct HexIndex {
    int column = 0, row = 0;
};
HexIndex hex_cell_of(double minx, double miny, double spacing, double x, double y);

}  // namespace coverplan::gis
