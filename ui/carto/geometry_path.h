#pragma once
// GEOS polygons as QPainterPaths on the page: each vertex goes through the
// world-to-page transform, and vertices closer than a tolerance to the last
// one kept are dropped (a radial-distance simplification at the output's
// resolution), so a province of detailed ward boundaries stays a small PDF.

#include <geos_c.h>

#include <QPainterPath>
#include <QPointF>
#include <QRectF>

#include "ui/carto/map_description.h"

namespace coverplan::carto {

/// Maps the map's CRS onto the page: x to the right, y up in the world and
/// down on the page, the same scale on both axes.
struct WorldToPage {
    double scale = 1;  ///< page units per map unit
    double world_minx = 0, world_maxy = 0;  ///< the world point at the frame's top-left corner
    double page_left = 0, page_top = 0;     ///< that corner on the page

    QPointF operator()(double x, double y) const {
        return {page_left + (x - world_minx) * scale, page_top + (world_maxy - y) * scale};
    }
    double world_x(double page_x) const { return world_minx + (page_x - page_left) / scale; }
    double world_y(double page_y) const { return world_maxy - (page_y - page_top) / scale; }
};

/// The bounding box of a geometry (GEOS keeps it, so this is cheap).
WorldBox envelope_of(const GEOSGeometry* geometry);

/// The polygons of a geometry (Polygon, MultiPolygon, or a collection
/// holding them) as one path with the odd-even rule, holes included; rings
/// that shrink below three distinct points at this tolerance are left out.
/// Other geometry types give an empty path.
QPainterPath area_path(const GEOSGeometry* geometry, const WorldToPage& transform, double tolerance);

}  // namespace coverplan::carto
