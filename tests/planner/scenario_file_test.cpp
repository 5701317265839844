// Saved scenarios: the TOML text read and written (every bad value named
// with its line), the round trip, the weights, and the changes run on the
// hand-built project give what the same changes give in memory.

#include "planner/scenario_file.h"

#include <gtest/gtest.h>

#include <cmath>

#include "gis/crs.h"
#include "gis/error.h"
#include "planner/calendar.h"
#include "planner/hand_built_plan.h"
#include "support/decimal_comma_locale.h"
#include "support/temp_dir.h"

using namespace coverplan;
using namespace coverplan::planner;
using namespace coverplan::test;

namespace {

const char* const kFull = R"(# a planner's what-if
[scenario]
name = "Thêm cổng phía bắc \"gấp\""
author = "Nguyễn Văn An"
note = "Hai dòng:\nmột\tvà \\ hai"
created = 2026-12-01T09:30:00+07:00

[[add_capacity]]
node = "N1"
ports = 64

[[add_capacity]]
node = "TC-0042"
ports = -8.5

[[new_node]]
lon = 106.21
lat = 21.28
radius_m = 600
capacity = 128
technology = "ftth"

[[new_node]]
lon = -0.5
lat = 51.5
radius_m = 1e3
capacity = 16

[weights]
growth = 0.4
open_leads = 0
)";

std::string error_of(const std::string& text) {
    try {
        parse_scenario_text(text, "north.toml");
    } catch (const InputError& error) {
        return error.what();
    }
    return "(accepted)";
}

}  // namespace

TEST(ScenarioFile, ReadsEveryPartWithWhereItWasWritten) {
    const SavedScenario s = parse_scenario_text(kFull, "north.toml");
    EXPECT_EQ(s.origin, "north.toml");
    EXPECT_EQ(s.name, "Thêm cổng phía bắc \"gấp\"");
    EXPECT_EQ(s.author, "Nguyễn Văn An");
    EXPECT_EQ(s.note, "Hai dòng:\nmột\tvà \\ hai");
    EXPECT_EQ(s.created, "2026-12-01T09:30:00+07:00");
    ASSERT_EQ(s.added_capacity.size(), 2u);
    EXPECT_EQ(s.added_capacity[0].node_id, "N1");
    EXPECT_EQ(s.added_capacity[0].ports, 64.0);
    EXPECT_EQ(s.added_capacity[0].line, 8);
    EXPECT_EQ(s.added_capacity[1].ports, -8.5);
    EXPECT_EQ(s.added_capacity[1].line, 12);
    ASSERT_EQ(s.new_nodes.size(), 2u);
    EXPECT_EQ(s.new_nodes[0], (SavedNode{106.21, 21.28, 600, 128, "ftth"}));
    EXPECT_EQ(s.new_nodes[0].line, 16);
    EXPECT_EQ(s.new_nodes[1], (SavedNode{-0.5, 51.5, 1000, 16, ""}));
    WeightOverrides weights;
    weights.investment[3] = 0.4;
    weights.sales[2] = 0.0;
    EXPECT_EQ(s.weights, weights);
    EXPECT_EQ(changes_text(s),
              "+64 ports on N1; -8.5 ports on TC-0042; new ftth node of 128 ports, 600 m around 106.21, 21.28; "
              "new any-technology node of 16 ports, 1000 m around -0.5, 51.5; weights growth = 0.4, open_leads = 0");
}

