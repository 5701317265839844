#include "planner/project.h"

#include <gtest/gtest.h>

#include "gis/error.h"
#include "support/temp_dir.h"

using namespace coverplan;
using namespace coverplan::planner;
using coverplan::test::TempDir;

namespace {

const std::string kMinimal = R"([project]
name = "Bắc Giang"
crs = "EPSG:32648"

[layers.zones]
source = "data/zones.gpkg"
id = "ma_xa"
name = "ten_xa"

[layers.coverage]
source = "network.gpkg"
layer = "ftth_areas"
id = "node_id"
technology_value = "ftth"
capacity = "ports"
used = "ports_used"

[layers.subscribers]
source = "PG:dbname=ops"
layer = "public.subs"
id = "$fid"
)";

std::string error_of(const TempDir& dir, const std::string& text) {
    const auto file = dir.write("project.toml", text);
    try {
        load_project(file, "2026-11-23");
    } catch (const InputError& error) {
        return error.what();
    }
    return "(no error)";
}

}  // namespace

TEST(ProjectFile, LoadsMappingsAndResolvesPathsAgainstTheFile) {
    TempDir dir;
    const auto file = dir.write("project.toml", kMinimal + "\n[forecast]\nhorizon_months = 9\n"
                                                           "[scoring.sales]\nweights = { quality = 0.5 }\n");
    const Project project = load_project(file, "2026-11-23");
    EXPECT_EQ(project.name, "Bắc Giang");
    EXPECT_EQ(project.crs, "EPSG:32648");
    EXPECT_EQ(project.as_of, "2026-11-23");  // default: today
    EXPECT_EQ(project.horizon_months, 9);
    EXPECT_DOUBLE_EQ(project.weights.sales[3], 0.5);           // quality
    EXPECT_DOUBLE_EQ(project.weights.sales[0], 0.4);           // spare_capacity: untouched default
    EXPECT_DOUBLE_EQ(project.weights.investment[0], 0.4);      // unserved_demand
    const auto& zones = project.layer("zones");
    EXPECT_EQ(zones.source.source, (dir.path() / "data/zones.gpkg").string());
    EXPECT_EQ(zones.source.display_name, "data/zones.gpkg");
    EXPECT_EQ(zones.field("name"), "ten_xa");
    EXPECT_EQ(project.layer("coverage").technology_value, "ftth");
    EXPECT_EQ(project.layer("coverage").source.layer, "ftth_areas");
    EXPECT_EQ(project.layer("subscribers").source.source, "PG:dbname=ops");  // kept as written
    EXPECT_EQ(project.layer("subscribers").field("id"), "$fid");
}

TEST(ProjectFile, AsOfAcceptsTomlDatesAndStrings) {
    TempDir dir;
    auto with = [&](const std::string& as_of) {
        std::string text = kMinimal;
        text.insert(text.find("\n\n"), "\nas_of = " + as_of);
        return load_project(dir.write("project.toml", text), "2000-01-01").as_of;
    };
    EXPECT_EQ(with("2026-11-30"), "2026-11-30");
    EXPECT_EQ(with("\"2026-12-01\""), "2026-12-01");
    EXPECT_NE(error_of(dir, kMinimal + "").find("(no error)"), std::string::npos);
}

TEST(ProjectFile, SyntaxErrorNamesFileAndLine) {
    TempDir dir;
    const std::string message = error_of(dir, "[project]\nname = \"x\"\ncrs = EPSG:32648\n");
    EXPECT_NE(message.find("project.toml:3: "), std::string::npos) << message;
}

TEST(ProjectFile, UnknownKeyListsTheExpectedOnes) {
    TempDir dir;
    std::string text = kMinimal;
    text.replace(text.find("name = \"ten_xa\""), 15, "nmae = \"ten_xa\"");
    const std::string message = error_of(dir, text);
    EXPECT_NE(message.find("project.toml:8: unknown key 'nmae' in [layers.zones] (expected: source, layer, x, y, crs, "
                           "id, name, households, team, kind)"),
              std::string::npos)
        << message;
}

