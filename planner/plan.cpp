#include "planner/plan.h"

#include <algorithm>
#include <cmath>
#include <numeric>

#include "gis/error.h"
#include "gis/number_format.h"
#include "gis/parallel.h"

namespace coverplan::planner {

namespace {

std::vector<double> as_series(const std::vector<std::int32_t>& counts) { return {counts.begin(), counts.end()}; }

std::vector<double> share_series(const std::vector<std::int64_t>& shares) {
    std::vector<double> series(shares.size());
    for (std::size_t m = 0; m < shares.size(); ++m) series[m] = double(shares[m]) / double(kShareUnit);
    return series;
}

double sum(const std::vector<double>& values) { return std::accumulate(values.begin(), values.end(), 0.0); }

/// Weighted open leads per zone and per node: the pipeline that adds to the
/// trend. A lead covered by k nodes of its technology adds 1/k to each.
/// Leads are counted per status in integers (node shares as in the overlay)
/// and weighted at the end, so sums do not depend on the leads' order.
struct Pipeline {
    std::vector<double> zones, nodes;
};

Pipeline lead_pipeline(const Dataset& data, const Nodes& nodes, const NetworkOverlay& overlay, const AddedLeads& added) {
    // The dataset's leads and those added since it was read, alike.
    auto each_open_lead = [&](const auto& visit) {
        for (const auto& [leads, placement] : {std::pair{&data.leads, &*overlay.leads}, std::pair{&added.points, &added.placement}})
            for (std::size_t i = 0; i < leads->size(); ++i)
                if (leads->open[i]) visit(*leads, *placement, i);
    };
    // Statuses are few: number them as met (a short linear search per lead).
    static const std::string kNoStatus;
    std::vector<std::string> statuses;
    std::vector<std::uint8_t> status_of;
    std::size_t last = 0;
    each_open_lead([&](const DemandPoints& leads, const PointPlacement&, std::size_t i) {
        const std::string& status = leads.category.empty() ? kNoStatus : leads.category[i];
        if (last >= statuses.size() || statuses[last] != status) {
            last = std::size_t(std::find(statuses.begin(), statuses.end(), status) - statuses.begin());
            if (last == statuses.size()) {
                if (statuses.size() == 255) throw InputError("more than 255 distinct open lead statuses");
                statuses.push_back(status);
            }
        }
        status_of.push_back(std::uint8_t(last));
    });
    const std::size_t status_count = statuses.size();
    std::vector<std::int64_t> zone_counts(data.zones.size() * status_count), node_shares(nodes.size() * status_count);
    std::size_t open = 0;
    each_open_lead([&](const DemandPoints& leads, const PointPlacement& placement, std::size_t i) {
        const std::size_t s = status_of[open++];
        if (placement.zone[i] >= 0) ++zone_counts[std::size_t(placement.zone[i]) * status_count + s];
        const TechIndex tech = leads.technology.empty() ? kAnyTechnology : leads.technology[i];
        const auto& covering = placement.covering[i];
        const auto serving = std::count_if(covering.begin(), covering.end(), [&](std::uint32_t n) { return serves(nodes, n, tech); });
        for (std::uint32_t n : covering)
            if (serves(nodes, n, tech)) node_shares[n * status_count + s] += kShareUnit / serving;
    });
    std::vector<double> rates(status_count);
    for (std::size_t s = 0; s < status_count; ++s) {
        auto it = data.project.forecast.conversion.find(statuses[s]);
        rates[s] = it == data.project.forecast.conversion.end() ? data.project.forecast.default_conversion : it->second;
    }
    // Summed in alphabetical order of status, whatever order the leads came in.
    std::vector<std::size_t> by_name(status_count);
    std::iota(by_name.begin(), by_name.end(), std::size_t(0));
    std::sort(by_name.begin(), by_name.end(), [&](std::size_t a, std::size_t b) { return statuses[a] < statuses[b]; });
    Pipeline pipeline{std::vector<double>(data.zones.size()), std::vector<double>(nodes.size())};
    for (std::size_t z = 0; z < data.zones.size(); ++z)
        for (std::size_t s : by_name) pipeline.zones[z] += rates[s] * double(zone_counts[z * status_count + s]);
    for (std::size_t n = 0; n < nodes.size(); ++n)
        for (std::size_t s : by_name)
            pipeline.nodes[n] += rates[s] * double(node_shares[n * status_count + s]) / double(kShareUnit);
    return pipeline;
}

NodeModel model_node(const Dataset& data, const Nodes& nodes, const NetworkOverlay& overlay, std::size_t n,
                     double pipeline, Day as_of) {
    const Project& project = data.project;
    NodeModel model;
    const std::vector<double> trend =
        damped_trend_forecast(share_series(overlay.nodes[n].activation_shares), project.horizon_months, project.forecast.damping);
    model.forecast_additions = sum(trend) + pipeline;
    const auto capacity = nodes.capacity[n];
    const auto used = nodes.used[n];
    if (!capacity || !used || *capacity <= 0) return model;
    model.utilization = *used / *capacity;
    model.projected_utilization = (*used + model.forecast_additions) / *capacity;
    // The pipeline is spread evenly over the horizon; the month in which
    // cumulative demand reaches capacity is when the node runs out.
    double demand = *used;
    if (demand >= *capacity) {
        model.exhausts_on = as_of;
        return model;
    }
    const int first_month = overlay.months.first + overlay.months.count;  // the as_of month
    for (int h = 0; h < project.horizon_months; ++h) {
        demand += trend[std::size_t(h)] + pipeline / project.horizon_months;
        if (demand >= *capacity) {
            model.exhausts_on = std::max(as_of, first_day_of_month(first_month + h));
            break;
        }
    }
    return model;
}

ZoneModel model_zone(const Dataset& data, const Nodes& network, const NetworkOverlay& overlay,
                     const std::vector<NodeModel>& nodes, std::size_t z, double pipeline,
                     const ComplaintFigures& complaints) {
    const Project& project = data.project;
    const ZoneFigures& figures = overlay.zones[z];
    const ZoneCounts& counts = figures.counts;
    ZoneModel model;
    if (auto households = data.zones.households[z]; households && *households > 0) {
        model.penetration = double(counts.subscribers) / double(*households);
        model.untapped_households = std::max<std::int64_t>(0, *households - counts.subscribers);
    }
    model.complaints_recent = z < complaints.zone_recent.size() ? complaints.zone_recent[z] : 0;
    if (counts.subscribers > 0)
        model.complaints_per_1000 = 1000.0 * double(model.complaints_recent) / double(counts.subscribers);
    model.complaint_node = complaints.concentrated_node(z);
    if (model.complaint_node >= 0) model.complaint_node_recent = complaints.zone_node_recent[z];

    const std::vector<double> series = as_series(figures.activations);
    const std::size_t window = std::size_t(project.scoring.growth_window_months);
    if (series.size() >= 2 * window) {
        const double recent = std::accumulate(series.end() - long(window), series.end(), 0.0);
        const double before = std::accumulate(series.end() - long(2 * window), series.end() - long(window), 0.0);
        if (before > 0) model.growth = recent / before - 1.0;
    }
    const double trend = sum(damped_trend_forecast(series, project.horizon_months, project.forecast.damping));
    model.forecast_additions = trend + pipeline;

    for (std::uint32_t n : figures.nodes)
        if (network.status[n] == NodeStatus::Live && nodes[n].projected_utilization &&
            *nodes[n].projected_utilization >= project.scoring.exhaustion_threshold)
            ++model.exhausting_nodes;

    const auto& by_status = counts.leads_by_status;
    model.unserved_leads = by_status[std::size_t(Serviceability::Full)] + by_status[std::size_t(Serviceability::NotCovered)];
    const double headroom = std::max(0.0, figures.spare_capacity - double(by_status[std::size_t(Serviceability::Available)]));
    model.forecast_beyond_spare = std::max(0.0, trend - headroom);
    model.unserved_demand = double(model.unserved_leads) + model.forecast_beyond_spare;
    return model;
}

// --- rankings ---------------------------------------------------------------

/// One component as a reason, with the figures a sentence needs; nothing
/// when there is nothing to say (no unserved leads and no forecast beyond
/// the spare ports).
std::optional<Reason> reason_for(RankingKind kind, std::size_t component, const ZoneScore& score,
                                 const ZoneModel& model, const Dataset& data, int horizon_months) {
    const Project& project = data.project;
    Reason reason;
    reason.component = component;
    reason.figure = score.raw[component];
    if (kind == RankingKind::Investment) {
        switch (component) {
            case 0:
                if (model.unserved_leads <= 0 && model.forecast_beyond_spare < 0.5) return std::nullopt;
                reason.figure = double(model.unserved_leads);
                reason.forecast_beyond_spare = model.forecast_beyond_spare;
                break;
            case 1:
                reason.threshold = project.scoring.exhaustion_threshold;
                reason.months = horizon_months;
                break;
            case 2:
                if (model.complaint_node >= 0 && std::size_t(model.complaint_node) < data.nodes.size() &&
                    model.complaints_recent > 0) {
                    reason.node = data.nodes.ids[std::size_t(model.complaint_node)];
                    reason.node_share = double(model.complaint_node_recent) / double(model.complaints_recent);
                }
                break;
            case 3: reason.months = project.scoring.growth_window_months; break;
            default: break;
        }
    } else if (component == 3) {
        reason.project_rate = !model.on_time_rate;
    }
    return reason;
}

/// Recent complaints per 1,000 subscribers over the zones together.
double complaints_average(const std::vector<ZoneModel>& zones, const NetworkOverlay& overlay) {
    double complaints = 0, subscribers = 0;
    for (std::size_t z = 0; z < zones.size() && z < overlay.zones.size(); ++z) {
        complaints += double(zones[z].complaints_recent);
        subscribers += double(overlay.zones[z].counts.subscribers);
    }
    return subscribers > 0 ? 1000.0 * complaints / subscribers : 0.0;
}

/// Raw components of every zone for one ranking.
std::vector<std::array<double, kComponents>> raw_components(RankingKind kind, const std::vector<ZoneModel>& zones,
                                                  const NetworkOverlay& overlay) {
    std::vector<std::array<double, kComponents>> raw(zones.size());
    if (kind == RankingKind::Investment) {
        // Complaints relative to the project: recent complaints per subscriber
        // over all zones together.
        const double average = complaints_average(zones, overlay);
        for (std::size_t z = 0; z < zones.size(); ++z) {
            const ZoneModel& m = zones[z];
            const double ratio = average > 0 && m.complaints_per_1000 ? *m.complaints_per_1000 / average : 0.0;
            raw[z] = {m.unserved_demand, double(m.exhausting_nodes), ratio, m.growth.value_or(0.0)};
        }
        return raw;
    }
    // Zones without assessed installations take the project's on-time rate.
    double on_time = 0, assessed = 0;
    for (const ZoneModel& m : zones)
        if (m.on_time_rate) {
            on_time += *m.on_time_rate * double(m.installations_assessed);
            assessed += double(m.installations_assessed);
        }
    // Without any assessed installation quality says nothing: 0 for all.
    const double project_rate = assessed > 0 ? on_time / assessed : 0.0;
    for (std::size_t z = 0; z < zones.size(); ++z) {
        const ZoneModel& m = zones[z];
        const ZoneFigures& f = overlay.zones[z];
        raw[z] = {f.spare_capacity, double(m.untapped_households),
                  double(f.counts.leads_by_status[std::size_t(Serviceability::Available)]),
                  m.on_time_rate.value_or(project_rate)};
    }
    return raw;
}

std::vector<ZoneScore> score_zones(RankingKind kind, const Weights& weights, const Dataset& data,
                                   const std::vector<ZoneModel>& zones, const NetworkOverlay& overlay,
                                   int horizon_months) {
    std::vector<ZoneScore> scores(zones.size());
    const auto raw = raw_components(kind, zones, overlay);
    // Each component is scaled by its largest value over the zones, so the
    // zone that leads a component scores 1 on it; negative values (falling
    // activations) score 0. Sales quality is a rate already on 0..1.
    // Complaints count only above the project average (ratio above 1): an
    // average zone has no complaint problem to invest in.
    const auto& components = ranking_components(kind);
    auto scaled_input = [&](std::size_t z, std::size_t c) {
        const double value = raw[z][c] - (components[c].scaling == Scaling::AboveOneByLargest ? 1.0 : 0.0);
        return std::max(0.0, value);
    };
    std::array<double, kComponents> largest{};
    for (std::size_t z = 0; z < raw.size(); ++z)
        for (std::size_t c = 0; c < kComponents; ++c) largest[c] = std::max(largest[c], scaled_input(z, c));
    const double weight_sum = std::accumulate(weights.begin(), weights.end(), 0.0);
    for (std::size_t z = 0; z < zones.size(); ++z) {
        ZoneScore& score = scores[z];
        score.raw = raw[z];
        double total = 0;
        for (std::size_t c = 0; c < kComponents; ++c) {
            const double value = scaled_input(z, c);
            score.normalised[c] = components[c].scaling == Scaling::Rate ? std::min(1.0, value)
                                  : largest[c] > 0             ? value / largest[c]
                                                               : 0.0;
            total += weights[c] * score.normalised[c];
        }
        score.score = weight_sum > 0 ? total / weight_sum : 0.0;
    }
    std::vector<std::uint32_t> order(zones.size());
    std::iota(order.begin(), order.end(), 0u);
    // Zones are sorted by id, so the index breaks ties by zone id.
    std::stable_sort(order.begin(), order.end(),
                     [&](std::uint32_t a, std::uint32_t b) { return scores[a].score > scores[b].score; });
    for (std::size_t r = 0; r < order.size(); ++r) scores[order[r]].rank = std::int32_t(r + 1);

    for (std::size_t z = 0; z < zones.size(); ++z) {
        ZoneScore& score = scores[z];
        std::array<std::size_t, kComponents> by_weight{0, 1, 2, 3};
        std::array<double, kComponents> contribution{};
        for (std::size_t c = 0; c < kComponents; ++c) contribution[c] = weights[c] * score.normalised[c];
        std::stable_sort(by_weight.begin(), by_weight.end(),
                         [&](std::size_t a, std::size_t b) { return contribution[a] > contribution[b]; });
        for (std::size_t k = 0; k < 3; ++k) {
            const std::size_t c = by_weight[k];
            // A component below a tenth of the leading one does not drive the rank.
            if (contribution[c] <= 0 || contribution[c] < 0.1 * contribution[by_weight[0]]) break;
            if (auto reason = reason_for(kind, c, score, zones[z], data, horizon_months))
                score.reasons.push_back(*reason);
        }
    }
    return scores;
}

}  // namespace

std::vector<std::uint32_t> Plan::ranked(RankingKind kind) const {
    const auto& s = scores(kind);
    std::vector<std::uint32_t> order(s.size());
    std::iota(order.begin(), order.end(), 0u);
    std::sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) { return s[a].rank < s[b].rank; });
    return order;
}