TEST(ScenarioFile, WrittenTextReadsBackEqualAndWritesTheSameAgain) {
    const SavedScenario s = parse_scenario_text(kFull, "north.toml");
    const std::string text = scenario_to_toml(s);
    const SavedScenario again = parse_scenario_text(text, "again.toml");
    EXPECT_EQ(again, s);
    EXPECT_EQ(scenario_to_toml(again), text);
    // Numbers in their shortest exact form, whatever the locale.
    DecimalCommaLocale comma;
    const std::string under_comma = scenario_to_toml(s);
    EXPECT_EQ(under_comma, text);
    EXPECT_NE(text.find("lon = 106.21\nlat = 21.28\nradius_m = 600\ncapacity = 128\ntechnology = \"ftth\"\n"),
              std::string::npos)
        << text;
    EXPECT_NE(text.find("ports = -8.5\n"), std::string::npos) << text;
    EXPECT_NE(text.find("[weights]\ngrowth = 0.4\nopen_leads = 0\n"), std::string::npos) << text;
    EXPECT_NE(text.find("note = \"Hai dòng:\\nmột\\tvà \\\\ hai\"\n"), std::string::npos) << text;
}

TEST(ScenarioFile, NegativeZeroReadsAsZeroAndWritesTheSameTwice) {
    // The fuzzer's finding: "-0.0" was kept negative, written "-0", read back as the integer 0.
    const SavedScenario s = parse_scenario_text("[weights]\nexhaustion = -0.0\n", "zero.toml");
    const std::string text = scenario_to_toml(s);
    EXPECT_NE(text.find("exhaustion = 0\n"), std::string::npos) << text;
    EXPECT_EQ(scenario_to_toml(parse_scenario_text(text, "again.toml")), text);
}

TEST(ScenarioFile, LargeWholeNumbersReadBack) {
    // The fuzzer's finding: 6.67e18 is written as an integer, which toml++ would not give as a double.
    const SavedScenario s = parse_scenario_text(
        "[[new_node]]\nlon = 106.2\nlat = 21.28\nradius_m = 66666666666666666e2\ncapacity = 133\n", "big.toml");
    const std::string text = scenario_to_toml(s);
    EXPECT_EQ(parse_scenario_text(text, "again.toml"), s) << text;
    EXPECT_EQ(scenario_to_toml(parse_scenario_text(text, "again.toml")), text);
}

TEST(ScenarioFile, WholeNumbersBeyondAnIntegerReadBack) {
    // The fuzzer's finding: 6.67e19 was written as twenty digits, an integer TOML cannot hold.
    const SavedScenario s = parse_scenario_text(
        "[[new_node]]\nlon = 106.2\nlat = 21.28\nradius_m = 666666666666166666e2\ncapacity = 1e300\n", "big.toml");
    const std::string text = scenario_to_toml(s);
    EXPECT_NE(text.find("radius_m = 6.66666666666"), std::string::npos) << text;
    EXPECT_NE(text.find("e+19\ncapacity = 1e+300\n"), std::string::npos) << text;
    EXPECT_EQ(parse_scenario_text(text, "again.toml"), s) << text;
    EXPECT_EQ(scenario_to_toml(parse_scenario_text(text, "again.toml")), text);
}

TEST(ScenarioFile, ValuesThatNeedEveryDigitSurvive) {
    SavedScenario s;
    s.name = "x";
    s.new_nodes.push_back({106.123456789012345, 21.0 / 3, 0.1 + 0.2, 1e-3, "4g"});
    s.added_capacity.push_back({"N\u00a0\"1\"\\", 1.0 / 7, 0});
    s.weights.investment[0] = 2.0 / 3;
    EXPECT_EQ(parse_scenario_text(scenario_to_toml(s), "x.toml"), s);
}

