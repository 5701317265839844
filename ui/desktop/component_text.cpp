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

}  // namespace

QString component_label(planner::RankingKind kind, std::size_t component) {
    return QString::fromUtf8(planner::ranking_components(kind)[component % planner::kComponents].label);
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
