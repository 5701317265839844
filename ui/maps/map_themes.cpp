#include "ui/maps/map_themes.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <numeric>

#include "gis/error.h"
#include "gis/geos_handle.h"
#include "planner/number_text.h"
#include "planner/reason_text.h"
#include "ui/carto/classify.h"
#include "ui/carto/geometry_path.h"
#include "ui/i18n/language.h"
#include "ui/i18n/locale_text.h"
#include "ui/maps/complaints_theme.h"
#include "ui/maps/theme_classes.h"
#include "ui/maps/theme_parts.h"

namespace coverplan::maps {

namespace {

using carto::AreaLayer;
using carto::AreaStyle;
using carto::LegendEntry;
using carto::LegendSection;
using carto::MapDescription;
using detail::count_text;
using detail::zone_boundary_entry;
using detail::zones_base;
using detail::zones_outline;
using planner::Dataset;
using planner::Plan;
using i18n::tr_text;

/// Nodes named on the utilisation map; more would bury the map in labels.
constexpr int kNamedNodes = 12;

QString technology_label(const Dataset& data, planner::TechIndex t) {
    const std::string& name = data.technology_name(t);
    return name.empty() ? tr_text("Map", "Any technology") : qs(name).toUpper();
}

/// The weights the plan was ranked with (rank --weight, the app's sliders),
/// not the project file's.
QString weights_text(const Plan& plan, planner::RankingKind kind) {
    return qs(planner::weights_text(kind, plan.weights.of(kind),
                                    [](const std::string& key) { return i18n::reader_word("Component", key); }));
}

class ThemeBuilder {
public:
    ThemeBuilder(const MapSource& source, const MapRequest& request)
        : data_(source.data), network_(source.network), plan_(source.plan), request_(request) {
        map_.page = request.page;
        frame_map(map_, data_, request.framing);
        const carto::WorldBox labelled = map_.extent.grown(0.5);
        if (source.label_points) {
            // The same points, kept only for the zones the map shows.
            label_points_ = *source.label_points;
            for (std::size_t z = 0; z < label_points_.size() && z < data_.zones.size(); ++z)
                if (!carto::envelope_of(data_.zones.geometries[z].get()).intersects(labelled)) label_points_[z] = {};
        } else {
            label_points_ = zone_label_points(data_, labelled);
        }
        as_of_ = planner::parse_date(data_.project.as_of).value_or(planner::kNoDay);
    }

    MapDescription build() {
        QString detail;
        switch (request_.theme) {
            case Theme::Investment: detail = ranking(planner::RankingKind::Investment); break;
            case Theme::Sales: detail = ranking(planner::RankingKind::Sales); break;
            case Theme::Coverage: detail = coverage(); break;
            case Theme::Utilization: detail = utilization(); break;
            case Theme::Sla: detail = sla(); break;
            case Theme::Change: detail = change(); break;
            case Theme::Complaints:
                detail = complaints_theme({data_, network_, plan_, request_.top, label_points_}, map_);
                break;
        }
        map_.title = request_.title.value_or(theme_title(request_.theme));
        if (!map_.title.isEmpty())
            map_.subtitle = tr_text("Map", "%1  ·  as of %2  ·  %3").arg(qs(data_.project.name), human_date(as_of_), detail);
        return std::move(map_);
    }

private:
    void zone_labels(const std::vector<std::int32_t>& ranks, const std::vector<QString>& suffix = {}) {
        detail::add_zone_labels(map_, data_, label_points_, request_.top, ranks, suffix);
    }

