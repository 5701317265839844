#include "ui/cli/ranking_output.h"

#include <nlohmann/json.hpp>

#include <cmath>
#include <ostream>
#include <set>

#include "planner/number_text.h"
#include "planner/reason_text.h"
#include "planner/zone_kinds.h"
#include "ui/cli/text_table.h"
#include "ui/cli/zone_kind_output.h"
#include "ui/export/ranking_json.h"
#include "ui/export/workbook_info.h"
#include "ui/export/zone_table.h"
#include "ui/i18n/language.h"
#include "ui/i18n/locale_text.h"
#include "ui/i18n/reason_words.h"

namespace coverplan::cli {

using planner::RankingKind;

planner::RankingKind ranking_kind(const Arguments& args) {
    const std::string name = args.value("--for").value_or("investment");
    if (name == "investment") return RankingKind::Investment;
    if (name == "sales") return RankingKind::Sales;
    throw UsageError("--for takes investment or sales, not '" + name + "'");
}

planner::WeightOverrides weight_overrides(const Arguments& args) {
    planner::WeightOverrides weights;
    for (const std::string& option : args.values("--weight")) {
        const auto equals = option.find('=');
        const std::string name = option.substr(0, equals);
        const auto component = planner::find_component(name);
        if (equals == std::string::npos || !component) {
            std::set<std::string> keys;  // alphabetical
            for (RankingKind kind : planner::kRankingKinds)
                for (const auto& c : planner::ranking_components(kind)) keys.insert(c.key);
            std::string names;
            for (const std::string& key : keys) names += (names.empty() ? "" : ", ") + key;
            throw UsageError("--weight takes NAME=W with NAME one of " + names + "; got '" + option + "'");
        }
        char* end = nullptr;
        const std::string text = option.substr(equals + 1);
        const double value = std::strtod(text.c_str(), &end);
        if (text.empty() || *end != '\0' || !(value >= 0) || !std::isfinite(value))
            throw UsageError("--weight " + name + " needs a number >= 0, not '" + text + "'");
        weights.of(component->kind)[component->index] = value;
    }
    return weights;
}

planner::RankingWeights weight_options(const Arguments& args, planner::RankingWeights weights) {
    return weight_overrides(args).applied_to(weights);
}

void print_ranking_method(std::ostream& out, const planner::Dataset& data, const planner::Plan& plan,
                          RankingKind kind) {
    const planner::Project& project = data.project;
    const auto& components = planner::ranking_components(kind);
    const auto& weights = plan.weights.of(kind);
    out << "Method (docs/scoring.md)\n  score = (";
    double total = 0;
    for (std::size_t c = 0; c < 4; ++c) {
        char term[96];
        std::snprintf(term, sizeof term, "%s%.2f × %s", c ? " + " : "", weights[c], components[c].key);
        out << term;
        total += weights[c];
    }
    char sum[32];
    std::snprintf(sum, sizeof sum, ") / %.2f", total);
    out << sum << "\n  each component is scaled 0..1 by its largest value over the zones";
    if (kind == RankingKind::Sales) out << " (quality is a rate already)";
    out << "; largest:\n";
    const auto& scores = plan.scores(kind);
    for (std::size_t c = 0; c < 4; ++c) {
        double largest = 0;
        for (const auto& s : scores) largest = std::max(largest, s.raw[c]);
        char line[128];
        std::snprintf(line, sizeof line, "    %-20s %.2f\n", components[c].key, largest);
        out << line;
    }
    if (kind == RankingKind::Investment) {
        out << "  complaints counted: " << planner::complaints_counted_text(data, plan) << "\n";
        const std::string nodes = planner::complained_nodes_text(data, plan, 5);
        if (!nodes.empty())
            out << "  most complained-about live nodes (recent complaints): " << nodes << "\n"
                << "  a zone's reason names the node holding at least "
                << planner::percent(planner::kConcentratedShare, 0) << " (and " << planner::kConcentratedMinimum
                << " or more) of its recent complaints"
                << (plan.complaints->by_technology ? "" : " when the complaints carry a technology (this project's do not)")
                << "\n";
    }
    const auto& f = project.forecast;
    out << "  forecast: damped trend (damping " << (f.damping < 0 ? std::string("fitted per series") : planner::percent(f.damping, 0))
        << ") of monthly activations";
    if (plan.overlay.months.count > 0)
        out << " over " << plan.overlay.months.count << " months (" << planner::format_month(plan.overlay.months.first)
            << " to " << planner::format_month(plan.overlay.months.last()) << ")";
    out << ", plus open leads × conversion (";
    std::string rates;
    for (const auto& [status, rate] : f.conversion) rates += (rates.empty() ? "" : ", ") + status + " " + planner::percent(rate, 0);
    out << rates << ", other " << planner::percent(f.default_conversion, 0) << "), over " << plan.horizon_months
        << " months\n";
    const auto& b = plan.backtest;
    if (b.assessed()) {
        out << "  forecast accuracy: hiding the last " << b.hidden_months << " months and forecasting them, the project's "
            << "monthly activations are off by " << planner::percent(b.project_mape) << " on average (MAPE); zone totals by "
            << planner::percent(b.zone_wape) << " (WAPE; repeating the last quarter: " << planner::percent(b.naive_zone_wape)
            << ")\n\n";
    } else {
        const auto subscribers = project.layers.find("subscribers");
        const bool dated = subscribers != project.layers.end() && subscribers->second.maps("activated");
        out << "  forecast accuracy: not assessed ("
            << (dated ? "needs " + std::to_string(f.backtest_months + 6) + " months of activation dates"
                      : std::string("the subscribers layer maps no `activated` date: no trend, only the lead pipeline"))
            << ")\n\n";
    }
}

void print_top(std::ostream& out, const planner::Dataset& data, const planner::Plan& plan, RankingKind kind,
               std::size_t count, std::span<const std::string> only_kinds) {
    const std::vector<std::uint32_t> order = planner::zones_of_kinds(data.zones, plan.ranked(kind), only_kinds);
    const std::size_t shown = count == 0 ? order.size() : std::min(order.size(), count);
    const auto& scores = plan.scores(kind);
    const std::string zones = i18n::count_text(static_cast<long long>(order.size()));
    const std::string as_of = i18n::date_text(data.project.as_of);
    out << (kind == RankingKind::Investment
                ? i18n::fill(i18n::tr_utf8("Ranking", "Capacity investment ranking of %1 zones, %2, as of %3"), {zones, data.project.name, as_of})
                : i18n::fill(i18n::tr_utf8("Ranking", "Sales focus ranking of %1 zones, %2, as of %3"), {zones, data.project.name, as_of}))
        << "\n";
    if (!only_kinds.empty())
        out << i18n::fill(i18n::tr_utf8("Ranking", "Only the zones of kind %1; ranks are in the whole project, \"in kind\" among the zones of the same kind"),
                          {kinds_text(only_kinds)})
            << "\n";
    out << "\n";
    // Kinds get their columns only in projects that map them, so a project
    // without kinds reads as before.
    const bool with_kinds = planner::maps_zone_kind(data);
    std::vector<std::string> header = {i18n::tr_utf8("Ranking", "rank"), i18n::tr_utf8("Ranking", "zone"), i18n::tr_utf8("Ranking", "name")};
    std::vector<bool> right = {true, false, false};
    if (with_kinds) {
        header.insert(header.end(), {i18n::tr_utf8("Ranking", "kind"), i18n::tr_utf8("Ranking", "in kind")});
        right.insert(right.end(), {false, true});
    }
    header.insert(header.end(), {i18n::tr_utf8("Ranking", "score"), i18n::tr_utf8("Ranking", "reasons")});
    right.insert(right.end(), {true, false});
    TextTable table(header, right);
    const std::vector<std::int32_t> kind_ranks =
        with_kinds ? planner::ranks_within_kind(data, plan, kind) : std::vector<std::int32_t>();
    for (std::size_t r = 0; r < shown; ++r) {
        const std::uint32_t z = order[r];
        std::vector<std::string> row = {std::to_string(scores[z].rank), data.zones.ids[z], data.zones.names[z]};
        if (with_kinds) row.insert(row.end(), {i18n::kind_text(data.zones.kind_of(z)), std::to_string(kind_ranks[z])});
        row.insert(row.end(), {i18n::decimal_text(scores[z].score, 3), i18n::reader_reasons(kind, scores[z].reasons)});
        table.add(std::move(row));
    }
    out << table.render();
    if (shown < order.size())
        out << i18n::fill(i18n::tr_utf8("Ranking", "(%1 more zones; --top 0 shows all)"),
                             {i18n::count_text(static_cast<long long>(order.size() - shown))})
            << "\n";
}

void write_ranking_file(const planner::Dataset& data, const planner::Plan& plan, RankingKind kind,
                        const std::string& target, std::span<const std::string> only_kinds) {
    exporting::write_tables({exporting::zone_table(data, plan, kind, only_kinds)}, target,
                            exporting::workbook_info(data, kind == RankingKind::Investment ? "Investment ranking" : "Sales ranking",
                                                     &plan, kind));
}

}  // namespace coverplan::cli
