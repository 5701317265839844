// `coverplan day-plan` as a team leader runs it: three teams on the sample,
// the CSV read back with GDAL and every stop checked again through
// `coverplan check --points` (the check path, not the planner), the XLSX's
// sheets, the PDF's pages (a team per page, Vietnamese names kept), and the
// exact messages for bad options.

#include <gtest/gtest.h>
#include <ogrsf_frmts.h>

#include <map>
#include <nlohmann/json.hpp>
#include <set>

#include "support/cli_project.h"
#include "support/run_coverplan.h"

using coverplan::test::command_output;
using coverplan::test::CommandRun;
using coverplan::test::open_vector;
using coverplan::test::run_coverplan;
using coverplan::test::shell_quote;
using coverplan::test::TempDir;
using nlohmann::json;
namespace fs = std::filesystem;

namespace {

const std::string kSample = shell_quote(coverplan::test::kSampleProject);
const std::string kSampleZones = "XA-00001,XA-00002,XA-00003";

/// Leads in the CLI project's zones: N1 (ftth, 54 spare) covers
/// [106.02, 106.15] x [21.02, 21.08]; P9 is outside it, C1 closed.
const std::string kLeads =
    "id,lon,lat,service,status,created\n"
    "P1,106.03,21.03,ftth,new,2026-11-01\n"
    "P2,106.05,21.07,ftth,new,2026-11-02\n"
    "P3,106.08,21.04,ftth,new,2026-11-03\n"
    "P4,106.12,21.06,ftth,new,2026-11-04\n"
    "P5,106.14,21.03,ftth,new,2026-11-05\n"
    "P9,106.18,21.09,ftth,new,2026-11-01\n"
    "C1,106.06,21.05,ftth,won,2026-11-05\n";

std::string write_project(const TempDir& dir) {
    dir.write("leads.csv", kLeads);
    return coverplan::test::write_cli_project(
        dir, "id,lon,lat\nS1,106.05,21.05\n",
        coverplan::test::kCliProject +
            coverplan::test::csv_point_layer("leads", "technology = \"service\"\nstatus = \"status\"\ncreated = \"created\"\n"));
}

struct Row {
    int team = 0, stop = 0;
    std::string lead, zone, zone_name, node;
    double lat = 0, lon = 0, from_previous = 0;
};

/// A CSV names its columns as the contract does; an XLSX sheet heads them
/// with titles for people.
const std::map<std::string, std::string> kTitles = {
    {"team", "Team"}, {"stop", "Stop"}, {"lead_id", "Lead"}, {"lat", "Latitude"}, {"lon", "Longitude"},
    {"technology", "Technology"}, {"node_id", "Node"}, {"distance_from_previous_m", "From previous (m)"},
    {"zone_id", "Zone"}, {"zone_name", "Zone name"}, {"address", "Nearest address"}, {"spare_ports", "Spare ports"}};

std::vector<Row> read_plan(const fs::path& file, const char* layer = nullptr) {
    std::vector<Row> rows;
    const auto data = open_vector(file);
    EXPECT_TRUE(data) << file;
    if (!data) return rows;
    OGRLayer* table = layer ? data->GetLayerByName(layer) : data->GetLayer(0);
    EXPECT_TRUE(table) << (layer ? layer : "");
    if (!table) return rows;
    const bool titled = layer != nullptr;
    auto column = [&](const std::string& name) { return titled ? kTitles.at(name) : name; };
    for (const auto& [name, title] : kTitles)
        EXPECT_GE(table->GetLayerDefn()->GetFieldIndex(column(name).c_str()), 0) << column(name);
    for (auto& feature : *table) {
        auto text = [&](const char* name) { return std::string(feature->GetFieldAsString(column(name).c_str())); };
        Row row;
        row.team = std::stoi(text("team"));
        row.stop = std::stoi(text("stop"));
        row.lead = text("lead_id");
        row.zone = text("zone_id");
        row.zone_name = text("zone_name");
        row.node = text("node_id");
        row.lat = std::stod(text("lat"));
        row.lon = std::stod(text("lon"));
        row.from_previous = std::stod(text("distance_from_previous_m"));
        rows.push_back(row);
    }
    return rows;
}

/// Teams numbered 1..teams, stops 1..k in order within each, no lead twice,
/// sizes at most one apart.
void expect_teams(const std::vector<Row>& rows, int teams) {
    std::map<int, std::vector<int>> stops;
    std::set<std::string> leads;
    for (const Row& row : rows) {
        stops[row.team].push_back(row.stop);
        EXPECT_TRUE(leads.insert(row.lead).second) << row.lead << " twice";
        EXPECT_GE(row.from_previous, 0);
    }
    ASSERT_EQ(int(stops.size()), teams);
    std::size_t smallest = SIZE_MAX, largest = 0;
    for (const auto& [team, numbers] : stops) {
        EXPECT_TRUE(team >= 1 && team <= teams);
        for (std::size_t k = 0; k < numbers.size(); ++k) EXPECT_EQ(numbers[k], int(k + 1)) << "team " << team;
        smallest = std::min(smallest, numbers.size());
        largest = std::max(largest, numbers.size());
    }
    EXPECT_LE(largest - smallest, 1u);
}

std::string first_line(const std::string& text) { return text.substr(0, text.find('\n')); }

}  // namespace

