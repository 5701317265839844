#include "gis/layer_report.h"

namespace coverplan::gis {

const char* to_string(Outcome outcome) {
    switch (outcome) {
        case Outcome::Repaired: return "repaired";
        case Outcome::Rejected: return "rejected";
        case Outcome::Flagged: return "flagged";
    }
    return "?";
}

void LayerReport::add(Outcome outcome, const std::string& feature, const std::string& field,
                      const std::string& reason) {
    switch (outcome) {
        case Outcome::Repaired: ++repaired; break;
        case Outcome::Rejected: ++rejected; break;
        case Outcome::Flagged: ++flagged; break;
    }
    problems.push_back({Location{file, layer, feature, field, 0}, outcome, reason});
}

void LayerReport::reject_after_use(const std::string& feature, const std::string& field,
                                   const std::string& reason) {
    --used;
    add(Outcome::Rejected, feature, field, reason);
}

}  // namespace coverplan::gis
