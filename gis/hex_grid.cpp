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
    // Every corner and centre sits on a lattice of half-spacings across and
    // half-radii up, computed from integers, so neighbours share bit-identical
    // corners: the grid tiles without slivers.
    const double half = spacing / 2, quarter = radius / 2;
    auto lattice_x = [&](int m) { return minx + m * half; };
    auto lattice_y = [&](int n) { return miny + n * quarter; };
    std::vector<HexCell> cells;
    for (int r = 0; r < rows; ++r) {
        for (int c = 0; c < columns; ++c) {
            HexCell cell;
            cell.column = c;
            cell.row = r;
            const int m = 2 * c + (r % 2);  // odd rows shift by half a cell
            const int n = 3 * r;
            cell.cx = lattice_x(m);
            cell.cy = lattice_y(n);
            const double xs[6] = {lattice_x(m + 1), lattice_x(m), lattice_x(m - 1),
                                  lattice_x(m - 1), lattice_x(m), lattice_x(m + 1)};
            const double ys[6] = {lattice_y(n + 1), lattice_y(n + 2), lattice_y(n + 1),
                                  lattice_y(n - 1), lattice_y(n - 2), lattice_y(n - 1)};
            GEOSCoordSequence* ring = GEOSCoordSeq_create_r(ctx, 7, 2);
            for (unsigned k = 0; k < 7; ++k) GEOSCoordSeq_setXY_r(ctx, ring, k, xs[k % 6], ys[k % 6]);
            GEOSGeometry* shell = GEOSGeom_createLinearRing_r(ctx, ring);
            cell.polygon = GeosGeometry(GEOSGeom_createPolygon_r(ctx, shell, nullptr, 0));
            cells.push_back(std::move(cell));
        }
    }
    return cells;
}

HexIndex hex_cell_of(double minx, double miny, double spacing, double x, double y) {
    const double row_step = 1.5 * spacing / std::sqrt(3.0);
    const int near_row = static_cast<int>(std::floor((y - miny) / row_step));
    HexIndex best;
    double best_d2 = HUGE_VAL;
    // The nearest centre lies in one of the two rows around y; check the
    // nearest column of each (odd rows are shifted by half a cell).
    for (int row = near_row; row <= near_row + 1; ++row) {
        const double shift = (row & 1) ? spacing / 2 : 0.0;
        const int column = static_cast<int>(std::lround((x - minx - shift) / spacing));
        const double dx = x - (minx + shift + column * spacing), dy = y - (miny + row * row_step);
        const double d2 = dx * dx + dy * dy;
        if (d2 < best_d2) {
            best_d2 = d2;
            best = {column, row};
        }
    }
    return best;
}

}  // namespace coverplan::gis
