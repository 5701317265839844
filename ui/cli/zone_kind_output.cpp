#include "ui/cli/zone_kind_output.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <ostream>

#include "ui/cli/ranking_output.h"
#include "ui/cli/text_table.h"
#include "ui/i18n/language.h"
#include "ui/i18n/locale_text.h"

namespace coverplan::cli {

namespace {

std::string optional_percent(const std::optional<double>& share) {
    return share ? i18n::percent_text(*share) : std::string("–");
}

/// A kind's first zone in a ranking, "name (#rank)"; "–" for none.
std::string top_zone_text(const planner::Dataset& data, const planner::Plan& plan, planner::RankingKind ranking,
                          std::int32_t z) {
    if (z < 0) return "–";
    const std::string& name = data.zones.names[std::size_t(z)];
    return (name.empty() ? data.zones.ids[std::size_t(z)] : name) + " (#" +
           std::to_string(plan.scores(ranking)[std::size_t(z)].rank) + ")";
}

nlohmann::json zone_id_json(const planner::Dataset& data, std::int32_t z) {
    return z < 0 ? nlohmann::json(nullptr) : nlohmann::json(data.zones.ids[std::size_t(z)]);
}

nlohmann::json optional_json(const std::optional<double>& value) {
    return value ? nlohmann::json(*value) : nlohmann::json(nullptr);
}

std::vector<planner::ZoneKindFigures> chosen_figures(const planner::Dataset& data, const planner::Plan& plan,
                                                     std::span<const std::string> only_kinds) {
    std::vector<planner::ZoneKindFigures> figures = planner::summarise_by_zone_kind(data, plan);
    if (!only_kinds.empty())
        std::erase_if(figures, [&](const planner::ZoneKindFigures& f) {
            return std::find(only_kinds.begin(), only_kinds.end(), f.kind) == only_kinds.end();
        });
    return figures;
}

}  // namespace

std::string kinds_text(std::span<const std::string> kinds) {
    std::string text;
    for (const std::string& kind : kinds) text += (text.empty() ? "" : ", ") + i18n::kind_text(kind);
    return text;
}

std::vector<std::string> kind_option(const Arguments& args, const planner::Dataset& data) {
    std::vector<std::string> asked = args.values("--kind");
    if (asked.empty()) return {};
    if (!planner::maps_zone_kind(data))
        throw UsageError(i18n::tr_utf8(
            "Kind", "--kind: the project's zones have no kind (map the field that holds it: [layers.zones] kind = \"FIELD\")"));
    // The label the tables show for zones without a kind asks for them.
    for (std::string& text : asked)
        if (text == "(no kind)" || text == i18n::kind_text("")) text.clear();
    const planner::ZoneKindChoice choice = planner::choose_zone_kinds(data.zones, asked);
    const std::vector<std::string> kinds = planner::zone_kinds(data.zones);
    if (!choice.unknown.empty())
        throw UsageError(i18n::fill(i18n::tr_utf8("Kind", "--kind: no zone is of the kind '%1'; the project's kinds are %2"),
                                    {choice.unknown.front(), kinds_text(kinds)}));
    if (choice.kinds.empty())  // "(no kind)" in a project where every zone has one
        throw UsageError(i18n::fill(i18n::tr_utf8("Kind", "--kind: every zone has a kind; the project's kinds are %1"),
                                    {kinds_text(kinds)}));
    return choice.kinds;
}

bool group_by_kind(const Arguments& args) {
    const auto group = args.value("--group-by");
    if (!group) return false;
    if (*group != "kind") throw UsageError("--group-by takes 'kind', got '" + *group + "'");
    return true;
}

void print_kind_summary(std::ostream& out, const planner::Dataset& data, const planner::Plan& plan,
                        planner::RankingKind ranking, std::span<const std::string> only_kinds, std::size_t top) {
    const std::vector<planner::ZoneKindFigures> figures = chosen_figures(data, plan, only_kinds);
    out << i18n::fill(i18n::tr_utf8("Kind", "Demand by kind of zone, %1, as of %2"),
                      {data.project.name, i18n::date_text(data.project.as_of)})
        << "\n\n";
    const std::string horizon = i18n::fill(i18n::tr_utf8("Kind", "in %1 months"), {std::to_string(plan.horizon_months)});
    TextTable table({i18n::tr_utf8("Kind", "kind"), i18n::tr_utf8("Kind", "zones"), i18n::tr_utf8("Kind", "subscribers"),
                     i18n::tr_utf8("Kind", "penetration"), i18n::tr_utf8("Kind", "open leads"),
                     i18n::tr_utf8("Kind", "servable now"), i18n::tr_utf8("Kind", "cannot be served"), horizon,
                     i18n::tr_utf8("Kind", "spare ports"), i18n::tr_utf8("Kind", "invest first"),
                     i18n::tr_utf8("Kind", "sell first")},
                    {false, true, true, true, true, true, true, true, true, false, false});
    for (const auto& f : figures) {
        const std::string growth = "+" + i18n::count_text(std::llround(f.forecast_additions)) +
                                   (f.growth ? " (" + i18n::percent_text(*f.growth) + ")" : std::string());
        table.add({i18n::kind_text(f.kind), i18n::count_text(f.zones), i18n::count_text(f.subscribers),
                   optional_percent(f.penetration), i18n::count_text(f.leads_open), i18n::count_text(f.leads_servable),
                   i18n::count_text(f.leads_unserved), growth, i18n::count_text(std::llround(f.spare_ports)),
                   top_zone_text(data, plan, planner::RankingKind::Investment, f.top_investment),
                   top_zone_text(data, plan, planner::RankingKind::Sales, f.top_sales)});
    }
    out << table.render()
        << i18n::tr_utf8("Kind", "Spare ports: each live node reaching a zone of the kind counted once. Points outside "
                                 "every zone belong to no kind.")
        << "\n";
    for (const auto& f : figures) {
        out << "\n";
        const std::string kind[] = {f.kind};
        print_top(out, data, plan, ranking, top, kind);
    }
}

nlohmann::json kind_summary_json(const planner::Dataset& data, const planner::Plan& plan,
                                 std::span<const std::string> only_kinds) {
    nlohmann::json kinds = nlohmann::json::array();
    for (const auto& f : chosen_figures(data, plan, only_kinds))
        kinds.push_back({{"kind", f.kind},
                         {"zones", f.zones},
                         {"subscribers", f.subscribers},
                         {"households", f.households},
                         {"penetration", optional_json(f.penetration)},
                         {"leads_open", f.leads_open},
                         {"leads_servable", f.leads_servable},
                         {"leads_unserved", f.leads_unserved},
                         {"forecast_additions", f.forecast_additions},
                         {"growth", optional_json(f.growth)},
                         {"spare_ports", f.spare_ports},
                         {"top_investment", zone_id_json(data, f.top_investment)},
                         {"top_sales", zone_id_json(data, f.top_sales)}});
    return kinds;
}

}  // namespace coverplan::cli