TEST(ScenarioFile, BadValuesAreNamedWithTheirLine) {
    const std::string head = "[scenario]\nname = \"n\"\n";  // lines 1-2
    const std::vector<std::pair<std::string, std::string>> cases = {
        {head + "[[add_capacity]]\nnode = \"N1\"\nport = 5\n",
         "north.toml:5: unknown key 'port' in [[add_capacity]] (expected: node, ports)"},
        {head + "[[add_capacity]]\nnode = \"N1\"\n",
         "north.toml:3: [[add_capacity]] needs 'ports' (a number of ports, negative to remove)"},
        {head + "[[add_capacity]]\nports = 4\n",
         "north.toml:3: [[add_capacity]] needs 'node' (the id of a node of the coverage layer)"},
        {head + "[[add_capacity]]\nnode = 42\nports = 4\n", "north.toml:4: 'node' in [[add_capacity]] must be a node id in quotes"},
        {head + "[[add_capacity]]\nnode = \"\"\nports = 4\n", "north.toml:4: 'node' in [[add_capacity]] is empty"},
        {head + "[[add_capacity]]\nnode = \"N1\"\nports = \"+64\"\n",
         "north.toml:5: 'ports' in [[add_capacity]] must be a number of ports, negative to remove"},
        {head + "[[add_capacity]]\nnode = \"N1\"\nports = inf\n",
         "north.toml:5: 'ports' in [[add_capacity]] must be a number of ports, negative to remove, not inf"},
        {head + "[add_capacity]\nnode = \"N1\"\nports = 4\n",
         "north.toml:3: add_capacity must be written [[add_capacity]], one table per change (node = \"FTTH-0042\", "
         "ports = 64)"},
        {head + "[[new_node]]\nlon = 206.2\nlat = 21.28\nradius_m = 600\ncapacity = 128\n",
         "north.toml:4: 'lon' in [[new_node]] must be a longitude in degrees between -180 and 180 (WGS 84), not 206.2"},
        {head + "[[new_node]]\nlon = 21.28\nlat = 106.2\nradius_m = 600\ncapacity = 128\n",
         "north.toml:5: 'lat' in [[new_node]] must be a latitude in degrees between -90 and 90 (WGS 84), not 106.2"},
        {head + "[[new_node]]\nlon = 106.2\nlat = 21.28\nradius_m = 0\ncapacity = 128\n",
         "north.toml:6: 'radius_m' in [[new_node]] must be a number of metres above 0, not 0"},
        {head + "[[new_node]]\nlon = 106.2\nlat = 21.28\nradius_m = 600\ncapacity = \"128\"\n",
         "north.toml:7: 'capacity' in [[new_node]] must be a number of ports above 0"},
        {head + "[[new_node]]\nlon = 106.2\nlat = 21.28\ncapacity = 128\n",
         "north.toml:3: [[new_node]] needs 'radius_m' (a number of metres above 0)"},
        {head + "[[new_node]]\nlon = 106.2\nlat = 21.28\nradius_m = 600\ncapacity = 128\ntech = \"ftth\"\n",
         "north.toml:8: unknown key 'tech' in [[new_node]] (expected: lon, lat, radius_m, capacity, technology)"},
        {head + "[[new_node]]\nlon = 106.2\nlat = 21.28\nradius_m = 600\ncapacity = 128\ntechnology = 5\n",
         "north.toml:8: 'technology' in [[new_node]] must be a technology of the data (e.g. \"ftth\") in quotes"},
        {head + "[weights]\nspeed = 1\n",
         "north.toml:4: unknown weight 'speed' in [weights] (expected: unserved_demand, exhaustion, complaints, growth, "
         "spare_capacity, untapped_households, open_leads, quality)"},
        {head + "[weights]\ngrowth = -1\n", "north.toml:4: 'growth' in [weights] must be a number >= 0, not -1"},
        {head + "[weights]\ngrowth = true\n", "north.toml:4: 'growth' in [weights] must be a number >= 0"},
        {"weights = 0.5\n" + head, "north.toml:1: [weights] must be a table of weights (unserved_demand = 0.5, ...)"},
        {"[scenarios]\nname = \"n\"\n",
         "north.toml:1: unknown key 'scenarios' (expected the sections [scenario], [[add_capacity]], [[new_node]] and "
         "[weights])"},
        {"name = \"n\"\n[weights]\ngrowth = 1\n",
         "north.toml:1: unknown key 'name' (expected the sections [scenario], [[add_capacity]], [[new_node]] and "
         "[weights])"},
        {"[scenario]\nautor = \"An\"\n[weights]\ngrowth = 1\n",
         "north.toml:2: unknown key 'autor' in [scenario] (expected: name, author, note, created)"},
        {"[scenario]\nname = 7\n", "north.toml:2: 'name' in [scenario] must be the scenario's name in quotes"},
        {"[scenario]\ncreated = \"yesterday\"\n[weights]\ngrowth = 1\n",
         "north.toml:2: 'created' in [scenario] must be a date or date-time like 2026-12-01T09:30:00+07:00 (no quotes)"},
        {"[scenario]\ncreated = 09:30:00\n[weights]\ngrowth = 1\n",
         "north.toml:2: 'created' in [scenario] must be a date or date-time like 2026-12-01T09:30:00+07:00 (no quotes)"},
        {head + "\n# nothing else\n",
         "north.toml: the scenario changes nothing: give at least one [[add_capacity]], [[new_node]] or [weights]"},
    };
    for (const auto& [text, message] : cases) EXPECT_EQ(error_of(text), message) << text;
    // TOML syntax errors come with their line.
    EXPECT_EQ(error_of(head + "[[add_capacity]]\nnode = \"N1\nports = 4\n").rfind("north.toml:4: ", 0), 0u)
        << error_of(head + "[[add_capacity]]\nnode = \"N1\nports = 4\n");
    // Text that is not UTF-8.
    EXPECT_EQ(error_of(head + "[[add_capacity]]\nnode = \"N\xff\"\nports = 4\n").rfind("north.toml:4: ", 0), 0u);
}

