// Zone kinds: read and trimmed, chosen ignoring case and diacritics, ranks
// within a kind, and each kind's figures against loops over the hand-built
// layout (tests/planner/kinds_project.h).

#include "planner/zone_kinds.h"

#include <gtest/gtest.h>

#include <map>
#include <set>

#include "planner/kinds_project.h"

namespace coverplan::planner {
namespace {

using test::KindsProject;
using test::TempDir;

class ZoneKinds : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        dir_ = new TempDir;
        data_ = new Dataset(load_dataset(load_project(layout_.write(*dir_), "2026-11-30")));
        plan_ = new Plan(build_plan(*data_, {1, true}));
    }
    static void TearDownTestSuite() {
        delete plan_;
        delete data_;
        delete dir_;
    }
    static inline KindsProject layout_;
    static inline TempDir* dir_ = nullptr;
    static inline Dataset* data_ = nullptr;
    static inline Plan* plan_ = nullptr;
};

TEST_F(ZoneKinds, AreReadTrimmedAsTheDataSpellsThem) {
    ASSERT_TRUE(maps_zone_kind(*data_));
    ASSERT_EQ(data_->zones.size(), layout_.zones.size());
    for (std::size_t z = 0; z < layout_.zones.size(); ++z) {
        EXPECT_EQ(data_->zones.ids[z], layout_.zones[z].id);
        EXPECT_EQ(data_->zones.kind_of(z), layout_.kind(z)) << layout_.zones[z].id;
    }
    EXPECT_EQ(data_->zones.kind_of(1), "Phường");  // "  Phường " in the file
    // Alphabetical by folded text ("Khu" < "phường" = "Phường" < "Xã"), the
    // zones without a kind last.
    EXPECT_EQ(zone_kinds(data_->zones), (std::vector<std::string>{"Khu công nghiệp", "Phường", "phường", "Xã", ""}));
}

TEST_F(ZoneKinds, ProjectWithoutTheMappingHasNone) {
    TempDir dir;
    const Dataset data = load_dataset(load_project(layout_.write(dir, false), "2026-11-30"));
    EXPECT_FALSE(maps_zone_kind(data));
    EXPECT_EQ(zone_kinds(data.zones), std::vector<std::string>{""});
}

TEST_F(ZoneKinds, AreChosenIgnoringCaseAccentsAndSpaces) {
    const std::vector<std::string> asked = {"khu cong nghiep", " PHƯỜNG ,xa"};
    const ZoneKindChoice choice = choose_zone_kinds(data_->zones, asked);
    EXPECT_EQ(choice.kinds, (std::vector<std::string>{"Khu công nghiệp", "Phường", "phường", "Xã"}));
    EXPECT_TRUE(choice.unknown.empty());

    const std::vector<std::string> wrong = {"Xã, Khu du lịch", "thị trấn", "Khu du lịch"};
    const ZoneKindChoice refused = choose_zone_kinds(data_->zones, wrong);
    EXPECT_EQ(refused.kinds, std::vector<std::string>{"Xã"});
    EXPECT_EQ(refused.unknown, (std::vector<std::string>{"Khu du lịch", "thị trấn"}));

    const std::vector<std::string> none = {""};
    EXPECT_EQ(choose_zone_kinds(data_->zones, none).kinds, std::vector<std::string>{""});
}

TEST_F(ZoneKinds, FilterKeepsExactlyTheZonesOfTheKinds) {
    for (RankingKind ranking : kRankingKinds) {
        const auto order = plan_->ranked(ranking);
        const std::vector<std::string> kinds = {"Phường", ""};
        const auto kept = zones_of_kinds(data_->zones, order, kinds);
        std::vector<std::uint32_t> expected;
        for (std::uint32_t z : order)
            if (layout_.kind(z) == "Phường" || layout_.kind(z).empty()) expected.push_back(z);
        EXPECT_EQ(kept, expected);
        EXPECT_EQ(zones_of_kinds(data_->zones, order, {}), order);
    }
}

TEST_F(ZoneKinds, RankWithinKindCountsTheBetterZonesOfTheSameKind) {
    for (RankingKind ranking : kRankingKinds) {
        const auto& scores = plan_->scores(ranking);
        const auto within = ranks_within_kind(*data_, *plan_, ranking);
        for (std::size_t z = 0; z < layout_.zones.size(); ++z) {
            int better = 0;
            for (std::size_t o = 0; o < layout_.zones.size(); ++o)
                better += layout_.kind(o) == layout_.kind(z) && scores[o].rank < scores[z].rank;
            EXPECT_EQ(within[z], better + 1) << layout_.zones[z].id;
        }
    }
}

