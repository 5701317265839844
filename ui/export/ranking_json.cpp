#include "ui/export/ranking_json.h"

#include "planner/reason_text.h"
#include "planner/zone_kinds.h"

namespace coverplan::exporting {

using planner::RankingKind;

namespace {

nlohmann::json optional_json(const std::optional<double>& value) {
    return value ? nlohmann::json(*value) : nlohmann::json(nullptr);
}

}  // namespace

nlohmann::json ranking_json(const planner::Dataset& data, const planner::Plan& plan, RankingKind kind,
                            std::size_t count, std::span<const std::string> only_kinds) {
    const auto& components = planner::ranking_components(kind);
    const auto& weights = plan.weights.of(kind);
    nlohmann::json weight_json;
    for (std::size_t c = 0; c < planner::kComponents; ++c) weight_json[components[c].key] = weights[c];
    nlohmann::json zones = nlohmann::json::array();
    const auto order = planner::zones_of_kinds(data.zones, plan.ranked(kind), only_kinds);
    const auto& scores = plan.scores(kind);
    const bool kinds_mapped = planner::maps_zone_kind(data);
    const std::vector<std::int32_t> kind_ranks =
        kinds_mapped ? planner::ranks_within_kind(data, plan, kind) : std::vector<std::int32_t>();
    for (std::size_t r = 0; r < std::min(count, order.size()); ++r) {
        const std::uint32_t z = order[r];
        const auto& score = scores[z];
        const auto& model = plan.zones[z];
        const auto& figures = plan.overlay.zones[z];
        nlohmann::json component_json;
        for (std::size_t c = 0; c < planner::kComponents; ++c)
            component_json[components[c].key] = {{"raw", score.raw[c]}, {"normalised", score.normalised[c]}, {"weight", weights[c]}};
        zones.push_back({{"rank", score.rank},
                         {"zone_id", data.zones.ids[z]},
                         {"zone_name", data.zones.names[z]},
                         {"team", data.zones.teams[z]},
                         {"kind", data.zones.kind_of(z)},
                         {"score", score.score},
                         {"reasons", planner::reasons_text(kind, score)},
                         {"components", component_json},
                         {"subscribers", figures.counts.subscribers},
                         {"leads_open", figures.counts.leads_open},
                         {"spare_capacity", figures.spare_capacity},
                         {"penetration", optional_json(model.penetration)},
                         {"complaints_recent", model.complaints_recent},
                         {"complaints_per_1000", optional_json(model.complaints_per_1000)},
                         {"complaint_node", model.complaint_node < 0 || std::size_t(model.complaint_node) >= data.nodes.size()
                                                ? nlohmann::json(nullptr)
                                                : nlohmann::json(data.nodes.ids[std::size_t(model.complaint_node)])},
                         {"growth", optional_json(model.growth)},
                         {"forecast_additions", model.forecast_additions},
                         {"on_time_rate", optional_json(model.on_time_rate)},
                         {"exhausting_nodes", model.exhausting_nodes}});
        if (kinds_mapped) zones.back()["kind_rank"] = kind_ranks[z];
    }
    const auto& b = plan.backtest;
    nlohmann::json out = {{"ranking", planner::to_string(kind)},
            {"project", data.project.name},
            {"as_of", data.project.as_of},
            {"weights", weight_json},
            {"zone_count", order.size()},
            {"forecast_backtest",
             b.assessed() ? nlohmann::json{{"hidden_months", b.hidden_months},
                                           {"project_mape", b.project_mape},
                                           {"zone_wape", b.zone_wape},
                                           {"naive_zone_wape", b.naive_zone_wape}}
                          : nlohmann::json(nullptr)},
            {"zones", zones}};
    if (!only_kinds.empty()) out["kinds"] = std::vector<std::string>(only_kinds.begin(), only_kinds.end());
    return out;
}

}  // namespace coverplan::exporting
