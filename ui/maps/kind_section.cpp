#include "ui/maps/kind_section.h"

#include <cmath>

#include "planner/zone_kinds.h"
#include "ui/i18n/language.h"
#include "ui/i18n/locale_text.h"

namespace coverplan::maps {

namespace {

using i18n::tr_text;

QString text(const std::string& utf8) { return QString::fromStdString(utf8); }
QString count(double value) { return text(i18n::count_text(std::llround(value))); }
QString share(const std::optional<double>& value) { return value ? text(i18n::percent_text(*value)) : QString("–"); }

}  // namespace

std::optional<carto::ReportSection> kind_section(const planner::Dataset& data, const planner::Plan& plan) {
    if (!planner::maps_zone_kind(data)) return std::nullopt;
    const std::vector<planner::ZoneKindFigures> kinds = planner::summarise_by_zone_kind(data, plan);
    carto::ReportSection section;
    section.new_page = false;
    section.blocks.push_back(carto::ReportHeading{tr_text("Report", "Demand and growth by kind of zone")});
    carto::ReportTable table;
    table.header = {tr_text("Report", "Kind"),        tr_text("Report", "Zones"),
                    tr_text("Report", "Subscribers"), tr_text("Report", "Penetration"),
                    tr_text("Report", "Open leads"),  tr_text("Report", "Cannot be served"),
                    tr_text("Report", "In %1 months").arg(plan.horizon_months),
                    tr_text("Report", "Spare ports"), tr_text("Report", "Invest first")};
    table.widths = {1.5, 0.6, 1.0, 1.0, 0.9, 0.9, 1.2, 0.9, 2.0};
    table.right_aligned = {false, true, true, true, true, true, true, true, false};
    for (const auto& f : kinds) {
        QString top = "–";
        if (f.top_investment >= 0) {
            const auto z = std::size_t(f.top_investment);
            const std::string& name = data.zones.names[z];
            top = text(name.empty() ? data.zones.ids[z] : name) + " (#" +
                  QString::number(plan.investment[z].rank) + ")";
        }
        QString growth = "+" + count(f.forecast_additions);
        if (f.growth) growth += " (" + share(f.growth) + ")";
        table.rows.push_back({text(i18n::kind_text(f.kind)), count(double(f.zones)), count(double(f.subscribers)),
                              share(f.penetration), count(double(f.leads_open)), count(double(f.leads_unserved)), growth,
                              count(f.spare_ports), top});
    }
    table.empty_text = tr_text("Report", "No zones.");
    table.footnote =
        tr_text("Report",
                "Penetration: subscribers over households, in the zones that give households. In %1 months: net "
                "additions the forecast expects (trend and leads), and that as a share of today's subscribers. Spare "
                "ports: each live node reaching a zone of the kind counted once. Invest first: the kind's zone ranked "
                "highest for investment, with its rank in the whole project (`coverplan rank --kind`).")
            .arg(plan.horizon_months);
    section.blocks.push_back(table);
    return section;
}

}  // namespace coverplan::maps
