#include "ui/maps/day_plan_report.h"

#include <algorithm>
#include <cmath>
#include <set>

#include "gis/crs.h"
#include "ui/i18n/language.h"
#include "ui/i18n/locale_text.h"
#include "ui/maps/map_frame.h"
#include "ui/maps/theme_parts.h"

namespace coverplan::maps {

namespace {

using carto::AreaLayer;
using carto::AreaStyle;
using carto::LegendEntry;
using carto::LegendSection;
using carto::MapDescription;
using carto::ReportTable;
using planner::Dataset;
using planner::DayPlan;
using planner::DayStop;
using planner::TeamDay;
using i18n::tr_text;
using detail::count_text;
using detail::number_text;

/// Team colours: the Okabe-Ito palette without its yellow (unreadable as a
/// thin line on white paper), told apart by colour-blind readers too.
const QColor kTeamColours[] = {QColor(0x00, 0x72, 0xB2), QColor(0xD5, 0x5E, 0x00), QColor(0x00, 0x9E, 0x73),
                               QColor(0xCC, 0x79, 0xA7), QColor(0xE6, 0x9F, 0x00), QColor(0x56, 0xB4, 0xE9),
                               QColor(0x00, 0x00, 0x00)};
const QColor kZoneEdge(0x55, 0x55, 0x55);
const QColor kAskedFill(0xfb, 0xf3, 0xdc);
const QColor kOtherStops(0x9a, 0x9a, 0x9a);
/// An address this near a lead is taken for its door.
constexpr double kNearAddressM = 15;
/// The smallest ground a team's map shows across: a few streets around.
constexpr double kMinTeamExtentM = 800;

QColor team_colour(std::size_t team) { return kTeamColours[team % std::size(kTeamColours)]; }

QString team_name(std::size_t team) { return tr_text("DayPlan", "Team %1").arg(team + 1); }

QString km(double metres) { return qs(i18n::decimal_text(metres / 1000, 1)) + " km"; }

/// "Saturday 5 Dec 2026", "Thứ Bảy 05/12/2026": a selling day is known by its weekday.
QString day_title(planner::Day day) {
    static const char* weekdays[] = {QT_TRANSLATE_NOOP("DayPlan", "Sunday"),    QT_TRANSLATE_NOOP("DayPlan", "Monday"),
                                     QT_TRANSLATE_NOOP("DayPlan", "Tuesday"),   QT_TRANSLATE_NOOP("DayPlan", "Wednesday"),
                                     QT_TRANSLATE_NOOP("DayPlan", "Thursday"),  QT_TRANSLATE_NOOP("DayPlan", "Friday"),
                                     QT_TRANSLATE_NOOP("DayPlan", "Saturday")};
    // 1970-01-01, day 0, was a Thursday.
    return qs(i18n::tr_known("DayPlan", weekdays[((day % 7) + 7 + 4) % 7])) + " " + human_date(day);
}

QString zone_label(const Dataset& data, std::size_t z) {
    const std::string& name = data.zones.names[z];
    return qs(data.zones.ids[z]) + (name.empty() ? QString() : " " + qs(name));
}

class DayPlanReport {
public:
    DayPlanReport(const Dataset& data, const DayPlan& plan, const std::vector<std::uint32_t>& zones)
        : data_(data), plan_(plan), zones_(zones), converter_(data.working_crs) {}

