#pragma once
// "Save weights": the ranking weights written into the project file, the
// rest of the file kept as the user wrote it (comments, order, spacing,
// other tables). Only the `weights = { ... }` line of [scoring.investment]
// and [scoring.sales] changes (its trailing comment kept); a section without
// one gets it under its header, a file without the section gets the section
// at its end.

#include <filesystem>
#include <string>

#include "planner/ranking.h"

namespace coverplan::desktop {

/// The text of a project file with these weights. Pure: no file is read.
std::string with_weights(const std::string& text, const planner::RankingWeights& weights);

/// Rewrites the project file (under a temporary name, then renamed), after
/// checking that the new text reads back as a project with exactly these
/// weights. Throws InputError naming the file otherwise (e.g. weights written
/// in a form this edit does not recognise); the file is then untouched.
void save_weights(const std::filesystem::path& project_file, const planner::RankingWeights& weights);

}  // namespace coverplan::desktop