    QString ranking(planner::RankingKind kind) {
        const bool investment = kind == planner::RankingKind::Investment;
        const auto& scores = plan_.scores(kind);
        const ValueClasses classes =
            score_classes(plan_, kind, i18n::language() == i18n::Language::Vietnamese ? map_.figures : QLocale::c());
        const std::vector<double>& breaks = classes.upper;
        const std::vector<QColor>& colours = classes.colours;
        AreaLayer zones{"Zones", {}, {}};
        for (std::size_t c = 0; c < breaks.size(); ++c) zones.styles.push_back(zone_fill(colours[c]));
        zones.styles.push_back(zone_fill(kNoData));
        std::vector<long long> per_class(breaks.size() + 1, 0);
        std::vector<std::int32_t> ranks(data_.zones.size(), 0);
        for (std::size_t z = 0; z < data_.zones.size(); ++z) {
            const std::size_t c = z < scores.size() ? std::size_t(carto::class_of(scores[z].score, breaks)) : breaks.size();
            zones.features.push_back({data_.zones.geometries[z].get(), std::uint16_t(c)});
            ++per_class[c];
            if (z < scores.size()) ranks[z] = scores[z].rank;
        }
        map_.layers.push_back(std::move(zones));

        LegendSection section;
        section.title = investment ? tr_text("Map", "Investment score") : tr_text("Map", "Sales-focus score");
        // Highest class first: the legend reads from what matters most.
        for (std::size_t c = breaks.size(); c-- > 0;) {
            LegendEntry entry;
            entry.style = zone_fill(colours[c]);
            entry.text = classes.names[c] + "  (" + count_text(per_class[c], "zone", "zones") + ")";
            section.entries.push_back(entry);
        }
        section.note = tr_text("Map", "Classes hold equal numbers of zones (quantiles). Score 0–1 weighs %1.")
                           .arg(weights_text(plan_, kind));
        map_.legend.push_back(section);

        LegendSection ranked;
        ranked.title = tr_text("Map", "Ranking");
        LegendEntry badge;
        badge.swatch = LegendEntry::Swatch::Badge;
        badge.text = (investment ? tr_text("Map", "Top %1 of %2 zones, 1 = invest first")
                                 : tr_text("Map", "Top %1 of %2 zones, 1 = sell first"))
                         .arg(std::min<int>(request_.top, int(scores.size())))
                         .arg(qs(i18n::count_text(long(scores.size()))));
        ranked.entries.push_back(badge);
        map_.legend.push_back(ranked);

        if (investment && !plan_.clusters->empty()) {
            AreaLayer proposed{"Proposed service areas", {proposed_area_style()}, {}};
            for (const auto& cluster : *plan_.clusters)
                if (cluster.area) proposed.features.push_back({cluster.area.get(), 0});
            map_.layers.push_back(std::move(proposed));
            LegendEntry entry;
            entry.swatch = LegendEntry::Swatch::Line;
            entry.style = proposed_area_style();
            entry.text = tr_text("Map", "Proposed new service area (%1 of uncovered leads)")
                             .arg(count_text(long(plan_.clusters->size()), "cluster", "clusters"));
            map_.legend.back().entries.push_back(entry);
        }
        zone_labels(ranks);
        return tr_text("Map", "%1 zones ranked by %2")
            .arg(qs(i18n::count_text(long(data_.zones.size()))), weights_text(plan_, kind));
    }