    carto::ReportDocument build() {
        carto::ReportDocument report;
        report.title = tr_text("DayPlan", "Selling day %1").arg(day_title(plan_.date));
        QStringList names;
        for (std::uint32_t z : zones_) names << zone_label(data_, z);
        report.subtitle = qs(data_.project.name) + "  ·  " + names.join(", ") + "  ·  " +
                          count_text(plan_.teams.size(), "team", "teams") + ", " + count_text(plan_.stops(), "stop", "stops");
        report.footer = tr_text("DayPlan", "Distances are straight lines (%1); streets make them longer. Made with Coverplan.")
                            .arg(qs(gis::crs_title(data_.working_crs)));
        report.sections.push_back(overview());
        for (std::size_t t = 0; t < plan_.teams.size(); ++t) report.sections.push_back(team_page(t));
        return report;
    }

private:
    QString start_text() const {
        const auto [lon, lat] = converter_.to_lonlat(plan_.start.x, plan_.start.y);
        // Coordinates keep the decimal point in every language: they are typed into phones and maps as they are.
        QString text = tr_text("DayPlan", "Start at %1, %2").arg(QString::number(lat, 'f', 6), QString::number(lon, 'f', 6));
        if (!plan_.start_given) text += tr_text("DayPlan", " (the middle of the zones asked; --start sets it)");
        if (plan_.start_zone >= 0) text += tr_text("DayPlan", ", in %1").arg(zone_label(data_, std::size_t(plan_.start_zone)));
        if (plan_.start_to_zones_m > 0)
            text += tr_text("DayPlan", ", %1 from the nearest zone asked").arg(detail::distance_text(plan_.start_to_zones_m));
        return text + ".";
    }

    carto::ReportSection overview() {
        carto::ReportSection section;
        carto::ReportFigures figures;
        figures.figures.push_back({number_text(double(plan_.stops())),
                                   tr_text("DayPlan", "stops for %1").arg(count_text(plan_.teams.size(), "team", "teams")),
                                   tr_text("DayPlan", "at most one apart in number"), kTeamColours[0]});
        figures.figures.push_back({km(plan_.length_m()), tr_text("DayPlan", "of routes in all"),
                                   tr_text("DayPlan", "straight lines, start to last stop"),
                                   kTeamColours[2]});
        const std::size_t left = plan_.left_for_room + plan_.left_for_ports;
        figures.figures.push_back({number_text(double(plan_.servable())), tr_text("DayPlan", "open leads can be served now"),
                                   tr_text("DayPlan", "of %1 open; %2 left for another day")
                                       .arg(number_text(double(plan_.open_leads)), number_text(double(left))),
                                   kTeamColours[1]});
        section.blocks.push_back(figures);
        section.blocks.push_back(carto::ReportParagraph{start_text() + " " + left_out_text(), false});
        section.blocks.push_back(carto::ReportMap{route_map(std::nullopt), 112});

        ReportTable table;
        table.title = tr_text("DayPlan", "The teams");
        table.header = {tr_text("DayPlan", "Team"),  tr_text("DayPlan", "Stops"),      tr_text("DayPlan", "Route"),
                        tr_text("DayPlan", "Zones"), tr_text("DayPlan", "First stop"), tr_text("DayPlan", "Last stop")};
        table.widths = {1.1, 0.8, 1, 3, 3, 3};
        table.right_aligned = {false, true, true, false, false, false};
        for (std::size_t t = 0; t < plan_.teams.size(); ++t) {
            const TeamDay& team = plan_.teams[t];
            std::set<std::int32_t> zones;
            for (const DayStop& stop : team.stops) zones.insert(stop.zone);
            QStringList zone_names;
            for (std::int32_t z : zones) zone_names << qs(data_.zones.name_of(z));
            table.rows.push_back({team_name(t), number_text(double(team.stops.size())), km(team.length_m),
                                  zone_names.join(", "), team.stops.empty() ? "" : where(team.stops.front()),
                                  team.stops.empty() ? "" : where(team.stops.back())});
        }
        table.footnote = tr_text("DayPlan", "Teams share the stops by direction from the start: each takes one sector, so "
                                            "routes do not cross. Each route is the nearest-neighbour order shortened by "
                                            "2-opt and Or-opt.");
        section.blocks.push_back(table);
        return section;
    }