TEST(DayPlanCli, SampleCsvEveryStopCheckedAgain) {
    TempDir dir;
    const fs::path csv = dir / "plan.csv";
    const CommandRun run = run_coverplan("day-plan " + kSample + " --zone " + kSampleZones +
                                             " --teams 3 --date 2026-11-30 -o " + csv.string(), dir);
    ASSERT_LE(run.exit_code, 1) << run.out << run.err;
    EXPECT_NE(run.out.find("straight-line distances"), std::string::npos) << run.out;
    EXPECT_NE(run.out.find("Team 3"), std::string::npos) << run.out;
    const std::vector<Row> rows = read_plan(csv);
    ASSERT_EQ(rows.size(), 60u) << "3 teams x 20 stops: the sample's three wards have more servable leads";
    expect_teams(rows, 3);
    const std::set<std::string> asked{"XA-00001", "XA-00002", "XA-00003"};
    for (const Row& row : rows) EXPECT_TRUE(asked.count(row.zone)) << row.lead << " in " << row.zone;
    // The sample's leads name their customer and a note (ten_kh, ghi_chu): both come along.
    const auto table_read = open_vector(csv);
    ASSERT_TRUE(table_read);
    OGRLayer* layer = table_read->GetLayer(0);
    ASSERT_GE(layer->GetLayerDefn()->GetFieldIndex("customer"), 0);
    ASSERT_GE(layer->GetLayerDefn()->GetFieldIndex("note"), 0);
    EXPECT_LT(layer->GetLayerDefn()->GetFieldIndex("phone"), 0) << "the sample maps no phone";
    int named = 0;
    for (auto& feature : *layer) named += std::string(feature->GetFieldAsString("customer")).size() > 3;
    EXPECT_EQ(named, 60);

    // The same points through `coverplan check --points`: each one available.
    const fs::path checked = dir / "checked.csv";
    const CommandRun check = run_coverplan("check " + kSample + " --points " + csv.string() + " --x lon --y lat --tech-field technology -o " +
                                               checked.string(), dir);
    ASSERT_LE(check.exit_code, 1) << check.out << check.err;
    const auto table = open_vector(checked);
    ASSERT_TRUE(table);
    int rows_checked = 0;
    for (auto& feature : *table->GetLayer(0)) {
        ++rows_checked;
        EXPECT_STREQ(feature->GetFieldAsString("status"), "available") << feature->GetFieldAsString("lead_id");
        EXPECT_TRUE(asked.count(feature->GetFieldAsString("zone_id"))) << feature->GetFieldAsString("lead_id");
    }
    EXPECT_EQ(rows_checked, 60);

    // --json gives the same stops.
    const CommandRun js = run_coverplan("day-plan " + kSample + " --zone " + kSampleZones + " --teams 3 --date 2026-11-30 --json", dir);
    ASSERT_LE(js.exit_code, 1) << js.err;
    const json plan = json::parse(js.out);
    EXPECT_EQ(plan["distances"], "straight-line");
    ASSERT_EQ(plan["teams"].size(), 3u);
    std::size_t stops = 0;
    for (const auto& team : plan["teams"]) {
        double sum = 0;
        for (const auto& stop : team["stops"]) sum += stop["distance_from_previous_m"].get<double>();
        EXPECT_NEAR(sum, team["length_m"].get<double>(), 1e-6);
        EXPECT_LE(team["length_m"].get<double>(), team["nearest_neighbour_m"].get<double>() + 1e-6);
        stops += team["stops"].size();
    }
    EXPECT_EQ(stops, 60u);
    EXPECT_EQ(plan["teams"][0]["stops"][0]["lead_id"], rows[0].lead);
}

