#include "gis/hex_grid.h"

#include <cmath>

#include "gis/error.h"

namespace coverplan::gis {

std::vector<HexCell> hex_grid(double minx, double miny, double maxx, double maxy, double spacing) {
    if (!(spacing > 0)) throw InputError("hexagon spacing must be positive");
    const double radius = spacing / std::sqrt(3.0);  // centre to corner
    const double row_step = 1.5 * radius;
    const int columns = static_cast<int>(std::ceil((maxx - minx) / spacing)) + 2;
    const int rows = static_cast<int>(std::ceil((maxy - miny) / row_step)) + 2;
    if (double(columns) * rows > 5e6)
        throw InputError("a hexagon grid of " + std::to_string(columns) + " x " + std::to_string(rows) +
                         " cells is too large; choose a larger cell_m");
    auto ctx = geos_context();
    std::vector<HexCell> cells;
    for (int r = 0; r < rows; ++r) {
        for (int c = 0; c < columns; ++c) {
            HexCell cell;
            cell.column = c;
            cell.row = r;
            // Odd rows shift by half a cell. Corners are computed from integer
            // lattice positions so neighbours get bit-identical shared corners.
            const double offset = (r % 2) ? spacing / 2 : 0.0;
            cell.cx = minx + c * spacing + offset;
            cell.cy = miny + r * row_step;
            GEOSCoordSequence* ring = GEOSCoordSeq_create_r(ctx, 7, 2);
            const double half = spacing / 2;
            const double xs[6] = {cell.cx + half, cell.cx, cell.cx - half, cell.cx - half, cell.cx, cell.cx + half};
            const double ys[6] = {cell.cy + radius / 2, cell.cy + radius, cell.cy + radius / 2,
                                  cell.cy - radius / 2, cell.cy - radius, cell.cy - radius / 2};
            for (unsigned k = 0; k < 7; ++k) GEOSCoordSeq_setXY_r(ctx, ring, k, xs[k % 6], ys[k % 6]);
            GEOSGeometry* shell = GEOSGeom_createLinearRing_r(ctx, ring);
            cell.polygon = GeosGeometry(GEOSGeom_createPolygon_r(ctx, shell, nullptr, 0));
            cells.push_back(std::move(cell));
        }
    }
    return cells;
}

}  // namespace coverplan::gis