    QString left_out_text() const {
        QStringList parts;
        const auto& s = plan_.by_status;
        parts << tr_text("DayPlan", "%1 open leads in these zones on %2: %3 can be served now, %4 are covered but full, "
                                    "%5 only planned, %6 not covered.")
                     .arg(number_text(double(plan_.open_leads)), human_date(plan_.date),
                          number_text(double(plan_.servable())),
                          number_text(double(s[std::size_t(planner::Serviceability::Full)])),
                          number_text(double(s[std::size_t(planner::Serviceability::Planned)])),
                          number_text(double(s[std::size_t(planner::Serviceability::NotCovered)])));
        if (plan_.left_for_room > 0)
            parts << tr_text("DayPlan", "%1 servable leads are left for another day: the teams visit those nearest the start first.")
                         .arg(number_text(double(plan_.left_for_room)));
        if (plan_.left_for_ports > 0)
            parts << tr_text("DayPlan", "%1 are left out because nearer stops take the last spare ports of their nodes.")
                         .arg(number_text(double(plan_.left_for_ports)));
        if (plan_.created_after > 0)
            parts << tr_text("DayPlan", "%1 leads created after the day are not counted.").arg(number_text(double(plan_.created_after)));
        return parts.join(" ");
    }

    /// Where a stop is for a person: its nearest address, else its lead id.
    QString where(const DayStop& stop) const {
        if (stop.address >= 0) return qs(std::string(data_.addresses.texts[std::size_t(stop.address)]));
        return tr_text("DayPlan", "lead %1").arg(qs(std::string(data_.leads.ids[stop.lead])));
    }

    carto::ReportSection team_page(std::size_t t) {
        const TeamDay& team = plan_.teams[t];
        carto::ReportSection section;
        section.blocks.push_back(carto::ReportHeading{team_name(t) + "  ·  " + count_text(team.stops.size(), "stop", "stops") +
                                                      "  ·  " + km(team.length_m)});
        if (team.stops.empty()) {
            section.blocks.push_back(carto::ReportParagraph{
                tr_text("DayPlan", "No stop for this team: fewer servable leads than teams. Join another team."), false});
            return section;
        }
        section.blocks.push_back(carto::ReportParagraph{
            start_text() + " " +
                tr_text("DayPlan", "Visit the stops in their numbered order; the route is %1 in straight lines (the plain "
                                   "nearest-neighbour order would be %2).")
                    .arg(km(team.length_m), km(team.nearest_neighbour_m)),
            false});
        section.blocks.push_back(carto::ReportMap{route_map(t), 125});

        ReportTable table;
        table.header = {"#",
                        tr_text("DayPlan", "Address"),
                        tr_text("DayPlan", "Customer"),
                        tr_text("DayPlan", "Tech"),
                        tr_text("DayPlan", "Node (spare)"),
                        tr_text("DayPlan", "From previous"),
                        tr_text("DayPlan", "Outcome")};
        table.widths = {0.45, 3.1, 3.6, 0.8, 1.6, 1.1, 2.0};
        table.right_aligned = {true, false, false, false, false, true, false};
        const auto& leads = data_.leads;
        auto field = [](const std::vector<std::string>& column, std::size_t i) {
            return column.empty() ? QString() : qs(column[i]);
        };
        for (std::size_t s = 0; s < team.stops.size(); ++s) {
            const DayStop& stop = team.stops[s];
            const std::size_t i = stop.lead, n = std::size_t(stop.node);
            // An address farther than a house or two is a landmark to walk from, not the door.
            QString address = stop.address < 0 ? "—" : qs(std::string(data_.addresses.texts[std::size_t(stop.address)]));
            if (stop.address >= 0 && stop.address_distance_m >= kNearAddressM)
                address = tr_text("DayPlan", "%1 from %2").arg(detail::distance_text(stop.address_distance_m), address);
            address += "\n" + qs(data_.zones.name_of(stop.zone));
            // Who to ask for and what they asked, then the lead's id to record the outcome against.
            QStringList customer;
            for (const QString& part : {field(leads.customer, i), field(leads.phone, i)})
                if (!part.isEmpty()) customer << part;
            QString who = customer.join(", ");
            if (const QString note = field(leads.note, i); !note.isEmpty()) who += (who.isEmpty() ? "" : "\n") + note;
            who += (who.isEmpty() ? "" : "\n") + tr_text("DayPlan", "lead %1").arg(qs(std::string(leads.ids[i])));
            const std::string& tech = leads.technology.empty() ? std::string() : data_.technology_name(leads.technology[i]);
            const auto spare = data_.nodes.spare(n);
            table.rows.push_back({QString::number(s + 1), address, who, tech.empty() ? tr_text("DayPlan", "any") : qs(tech).toUpper(),
                                  qs(data_.nodes.ids[n]) + " (" + (spare ? number_text(*spare) : QString("?")) + ")",
                                  detail::distance_text(stop.distance_from_previous_m), ""});
        }
        table.footnote = data_.addresses.size() == 0
                             ? tr_text("DayPlan", "The project has no address layer ([layers.addresses]): find each stop "
                                                  "by its coordinates in the CSV or XLSX plan.")
                             : tr_text("DayPlan", "Address: the nearest in the project's address layer (within %1); "
                                                  "\"120 m from\" when it is not the door.")
                                   .arg(detail::distance_text(planner::kAddressReachM));
        section.blocks.push_back(table);
        return section;
    }