    QString coverage() {
        map_.layers.push_back(zones_base(data_));
        // Per technology two styles: live (tinted area) and planned (dashed edge).
        const std::size_t techs = data_.technologies.size() + 1;  // the last: nodes of any technology
        auto tech_slot = [&](planner::TechIndex t) { return t == planner::kAnyTechnology ? techs - 1 : std::size_t(t); };
        AreaLayer nodes{"Service areas", {}, {}};
        for (std::size_t t = 0; t < techs; ++t) {
            // Blues, greens and purples for the network; oranges stay free for the leads.
            static const std::size_t palette[] = {4, 2, 6, 1, 3, 7};
            const QColor colour = t + 1 == techs ? QColor(0x66, 0x66, 0x66) : carto::category_colour(palette[t % 6]);
            QColor tint = colour;
            tint.setAlpha(70);
            nodes.styles.push_back({tint, colour, 0.2, Qt::SolidLine});
            nodes.styles.push_back({Qt::transparent, colour, 0.45, Qt::DashLine});
        }
        std::vector<long long> live(techs, 0), planned(techs, 0);
        for (int pass = 0; pass < 2; ++pass)
            for (std::size_t n = 0; n < network_.size(); ++n) {
                const bool is_planned = network_.status[n] == planner::NodeStatus::Planned;
                if (is_planned != (pass == 1)) continue;
                const std::size_t slot = tech_slot(network_.technology[n]);
                nodes.features.push_back({network_.geometries[n].get(), std::uint16_t(2 * slot + (is_planned ? 1 : 0))});
                ++(is_planned ? planned : live)[slot];
            }
        const std::vector<AreaStyle> node_styles = nodes.styles;
        map_.layers.push_back(std::move(nodes));
        map_.layers.push_back(zones_outline(data_));

        carto::PointLayer leads =
            detail::point_layer(tr_text("Map", "Open leads that cannot be served now"), tr_text("Map", "leads"));
        // Black for "the network is there but full", vermillion for "no
        // network": apart for every colour vision, and off the area colours.
        leads.classes = {{status_colour(planner::Serviceability::Full), tr_text("Map", "Covered, no spare port")},
                         {status_colour(planner::Serviceability::NotCovered), tr_text("Map", "Not covered")}};
        leads.dot_mm = 1.3;
        const auto& status = plan_.overlay.leads->status;
        long long unserved = 0;
        for (std::size_t i = 0; i < data_.leads.size() && i < status.size(); ++i) {
            if (!data_.leads.open[i]) continue;
            const bool full = status[i] == planner::Serviceability::Full;
            if (!full && status[i] != planner::Serviceability::NotCovered) continue;
            leads.x.push_back(data_.leads.x[i]);
            leads.y.push_back(data_.leads.y[i]);
            leads.point_class.push_back(full ? 0 : 1);
            ++unserved;
        }
        leads.bin_ramp = carto::ramp_colours(carto::Ramp::Purples, 5);
        map_.layers.push_back(std::move(leads));

        LegendSection section;
        section.title = tr_text("Map", "Service areas by technology");
        for (std::size_t t = 0; t < techs; ++t) {
            const QString name = t + 1 == techs ? tr_text("Map", "Any technology") : technology_label(data_, planner::TechIndex(t));
            if (live[t] > 0) {
                LegendEntry entry;
                entry.style = node_styles[2 * t];
                entry.text = tr_text("Map", "%1 live (%2)").arg(name, count_text(live[t], "node", "nodes"));
                section.entries.push_back(entry);
            }
            if (planned[t] > 0) {
                LegendEntry entry;
                entry.style = node_styles[2 * t + 1];
                entry.text = tr_text("Map", "%1 planned (%2)").arg(name, count_text(planned[t], "node", "nodes"));
                section.entries.push_back(entry);
            }
        }
        section.entries.push_back(zone_boundary_entry());
        map_.legend.push_back(section);
        zone_labels({});
        return tr_text("Map", "%1 live and %2 planned service areas; %3 open leads cannot be served now")
            .arg(qs(i18n::count_text(std::accumulate(live.begin(), live.end(), 0LL))))
            .arg(qs(i18n::count_text(std::accumulate(planned.begin(), planned.end(), 0LL))))
            .arg(qs(i18n::count_text(unserved)));
    }