TEST(ScenarioFile, DatesInEveryTomlForm) {
    for (const char* created : {"2026-12-01", "2026-12-01T09:30:00", "2026-12-01T09:30:00Z", "2026-12-01T09:30:00.25-03:30"}) {
        const SavedScenario s =
            parse_scenario_text(std::string("[scenario]\ncreated = ") + created + "\n[weights]\ngrowth = 1\n", "x.toml");
        EXPECT_EQ(s.created, created);
        EXPECT_EQ(parse_scenario_text(scenario_to_toml(s), "x.toml").created, created);
    }
    EXPECT_EQ(parse_scenario_text("[scenario]\ncreated = 2026-12-01 09:30:00+07:00\n[weights]\ngrowth = 1\n", "x").created,
              "2026-12-01T09:30:00+07:00");
    const std::string now = local_timestamp();
    SavedScenario s;
    s.created = now;
    s.weights.sales[0] = 1;
    EXPECT_EQ(parse_scenario_text(scenario_to_toml(s), "x").created, now);
}

TEST(ScenarioFile, WritingRefusesWhatCouldNotBeReadBack) {
    SavedScenario s;
    s.weights.sales[0] = 1;
    s.created = "yesterday";
    EXPECT_THROW(scenario_to_toml(s), InputError);
    s.created.clear();
    s.author = "An\xff";
    try {
        scenario_to_toml(s);
        ADD_FAILURE() << "Latin-1 text was written";
    } catch (const InputError& error) {
        EXPECT_STREQ(error.what(), "the scenario's author is not UTF-8 text");
    }
    s.author.clear();
    s.new_nodes.push_back({NAN, 21, 100, 10, ""});
    EXPECT_THROW(scenario_to_toml(s), InputError);
}