TEST_F(ZoneKinds, EachKindsFiguresEqualLoopsOverTheLayout) {
    const auto figures = summarise_by_zone_kind(*data_, *plan_);
    std::set<std::string> kinds;
    for (std::size_t z = 0; z < layout_.zones.size(); ++z) kinds.insert(layout_.kind(z));
    ASSERT_EQ(figures.size(), kinds.size());
    std::int64_t subscribers_total = 0;
    for (const auto& f : figures) {
        SCOPED_TRACE("kind '" + f.kind + "'");
        std::int64_t zones = 0, households = 0, subscribers = 0, with_households = 0, leads = 0;
        std::int64_t servable = 0, unserved = 0;
        double forecast = 0;
        std::int32_t best_investment = 0, best_sales = 0;
        std::int32_t top_investment = -1, top_sales = -1;
        std::set<std::size_t> nodes;
        for (std::size_t z = 0; z < layout_.zones.size(); ++z) {
            if (layout_.kind(z) != f.kind) continue;
            const auto& zone = layout_.zones[z];
            ++zones;
            std::int64_t inside = 0;
            for (const auto& s : layout_.subscribers) inside += zone.area.holds(s.x, s.y);
            subscribers += inside;
            if (zone.households) {
                households += *zone.households;
                with_households += inside;
            }
            for (const auto& l : layout_.leads) leads += zone.area.holds(l.x, l.y);
            const auto& by_status = plan_->overlay.zones[z].counts.leads_by_status;
            servable += by_status[std::size_t(Serviceability::Available)];
            unserved += by_status[std::size_t(Serviceability::Full)] + by_status[std::size_t(Serviceability::NotCovered)];
            forecast += plan_->zones[z].forecast_additions;
            for (std::size_t n = 0; n < layout_.nodes.size(); ++n)
                if (layout_.nodes[n].live && layout_.nodes[n].area.overlaps(zone.area)) nodes.insert(n);
            if (top_investment < 0 || plan_->investment[z].rank < best_investment) {
                top_investment = std::int32_t(z);
                best_investment = plan_->investment[z].rank;
            }
            if (top_sales < 0 || plan_->sales[z].rank < best_sales) {
                top_sales = std::int32_t(z);
                best_sales = plan_->sales[z].rank;
            }
        }
        double spare = 0;
        for (std::size_t n : nodes) spare += layout_.nodes[n].capacity - layout_.nodes[n].used;
        EXPECT_EQ(f.zones, zones);
        EXPECT_EQ(f.subscribers, subscribers);
        EXPECT_EQ(f.households, households);
        EXPECT_EQ(f.leads_open, leads);
        EXPECT_EQ(f.leads_servable, servable);
        EXPECT_EQ(f.leads_unserved, unserved);
        ASSERT_EQ(f.penetration.has_value(), households > 0);
        if (f.penetration) {
            EXPECT_DOUBLE_EQ(*f.penetration, double(with_households) / double(households));
        }
        EXPECT_NEAR(f.forecast_additions, forecast, 1e-9);
        ASSERT_EQ(f.growth.has_value(), subscribers > 0);
        if (f.growth) {
            EXPECT_NEAR(*f.growth, forecast / double(subscribers), 1e-12);
        }
        EXPECT_DOUBLE_EQ(f.spare_ports, spare);
        EXPECT_EQ(f.top_investment, top_investment);
        EXPECT_EQ(f.top_sales, top_sales);
        subscribers_total += subscribers;
    }
    EXPECT_EQ(subscribers_total, std::int64_t(layout_.subscribers.size()));  // every point lies in a zone
    // "Phường" holds Z1, Z2 (trimmed) but not Z6's "phường": N1 (60 spare) and N2 (full).
    EXPECT_EQ(figures.front().kind.empty(), false);
    for (const auto& f : figures)
        if (f.kind == "Phường") {
            EXPECT_EQ(f.zones, 2);
            EXPECT_DOUBLE_EQ(f.spare_ports, 60);
        }
    // Most subscribers first, the zones without a kind last.
    EXPECT_TRUE(figures.back().kind.empty());
    for (std::size_t k = 1; k + 1 < figures.size(); ++k) EXPECT_GE(figures[k - 1].subscribers, figures[k].subscribers);
}

}  // namespace
}  // namespace coverplan::planner