    QString utilization() {
        map_.layers.push_back(zones_base(data_));
        const ValueClasses classes = utilisation_classes(data_.project.scoring.exhaustion_threshold);
        const std::vector<double>& breaks = classes.upper;
        const std::vector<QString>& names = classes.names;
        const std::vector<QColor>& colours = classes.colours;
        AreaLayer nodes{"Live service areas", {}, {}};
        for (const QColor& c : colours) nodes.styles.push_back({c, QColor(255, 255, 255, 180), 0.15, Qt::SolidLine});
        nodes.styles.push_back({kNoData, QColor(255, 255, 255, 180), 0.15, Qt::SolidLine});
        // Fullest last, so they stay visible where service areas overlap.
        std::vector<std::size_t> order;
        for (std::size_t n = 0; n < network_.size(); ++n)
            if (network_.status[n] == planner::NodeStatus::Live) order.push_back(n);
        auto utilisation = [&](std::size_t n) { return plan_.nodes[n].utilization.value_or(-1.0); };
        std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return utilisation(a) < utilisation(b); });
        std::vector<long long> per_class(breaks.size() + 1, 0);
        for (std::size_t n : order) {
            const auto u = plan_.nodes[n].utilization;
            const std::size_t c = u ? std::size_t(carto::class_of(*u, breaks)) : breaks.size();
            nodes.features.push_back({network_.geometries[n].get(), std::uint16_t(c)});
            ++per_class[c];
        }
        map_.layers.push_back(std::move(nodes));
        map_.layers.push_back(zones_outline(data_));

        const AreaStyle exhausting_style{Qt::transparent, QColor(0x11, 0x11, 0x11), 0.45, Qt::SolidLine};
        AreaLayer exhausting{"Run out of ports within the horizon", {exhausting_style}, {}};
        std::vector<std::size_t> running_out;
        for (std::size_t n : order)
            if (plan_.nodes[n].exhausts_on != planner::kNoDay) running_out.push_back(n);
        // Soonest first, then the most over capacity at the horizon.
        std::stable_sort(running_out.begin(), running_out.end(), [&](std::size_t a, std::size_t b) {
            const auto& na = plan_.nodes[a];
            const auto& nb = plan_.nodes[b];
            if (na.exhausts_on != nb.exhausts_on) return na.exhausts_on < nb.exhausts_on;
            return na.projected_utilization.value_or(0) > nb.projected_utilization.value_or(0);
        });
        auto ctx = gis::geos_context();
        for (std::size_t rank = 0; rank < running_out.size(); ++rank) {
            const std::size_t n = running_out[rank];
            exhausting.features.push_back({network_.geometries[n].get(), 0});
            // Only the first few are named: the table of the report lists them all.
            if (int(rank) >= kNamedNodes) continue;
            gis::GeosGeometry inside(GEOSPointOnSurface_r(ctx, network_.geometries[n].get()));
            double x = 0, y = 0;
            if (!inside || !GEOSGeomGetX_r(ctx, inside.get(), &x) || !GEOSGeomGetY_r(ctx, inside.get(), &y)) continue;
            carto::Label label;
            label.x = x;
            label.y = y;
            const bool full = plan_.nodes[n].utilization.value_or(0) >= 1.0;
            label.text = qs(network_.ids[n]) + " · " + (full ? tr_text("Map", "full") : human_month(plan_.nodes[n].exhausts_on));
            label.priority = 2'000'000 - int(rank);
            map_.labels.push_back(label);
        }
        map_.layers.push_back(std::move(exhausting));

        LegendSection section;
        section.title = tr_text("Map", "Utilisation of live nodes (ports used / capacity)");
        for (std::size_t c = breaks.size(); c-- > 0;) {
            LegendEntry entry;
            entry.style = {colours[c], Qt::transparent, 0, Qt::SolidLine};
            entry.text = names[c] + "  (" + count_text(per_class[c], "node", "nodes") + ")";
            section.entries.push_back(entry);
        }
        if (per_class.back() > 0) {
            LegendEntry entry;
            entry.style = {kNoData, Qt::transparent, 0, Qt::SolidLine};
            entry.text = tr_text("Map", "capacity unknown  (%1)").arg(count_text(per_class.back(), "node", "nodes"));
            section.entries.push_back(entry);
        }
        LegendEntry runs_out;
        runs_out.swatch = LegendEntry::Swatch::Line;
        runs_out.style = exhausting_style;
        runs_out.text = tr_text("Map", "Runs out of ports within %1 months (%2; the first %3 named with the month)")
                            .arg(plan_.horizon_months)
                            .arg(count_text(long(running_out.size()), "node", "nodes"))
                            .arg(std::min<std::size_t>(running_out.size(), kNamedNodes));
        section.entries.push_back(runs_out);
        section.entries.push_back(zone_boundary_entry());
        section.note = tr_text("Map", "Run-out month: ports used plus the activation trend and the open leads expected to convert.");
        map_.legend.push_back(section);
        zone_labels({});
        return tr_text("Map", "%1 of %2 live nodes run out of ports within %3 months")
            .arg(running_out.size())
            .arg(order.size())
            .arg(plan_.horizon_months);
    }