TEST(ScenarioFile, FilesAreWrittenWholeAndNamedByTheirStem) {
    TempDir dir;
    SavedScenario s = parse_scenario_text(kFull, "north.toml");
    s.name.clear();
    write_scenario_file(s, dir / "bắc giang.toml");
    EXPECT_EQ(dir.read("bắc giang.toml"), scenario_to_toml(s));
    const SavedScenario read = read_scenario_file(dir / "bắc giang.toml");
    EXPECT_EQ(read.name, "bắc giang");
    EXPECT_EQ(read.origin, (dir / "bắc giang.toml").string());
    EXPECT_EQ(read.added_capacity, s.added_capacity);
    try {
        read_scenario_file(dir / "missing.toml");
        ADD_FAILURE() << "a missing file was read";
    } catch (const InputError& error) {
        EXPECT_EQ(std::string(error.what()), (dir / "missing.toml").string() + ": cannot read the scenario file");
    }
    EXPECT_THROW(write_scenario_file(s, dir / "no-such-folder" / "x.toml"), InputError);
    EXPECT_FALSE(std::filesystem::exists(dir / "no-such-folder"));
}

TEST(WeightOverrides, SetOnlyTheComponentsTheyName) {
    WeightOverrides overrides;
    EXPECT_TRUE(overrides.empty());
    overrides.investment[1] = 0.9;
    overrides.sales[3] = 0;
    const RankingWeights base;
    RankingWeights expected = base;
    expected.investment[1] = 0.9;
    expected.sales[3] = 0;
    EXPECT_EQ(overrides.applied_to(base), expected);
    EXPECT_EQ(WeightOverrides::difference(base, expected), overrides);
    EXPECT_TRUE(WeightOverrides::difference(base, base).empty());
}

// On the hand-built project (EPSG:32648): the changes as a file give the
// figures the same changes give in memory.
class SavedScenarioOnHandBuilt : public HandBuiltPlan {
protected:
    /// Longitude and latitude of a point in metres from (500000, 2300000).
    std::pair<double, double> lonlat(double x, double y) const {
        return gis::LonLatConverter("EPSG:32648").to_lonlat(500000 + x, 2300000 + y);
    }
};

TEST_F(SavedScenarioOnHandBuilt, ChangesReadBackFromTextGiveTheSameFigures) {
    SavedScenario saved;
    saved.name = "both";
    saved.added_capacity.push_back({"N1", 10, 0});
    const auto [lon, lat] = lonlat(2500, 500);
    saved.new_nodes.push_back({lon, lat, 800, 100, "ftth", 0});
    const SavedScenario read = parse_scenario_text(scenario_to_toml(saved), "both.toml");
    const ScenarioOutcome from_file = apply_saved_scenario(data, plan, read);
    const Scenario in_memory = scenario_for(saved, data);
    EXPECT_NEAR(in_memory.new_nodes[0].x, 502500, 1e-6);
    EXPECT_NEAR(in_memory.new_nodes[0].y, 2300500, 1e-6);
    const ScenarioOutcome direct = apply_scenario(data, plan, in_memory);
    EXPECT_EQ(from_file.changed_nodes, direct.changed_nodes);
    EXPECT_EQ(from_file.affected_zones, direct.affected_zones);
    for (std::size_t z = 0; z < data.zones.size(); ++z)
        for (RankingKind kind : kRankingKinds) {
            EXPECT_EQ(from_file.plan.scores(kind)[z].score, direct.plan.scores(kind)[z].score);  // exactly
            EXPECT_EQ(from_file.plan.scores(kind)[z].rank, direct.plan.scores(kind)[z].rank);
        }
    for (std::size_t n = 0; n < from_file.nodes.size(); ++n)
        EXPECT_EQ(from_file.plan.nodes[n].projected_utilization, direct.plan.nodes[n].projected_utilization);
    // The known figures: +10 ports on N1 leave it at 10.6 / 20 = 0.53 with no run-out.
    EXPECT_NEAR(*from_file.plan.nodes[0].projected_utilization, 0.53, 1e-9);
    EXPECT_EQ(from_file.plan.nodes[0].exhausts_on, kNoDay);
}

