#pragma once
// Accounting of every feature read from a layer: used, repaired or rejected,
// never dropped silently (libosmium's ProblemReporter idea, kept as data).

#include <cstddef>
#include <string>
#include <vector>

#include "gis/error.h"

namespace coverplan::gis {

enum class Outcome {
    Repaired,  ///< used after a fix (e.g. make-valid); the fix is the reason
    Rejected,  ///< not used; the reason says why
    Flagged,   ///< used as is, but something is off (e.g. a missing optional value)
};

const char* to_string(Outcome outcome);

struct Problem {
    Location where;
    Outcome outcome;
    std::string reason;
};

/// Counts for one layer. Invariant: read == used + rejected, and
/// repaired <= used; flagged features are among the used.
struct LayerReport {
    std::string role;    ///< what the layer is for ("zones", "subscribers", ...)
    std::string file;    ///< source as the user wrote it
    std::string layer;   ///< GDAL layer name
    std::size_t read = 0;
    std::size_t used = 0;
    std::size_t repaired = 0;
    std::size_t rejected = 0;
    std::size_t flagged = 0;
    std::string reader;  ///< how it was read: "arrow stream" or "feature by feature"
    std::string assumed_crs;  ///< set when the CRS was not given but assumed, with why
    std::vector<std::string> warnings;  ///< about the layer as a whole (not one feature)
    std::vector<Problem> problems;

    /// Records a problem for a feature and updates the counters.
    /// A rejected feature is not counted as used; callers count `used`
    /// only for accepted features (see note_used).
    void add(Outcome outcome, const std::string& feature, const std::string& field,
             const std::string& reason);

    /// Turns an accepted feature into a rejected one (e.g. a duplicate id found
    /// after the read pass).
    void reject_after_use(const std::string& feature, const std::string& field,
                          const std::string& reason);
};

}  // namespace coverplan::gis