Backtest backtest_forecast(const Dataset& data, const NetworkOverlay& overlay) {
    Backtest result;
    const int hidden = data.project.forecast.backtest_months;
    if (overlay.months.count < hidden + 6) return result;
    const double damping = data.project.forecast.damping;
    const std::size_t fit_months = std::size_t(overlay.months.count - hidden);
    std::vector<double> project(std::size_t(overlay.months.count), 0.0);
    double error = 0, naive_error = 0, actual_total = 0;
    for (const ZoneFigures& zone : overlay.zones) {
        const std::vector<double> series = as_series(zone.activations);
        for (std::size_t m = 0; m < series.size(); ++m) project[m] += series[m];
        const std::span<const double> history(series.data(), fit_months);
        const double forecast = sum(damped_trend_forecast(history, hidden, damping));
        const double naive = hidden * std::accumulate(history.end() - 3, history.end(), 0.0) / 3.0;
        const double actual = std::accumulate(series.begin() + long(fit_months), series.end(), 0.0);
        error += std::abs(forecast - actual);
        naive_error += std::abs(naive - actual);
        actual_total += actual;
        ++result.series;
    }
    if (actual_total <= 0) return Backtest{};
    result.hidden_months = hidden;
    result.zone_wape = error / actual_total;
    result.naive_zone_wape = naive_error / actual_total;
    const std::vector<double> forecast =
        damped_trend_forecast(std::span<const double>(project.data(), fit_months), hidden, damping);
    int months = 0;
    for (int h = 0; h < hidden; ++h) {
        const double actual = project[fit_months + std::size_t(h)];
        if (actual <= 0) continue;
        result.project_mape += std::abs(forecast[std::size_t(h)] - actual) / actual;
        ++months;
    }
    if (months > 0) result.project_mape /= months;
    ++result.series;
    return result;
}

