#include "planner/ranking.h"

namespace coverplan::planner {

const char* to_string(RankingKind kind) { return kind == RankingKind::Investment ? "investment" : "sales"; }

const std::array<RankingComponent, kComponents>& ranking_components(RankingKind kind) {
    static const std::array<RankingComponent, kComponents> investment = {{
        {"unserved_demand", "Unserved demand", "leads", +1, Scaling::ByLargest,
         "open leads that cannot be served plus forecast activations beyond the spare ports"},
        {"exhaustion", "Exhausting nodes", "nodes", +1, Scaling::ByLargest,
         "live nodes projected at or above the exhaustion threshold at the horizon"},
        {"complaints", "Complaints vs average", "× average", +1, Scaling::AboveOneByLargest,
         "recent complaints per subscriber as a multiple of the project's average"},
        {"growth", "Activation growth", "share", +1, Scaling::ByLargest,
         "activations of the growth window compared with the window before (0.35 = 35 % more)"},
    }};
    static const std::array<RankingComponent, kComponents> sales = {{
        {"spare_capacity", "Spare ports", "ports", +1, Scaling::ByLargest,
         "spare ports of live nodes reaching the zone"},
        {"untapped_households", "Households without service", "households", +1, Scaling::ByLargest,
         "households not yet subscribed"},
        {"open_leads", "Leads servable now", "leads", +1, Scaling::ByLargest, "open leads that can be served now"},
        {"quality", "Installations on time", "share", +1, Scaling::Rate,
         "the on-time installation rate (a rate already: not scaled)"},
    }};
    return kind == RankingKind::Investment ? investment : sales;
}

std::optional<ComponentRef> find_component(std::string_view key) {
    for (RankingKind kind : kRankingKinds) {
        const auto& components = ranking_components(kind);
        for (std::size_t c = 0; c < kComponents; ++c)
            if (key == components[c].key) return ComponentRef{kind, c};
    }
    return std::nullopt;
}

}  // namespace coverplan::planner
