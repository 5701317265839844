// The layer styles stored with the outputs (ui/maps/layer_styles.h) read as
// QGIS reads them: the QML and SLD parsed as XML, each zone and live node
// classed by QGIS's rule (the first range with lower <= value <= upper) and
// its colour compared with the one the printed map fills it with.

#include <gtest/gtest.h>

#include <QXmlStreamReader>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <variant>

#include "planner/plan.h"
#include "planner/project.h"
#include "test_config.h"
#include "ui/carto/layer_style.h"
#include "ui/maps/layer_styles.h"
#include "ui/maps/map_themes.h"
#include "ui/maps/theme_classes.h"

namespace coverplan::maps {
namespace {

struct Range {
    double lower = 0, upper = 0;
    int symbol = 0;
};

/// What QGIS takes from a QML document: the renderer's type and attribute,
/// its ranges or categories, each symbol's colour (from both spellings of
/// the properties) and the geometry type.
struct ParsedQml {
    QString renderer, attribute, geometry;
    std::vector<Range> ranges;
    std::map<QString, int> categories;  // value -> symbol
    std::map<int, QColor> colours, prop_colours, outline_colours;
    std::map<int, QString> fill_styles, outline_styles;
    bool ordered = false;
};

QColor qgis_colour(const QString& text) {
    const QStringList parts = text.split(',');
    if (parts.size() != 4) return {};
    return QColor(parts[0].toInt(), parts[1].toInt(), parts[2].toInt(), parts[3].toInt());
}

ParsedQml parse_qml(const std::string& document) {
    ParsedQml parsed;
    QXmlStreamReader xml(QString::fromStdString(document));
    int symbol = -1;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement()) continue;
        const auto a = xml.attributes();
        if (xml.name() == u"renderer-v2") {
            parsed.renderer = a.value("type").toString();
            parsed.attribute = a.value("attr").toString();
            parsed.ordered = a.value("enableorderby") == u"1";
        } else if (xml.name() == u"range") {
            parsed.ranges.push_back({a.value("lower").toDouble(), a.value("upper").toDouble(), a.value("symbol").toInt()});
        } else if (xml.name() == u"category") {
            parsed.categories[a.value("value").toString()] = a.value("symbol").toInt();
        } else if (xml.name() == u"symbol") {
            symbol = a.value("name").toInt();
        } else if (xml.name() == u"Option" && a.value("name") == u"color") {
            parsed.colours[symbol] = qgis_colour(a.value("value").toString());
        } else if (xml.name() == u"Option" && a.value("name") == u"outline_color") {
            parsed.outline_colours[symbol] = qgis_colour(a.value("value").toString());
        } else if (xml.name() == u"Option" && a.value("name") == u"style") {
            parsed.fill_styles[symbol] = a.value("value").toString();
        } else if (xml.name() == u"Option" && a.value("name") == u"outline_style") {
            parsed.outline_styles[symbol] = a.value("value").toString();
        } else if (xml.name() == u"prop" && a.value("k") == u"color") {
            parsed.prop_colours[symbol] = qgis_colour(a.value("v").toString());
        } else if (xml.name() == u"layerGeometryType") {
            parsed.geometry = xml.readElementText();
        }
    }
    EXPECT_FALSE(xml.hasError()) << xml.errorString().toStdString();
    EXPECT_EQ(parsed.colours, parsed.prop_colours);
    return parsed;
}

/// QGIS's graduated renderer: the first range holding the value, bounds included.
std::optional<int> qgis_symbol(const ParsedQml& qml, double value) {
    for (const Range& range : qml.ranges)
        if (range.lower <= value && value <= range.upper) return range.symbol;
    return std::nullopt;
}

/// The SLD's rules: each rule's first fill colour (empty for an outline only).
std::vector<QString> sld_fills(const std::string& document) {
    std::vector<QString> fills;
    QXmlStreamReader xml(QString::fromStdString(document));
    bool in_fill = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == u"Rule") fills.emplace_back();
        if (xml.isStartElement() && xml.name() == u"Fill") in_fill = true;
        if (xml.isEndElement() && xml.name() == u"Fill") in_fill = false;
        if (in_fill && xml.isStartElement() && xml.name() == u"SvgParameter" &&
            xml.attributes().value("name") == u"fill")
            fills.back() = xml.readElementText();
    }
    EXPECT_FALSE(xml.hasError()) << xml.errorString().toStdString();
    return fills;
}