    /// Zones asked shaded, every zone outlined; the routes (one team's, or
    /// all teams' for `team` = nothing), the other teams' stops in grey.
    MapDescription route_map(std::optional<std::size_t> team) {
        MapDescription map;
        map.title.clear();
        frame_map(map, data_, Framing{std::nullopt, lonlat_box(team), true});
        map.notes.insert(map.notes.begin(), tr_text("DayPlan", "Routes are straight lines between stops, not streets."));

        std::vector<bool> asked(data_.zones.size(), false);
        for (std::uint32_t z : zones_) asked[z] = true;
        AreaLayer zones{"Zones", {{QColor(255, 255, 255), kZoneEdge, 0.25, Qt::SolidLine},
                                  {kAskedFill, kZoneEdge, 0.35, Qt::SolidLine}}, {}};
        for (std::size_t z = 0; z < data_.zones.size(); ++z)
            zones.features.push_back({data_.zones.geometries[z].get(), std::uint16_t(asked[z] ? 1 : 0)});
        map.layers.push_back(std::move(zones));

        carto::LineLayer routes{"Routes", {}, {}};
        carto::PointLayer stops = detail::point_layer(tr_text("DayPlan", "Stops"), tr_text("DayPlan", "stops"));
        stops.dot_mm = team ? 1.6 : 1.4;
        if (team) stops.classes.push_back({kOtherStops, tr_text("DayPlan", "Other teams' stops")});
        for (std::size_t t = 0; t < plan_.teams.size(); ++t) {
            const bool shown = !team || *team == t;
            if (shown) {
                routes.styles.push_back({Qt::transparent, team_colour(t), team ? 0.8 : 0.6, Qt::SolidLine});
                stops.classes.push_back({team_colour(t), tr_text("DayPlan", "Team %1's stops").arg(t + 1)});
            }
            carto::LineFeature line{{QPointF(plan_.start.x, plan_.start.y)}, std::uint16_t(routes.styles.size() - 1)};
            for (std::size_t s = 0; s < plan_.teams[t].stops.size(); ++s) {
                const std::uint32_t i = plan_.teams[t].stops[s].lead;
                line.points.emplace_back(data_.leads.x[i], data_.leads.y[i]);
                stops.x.push_back(data_.leads.x[i]);
                stops.y.push_back(data_.leads.y[i]);
                stops.point_class.push_back(std::uint8_t(shown ? stops.classes.size() - 1 : 0));
                if (team && shown) map.labels.push_back(stop_label(s, data_.leads.x[i], data_.leads.y[i]));
            }
            if (shown) routes.features.push_back(std::move(line));
        }
        map.layers.push_back(std::move(routes));
        map.layers.push_back(std::move(stops));

        carto::PointLayer start = detail::point_layer(tr_text("DayPlan", "Start"), tr_text("DayPlan", "points"));
        start.dot_mm = 2.6;
        start.classes = {{QColor(0x22, 0x22, 0x22), tr_text("DayPlan", "Where the teams set off")}};
        start.x = {plan_.start.x};
        start.y = {plan_.start.y};
        start.point_class = {0};
        map.layers.push_back(std::move(start));
        carto::Label start_label;
        start_label.x = plan_.start.x;
        start_label.y = plan_.start.y;
        start_label.text = tr_text("DayPlan", "Start");
        start_label.required = true;
        start_label.priority = 2'000'000;
        map.labels.push_back(start_label);

        LegendSection legend;
        legend.title = team ? team_name(*team) : tr_text("DayPlan", "Routes");
        for (std::size_t t = 0; t < plan_.teams.size(); ++t) {
            if (team && *team != t) continue;
            LegendEntry entry;
            entry.swatch = LegendEntry::Swatch::Line;
            entry.style = {Qt::transparent, team_colour(t), 0.8, Qt::SolidLine};
            entry.text = team_name(t) + ": " + count_text(plan_.teams[t].stops.size(), "stop", "stops") + ", " +
                         km(plan_.teams[t].length_m);
            legend.entries.push_back(entry);
        }
        if (team) {
            LegendEntry badge;
            badge.swatch = LegendEntry::Swatch::Badge;
            badge.text = tr_text("DayPlan", "Stop number, in visiting order");
            legend.entries.push_back(badge);
        }
        LegendEntry asked_entry;
        asked_entry.swatch = LegendEntry::Swatch::Area;
        asked_entry.style = {kAskedFill, kZoneEdge, 0.35, Qt::SolidLine};
        asked_entry.text = tr_text("DayPlan", "Zones of the day");
        legend.entries.push_back(asked_entry);
        map.legend.push_back(legend);
        return map;
    }