TEST(ProjectFile, MissingRequiredMappingsAreNamed) {
    TempDir dir;
    std::string no_capacity = kMinimal;
    no_capacity.erase(no_capacity.find("capacity = \"ports\"\n"), 19);
    EXPECT_NE(error_of(dir, no_capacity).find("project.toml:10: [layers.coverage] needs capacity = \"<field>\""),
              std::string::npos)
        << error_of(dir, no_capacity);

    std::string no_id = kMinimal;
    no_id.erase(no_id.find("id = \"ma_xa\"\n"), 13);
    EXPECT_NE(error_of(dir, no_id).find("[layers.zones] needs id = \"<field>\" (or id = \"$fid\""), std::string::npos);

    std::string no_tech = kMinimal;
    no_tech.erase(no_tech.find("technology_value = \"ftth\"\n"), 26);
    EXPECT_NE(error_of(dir, no_tech).find("needs technology = \"<field>\" or technology_value"), std::string::npos);

    std::string no_subscribers = kMinimal.substr(0, kMinimal.find("[layers.subscribers]"));
    EXPECT_NE(error_of(dir, no_subscribers).find("missing [layers.subscribers]"), std::string::npos);
}

TEST(ProjectFile, WrongValuesAreExplained) {
    TempDir dir;
    EXPECT_NE(error_of(dir, kMinimal + "[forecast]\nhorizon_months = 0\n")
                  .find("project.toml:23: 'horizon_months' in [forecast] must be a whole number between 1 and 60"),
              std::string::npos)
        << error_of(dir, kMinimal + "[forecast]\nhorizon_months = 0\n");
    EXPECT_NE(error_of(dir, kMinimal + "[scoring.investment]\nweights = { growht = 0.2 }\n")
                  .find("unknown weight 'growht' in [scoring.investment] (expected: unserved_demand, exhaustion, "
                        "complaints, growth)"),
              std::string::npos);
    EXPECT_NE(error_of(dir, kMinimal + "[scoring.sales]\nweights = { quality = -1 }\n").find("must be a number >= 0"),
              std::string::npos);
    EXPECT_NE(error_of(dir, kMinimal + "[layers.customers]\nsource = \"c.csv\"\n")
                  .find("unknown layer [layers.customers] (expected: zones, coverage, subscribers, leads, "
                        "complaints, orders, addresses)"),
              std::string::npos);
    EXPECT_NE(error_of(dir, "[project]\nname = 3\n").find("project.toml:2: 'name' in [project] must be a string"),
              std::string::npos);
    std::string one_coordinate = kMinimal;
    one_coordinate.insert(one_coordinate.find("id = \"$fid\""), "x = \"lon\"\n");
    EXPECT_NE(error_of(dir, one_coordinate).find("names one coordinate column; give both x and y"), std::string::npos);
}

TEST(ProjectFile, LeadsMayNameTheirOwnClosedStatuses) {
    TempDir dir;
    const std::string leads = "[layers.leads]\nsource = \"leads.csv\"\nid = \"id\"\nstatus = \"trang_thai\"\n";
    const Project project = load_project(
        dir.write("project.toml", kMinimal + leads + "closed_status_values = [\"Đã ký\", \"Huỷ\"]\n"), "2026-11-23");
    EXPECT_EQ(project.layer("leads").closed_status_values, (std::vector<std::string>{"Đã ký", "Huỷ"}));
    EXPECT_TRUE(project.layer("zones").closed_status_values.empty());
    for (const char* wrong : {"\"won\"", "[]", "[\"won\", 3]", "[\"\"]"})
        EXPECT_NE(error_of(dir, kMinimal + leads + "closed_status_values = " + wrong + "\n")
                      .find("project.toml:26: closed_status_values must be a list of statuses, e.g. [\"won\", \"lost\"]"),
                  std::string::npos)
            << wrong << ": " << error_of(dir, kMinimal + leads + "closed_status_values = " + wrong + "\n");
    // Only leads have statuses that close them.
    EXPECT_NE(error_of(dir, kMinimal + "[layers.orders]\nsource = \"o.csv\"\nid = \"id\"\nclosed_status_values = [\"x\"]\n")
                  .find("unknown key 'closed_status_values' in [layers.orders]"),
              std::string::npos);
}

TEST(ProjectFile, HexGridReplacesZonesLayer) {
    TempDir dir;
    std::string text = kMinimal;
    const auto start = text.find("[layers.zones]"), end = text.find("[layers.coverage]");
    text.replace(start, end - start, "[zones]\ngrid = \"hex\"\ncell_m = 750\n\n");
    const Project project = load_project(dir.write("project.toml", text), "2026-11-23");
    ASSERT_TRUE(project.hex_cell_m);
    EXPECT_DOUBLE_EQ(*project.hex_cell_m, 750);
    EXPECT_FALSE(project.has("zones"));
    EXPECT_NE(error_of(dir, kMinimal + "[zones]\ngrid = \"hex\"\n").find("not both"), std::string::npos);
}

TEST(ProjectFile, MissingFileIsAnInputError) {
    TempDir dir;
    EXPECT_THROW(load_project(dir / "nope.toml", "2026-11-23"), InputError);
}
