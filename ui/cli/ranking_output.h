#pragma once
// Rankings as the commands show them: options shared by rank, scenario and
// demo, the terminal method note, JSON, and files.

#include <iosfwd>
#include <nlohmann/json_fwd.hpp>
#include <span>
#include <string>

#include "planner/plan.h"
#include "planner/scenario_file.h"
#include "ui/cli/arguments.h"
#include "ui/export/ranking_json.h"

namespace coverplan::cli {

/// --for investment|sales (default investment).
planner::RankingKind ranking_kind(const Arguments& args);

/// Every --weight NAME=W; UsageError names a bad one.
planner::WeightOverrides weight_overrides(const Arguments& args);

/// `weights` with every --weight NAME=W applied; UsageError names a bad one.
planner::RankingWeights weight_options(const Arguments& args, planner::RankingWeights weights);

using exporting::ranking_json;  // the same JSON as the field service's /api/ranking

/// How the ranking was computed: weights, component maxima, forecast method and accuracy.
void print_ranking_method(std::ostream& out, const planner::Dataset& data, const planner::Plan& plan,
                          planner::RankingKind kind);

/// The first `count` zones of a ranking as a terminal table (0 = all), with a
/// heading; says how many more there are. With `only_kinds` (exact kinds),
/// only the zones of those kinds, keeping their ranks in the whole project;
/// a project mapping kinds shows each zone's kind and its rank in it.
void print_top(std::ostream& out, const planner::Dataset& data, const planner::Plan& plan, planner::RankingKind kind,
               std::size_t count, std::span<const std::string> only_kinds = {});

/// Every zone (of `only_kinds` when given), ordered by the ranking, written
/// by extension (.csv .xlsx .gpkg .geojson).
void write_ranking_file(const planner::Dataset& data, const planner::Plan& plan, planner::RankingKind kind,
                        const std::string& target, std::span<const std::string> only_kinds = {});

}  // namespace coverplan::cli
