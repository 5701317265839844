#pragma once
// A layer's symbology written for other programs: QGIS's own style document
// (QML) and OGC Symbology Encoding (SLD 1.1, for map servers and for QGIS's
// "load style from SLD"), both from one description, so that a file opened
// in QGIS looks like the map Coverplan prints. The only place these
// documents are written.

#include <QString>
#include <vector>

#include "ui/carto/map_description.h"

namespace coverplan::carto {

/// One class of a classed layer and how its features are drawn.
struct StyleClass {
    QString label;         ///< the legend's text
    double lower = 0;      ///< Graduated: the class holds lower < value <= upper
    double upper = 0;      ///< (the first class lower <= value), as carto::class_of counts
    QString value;         ///< Categorized: the attribute's value; empty: every other value
    AreaStyle style;       ///< polygons: fill and outline; points: `fill` is the dot's colour
};

struct LayerSymbology {
    enum class Kind { Single, Graduated, Categorized };
    Kind kind = Kind::Single;
    QString attribute;          ///< the field classed (Graduated, Categorized)
    /// Graduated: only features whose `only_field` equals `only_value` are
    /// drawn (live nodes on the utilisation map); empty: every feature.
    QString only_field, only_value;
    QString order_by;           ///< features drawn in ascending order of this field (the fullest last); empty: as stored
    double point_mm = 0;        ///< > 0: a point layer, dots of this diameter; 0: polygons
    std::vector<StyleClass> classes;  ///< Single: the one symbol
};

/// The QGIS style document (a .qml file, or layer_styles.styleQML).
QString qml_document(const LayerSymbology& symbology);

/// The same as an SLD 1.1 document for the layer named `layer`.
QString sld_document(const LayerSymbology& symbology, const QString& layer);

}  // namespace coverplan::carto
