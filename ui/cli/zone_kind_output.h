#pragma once
// Zone kinds on the command line: --kind and --group-by kind (rank), the
// per-kind summary on the terminal and in JSON.

#include <iosfwd>
#include <nlohmann/json_fwd.hpp>
#include <span>
#include <string>
#include <vector>

#include "planner/zone_kinds.h"
#include "ui/cli/arguments.h"

namespace coverplan::cli {

/// The kinds --kind asks for (repeatable, or a comma list), exact as the
/// zones write them; empty when --kind is not given. Matching ignores case
/// and diacritics; "(no kind)" asks for the zones without one. UsageError
/// for a kind no zone has (listing the project's) or a project without kinds.
std::vector<std::string> kind_option(const Arguments& args, const planner::Dataset& data);

/// --group-by kind was given (UsageError for anything else than kind).
bool group_by_kind(const Arguments& args);

/// "Phường, Xã, (no kind)".
std::string kinds_text(std::span<const std::string> kinds);

/// Each kind's figures (of `only_kinds` when given) as a terminal table, then
/// each kind's first `top` zones in `ranking` (0 = all).
void print_kind_summary(std::ostream& out, const planner::Dataset& data, const planner::Plan& plan,
                        planner::RankingKind ranking, std::span<const std::string> only_kinds, std::size_t top);

/// The same figures as JSON: an array of objects, one per kind.
nlohmann::json kind_summary_json(const planner::Dataset& data, const planner::Plan& plan,
                                 std::span<const std::string> only_kinds);

}  // namespace coverplan::cli
