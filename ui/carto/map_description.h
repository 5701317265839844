#pragma once
// What a map shows, as a plain value: the page, the part of the world, the
// layers with a style per feature, labels, the legend and the notes. Nothing
// here knows about telecom: ui/maps turns planning results into a
// MapDescription, and MapRenderer draws it on any QPainter (screen, PNG,
// PDF, SVG), so every output of one description is the same map.

#include <geos_c.h>

#include <QColor>
#include <QImage>
#include <QLocale>
#include <QSize>
#include <QPointF>
#include <QSizeF>
#include <QString>
#include <cstdint>
#include <functional>
#include <variant>
#include <vector>

namespace coverplan::carto {

enum class Paper { A4, A3 };
enum class Orientation { Landscape, Portrait };

struct PageSetup {
    Paper paper = Paper::A4;
    Orientation orientation = Orientation::Landscape;
    double dpi = 150;  ///< raster outputs (PNG, screen); vector outputs ignore it

    /// Width and height of the sheet in millimetres (ISO 216).
    QSizeF size_mm() const;
};

/// A rectangle in the map's CRS (metres of a projected CRS).
struct WorldBox {
    double minx = 0, miny = 0, maxx = 0, maxy = 0;
    double width() const { return maxx - minx; }
    double height() const { return maxy - miny; }
    bool valid() const { return maxx > minx && maxy > miny; }
    bool intersects(const WorldBox& other) const {
        return minx <= other.maxx && other.minx <= maxx && miny <= other.maxy && other.miny <= maxy;
    }
    bool contains(double x, double y) const { return x >= minx && x <= maxx && y >= miny && y <= maxy; }
    /// The box grown by `share` of its size on every side.
    WorldBox grown(double share) const;
};

/// How a polygon is filled and outlined. Widths in millimetres on the page.
struct AreaStyle {
    QColor fill = Qt::transparent;
    QColor stroke = Qt::transparent;
    double stroke_mm = 0;
    Qt::PenStyle dash = Qt::SolidLine;

    bool operator==(const AreaStyle&) const = default;
};

/// A polygon feature. The geometry is borrowed: it must outlive rendering
/// (descriptions are built from a dataset that stays alive meanwhile).
struct AreaFeature {
    const GEOSGeometry* geometry = nullptr;  ///< Polygon or MultiPolygon in the map's CRS
    std::uint16_t style = 0;                 ///< index into AreaLayer::styles
};

struct AreaLayer {
    QString name;
    std::vector<AreaStyle> styles;
    std::vector<AreaFeature> features;  ///< drawn in this order
};

/// One class of points: colour and what the legend calls it.
struct PointClass {
    QColor colour;
    QString label;
};

/// Points drawn as dots while there are few enough to read; beyond
/// `max_dots` in view they are counted in hexagon bins (drawn as a classed
/// ramp), so 10^7 points never become 10^7 objects on the page.
struct PointLayer {
    QString name;          ///< "Open leads that cannot be served"
    QString unit;          ///< what one point is, plural: "leads"
    std::vector<double> x, y;
    std::vector<std::uint8_t> point_class;  ///< index into classes, parallel to x
    std::vector<PointClass> classes;
    double dot_mm = 1.1;  ///< dot diameter
    std::size_t max_dots = 20000;
    double bin_mm = 4.0;  ///< hexagon bin size on the page, across flats
    std::vector<QColor> bin_ramp;  ///< light to dark; empty = a default sequential ramp
    /// The legend's note when the points are binned: %1 the points in view,
    /// %2 the unit, %3 the hexagon's size (in the reader's language).
    QString binned_note = "%1 %2 in view, too many to draw one by one: counted per hexagon of %3 across.";
};

/// A line through points of the world (a route), drawn with the stroke of
/// one of its layer's styles (the fill is not used), with round joins.
struct LineFeature {
    std::vector<QPointF> points;  ///< in the map's CRS, at least two to be drawn
    std::uint16_t style = 0;      ///< index into LineLayer::styles
};

struct LineLayer {
    QString name;
    std::vector<AreaStyle> styles;
    std::vector<LineFeature> features;  ///< drawn in this order
};

using Layer = std::variant<AreaLayer, PointLayer, LineLayer>;

/// A text placed near a point of the world, never over another label. An
/// optional badge (a rank number) is drawn in a dark disc before the text.
struct Label {
    double x = 0, y = 0;  ///< anchor in the map's CRS
    QString text;
    QString badge;          ///< "1", "2", ... or empty
    int priority = 0;       ///< higher is placed first
    bool required = false;  ///< placed even when it has to overlap the map's furniture
    double min_extent_mm = 0;  ///< placed only if the feature is at least this large on the page
    double extent_world = 0;   ///< size of the labelled feature in map units (for min_extent_mm)
};

/// One line of the legend.
struct LegendEntry {
    enum class Swatch { Area, Dot, Badge, Line };
    Swatch swatch = Swatch::Area;
    AreaStyle style;  ///< Area, Line: the style; Dot, Badge: style.fill is the colour
    QString text;
};

struct LegendSection {
    QString title;
    std::vector<LegendEntry> entries;
    QString note;  ///< small print under the entries
};

struct MapDescription {
    PageSetup page;
    WorldBox extent;          ///< what must be visible; widened to the frame's shape
    QString title, subtitle;  ///< empty title: no title block (a map inside a report page)
    std::vector<QString> notes;  ///< CRS, sources, attribution: small print under the legend
    /// Grid metres per ground metre at the map's centre (the CRS's point
    /// scale factor), so the scale bar measures ground distance.
    double scale_factor = 1.0;
    /// Angle from grid north to true north in degrees (meridian
    /// convergence); the north arrow points to true north.
    double convergence_deg = 0.0;
    std::vector<Layer> layers;  ///< drawn first to last
    std::vector<Label> labels;
    std::vector<LegendSection> legend;
    QColor background = QColor(0xf7, 0xf7, 0xf4);  ///< map frame background (outside every zone)
    /// How the figures carto writes itself (point counts, distances) are
    /// written: "12,345" and "1.5 km" in English, "12.345" and "1,5 km" in Vietnamese.
    QLocale figures = QLocale(QLocale::English);
    /// A picture of the world drawn over the background, under the layers (a
    /// street basemap, ui/maps/basemap_backdrop.h): given the world box of
    /// the frame and a size in pixels, an image of exactly that box
    /// (transparent where it has nothing; a null image: nothing drawn).
    /// Called from whatever thread draws. Empty: none.
    std::function<QImage(const WorldBox&, QSize)> backdrop;
    /// With a backdrop, the area layers' fills keep this share of their
    /// opacity, so the streets show through the zones.
    double backdrop_fill_opacity = 0.6;
};

}  // namespace coverplan::carto