namespace {

/// The models of the nodes and zones listed, or of all (nullopt).
void model_some(const Dataset& data, const Nodes& nodes, Plan& plan, std::optional<std::span<const std::uint32_t>> only_nodes,
                std::optional<std::span<const std::uint32_t>> only_zones, unsigned threads) {
    // Fitting a damped trend per series is most of the work; each result goes
    // to its own index, so the split does not change them.
    auto each = [threads](std::size_t count, const auto& model_at) {
        gis::parallel_for(count, threads, 256, [&](unsigned, std::size_t begin, std::size_t end) {
            for (std::size_t i = begin; i < end; ++i) model_at(i);
        });
    };
    const Day as_of = parse_date(data.project.as_of).value_or(0);
    const Pipeline pipeline = lead_pipeline(data, nodes, plan.overlay, plan.added_leads);
    plan.nodes.resize(nodes.size());
    auto model_node_at = [&](std::size_t n) { plan.nodes[n] = model_node(data, nodes, plan.overlay, n, pipeline.nodes[n], as_of); };
    if (!only_nodes) each(nodes.size(), model_node_at);
    else
        for (std::uint32_t n : *only_nodes) model_node_at(n);

    plan.zones.resize(data.zones.size());
    auto model_zone_at = [&](std::size_t z) {
        ZoneModel model = model_zone(data, nodes, plan.overlay, plan.nodes, z, pipeline.zones[z], *plan.complaints);
        // Installation figures come from the SLA and do not depend on the network.
        model.on_time_rate = plan.zones[z].on_time_rate;
        model.installations_assessed = plan.zones[z].installations_assessed;
        plan.zones[z] = std::move(model);
    };
    if (!only_zones) each(data.zones.size(), model_zone_at);
    else
        for (std::uint32_t z : *only_zones) model_zone_at(z);
}

std::optional<std::span<const std::uint32_t>> all_if_empty(std::span<const std::uint32_t> list) {
    if (list.empty()) return std::nullopt;
    return list;
}

}  // namespace

