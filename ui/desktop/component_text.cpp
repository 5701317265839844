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

}  // namespace

QString component_label(planner::RankingKind kind, std::size_t component) {
    return QCoreApplication::translate("RankingComponent", planner::ranking_components(kind)[component % planner::kComponents].label);
}

QString component_value(planner::RankingKind kind, std::size_t component, double raw) {
    if (kind == planner::RankingKind::Investment) {
        switch (component) {
            case 0: return count(raw, QCoreApplication::translate("ComponentText", "leads"));
            case 1: return count(raw, QCoreApplication::translate("ComponentText", "nodes"));
            case 2: return QLocale().toString(raw, 'f', 1) + QCoreApplication::translate("ComponentText", "× average");
            default: return (raw >= 0 ? "+" : "") + percent(raw);
        }
    }
    switch (component) {
        case 0: return count(raw, QCoreApplication::translate("ComponentText", "ports"));
        case 1: return count(raw, QCoreApplication::translate("ComponentText", "households"));
        case 2: return count(raw, QCoreApplication::translate("ComponentText", "leads"));
        default: return percent(raw);
    }
}

}  // namespace coverplan::desktop
