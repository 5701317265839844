#include "ui/desktop/component_text.h"

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
    static const char* investment[] = {"Unserved demand", "Nodes running out", "Complaints", "Growth"};
    static const char* sales[] = {"Spare ports", "Untapped households", "Servable leads", "On time"};
    const char* const* names = kind == planner::RankingKind::Investment ? investment : sales;
    return QObject::tr(names[component % 4]);
}

QString component_value(planner::RankingKind kind, std::size_t component, double raw) {
    if (kind == planner::RankingKind::Investment) {
        switch (component) {
            case 0: return count(raw, "leads");
            case 1: return count(raw, "nodes");
            case 2: return QLocale().toString(raw, 'f', 1) + "× average";
            default: return (raw >= 0 ? "+" : "") + percent(raw);
        }
    }
    switch (component) {
        case 0: return count(raw, "ports");
        case 1: return count(raw, "households");
        case 2: return count(raw, "leads");
        default: return percent(raw);
    }
}

std::array<double, 4> weights_of(const planner::Project& p, planner::RankingKind kind) { return p.weights.of(kind); }

void set_weight(planner::Project& p, planner::RankingKind kind, std::size_t component, double weight) {
    p.weights.of(kind)[component % planner::kComponents] = weight;
}

}  // namespace coverplan::desktop