    QString sla() {
        const double target = plan_.sla.target;
        const std::vector<QColor> colours = {QColor(0x45, 0x75, 0xb4), QColor(0xfe, 0xe0, 0x90), QColor(0xfd, 0xae, 0x61),
                                             QColor(0xf4, 0x6d, 0x43), QColor(0xd7, 0x30, 0x27)};
        const std::vector<QString> names = {tr_text("Map", "on target (%1 or more)").arg(qs(i18n::percent_text(target, 0))),
                                            tr_text("Map", "up to 2 points below"), tr_text("Map", "2 – 5 points below"),
                                            tr_text("Map", "5 – 10 points below"), tr_text("Map", "more than 10 points below")};
        auto class_of_rate = [&](double rate) -> std::size_t {
            const double below = (target - rate) * 100;
            if (below <= 1e-9) return 0;
            if (below <= 2) return 1;
            if (below <= 5) return 2;
            if (below <= 10) return 3;
            return 4;
        };
        AreaLayer zones{"Zones", {}, {}};
        for (const QColor& c : colours) zones.styles.push_back(zone_fill(c));
        zones.styles.push_back(zone_fill(kNoData));
        std::vector<long long> per_class(colours.size() + 1, 0);
        std::vector<QString> suffix(data_.zones.size());
        for (std::size_t z = 0; z < data_.zones.size(); ++z) {
            const auto rate = z < plan_.zones.size() ? plan_.zones[z].on_time_rate : std::nullopt;
            const std::size_t c = rate ? class_of_rate(*rate) : colours.size();
            zones.features.push_back({data_.zones.geometries[z].get(), std::uint16_t(c)});
            ++per_class[c];
            if (rate) suffix[z] = qs(i18n::percent_text(*rate, 0));
        }
        map_.layers.push_back(std::move(zones));
        LegendSection section;
        section.title = tr_text("Map", "Installations on time, by zone");
        for (std::size_t c = 0; c < colours.size(); ++c) {
            LegendEntry entry;
            entry.style = zone_fill(colours[c]);
            entry.text = names[c] + "  (" + count_text(per_class[c], "zone", "zones") + ")";
            section.entries.push_back(entry);
        }
        LegendEntry none;
        none.style = zone_fill(kNoData);
        none.text = tr_text("Map", "no installation assessed  (%1)").arg(count_text(per_class.back(), "zone", "zones"));
        section.entries.push_back(none);
        section.note = tr_text("Map", "On-time rate: orders installed by their due date, over orders installed or overdue. "
                                      "Target %1.")
                           .arg(qs(i18n::percent_text(target, 0)));
        map_.legend.push_back(section);
        zone_labels({}, suffix);
        const auto total = plan_.sla.total.on_time_rate();
        return total ? tr_text("Map", "on time %1 of %2 against a target of %3")
                           .arg(qs(i18n::percent_text(*total, 1)),
                                count_text(plan_.sla.total.assessed(), "installation", "installations"),
                                qs(i18n::percent_text(target, 0)))
                     : tr_text("Map", "no installation orders assessed yet");
    }