void model_network(const Dataset& data, const Nodes& nodes, Plan& plan, std::span<const std::uint32_t> only_nodes,
                   std::span<const std::uint32_t> only_zones, unsigned threads) {
    model_some(data, nodes, plan, all_if_empty(only_nodes), all_if_empty(only_zones), threads);
}

void remodel(const Dataset& data, const Nodes& nodes, Plan& plan, std::span<const std::uint32_t> node_list,
             std::span<const std::uint32_t> zone_list) {
    model_some(data, nodes, plan, node_list, zone_list, 1);
}

Plan build_plan(const Dataset& data, const PlanOptions& options) {
    const Progress& progress = options.progress;
    const gis::ProgressScope scope(progress.report || progress.cancel ? &progress : gis::current_progress());
    constexpr std::size_t kStages = 6;
    Plan plan;
    plan.horizon_months = data.project.horizon_months;
    gis::report_stage("overlay", 0, kStages);
    plan.overlay = overlay_network(data, {options.threads, options.keep_placements});
    // The SLA first: the zone models take their installation figures from it.
    gis::report_stage("installations", 1, kStages);
    plan.zones.resize(data.zones.size());
    if (const auto as_of = parse_date(data.project.as_of)) {
        plan.sla = compute_sla(data, plan.overlay.orders->zone, data.project.sla, *as_of);
        for (std::size_t z = 0; z < data.zones.size(); ++z) {
            plan.zones[z].on_time_rate = plan.sla.by_zone[z].on_time_rate();
            plan.zones[z].installations_assessed = plan.sla.by_zone[z].assessed();
        }
    }
    gis::report_stage("uncovered demand clusters", 2, kStages);
    plan.clusters = cluster_uncovered_leads(data, plan.overlay.leads->status, data.project.clusters,
                                            plan.overlay.leads->zone);
    gis::report_stage("forecasts", 3, kStages);
    plan.complaints = tie_complaints(data, plan.overlay, parse_date(data.project.as_of).value_or(0));
    model_network(data, data.nodes, plan, {}, {}, options.threads);
    gis::report_stage("forecast backtest", 4, kStages);
    plan.backtest = backtest_forecast(data, plan.overlay);
    gis::report_stage("ranking", 5, kStages);
    rerank(data, options.weights.value_or(data.project.weights), plan);
    gis::report_stage("done", kStages, kStages);
    return plan;
}

double average_complaints_per_1000(const Plan& plan) { return complaints_average(plan.zones, plan.overlay); }

void rerank(const Dataset& data, const RankingWeights& weights, Plan& plan) {
    plan.weights = weights;
    plan.investment = score_zones(RankingKind::Investment, weights.investment, data, plan.zones, plan.overlay,
                                  plan.horizon_months);
    plan.sales = score_zones(RankingKind::Sales, weights.sales, data, plan.zones, plan.overlay, plan.horizon_months);
}

}  // namespace coverplan::planner
