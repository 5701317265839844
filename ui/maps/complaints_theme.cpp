#include "ui/maps/complaints_theme.h"

#include <algorithm>
#include <numeric>

#include "gis/geos_handle.h"
#include "gis/number_format.h"
#include "planner/number_text.h"
#include "ui/carto/classify.h"
#include "ui/i18n/language.h"
#include "ui/i18n/locale_text.h"
#include "ui/maps/theme_parts.h"

namespace coverplan::maps {

namespace {

using carto::AreaLayer;
using carto::LegendEntry;
using carto::LegendSection;
using detail::count_text;
using i18n::tr_text;

/// Nodes named on the map at least; more would bury it in labels (the
/// nodes layer has every node's count).
constexpr int kNamedNodes = 12;
/// Categories drawn in colours of their own; the rest share "other".
constexpr std::size_t kCategoryColours = 5;

}  // namespace

int complaint_class(const planner::ZoneModel& zone, double average_per_1000) {
    if (!zone.complaints_per_1000) return 5;
    const double ratio = average_per_1000 > 0 ? *zone.complaints_per_1000 / average_per_1000 : 0.0;
    if (ratio < 1) return 0;
    if (ratio < 1.5) return 1;
    if (ratio < 2) return 2;
    if (ratio < 3) return 3;
    return 4;
}

QString complaints_theme(const ComplaintsThemeInput& input, carto::MapDescription& map) {
    const planner::Dataset& data = input.data;
    const planner::Plan& plan = input.plan;
    const planner::ComplaintFigures& figures = *plan.complaints;
    const double average = planner::average_complaints_per_1000(plan);

    // Zones by complaints per subscriber against the average.
    const std::vector<QColor> colours = carto::ramp_colours(carto::Ramp::YellowOrangeRed, 5);
    const std::vector<QString> names = {tr_text("Map", "below average"), tr_text("Map", "1 – 1.5× average"),
                                        tr_text("Map", "1.5 – 2× average"), tr_text("Map", "2 – 3× average"),
                                        tr_text("Map", "3× average or more")};
    AreaLayer zones{"Zones", {}, {}};
    for (const QColor& c : colours) zones.styles.push_back(zone_fill(c));
    zones.styles.push_back(zone_fill(kNoData));
    std::vector<long long> per_class(colours.size() + 1, 0);
    std::vector<QString> suffix(data.zones.size());
    for (std::size_t z = 0; z < data.zones.size(); ++z) {
        const int c = z < plan.zones.size() ? complaint_class(plan.zones[z], average) : 5;
        zones.features.push_back({data.zones.geometries[z].get(), std::uint16_t(c)});
        ++per_class[std::size_t(c)];
        if (c >= 1 && c <= 4) suffix[z] = qs(i18n::decimal_text(*plan.zones[z].complaints_per_1000 / average, 1)) + "×";
    }
    map.layers.push_back(std::move(zones));
    map.layers.push_back(detail::zones_outline(data));

    // The live nodes holding the most recent complaints, most first (then by
    // index, as the data lists them).
    std::vector<std::size_t> order;
    for (std::size_t n = 0; n < input.network.size(); ++n)
        if (figures.recent_of_node(n) > 0) order.push_back(n);
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t a, std::size_t b) { return figures.recent_of_node(a) > figures.recent_of_node(b); });
    const std::size_t named = std::min(order.size(), std::size_t(std::max(kNamedNodes, input.top)));
    const carto::AreaStyle node_style{Qt::transparent, QColor(0x11, 0x11, 0x11), 0.5, Qt::SolidLine};
    AreaLayer nodes{"Nodes most complained about", {node_style}, {}};
    auto ctx = gis::geos_context();
    for (std::size_t rank = 0; rank < named; ++rank) {
        const std::size_t n = order[rank];
        nodes.features.push_back({input.network.geometries[n].get(), 0});
        gis::GeosGeometry inside(GEOSPointOnSurface_r(ctx, input.network.geometries[n].get()));
        double x = 0, y = 0;
        if (!inside || !GEOSGeomGetX_r(ctx, inside.get(), &x) || !GEOSGeomGetY_r(ctx, inside.get(), &y)) continue;
        carto::Label label;
        label.x = x;
        label.y = y;
        label.text = qs(input.network.ids[n]) + " · " + QString::number(figures.recent_of_node(n));
        label.priority = 2'000'000 - int(rank);
        map.labels.push_back(label);
    }
    map.layers.push_back(std::move(nodes));

    // The recent complaints as dots, by category: the most frequent ones in
    // colours of their own.
    const planner::DemandPoints& complaints = data.complaints;
    const bool has_categories = !complaints.category.empty();
    std::vector<std::string> coloured;
    for (const auto& count : figures.categories)
        if (coloured.size() < kCategoryColours && !count.category.empty()) coloured.push_back(count.category);
    carto::PointLayer dots = detail::point_layer(tr_text("Map", "Recent complaints"), tr_text("Map", "complaints"));
    dots.dot_mm = 1.2;
    // Okabe-Ito without its yellow (index 3), which disappears on the light zones.
    static const std::size_t palette[] = {5, 0, 4, 2, 6, 1};
    for (std::size_t c = 0; c < coloured.size(); ++c) dots.classes.push_back({carto::category_colour(palette[c]), qs(coloured[c])});
    dots.classes.push_back({QColor(0x44, 0x44, 0x44), has_categories ? tr_text("Map", "other") : tr_text("Map", "Complaint")});
    const std::uint8_t other = std::uint8_t(coloured.size());
    const planner::Day as_of = planner::parse_date(data.project.as_of).value_or(planner::kNoDay);
    for (std::size_t i = 0; i < complaints.size(); ++i) {
        const planner::Day day = complaints.date.empty() ? planner::kNoDay : complaints.date[i];
        if (figures.dated && !(day > figures.since && day <= as_of)) continue;
        dots.x.push_back(complaints.x[i]);
        dots.y.push_back(complaints.y[i]);
        std::uint8_t c = other;
        if (has_categories)
            if (auto it = std::find(coloured.begin(), coloured.end(), complaints.category[i]); it != coloured.end())
                c = std::uint8_t(it - coloured.begin());
        dots.point_class.push_back(c);
    }
    dots.bin_ramp = carto::ramp_colours(carto::Ramp::Purples, 5);
    map.layers.push_back(std::move(dots));

    const QString window = figures.dated ? tr_text("Map", "in the last %1 days before %2")
                                               .arg(data.project.scoring.complaint_window_days)
                                               .arg(human_date(as_of))
                                         : tr_text("Map", "(the complaints have no dates: all of them)");
    LegendSection section;
    section.title = tr_text("Map", "Recent complaints per subscriber, by zone");
    for (std::size_t c = colours.size(); c-- > 0;) {
        LegendEntry entry;
        entry.style = zone_fill(colours[c]);
        entry.text = names[c] + "  (" + count_text(per_class[c], "zone", "zones") + ")";
        section.entries.push_back(entry);
    }
    if (per_class.back() > 0) {
        LegendEntry entry;
        entry.style = zone_fill(kNoData);
        entry.text = tr_text("Map", "no subscribers  (%1)").arg(count_text(per_class.back(), "zone", "zones"));
        section.entries.push_back(entry);
    }
    section.entries.push_back(detail::zone_boundary_entry());
    section.note = tr_text("Map", "Complaints %1 per 1,000 subscribers; the project's average is %2 per 1,000. "
                                  "Zones above it are labelled with the multiple.")
                       .arg(window, qs(i18n::decimal_text(average, 1)));
    map.legend.push_back(section);

    LegendSection by_node;
    by_node.title = tr_text("Map", "By node");
    LegendEntry outlined;
    outlined.swatch = LegendEntry::Swatch::Line;
    outlined.style = node_style;
    outlined.text = tr_text("Map", "The %1 live service areas holding the most recent complaints, named with their count")
                        .arg(named);
    by_node.entries.push_back(outlined);
    by_node.note = figures.by_technology
                       ? tr_text("Map", "A complaint counts for every live node of its technology whose service area holds it.")
                       : tr_text("Map", "The complaints name no technology: each counts for every live node over its place.");
    map.legend.push_back(by_node);

    detail::add_zone_labels(map, data, input.label_points, 0, {}, suffix);
    return tr_text("Map", "%1, %2 per 1,000 subscribers; %3 in a live node's service area")
        .arg(count_text(figures.recent, "recent complaint", "recent complaints"), qs(i18n::decimal_text(average, 1)),
             qs(i18n::count_text(figures.recent_tied)));
}

}  // namespace coverplan::maps