    static carto::Label stop_label(std::size_t s, double x, double y) {
        carto::Label label;
        label.x = x;
        label.y = y;
        label.badge = QString::number(s + 1);
        label.required = true;                  // every stop must show its number
        label.priority = 1'000'000 - int(s);  // the first stops placed first, nearest their dots
        return label;
    }

    /// The map's ground: the start and the day's stops (the overview) or one
    /// team's (its page), with a margin. Not the whole zones: the leads
    /// nearest the start are taken first, so the day often covers a corner
    /// of large zones, and the teams need that corner readable.
    gis::LonLatBox lonlat_box(std::optional<std::size_t> team) const {
        double minx = plan_.start.x, miny = plan_.start.y, maxx = plan_.start.x, maxy = plan_.start.y;
        auto extend = [&](double x0, double y0, double x1, double y1) {
            minx = std::min(minx, x0);
            miny = std::min(miny, y0);
            maxx = std::max(maxx, x1);
            maxy = std::max(maxy, y1);
        };
        for (std::size_t t = 0; t < plan_.teams.size(); ++t) {
            if (team && *team != t) continue;
            for (const DayStop& stop : plan_.teams[t].stops)
                extend(data_.leads.x[stop.lead], data_.leads.y[stop.lead], data_.leads.x[stop.lead],
                       data_.leads.y[stop.lead]);
        }
        // A wide margin: the scale bar and the north arrow sit in the frame's
        // corners, where the outermost stops would otherwise be.
        const double pad = std::max({(maxx - minx) * 0.15, (maxy - miny) * 0.15,
                                     (kMinTeamExtentM - std::max(maxx - minx, maxy - miny)) / 2, 150.0});
        const auto [west, south] = converter_.to_lonlat(minx - pad, miny - pad);
        const auto [east, north] = converter_.to_lonlat(maxx + pad, maxy + pad);
        return {west, south, east, north};
    }

    const Dataset& data_;
    const DayPlan& plan_;
    const std::vector<std::uint32_t>& zones_;
    gis::LonLatConverter converter_;
};

}  // namespace

carto::ReportDocument describe_day_plan(const Dataset& data, const DayPlan& plan, const std::vector<std::uint32_t>& zones) {
    return DayPlanReport(data, plan, zones).build();
}

}  // namespace coverplan::maps