const carto::AreaLayer& layer_named(const carto::MapDescription& map, const QString& name) {
    for (const auto& layer : map.layers)
        if (const auto* area = std::get_if<carto::AreaLayer>(&layer); area && area->name == name) return *area;
    throw std::runtime_error("no layer " + name.toStdString());
}

class LayerStyles : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        data_ = std::make_unique<planner::Dataset>(
            planner::load_dataset(planner::load_project(coverplan::test::kSampleProject, "2026-11-30")));
        plan_ = std::make_unique<planner::Plan>(planner::build_plan(*data_));
        styles_ = overlay_styles(*data_, *plan_);
    }
    static void TearDownTestSuite() {
        plan_.reset();
        data_.reset();
    }
    static carto::MapDescription map(Theme theme) {
        MapRequest request;
        request.theme = theme;
        request.page.dpi = 100;
        return describe_map(*data_, *plan_, request);
    }
    static const gis::LayerStyle& style(const std::string& layer) {
        for (const auto& s : styles_)
            if (s.layer == layer) return s;
        throw std::runtime_error("no style for " + layer);
    }
    static std::unique_ptr<planner::Dataset> data_;
    static std::unique_ptr<planner::Plan> plan_;
    static std::vector<gis::LayerStyle> styles_;
};
std::unique_ptr<planner::Dataset> LayerStyles::data_;
std::unique_ptr<planner::Plan> LayerStyles::plan_;
std::vector<gis::LayerStyle> LayerStyles::styles_;

TEST_F(LayerStyles, OneStylePerOverlayLayer) {
    std::vector<std::string> layers;
    for (const auto& s : styles_) layers.push_back(s.layer);
    EXPECT_EQ(layers, (std::vector<std::string>{"zones", "nodes", "points_status", "demand_clusters"}));
}

TEST_F(LayerStyles, EveryZoneHasTheColourOfTheInvestmentMap) {
    const ParsedQml qml = parse_qml(style("zones").qml);
    EXPECT_EQ(qml.renderer, "graduatedSymbol");
    EXPECT_EQ(qml.attribute, "investment_score");
    EXPECT_EQ(qml.geometry, "2");
    const carto::MapDescription investment = map(Theme::Investment);
    const carto::AreaLayer& zones = layer_named(investment, "Zones");
    ASSERT_EQ(zones.features.size(), data_->zones.size());
    // As many ranges as the map's classes (its styles less the no-data one).
    EXPECT_EQ(qml.ranges.size() + 1, zones.styles.size());
    std::set<int> symbols_used;
    for (std::size_t z = 0; z < data_->zones.size(); ++z) {
        const double score = plan_->scores(planner::RankingKind::Investment)[z].score;
        const auto symbol = qgis_symbol(qml, score);
        ASSERT_TRUE(symbol) << "zone " << data_->zones.ids[z] << " score " << score << " falls in no range";
        symbols_used.insert(*symbol);
        const carto::AreaStyle& drawn = zones.styles[zones.features[z].style];
        EXPECT_EQ(qml.colours.at(*symbol), drawn.fill) << "zone " << data_->zones.ids[z];
        EXPECT_EQ(qml.outline_colours.at(*symbol), drawn.stroke);
    }
    EXPECT_EQ(symbols_used.size(), qml.ranges.size()) << "every class holds zones (quantiles)";
    // The SLD says the same colours, in the same order.
    const std::vector<QString> fills = sld_fills(style("zones").sld);
    ASSERT_EQ(fills.size(), qml.ranges.size());
    for (std::size_t c = 0; c < fills.size(); ++c) EXPECT_EQ(fills[c], qml.colours.at(int(c)).name());
}

TEST_F(LayerStyles, SalesRankingHasTheColoursOfTheSalesMap) {
    const ParsedQml qml = parse_qml(ranking_style(*plan_, planner::RankingKind::Sales, "sales_ranking").qml);
    EXPECT_EQ(qml.attribute, "score");
    const carto::MapDescription sales = map(Theme::Sales);
    const carto::AreaLayer& zones = layer_named(sales, "Zones");
    for (std::size_t z = 0; z < data_->zones.size(); ++z) {
        const auto symbol = qgis_symbol(qml, plan_->scores(planner::RankingKind::Sales)[z].score);
        ASSERT_TRUE(symbol);
        EXPECT_EQ(qml.colours.at(*symbol), zones.styles[zones.features[z].style].fill) << data_->zones.ids[z];
    }
}