TEST(DayPlanCli, SampleXlsxHasASheetPerTeamAndVietnameseNames) {
    TempDir dir;
    const fs::path xlsx = dir / "plan.xlsx";
    const CommandRun run = run_coverplan("day-plan " + kSample + " --zone " + kSampleZones + " --teams 3 --stops 8 " +
                                             "--date 2026-11-30 -o " + xlsx.string(), dir);
    ASSERT_LE(run.exit_code, 1) << run.out << run.err;
    const std::vector<Row> all = read_plan(xlsx, "Day plan");
    ASSERT_EQ(all.size(), 24u);
    expect_teams(all, 3);
    std::set<std::string> names;
    for (const Row& row : all) names.insert(row.zone_name);
    EXPECT_TRUE(names.count("Phường Trần Phú")) << "the ward names keep their Vietnamese letters";
    for (int team = 1; team <= 3; ++team) {
        const std::vector<Row> sheet = read_plan(xlsx, ("Team " + std::to_string(team)).c_str());
        EXPECT_EQ(sheet.size(), 8u);
        for (const Row& row : sheet) EXPECT_EQ(row.team, team);
    }
}

TEST(DayPlanCli, SamplePdfStartsEachTeamOnItsOwnPage) {
    TempDir dir;
    const fs::path pdf = dir / "plan.pdf";
    const CommandRun run = run_coverplan("day-plan " + kSample + " --zone " + kSampleZones + " --teams 3 --date 2026-11-30 -o " +
                                             pdf.string(), dir);
    ASSERT_LE(run.exit_code, 1) << run.out << run.err;
    const std::string info = command_output("pdfinfo " + shell_quote(pdf.string()));
    const auto at = info.find("Pages:");
    ASSERT_NE(at, std::string::npos) << info;
    const int pages = std::stoi(info.substr(at + 6));
    EXPECT_GE(pages, 4) << "the overview and a page per team";
    // Each team's heading opens a page of its own, after the overview.
    int last_page = 1;
    for (int team = 1; team <= 3; ++team) {
        const std::string heading = "Team " + std::to_string(team) + " · 20 stops";
        int found = 0;
        for (int page = last_page + 1; page <= pages && !found; ++page) {
            const std::string text = command_output("pdftotext -f " + std::to_string(page) + " -l " +
                                                    std::to_string(page) + " " + shell_quote(pdf.string()) + " -");
            if (text.find(heading) != std::string::npos) found = page;
        }
        EXPECT_GT(found, last_page) << heading;
        last_page = std::max(last_page, found);
    }
    const std::string text = command_output("pdftotext " + shell_quote(pdf.string()) + " -");
    EXPECT_NE(text.find("Phường Trần Phú"), std::string::npos);
    EXPECT_NE(text.find("straight lines"), std::string::npos);
    EXPECT_NE(text.find("Ngô Quyền"), std::string::npos) << "addresses of the sample's streets";
}

TEST(DayPlanCli, HandBuiltProjectWithAStartAsPeopleWriteIt) {
    TempDir dir;
    const std::string project = write_project(dir);
    // Decimal commas, then degrees-minutes-seconds: the same start.
    for (const std::string start : {"'21,05 106,05'", "\"21°03'00\\\"N 106°03'00\\\"E\""}) {
        const CommandRun run = run_coverplan("day-plan " + project + " --zone Z1,Z2 --teams 2 --date 2026-12-05 --start " +
                                                 start + " --json", dir);
        ASSERT_EQ(run.exit_code, 0) << run.out << run.err;
        const json plan = json::parse(run.out);
        EXPECT_NEAR(plan["start"]["lat"].get<double>(), 21.05, 1e-9);
        EXPECT_NEAR(plan["start"]["lon"].get<double>(), 106.05, 1e-9);
        EXPECT_EQ(plan["leads"]["open"], 6);
        EXPECT_EQ(plan["leads"]["available"], 5);
        EXPECT_EQ(plan["leads"]["not_covered"], 1);
        std::set<std::string> leads;
        for (const auto& team : plan["teams"]) {
            EXPECT_TRUE(team["stops"].size() == 2u || team["stops"].size() == 3u);
            for (const auto& stop : team["stops"]) leads.insert(stop["lead_id"]);
        }
        EXPECT_EQ(leads, (std::set<std::string>{"P1", "P2", "P3", "P4", "P5"}));
    }
}

