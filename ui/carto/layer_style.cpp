#include "ui/carto/layer_style.h"

#include <QXmlStreamWriter>

namespace coverplan::carto {

namespace {

using Kind = LayerSymbology::Kind;

/// Bounds round-trip exactly: QGIS compares them with the values stored.
QString number(double value) { return QString::number(value, 'g', 17); }

QString qgis_colour(const QColor& colour) {
    return QString("%1,%2,%3,%4").arg(colour.red()).arg(colour.green()).arg(colour.blue()).arg(colour.alpha());
}

QString pen_style(const AreaStyle& style) {
    if (style.stroke.alpha() == 0) return "no";
    switch (style.dash) {
        case Qt::DashLine: return "dash";
        case Qt::DotLine: return "dot";
        case Qt::NoPen: return "no";
        default: return "solid";
    }
}

// --- QML ---------------------------------------------------------------------

/// QGIS 3 reads a symbol layer's properties from <Option type="Map"> and, as
/// QGIS before 3.26 writes them, from <prop k v>: both are written.
void write_properties(QXmlStreamWriter& xml, const std::vector<std::pair<QString, QString>>& properties) {
    xml.writeStartElement("Option");
    xml.writeAttribute("type", "Map");
    for (const auto& [key, value] : properties) {
        xml.writeEmptyElement("Option");
        xml.writeAttribute("name", key);
        xml.writeAttribute("type", "QString");
        xml.writeAttribute("value", value);
    }
    xml.writeEndElement();
    for (const auto& [key, value] : properties) {
        xml.writeEmptyElement("prop");
        xml.writeAttribute("k", key);
        xml.writeAttribute("v", value);
    }
}

void write_symbol(QXmlStreamWriter& xml, const LayerSymbology& symbology, const AreaStyle& style, int index) {
    const bool points = symbology.point_mm > 0;
    xml.writeStartElement("symbol");
    xml.writeAttribute("name", QString::number(index));
    xml.writeAttribute("type", points ? "marker" : "fill");
    xml.writeAttribute("alpha", "1");
    xml.writeAttribute("clip_to_extent", "1");
    xml.writeAttribute("force_rhr", "0");
    xml.writeStartElement("layer");
    xml.writeAttribute("class", points ? "SimpleMarker" : "SimpleFill");
    xml.writeAttribute("enabled", "1");
    xml.writeAttribute("locked", "0");
    xml.writeAttribute("pass", "0");
    if (points)
        write_properties(xml, {{"name", "circle"},
                               {"color", qgis_colour(style.fill)},
                               {"outline_color", qgis_colour(style.stroke)},
                               {"outline_style", pen_style(style)},
                               {"outline_width", number(style.stroke_mm)},
                               {"outline_width_unit", "MM"},
                               {"size", number(symbology.point_mm)},
                               {"size_unit", "MM"},
                               {"scale_method", "diameter"}});
    else
        write_properties(xml, {{"color", qgis_colour(style.fill)},
                               {"style", style.fill.alpha() == 0 ? "no" : "solid"},
                               {"outline_color", qgis_colour(style.stroke)},
                               {"outline_style", pen_style(style)},
                               {"outline_width", number(style.stroke_mm)},
                               {"outline_width_unit", "MM"},
                               {"joinstyle", "bevel"}});
    xml.writeEndElement();  // layer
    xml.writeEndElement();  // symbol
}

/// What a graduated renderer classes: the field, or only where another
/// field has one value (an expression QGIS evaluates per feature).
QString classed_expression(const LayerSymbology& symbology) {
    if (symbology.only_field.isEmpty()) return symbology.attribute;
    QString value = symbology.only_value;
    value.replace("'", "''");
    return QString("CASE WHEN \"%1\" = '%2' THEN \"%3\" END").arg(symbology.only_field, value, symbology.attribute);
}

// --- SLD ---------------------------------------------------------------------

void write_svg_parameter(QXmlStreamWriter& xml, const QString& name, const QString& value) {
    xml.writeStartElement("se:SvgParameter");
    xml.writeAttribute("name", name);
    xml.writeCharacters(value);
    xml.writeEndElement();
}

/// SLD sizes are in "pixels" of the standard 0.28 mm.
QString sld_pixels(double mm) { return number(mm / 0.28); }

void write_fill(QXmlStreamWriter& xml, const QColor& colour) {
    xml.writeStartElement("se:Fill");
    write_svg_parameter(xml, "fill", colour.name(QColor::HexRgb));
    if (colour.alpha() < 255) write_svg_parameter(xml, "fill-opacity", number(colour.alphaF()));
    xml.writeEndElement();
}

void write_stroke(QXmlStreamWriter& xml, const AreaStyle& style) {
    if (pen_style(style) == "no") return;
    xml.writeStartElement("se:Stroke");
    write_svg_parameter(xml, "stroke", style.stroke.name(QColor::HexRgb));
    if (style.stroke.alpha() < 255) write_svg_parameter(xml, "stroke-opacity", number(style.stroke.alphaF()));
    write_svg_parameter(xml, "stroke-width", sld_pixels(style.stroke_mm));
    write_svg_parameter(xml, "stroke-linejoin", "bevel");
    if (style.dash == Qt::DashLine) write_svg_parameter(xml, "stroke-dasharray", "4 2");
    if (style.dash == Qt::DotLine) write_svg_parameter(xml, "stroke-dasharray", "1 2");
    xml.writeEndElement();
}

void write_comparison(QXmlStreamWriter& xml, const QString& element, const QString& field, const QString& literal) {
    xml.writeStartElement(element);
    xml.writeTextElement("ogc:PropertyName", field);
    xml.writeTextElement("ogc:Literal", literal);
    xml.writeEndElement();
}

void write_rule_filter(QXmlStreamWriter& xml, const LayerSymbology& symbology, const StyleClass& style_class, bool first) {
    if (symbology.kind == Kind::Single) return;
    if (symbology.kind == Kind::Categorized) {
        if (style_class.value.isEmpty()) {
            xml.writeEmptyElement("se:ElseFilter");
            return;
        }
        xml.writeStartElement("ogc:Filter");
        write_comparison(xml, "ogc:PropertyIsEqualTo", symbology.attribute, style_class.value);
        xml.writeEndElement();
        return;
    }
    xml.writeStartElement("ogc:Filter");
    xml.writeStartElement("ogc:And");
    if (!symbology.only_field.isEmpty())
        write_comparison(xml, "ogc:PropertyIsEqualTo", symbology.only_field, symbology.only_value);
    write_comparison(xml, first ? "ogc:PropertyIsGreaterThanOrEqualTo" : "ogc:PropertyIsGreaterThan", symbology.attribute,
                     number(style_class.lower));
    write_comparison(xml, "ogc:PropertyIsLessThanOrEqualTo", symbology.attribute, number(style_class.upper));
    xml.writeEndElement();  // And
    xml.writeEndElement();  // Filter
}

void write_symbolizer(QXmlStreamWriter& xml, const LayerSymbology& symbology, const AreaStyle& style) {
    if (symbology.point_mm > 0) {
        xml.writeStartElement("se:PointSymbolizer");
        xml.writeStartElement("se:Graphic");
        xml.writeStartElement("se:Mark");
        xml.writeTextElement("se:WellKnownName", "circle");
        write_fill(xml, style.fill);
        write_stroke(xml, style);
        xml.writeEndElement();  // Mark
        xml.writeTextElement("se:Size", sld_pixels(symbology.point_mm));
        xml.writeEndElement();  // Graphic
        xml.writeEndElement();  // PointSymbolizer
        return;
    }
    xml.writeStartElement("se:PolygonSymbolizer");
    if (style.fill.alpha() > 0) write_fill(xml, style.fill);
    write_stroke(xml, style);
    xml.writeEndElement();
}

}  // namespace

QString qml_document(const LayerSymbology& symbology) {
    QString text;
    QXmlStreamWriter xml(&text);
    xml.setAutoFormatting(true);
    xml.writeDTD("<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>");
    xml.writeStartElement("qgis");
    xml.writeAttribute("version", "3.22.0");
    xml.writeAttribute("styleCategories", "Symbology");
    xml.writeStartElement("renderer-v2");
    const bool ordered = !symbology.order_by.isEmpty();
    switch (symbology.kind) {
        case Kind::Single: xml.writeAttribute("type", "singleSymbol"); break;
        case Kind::Graduated:
            xml.writeAttribute("type", "graduatedSymbol");
            xml.writeAttribute("attr", classed_expression(symbology));
            xml.writeAttribute("graduatedMethod", "GraduatedColor");
            break;
        case Kind::Categorized:
            xml.writeAttribute("type", "categorizedSymbol");
            xml.writeAttribute("attr", symbology.attribute);
            break;
    }
    xml.writeAttribute("symbollevels", "0");
    xml.writeAttribute("forceraster", "0");
    xml.writeAttribute("enableorderby", ordered ? "1" : "0");
    xml.writeAttribute("referencescale", "-1");
    if (symbology.kind == Kind::Graduated) {
        xml.writeStartElement("ranges");
        for (std::size_t c = 0; c < symbology.classes.size(); ++c) {
            xml.writeEmptyElement("range");
            xml.writeAttribute("symbol", QString::number(c));
            xml.writeAttribute("lower", number(symbology.classes[c].lower));
            xml.writeAttribute("upper", number(symbology.classes[c].upper));
            xml.writeAttribute("label", symbology.classes[c].label);
            xml.writeAttribute("render", "true");
        }
        xml.writeEndElement();
    } else if (symbology.kind == Kind::Categorized) {
        xml.writeStartElement("categories");
        for (std::size_t c = 0; c < symbology.classes.size(); ++c) {
            xml.writeEmptyElement("category");
            xml.writeAttribute("symbol", QString::number(c));
            xml.writeAttribute("value", symbology.classes[c].value);
            xml.writeAttribute("type", "string");
            xml.writeAttribute("label", symbology.classes[c].label);
            xml.writeAttribute("render", "true");
        }
        xml.writeEndElement();
    }
    xml.writeStartElement("symbols");
    for (std::size_t c = 0; c < symbology.classes.size(); ++c)
        write_symbol(xml, symbology, symbology.classes[c].style, int(c));
    xml.writeEndElement();  // symbols
    if (ordered) {
        xml.writeStartElement("orderby");
        xml.writeStartElement("orderByClause");
        xml.writeAttribute("asc", "1");
        xml.writeAttribute("nullsFirst", "1");
        xml.writeCharacters("\"" + symbology.order_by + "\"");
        xml.writeEndElement();
        xml.writeEndElement();
    }
    xml.writeEndElement();  // renderer-v2
    // QGIS's QgsWkbTypes::GeometryType: 0 point, 2 polygon.
    xml.writeTextElement("layerGeometryType", symbology.point_mm > 0 ? "0" : "2");
    xml.writeEndElement();  // qgis
    xml.writeEndDocument();
    return text;
}

QString sld_document(const LayerSymbology& symbology, const QString& layer) {
    QString text;
    QXmlStreamWriter xml(&text);
    xml.setAutoFormatting(true);
    xml.writeStartDocument();
    xml.writeStartElement("StyledLayerDescriptor");
    xml.writeDefaultNamespace("http://www.opengis.net/sld");
    xml.writeNamespace("http://www.opengis.net/ogc", "ogc");
    xml.writeNamespace("http://www.opengis.net/se", "se");
    xml.writeNamespace("http://www.w3.org/1999/xlink", "xlink");
    xml.writeNamespace("http://www.w3.org/2001/XMLSchema-instance", "xsi");
    xml.writeAttribute("version", "1.1.0");
    xml.writeAttribute("xsi:schemaLocation",
                       "http://www.opengis.net/sld http://schemas.opengis.net/sld/1.1.0/StyledLayerDescriptor.xsd");
    xml.writeStartElement("NamedLayer");
    xml.writeTextElement("se:Name", layer);
    xml.writeStartElement("UserStyle");
    xml.writeTextElement("se:Name", layer);
    xml.writeStartElement("se:FeatureTypeStyle");
    for (std::size_t c = 0; c < symbology.classes.size(); ++c) {
        const StyleClass& style_class = symbology.classes[c];
        xml.writeStartElement("se:Rule");
        xml.writeTextElement("se:Name", style_class.label.isEmpty() ? layer : style_class.label);
        xml.writeStartElement("se:Description");
        xml.writeTextElement("se:Title", style_class.label.isEmpty() ? layer : style_class.label);
        xml.writeEndElement();
        write_rule_filter(xml, symbology, style_class, c == 0);
        write_symbolizer(xml, symbology, style_class.style);
        xml.writeEndElement();  // Rule
    }
    xml.writeEndElement();  // FeatureTypeStyle
    xml.writeEndElement();  // UserStyle
    xml.writeEndElement();  // NamedLayer
    xml.writeEndElement();  // StyledLayerDescriptor
    xml.writeEndDocument();
    return text;
}

}  // namespace coverplan::carto