TEST_F(SavedScenarioOnHandBuilt, WeightsRankTheOutcomeOnTopOfTheProjectFiles) {
    // Growth alone: C leads the investment ranking with score 1.
    const SavedScenario saved =
        parse_scenario_text("[weights]\nunserved_demand = 0\nexhaustion = 0\ncomplaints = 0\n", "growth.toml");
    const ScenarioOutcome outcome = apply_saved_scenario(data, plan, saved);
    RankingWeights expected = data.project.weights;
    expected.investment = {0, 0, 0, 0.15};
    EXPECT_EQ(outcome.plan.weights, expected);
    EXPECT_EQ(outcome.plan.investment[2].rank, 1);
    EXPECT_NEAR(outcome.plan.investment[2].score, 1.0, 1e-12);
    EXPECT_TRUE(outcome.changed_nodes.empty());
    // The sales ranking is untouched (A, B, C).
    EXPECT_EQ(outcome.plan.sales[0].rank, 1);
    EXPECT_NEAR(outcome.plan.sales[0].score, 0.66, 1e-9);
}

TEST_F(SavedScenarioOnHandBuilt, ChangesTheDataRefusesAreNamedAtTheirLine) {
    auto error_on_data = [&](const std::string& text) -> std::string {
        try {
            apply_saved_scenario(data, plan, parse_scenario_text(text, "north.toml"));
        } catch (const InputError& error) {
            return error.what();
        }
        return "(accepted)";
    };
    EXPECT_EQ(error_on_data("[[add_capacity]]\nnode = \"N1\"\nports = 1\n\n[[add_capacity]]\nnode = \"N9\"\nports = 5\n"),
              "north.toml:5: [[add_capacity]]: no node 'N9' in the coverage layer");
    EXPECT_EQ(error_on_data("[[add_capacity]]\nnode = \"N1\"\nports = -11\n"),
              "north.toml:1: [[add_capacity]]: node 'N1' has 10 ports; removing 11 would leave fewer than none");
    const auto [lon, lat] = lonlat(2500, 500);
    EXPECT_EQ(error_on_data("[[new_node]]\nlon = " + std::to_string(lon) + "\nlat = " + std::to_string(lat) +
                            "\nradius_m = 600\ncapacity = 5\ntechnology = \"6g\"\n"),
              "north.toml:1: [[new_node]]: unknown technology '6g' (the data has: ftth)");
    // A change built in memory (the command line's) keeps the planner's message.
    SavedScenario typed;
    typed.added_capacity.push_back({"N9", 5, 0});
    typed.origin = "north.toml";
    try {
        apply_saved_scenario(data, plan, typed);
        ADD_FAILURE();
    } catch (const InputError& error) {
        EXPECT_STREQ(error.what(), "scenario: no node 'N9' in the coverage layer");
    }
}

TEST_F(SavedScenarioOnHandBuilt, TheAppsScenarioSavedInLongitudeLatitude) {
    Scenario scenario;
    scenario.added_capacity.push_back({"N2", 32});
    scenario.new_nodes.push_back({502500, 2300500, 800, 100, "ftth"});
    RankingWeights weights = data.project.weights;
    weights.sales[1] = 0.9;
    const SavedScenario saved = saved_changes(scenario, data, weights);
    EXPECT_EQ(saved.added_capacity, (std::vector<SavedCapacity>{{"N2", 32, 0}}));
    const auto [lon, lat] = lonlat(2500, 500);
    EXPECT_NEAR(saved.new_nodes[0].lon, lon, 1e-12);
    EXPECT_NEAR(saved.new_nodes[0].lat, lat, 1e-12);
    WeightOverrides only_untapped;
    only_untapped.sales[1] = 0.9;
    EXPECT_EQ(saved.weights, only_untapped);
    const Scenario back = scenario_for(parse_scenario_text(scenario_to_toml(saved), "x"), data);
    EXPECT_NEAR(back.new_nodes[0].x, 502500, 1e-6);
    EXPECT_NEAR(back.new_nodes[0].y, 2300500, 1e-6);
    EXPECT_EQ(back.weights, weights);
}