TEST(DayPlanCli, BadOptionsAreRefusedWithExactMessages) {
    TempDir dir;
    const std::string project = write_project(dir);
    const std::string plan = (dir / "plan.csv").string();
    const std::string base = "day-plan " + project;
    const std::map<std::string, std::string> cases = {
        {base + " -o " + plan, "coverplan day-plan: --zone ID[,ID...] is required: the zones the teams sell in"},
        {base + " --zone Z9 -o " + plan,
         "coverplan day-plan: --zone: the project has no zone 'Z9'; its 2 zone ids are Z1, Z2 (`coverplan rank` lists "
         "them with their names)"},
        {base + " --zone 'Xã Dĩnh Trì' -o " + plan,
         "coverplan day-plan: --zone: the project has no zone 'Xã Dĩnh Trì' ('Xã Dĩnh Trì' is the name of zone Z2; "
         "--zone takes ids); its 2 zone ids are Z1, Z2 (`coverplan rank` lists them with their names)"},
        {base + " --zone Z1 --teams 0 -o " + plan, "coverplan day-plan: --teams must be a whole number from 1 to 50, got 0"},
        {base + " --zone Z1 --stops 500 -o " + plan,
         "coverplan day-plan: --stops must be a whole number from 1 to 200, got 500"},
        {base + " --zone Z1 --date 2026-02-30 -o " + plan,
         "coverplan day-plan: --date '2026-02-30' has no day 30: February 2026 has 28 days"},
        {base + " --zone Z1 --start 106.05,21.05 -o " + plan,
         "coverplan day-plan: --start: latitude 106.05 is outside -90..90 (LAT,LON: latitude first)"},
        {base + " --zone Z1 -o " + (dir / "plan.txt").string(),
         "coverplan day-plan: -o: the day plan is written as .pdf, .csv or .xlsx, got '" + (dir / "plan.txt").string() + "'"},
    };
    for (const auto& [arguments, message] : cases) {
        const CommandRun run = run_coverplan(arguments, dir);
        EXPECT_EQ(run.exit_code, 2) << arguments;
        EXPECT_EQ(first_line(run.err), message) << arguments;
    }
    EXPECT_FALSE(fs::exists(plan)) << "nothing written for a refused command";

    // Over one of its inputs: refused before any work, the input unchanged.
    const CommandRun over = run_coverplan(base + " --zone Z1 -o " + (dir / "leads.csv").string(), dir);
    EXPECT_EQ(over.exit_code, 2) << over.out;
    EXPECT_EQ(dir.read("leads.csv"), kLeads);

    // Nothing to sell: on 2 November P9 is the only open lead of Z2 (P4 and
    // P5 came later) and no node reaches it.
    const CommandRun none = run_coverplan(base + " --zone Z2 --date 2026-11-02 -o " + plan, dir);
    EXPECT_EQ(none.exit_code, 2);
    EXPECT_NE(none.err.find("no open lead of Z2 Xã Dĩnh Trì can be served on 2026-11-02 (1 open lead on 2026-11-02: "
                            "0 servable now, 0 full, 0 planned, 1 not covered; 2 created after the day not counted); "
                            "nothing to plan, nothing written"),
              std::string::npos)
        << none.err;
    EXPECT_FALSE(fs::exists(plan));

    // A project without leads says what a day plan needs.
    TempDir bare;
    const std::string no_leads = coverplan::test::write_cli_project(bare, "id,lon,lat\nS1,106.05,21.05\n");
    const CommandRun nothing = run_coverplan("day-plan " + no_leads + " --zone Z1", bare);
    EXPECT_EQ(nothing.exit_code, 2);
    EXPECT_EQ(first_line(nothing.err), "error: " + no_leads + ": the project has no leads layer ([layers.leads]) and no "
                                       "prospects recorded in the field: a day plan visits open leads");

    // A start far from the zones is planned, and said (exit 1).
    const CommandRun far = run_coverplan(base + " --zone Z1 --start 21.5,106.05 --date 2026-12-05", dir);
    EXPECT_EQ(far.exit_code, 1) << far.out << far.err;
    EXPECT_NE(far.out.find("Warning: the start is 44.3 km from the nearest zone asked; check --start (latitude first)."),
              std::string::npos)
        << far.out;
}