    /// Zones by rank moves since a snapshot: orange climbed the ranking
    /// (nearer 1), purple fell (ColorBrewer PuOr, colour-blind safe).
    QString change() {
        if (!request_.since)
            throw InputError("the change map compares the plan with a snapshot: none was given (take one with "
                             "`coverplan snapshot`)");
        const planner::RankingKind kind = request_.ranking;
        planner::Snapshot now;
        now.as_of = as_of_;
        now.zones = planner::zone_records(data_, plan_);
        const planner::SnapshotChanges changes = planner::compare_snapshots(*request_.since, now, request_.top);
        const std::vector<QColor> colours = {QColor(0xb3, 0x58, 0x06), QColor(0xf1, 0xa3, 0x40), QColor(0xfe, 0xe0, 0xb6),
                                             QColor(0xf7, 0xf7, 0xf7), QColor(0xd8, 0xda, 0xeb), QColor(0x99, 0x8e, 0xc3),
                                             QColor(0x54, 0x27, 0x88)};
        const std::vector<QString> names = {tr_text("Map", "up 10+ places"), tr_text("Map", "up 3 – 9"),
                                            tr_text("Map", "up 1 – 2"),      tr_text("Map", "unchanged"),
                                            tr_text("Map", "down 1 – 2"),    tr_text("Map", "down 3 – 9"),
                                            tr_text("Map", "down 10+ places")};
        auto class_of_change = [](std::int32_t up) -> std::size_t {
            if (up >= 10) return 0;
            if (up >= 3) return 1;
            if (up >= 1) return 2;
            if (up == 0) return 3;
            if (up >= -2) return 4;
            if (up >= -9) return 5;
            return 6;
        };
        std::map<std::string, std::optional<std::int32_t>> moved;
        for (const auto& move : changes.of(kind).zones) moved[move.zone_id] = move.change();
        AreaLayer zones{"Zones", {}, {}};
        for (const QColor& c : colours) zones.styles.push_back(zone_fill(c));
        zones.styles.push_back(zone_fill(kNoData));
        std::vector<long long> per_class(colours.size() + 1, 0);
        std::vector<std::int32_t> ranks(data_.zones.size(), 0);
        std::vector<QString> suffix(data_.zones.size());
        std::map<std::string, std::size_t> zone_index;
        for (std::size_t z = 0; z < data_.zones.size(); ++z) {
            zone_index[data_.zones.ids[z]] = z;
            const auto it = moved.find(data_.zones.ids[z]);
            const std::size_t c = it != moved.end() && it->second ? class_of_change(*it->second) : colours.size();
            zones.features.push_back({data_.zones.geometries[z].get(), std::uint16_t(c)});
            ++per_class[c];
            ranks[z] = plan_.scores(kind)[z].rank;
        }
        map_.layers.push_back(std::move(zones));
        for (const auto& move : changes.of(kind).entered_top)
            if (auto it = zone_index.find(move.zone_id); it != zone_index.end()) suffix[it->second] = tr_text("Map", "(new)");
        const AreaStyle left_style{Qt::transparent, QColor(0x11, 0x11, 0x11), 0.6, Qt::DashLine};
        AreaLayer left{"Left the top", {left_style}, {}};
        for (const auto& move : changes.of(kind).left_top)
            if (auto it = zone_index.find(move.zone_id); it != zone_index.end()) {
                left.features.push_back({data_.zones.geometries[it->second].get(), 0});
                suffix[it->second] = tr_text("Map", "(was %1)").arg(move.before);
            }
        map_.layers.push_back(std::move(left));

        const QString since = human_date(request_.since->as_of);
        const bool investment = kind == planner::RankingKind::Investment;
        LegendSection section;
        section.title = (investment ? tr_text("Map", "Rank in the investment ranking since %1")
                                    : tr_text("Map", "Rank in the sales ranking since %1"))
                            .arg(since);
        for (std::size_t c = 0; c < colours.size(); ++c) {
            LegendEntry entry;
            entry.style = zone_fill(colours[c]);
            entry.text = names[c] + "  (" + count_text(per_class[c], "zone", "zones") + ")";
            section.entries.push_back(entry);
        }
        if (per_class.back() > 0) {
            LegendEntry entry;
            entry.style = zone_fill(kNoData);
            entry.text = tr_text("Map", "not in the snapshot  (%1)").arg(count_text(per_class.back(), "zone", "zones"));
            section.entries.push_back(entry);
        }
        section.note = (investment ? tr_text("Map", "Up: nearer rank 1, more to invest in than on %1.")
                                   : tr_text("Map", "Up: nearer rank 1, more to sell than on %1."))
                           .arg(since);
        map_.legend.push_back(section);
        LegendSection top;
        top.title = tr_text("Map", "Top %1").arg(request_.top);
        LegendEntry badge;
        badge.swatch = LegendEntry::Swatch::Badge;
        badge.text = tr_text("Map", "Rank now; (new): entered the top %1 since %2 (%3)")
                         .arg(request_.top)
                         .arg(since)
                         .arg(changes.of(kind).entered_top.size());
        top.entries.push_back(badge);
        LegendEntry out;
        out.swatch = LegendEntry::Swatch::Line;
        out.style = left_style;
        out.text = tr_text("Map", "Left the top %1 (%2), with the rank it had")
                       .arg(request_.top)
                       .arg(changes.of(kind).left_top.size());
        top.entries.push_back(out);
        map_.legend.push_back(top);
        zone_labels(ranks, suffix);
        return (investment ? tr_text("Map", "investment rank moves since the snapshot of %1")
                           : tr_text("Map", "sales rank moves since the snapshot of %1"))
            .arg(since);
    }

