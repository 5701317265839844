#include "ui/desktop/component_text.h"

#include <QCoreApplication>
#include <QLocale>
#include <cmath>

namespace coverplan::desktop {

namespace {

QString count(double value, const QString& unit) {
    return QLocale().toString(static_cast<qlonglong>(std::llround(value))) + " " + unit;
}

QString percent(double share) { return QLocale().toString(share * 100, 'f', 0) + " %"; }

// The planner names its components in English (planner/ranking.cpp); the app
// shows them in the user's language. Listed here for lupdate.
[[maybe_unused]] constexpr const char* kComponentLabels[] = {
    QT_TRANSLATE_NOOP("RankingComponent", "Unserved demand"),
    QT_TRANSLATE_NOOP("RankingComponent", "Exhausting nodes"),
    QT_TRANSLATE_NOOP("RankingComponent", "Complaints vs average"),
    QT_TRANSLATE_NOOP("RankingComponent", "Activation growth"),
    QT_TRANSLATE_NOOP("RankingComponent", "Spare ports"),
    QT_TRANSLATE_NOOP("RankingComponent", "Households without service"),
    QT_TRANSLATE_NOOP("RankingComponent", "Leads servable now"),
    QT_TRANSLATE_NOOP("RankingComponent", "Installations on time"),
};

// The units of planner/ranking.cpp counted in whole numbers, for lupdate.
[[maybe_unused]] constexpr const char* kCountUnits[] = {
    QT_TRANSLATE_NOOP("ComponentText", "leads"),
    QT_TRANSLATE_NOOP("ComponentText", "nodes"),
    QT_TRANSLATE_NOOP("ComponentText", "ports"),
    QT_TRANSLATE_NOOP("ComponentText", "households"),
};

}  // namespace

QString component_label(planner::RankingKind kind, std::size_t component) {
    return QCoreApplication::translate("RankingComponent", planner::ranking_components(kind)[component % planner::kComponents].label);
}

QString component_value(planner::RankingKind kind, std::size_t component, double raw) {
    // The unit comes from the planner's table; only its words are translated here.
    const planner::RankingComponent& c = planner::ranking_components(kind)[component % planner::kComponents];
    const std::string unit = c.unit;
    if (unit == "share") {
        // Growth is a change (signed); a rate such as installations on time is not.
        const bool signed_change = c.scaling != planner::Scaling::Rate;
        return (signed_change && raw >= 0 ? "+" : "") + percent(raw);
    }
    if (unit == "× average") return QLocale().toString(raw, 'f', 1) + QCoreApplication::translate("ComponentText", "× average");
    return count(raw, QCoreApplication::translate("ComponentText", c.unit));
}

}  // namespace coverplan::desktop
