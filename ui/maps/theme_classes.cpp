#include "ui/maps/theme_classes.h"

#include <algorithm>

#include "ui/carto/classify.h"
#include "ui/i18n/language.h"
#include "ui/i18n/locale_text.h"
#include "ui/maps/map_frame.h"

namespace coverplan::maps {

ValueClasses score_classes(const planner::Plan& plan, planner::RankingKind kind, const QLocale& figures) {
    std::vector<double> values;
    for (const auto& s : plan.scores(kind)) values.push_back(s.score);
    ValueClasses classes;
    classes.upper = carto::quantile_breaks(values, 5);
    classes.colours = carto::ramp_colours(
        kind == planner::RankingKind::Investment ? carto::Ramp::YellowOrangeRed : carto::Ramp::YellowGreenBlue,
        int(classes.upper.size()));
    classes.lowest = values.empty() ? 0 : *std::min_element(values.begin(), values.end());
    classes.names = carto::class_ranges(classes.upper, classes.lowest,
                                        carto::distinct_decimals(classes.upper, classes.lowest, 2), figures);
    return classes;
}

ValueClasses utilisation_classes(double exhaustion_threshold) {
    ValueClasses classes;
    classes.upper = {0.5, 0.7, exhaustion_threshold, 0.999999, 1e300};
    classes.lowest = 0;
    const QString threshold = qs(i18n::percent_text(exhaustion_threshold, 0));
    classes.names = {i18n::tr_text("Map", "under 50 %"), "50 – 70 %", "70 – " + threshold, threshold + " – 100 %",
                     i18n::tr_text("Map", "full (100 % or more)")};
    classes.colours = carto::ramp_colours(carto::Ramp::YellowOrangeRed, 5);
    return classes;
}

QColor status_colour(planner::Serviceability status) {
    switch (status) {
        case planner::Serviceability::Available: return QColor(0x1a, 0x98, 0x50);
        case planner::Serviceability::Planned: return QColor(0x33, 0x66, 0xcc);
        case planner::Serviceability::Full: return QColor(0x11, 0x11, 0x11);
        case planner::Serviceability::NotCovered: return carto::category_colour(5);
    }
    return kNoData;
}

carto::AreaStyle proposed_area_style() { return {Qt::transparent, QColor(0x22, 0x22, 0x22), 0.45, Qt::DashLine}; }

carto::AreaStyle zone_fill(const QColor& colour) { return {colour, QColor(255, 255, 255), 0.25, Qt::SolidLine}; }

}  // namespace coverplan::maps
