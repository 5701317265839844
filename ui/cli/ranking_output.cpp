#include "ui/cli/ranking_output.h"

#include <nlohmann/json.hpp>

#include <cmath>
#include <ostream>
#include <set>

#include "planner/number_text.h"
#include "planner/reason_text.h"
#include "planner/zone_kinds.h"
#include "ui/cli/reader_text.h"
#include "ui/cli/text_table.h"
#include "ui/cli/zone_kind_output.h"
#include "ui/export/ranking_json.h"
#include "ui/export/workbook_info.h"
#include "ui/export/zone_table.h"
#include "ui/maps/layer_styles.h"
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

namespace {

/// Two decimals: English as printf writes them (no grouping), Vietnamese "1.234,50".
std::string decimal_text(double value) {
    if (i18n::language() == i18n::Language::Vietnamese) return i18n::decimal_text(value, 2);
    char text[64];
    std::snprintf(text, sizeof text, "%.2f", value);
    return text;
}

}  // namespace

void print_ranking_method(std::ostream& out, const planner::Dataset& data, const planner::Plan& plan,
                          RankingKind kind) {
    using i18n::fill;
    using i18n::percent_text;
    using i18n::tr_utf8;
    const planner::Project& project = data.project;
    const auto& components = planner::ranking_components(kind);
    const auto& weights = plan.weights.of(kind);
    std::string terms;
    double total = 0;
    for (std::size_t c = 0; c < 4; ++c) {
        terms += (c ? " + " : "") + decimal_text(weights[c]) + " × " + components[c].key;
        total += weights[c];
    }
    out << tr_utf8("Explain", "Method (docs/scoring.md)") << "\n  "
        << fill(tr_utf8("Explain", "score = (%1) / %2"), {terms, decimal_text(total)}) << "\n  "
        << (kind == RankingKind::Sales
                ? tr_utf8("Explain", "each component is scaled 0..1 by its largest value over the zones (quality is a rate already); largest:")
                : tr_utf8("Explain", "each component is scaled 0..1 by its largest value over the zones; largest:"))
        << "\n";
    const auto& scores = plan.scores(kind);
    for (std::size_t c = 0; c < 4; ++c) {
        double largest = 0;
        for (const auto& s : scores) largest = std::max(largest, s.raw[c]);
        char key[32];
        std::snprintf(key, sizeof key, "%-20s", components[c].key);
        out << "    " << key << " " << decimal_text(largest) << "\n";
    }
    if (kind == RankingKind::Investment) {
        out << "  "
            << fill(tr_utf8("Explain", "complaints counted: %1"),
                    {i18n::reader_complaints_counted(planner::complaints_counted(data, plan))})
            << "\n";
        std::string nodes;
        const std::vector<std::size_t> complained = planner::most_complained_nodes(data, plan);
        for (std::size_t i = 0; i < std::min<std::size_t>(5, complained.size()); ++i)
            nodes += (nodes.empty() ? "" : ", ") + data.nodes.ids[complained[i]] + " " +
                     i18n::count_text(plan.complaints->recent_of_node(complained[i]));
        if (!nodes.empty()) {
            const std::string share = percent_text(planner::kConcentratedShare, 0),
                              minimum = i18n::count_text(planner::kConcentratedMinimum);
            out << "  " << fill(tr_utf8("Explain", "most complained-about live nodes (recent complaints): %1"), {nodes})
                << "\n  "
                << (plan.complaints->by_technology
                        ? fill(tr_utf8("Explain", "a zone's reason names the node holding at least %1 (and %2 or more) of its recent complaints"),
                               {share, minimum})
                        : fill(tr_utf8("Explain", "a zone's reason names the node holding at least %1 (and %2 or more) of its recent complaints when the complaints carry a technology (this project's do not)"),
                               {share, minimum}))
                << "\n";
        }
    }
    const auto& f = project.forecast;
    out << "  "
        << fill(tr_utf8("Explain", "forecast: damped trend (damping %1) of monthly activations"),
                {f.damping < 0 ? tr_utf8("Explain", "fitted per series") : percent_text(f.damping, 0)});
    if (plan.overlay.months.count > 0)
        out << fill(tr_utf8("Explain", " over %1 months (%2 to %3)"),
                    {std::to_string(plan.overlay.months.count), month_text(plan.overlay.months.first),
                     month_text(plan.overlay.months.last())});
    std::string rates;
    for (const auto& [status, rate] : f.conversion) rates += (rates.empty() ? "" : ", ") + status + " " + percent_text(rate, 0);
    out << fill(tr_utf8("Explain", ", plus open leads × conversion (%1, other %2), over %3 months"),
                {rates, percent_text(f.default_conversion, 0), std::to_string(plan.horizon_months)})
        << "\n";
    const auto& b = plan.backtest;
    if (b.assessed()) {
        out << "  "
            << fill(tr_utf8("Explain", "forecast accuracy: hiding the last %1 months and forecasting them, the project's monthly activations are off by %2 on average (MAPE); zone totals by %3 (WAPE; repeating the last quarter: %4)"),
                    {std::to_string(b.hidden_months), percent_text(b.project_mape, 1), percent_text(b.zone_wape, 1),
                     percent_text(b.naive_zone_wape, 1)})
            << "\n\n";
    } else {
        const auto subscribers = project.layers.find("subscribers");
        const bool dated = subscribers != project.layers.end() && subscribers->second.maps("activated");
        out << "  "
            << fill(tr_utf8("Explain", "forecast accuracy: not assessed (%1)"),
                    {dated ? fill(tr_utf8("Explain", "needs %1 months of activation dates"), {std::to_string(f.backtest_months + 6)})
                           : tr_utf8("Explain", "the subscribers layer maps no `activated` date: no trend, only the lead pipeline")})
            << "\n\n";
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
    const std::string layer = exporting::zone_table_name(kind);
    exporting::write_tables({exporting::zone_table(data, plan, kind, only_kinds)}, target,
                            exporting::workbook_info(data, kind == RankingKind::Investment ? "Investment ranking" : "Sales ranking",
                                                     &plan, kind),
                            {maps::ranking_style(plan, kind, layer)});
}

}  // namespace coverplan::cli
