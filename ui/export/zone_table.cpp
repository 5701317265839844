#include "ui/export/zone_table.h"

#include <algorithm>
#include <functional>

#include "planner/reason_text.h"
#include "planner/zone_kinds.h"
#include "ui/export/reader_words.h"

namespace coverplan::exporting {

using planner::RankingKind;
using planner::Serviceability;

namespace {

/// A column and how to fill it for zone z (z < 0: the outside row).
struct ZoneColumn {
    TableColumn column;
    std::function<Cell(std::int64_t z)> value;
};

Cell optional_cell(const std::optional<double>& value) { return value ? Cell(*value) : Cell(); }

/// A zone's counts, or the points outside every zone for z < 0. A function,
/// not a local lambda: the columns' lambdas outlive kpi_columns' locals (a
/// lambda captured by reference there was read after return).
const planner::ZoneCounts& counts_of(const planner::NetworkOverlay& overlay, std::int64_t z) {
    return z < 0 ? overlay.outside : overlay.zones[std::size_t(z)].counts;
}

/// A zone's complaint categories as text, or its most frequent one (z < 0:
/// the complaints outside every zone).
Cell categories_cell(const planner::Dataset& data, const planner::Plan& plan, std::int64_t z, bool top_only) {
    const auto& all = plan.complaints->zone_categories;
    const std::size_t row = z < 0 ? data.zones.size() : std::size_t(z);
    if (!data.project.has("complaints") || !data.project.layer("complaints").maps("category") || row >= all.size() ||
        all[row].empty())
        return Cell();
    if (top_only) return Cell(all[row].front().category);
    return Cell(planner::categories_text(all[row]));
}

std::vector<ZoneColumn> kpi_columns(const planner::Dataset& data, const planner::Plan& plan) {
    const auto& zones = data.zones;
    const auto& overlay = plan.overlay;
    // Columns that only make sense for a zone: empty on the outside row.
    auto zonal = [](std::function<Cell(std::size_t)> f) {
        return [f](std::int64_t z) { return z < 0 ? Cell() : f(std::size_t(z)); };
    };
    auto lead_status = [&](Serviceability s) {
        return [&, s](std::int64_t z) { return Cell(counts_of(overlay, z).leads_by_status[std::size_t(s)]); };
    };
    std::vector<ZoneColumn> columns = {
        {{"zone_id", ColumnType::Text, 0, "Zone"}, [&](std::int64_t z) { return Cell(z < 0 ? "" : zones.ids[std::size_t(z)]); }},
        {{"zone_name", ColumnType::Text, 0, "Name"},
         [&](std::int64_t z) { return Cell(zones.name_of(z)); }},
        {{"team", ColumnType::Text, 0, "Team"}, zonal([&](std::size_t z) { return Cell(zones.teams[z]); })},
        // [layers.zones] kind, as the data writes it; empty when unmapped.
        {{"kind", ColumnType::Text, 0, "Zone kind"}, zonal([&](std::size_t z) { return Cell(zones.kind_of(z)); })},
        {{"households", ColumnType::Integer, 0, "Households"},
         zonal([&](std::size_t z) { return zones.households[z] ? Cell(*zones.households[z]) : Cell(); })},
        {{"area_km2", ColumnType::Real, 2, "Area (km²)"},
         zonal([&](std::size_t z) { return Cell(overlay.zones[z].area_m2 / 1e6); })},
        {{"subscribers", ColumnType::Integer, 0, "Subscribers"}, [&](std::int64_t z) { return Cell(counts_of(overlay, z).subscribers); }},
        {{"penetration", ColumnType::Percent, 1, "Penetration"},
         zonal([&](std::size_t z) { return optional_cell(plan.zones[z].penetration); })},
        {{"untapped_households", ColumnType::Integer, 0, "Households without service"},
         zonal([&](std::size_t z) { return Cell(plan.zones[z].untapped_households); })},
        {{"leads_open", ColumnType::Integer, 0, "Open leads"}, [&](std::int64_t z) { return Cell(counts_of(overlay, z).leads_open); }},
        {{"leads_available", ColumnType::Integer, 0, "Leads servable now"}, lead_status(Serviceability::Available)},
        {{"leads_full", ColumnType::Integer, 0, "Leads: network full"}, lead_status(Serviceability::Full)},
        {{"leads_planned", ColumnType::Integer, 0, "Leads: coverage planned"}, lead_status(Serviceability::Planned)},
        {{"leads_not_covered", ColumnType::Integer, 0, "Leads: not covered"}, lead_status(Serviceability::NotCovered)},
        {{"complaints", ColumnType::Integer, 0, "Complaints"}, [&](std::int64_t z) { return Cell(counts_of(overlay, z).complaints); }},
        // Every complaint of the zone by category, most first: "weak_signal 12,
        // outage 5"; empty when the project maps no category.
        {{"complaint_categories", ColumnType::Text, 0, "Complaints by category"},
         [&](std::int64_t z) { return categories_cell(data, plan, z, false); }},
        {{"top_complaint_category", ColumnType::Text, 0, "Most frequent complaint"},
         [&](std::int64_t z) { return categories_cell(data, plan, z, true); }},
        {{"orders", ColumnType::Integer, 0, "Orders"}, [&](std::int64_t z) { return Cell(counts_of(overlay, z).orders); }},
        {{"covered_share", ColumnType::Percent, 1, "Covered (any live)"},
         zonal([&](std::size_t z) { return Cell(overlay.zones[z].covered_share); })},
    };
    for (std::size_t t = 0; t < data.technologies.size(); ++t)
        columns.push_back({{"covered_share_" + data.technologies[t], ColumnType::Percent, 1, "Covered " + data.technologies[t]},
                           zonal([&, t](std::size_t z) { return Cell(overlay.zones[z].covered_share_by_tech[t]); })});
    columns.push_back({{"spare_capacity", ColumnType::Real, 0, "Spare ports"},
                       zonal([&](std::size_t z) { return Cell(overlay.zones[z].spare_capacity); })});
    for (std::size_t t = 0; t < data.technologies.size(); ++t)
        columns.push_back({{"spare_capacity_" + data.technologies[t], ColumnType::Real, 0, "Spare " + data.technologies[t]},
                           zonal([&, t](std::size_t z) { return Cell(overlay.zones[z].spare_by_tech[t]); })});
    const std::vector<ZoneColumn> models = {
        {{"nodes", ColumnType::Integer, 0, "Nodes"},
         zonal([&](std::size_t z) { return Cell(std::int64_t(overlay.zones[z].nodes.size())); })},
        {{"exhausting_nodes", ColumnType::Integer, 0, "Nodes exhausting"},
         zonal([&](std::size_t z) { return Cell(std::int64_t(plan.zones[z].exhausting_nodes)); })},
        {{"complaints_recent", ColumnType::Integer, 0, "Recent complaints"},
         zonal([&](std::size_t z) { return Cell(plan.zones[z].complaints_recent); })},
        {{"complaints_per_1000", ColumnType::Real, 1, "Complaints per 1,000 subscribers"},
         zonal([&](std::size_t z) { return optional_cell(plan.zones[z].complaints_per_1000); })},
        {{"complaints_vs_average", ColumnType::Real, 2, "Complaints vs average (×)"},
         zonal([&](std::size_t z) { return Cell(plan.investment[z].raw[2]); })},
        // Where the recent complaints concentrate (planner/complaints.h):
        // the node the investment reason names.
        {{"complaint_node", ColumnType::Text, 0, "Complaints concentrate on"}, zonal([&](std::size_t z) {
             const std::int32_t n = plan.zones[z].complaint_node;
             return n < 0 || std::size_t(n) >= data.nodes.size() ? Cell() : Cell(data.nodes.ids[std::size_t(n)]);
         })},
        {{"complaint_node_share", ColumnType::Percent, 0, "Share on that node"}, zonal([&](std::size_t z) {
             const planner::ZoneModel& m = plan.zones[z];
             return m.complaint_node < 0 || m.complaints_recent <= 0
                        ? Cell()
                        : Cell(double(m.complaint_node_recent) / double(m.complaints_recent));
         })},
        {{"growth", ColumnType::Percent, 1, "Activation growth"},
         zonal([&](std::size_t z) { return optional_cell(plan.zones[z].growth); })},
        {{"forecast_additions", ColumnType::Real, 0, "Forecast additions"},
         zonal([&](std::size_t z) { return Cell(plan.zones[z].forecast_additions); })},
        {{"unserved_demand", ColumnType::Real, 0, "Unserved demand"},
         zonal([&](std::size_t z) { return Cell(plan.zones[z].unserved_demand); })},
        {{"on_time_rate", ColumnType::Percent, 1, "Installed on time"},
         zonal([&](std::size_t z) { return optional_cell(plan.zones[z].on_time_rate); })},
    };
    columns.insert(columns.end(), models.begin(), models.end());
    return columns;
}

std::vector<ZoneColumn> score_columns(const planner::Plan& plan) {
    std::vector<ZoneColumn> columns;
    for (RankingKind kind : planner::kRankingKinds) {
        const std::string name = planner::to_string(kind);
        const std::string title = kind == RankingKind::Investment ? "Investment" : "Sales";
        const auto& scores = plan.scores(kind);
        columns.push_back({{name + "_score", ColumnType::Real, 3, title + " score"},
                           [&scores](std::int64_t z) { return z < 0 ? Cell() : Cell(scores[std::size_t(z)].score); }});
        columns.push_back({{name + "_rank", ColumnType::Integer, 0, title + " rank"}, [&scores](std::int64_t z) {
                               return z < 0 ? Cell() : Cell(std::int64_t(scores[std::size_t(z)].rank));
                           }});
    }
    return columns;
}

ZoneColumn reasons_column(const planner::Plan& plan, RankingKind kind, const std::string& name) {
    const auto& scores = plan.scores(kind);
    return {{name, ColumnType::Text, 0, "Reasons"},
            [&scores, kind](std::int64_t z) {
                return z < 0 ? Cell() : Cell(reader_reasons(kind, scores[std::size_t(z)].reasons));
            }};
}

}  // namespace

std::string zone_table_name(std::optional<planner::RankingKind> ranked_by) {
    return ranked_by ? std::string(planner::to_string(*ranked_by)) + "_ranking" : "zones";
}

Table zone_table(const planner::Dataset& data, const planner::Plan& plan, std::optional<RankingKind> ranked_by,
                 std::span<const std::string> only_kinds) {
    std::vector<ZoneColumn> columns;
    std::vector<std::int64_t> rows;
    std::vector<std::int32_t> kind_ranks;  // outlives the columns' lambdas, like the table
    if (ranked_by) {
        const auto& scores = plan.scores(*ranked_by);
        columns.push_back({{"rank", ColumnType::Integer, 0, "Rank"},
                           [&scores](std::int64_t z) { return Cell(std::int64_t(scores[std::size_t(z)].rank)); }});
        std::vector<ZoneColumn> kpis = kpi_columns(data, plan);
        columns.insert(columns.end(), kpis.begin(), kpis.begin() + 4);  // zone_id, zone_name, team, kind
        // The overall rank stays the project's; where the zone stands among
        // the zones of its kind comes beside the kind.
        if (planner::maps_zone_kind(data)) {
            kind_ranks = planner::ranks_within_kind(data, plan, *ranked_by);
            columns.push_back({{"kind_rank", ColumnType::Integer, 0, "Rank in its kind"},
                               [&kind_ranks](std::int64_t z) { return Cell(std::int64_t(kind_ranks[std::size_t(z)])); }});
        }
        columns.push_back({{"score", ColumnType::Real, 3, "Score"},
                           [&scores](std::int64_t z) { return Cell(scores[std::size_t(z)].score); }});
        columns.push_back(reasons_column(plan, *ranked_by, "reasons"));
        columns.insert(columns.end(), kpis.begin() + 4, kpis.end());
        const std::vector<std::uint32_t> order = plan.ranked(*ranked_by);
        for (std::uint32_t z : planner::zones_of_kinds(data.zones, order, only_kinds)) rows.push_back(z);
    } else {
        columns = kpi_columns(data, plan);
        for (std::size_t z = 0; z < data.zones.size(); ++z)
            if (only_kinds.empty() || std::find(only_kinds.begin(), only_kinds.end(), data.zones.kind_of(z)) != only_kinds.end())
                rows.push_back(std::int64_t(z));
        if (only_kinds.empty()) rows.push_back(-1);
    }
    for (auto& column : score_columns(plan)) columns.push_back(std::move(column));
    if (!ranked_by) {
        columns.push_back(reasons_column(plan, RankingKind::Investment, "reasons"));
        columns.push_back(reasons_column(plan, RankingKind::Sales, "sales_reasons"));
    }

    Table table;
    table.name = zone_table_name(ranked_by);
    table.crs = data.working_crs;
    if (!ranked_by)
        table.description =
            "One row per zone: counts, coverage, models, scores, ranks and reasons. The last row has an empty "
            "zone_id and no geometry: it counts the points outside every zone, which are never dropped.";
    for (const auto& column : columns) table.columns.push_back(column.column);
    table.rows.reserve(rows.size());
    for (std::int64_t z : rows) {
        std::vector<Cell> row;
        row.reserve(columns.size());
        for (const auto& column : columns) row.push_back(column.value(z));
        table.rows.push_back(std::move(row));
        table.geometries.push_back(z < 0 ? nullptr : data.zones.geometries[std::size_t(z)].get());
    }
    return table;
}

}  // namespace coverplan::exporting