TEST_F(LayerStyles, LiveNodesHaveTheColoursOfTheUtilisationMap) {
    const ParsedQml qml = parse_qml(style("nodes").qml);
    EXPECT_EQ(qml.renderer, "graduatedSymbol");
    EXPECT_EQ(qml.attribute, "CASE WHEN \"status\" = 'live' THEN \"utilization\" END");
    EXPECT_TRUE(qml.ordered);
    const carto::MapDescription utilisation = map(Theme::Utilization);
    const carto::AreaLayer& areas = layer_named(utilisation, "Live service areas");
    std::map<const GEOSGeometry*, std::size_t> node_of;
    for (std::size_t n = 0; n < data_->nodes.size(); ++n) node_of[data_->nodes.geometries[n].get()] = n;
    int compared = 0;
    for (const auto& feature : areas.features) {
        const std::size_t n = node_of.at(feature.geometry);
        const auto& nodes = data_->nodes;
        // The nodes layer's utilization: used / capacity where both are known.
        if (!nodes.capacity[n] || !nodes.used[n] || *nodes.capacity[n] <= 0) continue;
        const auto symbol = qgis_symbol(qml, *nodes.used[n] / *nodes.capacity[n]);
        ASSERT_TRUE(symbol) << nodes.ids[n];
        EXPECT_EQ(qml.colours.at(*symbol), areas.styles[feature.style].fill) << nodes.ids[n];
        ++compared;
    }
    EXPECT_GT(compared, 10);
}

TEST_F(LayerStyles, PointsByStatusInTheColoursOfTheCoverageMap) {
    const ParsedQml qml = parse_qml(style("points_status").qml);
    EXPECT_EQ(qml.renderer, "categorizedSymbol");
    EXPECT_EQ(qml.attribute, "status");
    EXPECT_EQ(qml.geometry, "0");
    ASSERT_EQ(qml.categories.size(), 5u);  // four statuses and every other value (orders)
    // The coverage map's lead dots: full, then not covered.
    const carto::MapDescription coverage = map(Theme::Coverage);
    const carto::PointLayer* leads = nullptr;
    for (const auto& layer : coverage.layers)
        if (const auto* points = std::get_if<carto::PointLayer>(&layer)) leads = points;
    ASSERT_NE(leads, nullptr);
    EXPECT_EQ(qml.colours.at(qml.categories.at("full")), leads->classes.at(0).colour);
    EXPECT_EQ(qml.colours.at(qml.categories.at("not_covered")), leads->classes.at(1).colour);
    EXPECT_EQ(qml.colours.at(qml.categories.at("available")), status_colour(planner::Serviceability::Available));
    EXPECT_EQ(qml.colours.at(qml.categories.at("planned")), status_colour(planner::Serviceability::Planned));
    EXPECT_EQ(sld_fills(style("points_status").sld).size(), 5u);
}

TEST_F(LayerStyles, DemandClustersOutlinedAsOnTheInvestmentMap) {
    const ParsedQml qml = parse_qml(style("demand_clusters").qml);
    EXPECT_EQ(qml.renderer, "singleSymbol");
    EXPECT_EQ(qml.fill_styles.at(0), "no");
    EXPECT_EQ(qml.outline_styles.at(0), "dash");
    EXPECT_EQ(qml.outline_colours.at(0), proposed_area_style().stroke);
    EXPECT_EQ(sld_fills(style("demand_clusters").sld), std::vector<QString>{QString()});  // a rule without fill
}

TEST(LayerStyleDocuments, TextIsEscaped) {
    carto::LayerSymbology symbology;
    symbology.kind = carto::LayerSymbology::Kind::Categorized;
    symbology.attribute = "kind";
    symbology.classes.push_back({"<a & \"b\">", 0, 0, "x'y", {Qt::red, Qt::black, 0.2, Qt::SolidLine}});
    const ParsedQml qml = parse_qml(carto::qml_document(symbology).toStdString());
    EXPECT_EQ(qml.categories.count("x'y"), 1u);
    EXPECT_EQ(sld_fills(carto::sld_document(symbology, "a<b").toStdString()), std::vector<QString>{"#ff0000"});
}

}  // namespace
}  // namespace coverplan::maps
