// Snapshots compared (planner/history.h) on records written by hand: rank
// moves, the top N entered and left (new and vanished zones included), nodes
// newly running out, and the latest snapshot before a date.

#include <gtest/gtest.h>

#include "planner/history.h"

namespace coverplan::planner {
namespace {

ZoneRecord zone(const std::string& id, std::int32_t investment, std::int32_t sales) {
    ZoneRecord record;
    record.zone_id = id;
    record.zone_name = "Xã " + id;
    record.rank = {investment, sales};
    return record;
}

NodeRecord node(const std::string& id, Day exhausts_on, const std::string& status = "live") {
    NodeRecord record;
    record.node_id = id;
    record.technology = "ftth";
    record.status = status;
    record.exhausts_on = exhausts_on;
    return record;
}

Snapshot snapshot(Day as_of, std::vector<ZoneRecord> zones, std::vector<NodeRecord> nodes = {}) {
    Snapshot s;
    s.project = "Bắc Giang";
    s.as_of = as_of;
    s.zones = std::move(zones);
    s.nodes = std::move(nodes);
    return s;
}

const Day kOctober = *parse_date("2026-10-31"), kNovember = *parse_date("2026-11-30");

TEST(History, RankMovesAndTheTopEnteredAndLeft) {
    // Top 2. A: 1 -> 3 (left), B: 2 -> 1, C: 3 -> 2 (entered), D: gone from
    // rank 4, E: new at rank 4; the outside row (no id, no rank) is ignored.
    ZoneRecord outside;
    const Snapshot before = snapshot(kOctober, {zone("A", 1, 4), zone("B", 2, 3), zone("C", 3, 2), zone("D", 4, 1), outside});
    const Snapshot after = snapshot(kNovember, {zone("A", 3, 1), zone("B", 1, 2), zone("C", 2, 3), zone("E", 4, 4), outside});
    const SnapshotChanges changes = compare_snapshots(before, after, 2);
    EXPECT_EQ(changes.from, kOctober);
    EXPECT_EQ(changes.to, kNovember);
    const RankingChanges& investment = changes.of(RankingKind::Investment);
    ASSERT_EQ(investment.zones.size(), 5u);  // B, C, A, E by new rank, then D (gone)
    const std::vector<std::string> order = {"B", "C", "A", "E", "D"};
    for (std::size_t i = 0; i < order.size(); ++i) EXPECT_EQ(investment.zones[i].zone_id, order[i]);
    EXPECT_EQ(*investment.zones[0].change(), 1);   // B: 2 -> 1
    EXPECT_EQ(*investment.zones[2].change(), -2);  // A: 1 -> 3
    EXPECT_FALSE(investment.zones[3].change());    // E: new
    EXPECT_FALSE(investment.zones[4].change());    // D: gone
    EXPECT_EQ(investment.zones[4].before, 4);
    ASSERT_EQ(investment.entered_top.size(), 1u);
    EXPECT_EQ(investment.entered_top[0].zone_id, "C");
    ASSERT_EQ(investment.left_top.size(), 1u);
    EXPECT_EQ(investment.left_top[0].zone_id, "A");
    EXPECT_EQ(investment.left_top[0].after, 3);

    // Sales: D led and is gone, A climbs from 4 to 1 and B from 3 to 2.
    const RankingChanges& sales = changes.of(RankingKind::Sales);
    ASSERT_EQ(sales.entered_top.size(), 2u);
    EXPECT_EQ(sales.entered_top[0].zone_id, "A");
    EXPECT_EQ(sales.entered_top[1].zone_id, "B");
    ASSERT_EQ(sales.left_top.size(), 2u);  // D (old rank 1, gone) then C (old rank 2, now 3)
    EXPECT_EQ(sales.left_top[0].zone_id, "D");
    EXPECT_EQ(sales.left_top[0].after, 0);
    EXPECT_EQ(sales.left_top[1].zone_id, "C");
}

TEST(History, NodesNewlyRunningOut) {
    const Day february = *parse_date("2027-02-01"), january = *parse_date("2027-01-01");
    const Snapshot before = snapshot(kOctober, {}, {node("N1", kNoDay), node("N2", january), node("N3", kNoDay)});
    const Snapshot after = snapshot(kNovember, {},
                                    {node("N1", february), node("N2", january), node("N3", kNoDay),
                                     node("N4", january), node("N5", january, "planned")});
    const SnapshotChanges changes = compare_snapshots(before, after);
    // N1 now runs out, N4 is new and runs out; N2 ran out already; N5 is planned.
    ASSERT_EQ(changes.newly_running_out.size(), 2u);
    EXPECT_EQ(changes.newly_running_out[0].node.node_id, "N4");  // soonest first
    EXPECT_TRUE(changes.newly_running_out[0].new_node);
    EXPECT_EQ(changes.newly_running_out[1].node.node_id, "N1");
    EXPECT_FALSE(changes.newly_running_out[1].new_node);
}

TEST(History, LatestSnapshotBeforeADay) {
    const std::vector<Snapshot> snapshots = {snapshot(kNovember, {}), snapshot(kOctober, {}),
                                             snapshot(*parse_date("2026-09-30"), {})};
    EXPECT_EQ(latest_before(snapshots, kNovember)->as_of, kOctober);  // not the same day
    EXPECT_EQ(latest_before(snapshots, kNovember + 1)->as_of, kNovember);
    EXPECT_EQ(latest_before(snapshots, *parse_date("2026-09-30")), nullptr);
}

}  // namespace
}  // namespace coverplan::planner