    const Dataset& data_;
    const planner::Nodes& network_;
    const Plan& plan_;
    const MapRequest& request_;
    MapDescription map_;
    std::vector<LabelPoint> label_points_;
    planner::Day as_of_ = planner::kNoDay;
};

}  // namespace

const char* to_string(Theme theme) {
    switch (theme) {
        case Theme::Investment: return "investment";
        case Theme::Sales: return "sales";
        case Theme::Coverage: return "coverage";
        case Theme::Utilization: return "utilization";
        case Theme::Sla: return "sla";
        case Theme::Change: return "change";
        case Theme::Complaints: return "complaints";
    }
    return "investment";
}

std::optional<Theme> theme_named(const std::string& name) {
    for (Theme theme :
         {Theme::Investment, Theme::Sales, Theme::Coverage, Theme::Utilization, Theme::Sla, Theme::Change, Theme::Complaints})
        if (name == to_string(theme)) return theme;
    return std::nullopt;
}

std::string theme_names() { return "investment|sales|coverage|utilization|sla|change|complaints"; }

QString theme_title(Theme theme) {
    switch (theme) {
        case Theme::Investment: return tr_text("Map", "Where to invest: zones by investment priority");
        case Theme::Sales: return tr_text("Map", "Where to sell: zones by sales focus");
        case Theme::Coverage: return tr_text("Map", "Network coverage and the demand it cannot serve");
        case Theme::Utilization: return tr_text("Map", "Node utilisation and ports running out");
        case Theme::Sla: return tr_text("Map", "Installations on time, by zone");
        case Theme::Change: return tr_text("Map", "What moved: zones by rank change since the last snapshot");
        case Theme::Complaints: return tr_text("Map", "Complaints and the network: by zone and by node");
    }
    return {};
}

carto::MapDescription describe_map(const MapSource& source, const MapRequest& request) {
    if (source.plan.nodes.size() != source.network.size())
        throw Error("describe_map: the plan was not built on this network (" + std::to_string(source.plan.nodes.size()) +
                    " node models, " + std::to_string(source.network.size()) + " nodes)");
    return ThemeBuilder(source, request).build();
}

carto::MapDescription describe_map(const Dataset& data, const Plan& plan, const MapRequest& request) {
    return describe_map(MapSource{data, data.nodes, plan}, request);
}

}  // namespace coverplan::maps
