#pragma once
// The classes the themed maps colour by, defined once: the themes draw with
// them (map_themes.cpp) and the layer styles stored with the outputs
// (layer_styles.h) give QGIS the same classes and colours.

#include <QColor>
#include <QLocale>
#include <QString>
#include <vector>

#include "planner/plan.h"
#include "planner/serviceability.h"
#include "ui/carto/map_description.h"

namespace coverplan::maps {

/// Classes of a value: class c holds values above upper[c - 1] up to
/// upper[c] (the first from `lowest`), as carto::class_of counts them.
struct ValueClasses {
    std::vector<double> upper;    ///< ascending
    double lowest = 0;            ///< where the first class starts
    std::vector<QColor> colours;  ///< parallel to upper, light to dark
    std::vector<QString> names;   ///< the legend's text of each class ("0.42 – 0.61"), parallel to upper
};

/// Zones by a ranking's score: quintiles of the plan's scores (fewer when
/// scores tie) on ColorBrewer YlOrRd (investment) or YlGnBu (sales); the
/// names' figures written as `figures` writes them.
ValueClasses score_classes(const planner::Plan& plan, planner::RankingKind kind,
                           const QLocale& figures = QLocale::c());

/// Live nodes by utilisation (ports used / capacity): under 50 %, 50 – 70 %,
/// 70 % – the project's exhaustion threshold, to 100 %, full; YlOrRd; named
/// in the process's language.
ValueClasses utilisation_classes(double exhaustion_threshold);

/// Demand points by what can be done for them now (lead dots on the
/// coverage map and in the app; points_status in QGIS): green served now,
/// blue planned coverage, black covered without a spare port, vermillion
/// not covered — apart for every colour vision.
QColor status_colour(planner::Serviceability status);

/// The proposed service area of a cluster of uncovered leads: a dashed outline.
carto::AreaStyle proposed_area_style();

/// A zone filled with `colour`, edged in white.
carto::AreaStyle zone_fill(const QColor& colour);

/// Neither class nor data (a zone without a score, a node of unknown capacity).
inline const QColor kNoData(0xd9, 0xd9, 0xd9);

}  // namespace coverplan::maps
