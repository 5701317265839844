// Work lists per team (`coverplan sla --team / --split-by team`) and the
// morning reminders (`coverplan remind`): on hand-built orders and leads,
// each team's list holds exactly the orders of its own (or its zones'), the
// split outputs read back with GDAL, and the calendars parse with an
// independent reader (Debian's python3-icalendar) with one event per due
// order and the same UIDs when written again.

#include <gtest/gtest.h>
#include <ogrsf_frmts.h>

#include <algorithm>
#include <fstream>
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

// as_of 2026-11-30, due-soon window 3 days. Z1's team Đội Trần Phú, Z2's Đội Dĩnh Trì.
//   R1 Z1 Kỹ thuật Bắc  due 2026-11-25 open      -> overdue 5 days
//   R2 Z1 (none)        due 2026-12-01 open      -> due soon, 1 day: Đội Trần Phú
//   R3 Z2 Kỹ thuật Bắc  due 2026-12-03 open      -> due soon, 3 days (the edge)
//   R4 Z2 (none)        due 2026-12-04 open      -> 4 days: in no list
//   R5 Z2 (none)        due 2026-11-20 installed -> done: in no list
//   R6 Z2 (none)        due 2026-11-28 open      -> overdue 2 days: Đội Dĩnh Trì
const std::string kOrders =
    "id,lon,lat,created,due,installed,team,dia_chi,khach\n"
    "R1,106.05,21.05,2026-11-01,2026-11-25,,Kỹ thuật Bắc,\"12 Ngô Quyền, P. Trần Phú\",KH-001\n"
    "R2,106.06,21.05,2026-11-20,2026-12-01,,,\"5 Lê Lợi; ngõ 3\",KH-002\n"
    "R3,106.15,21.05,2026-11-20,2026-12-03,,Kỹ thuật Bắc,Thôn Đông,KH-003\n"
    "R4,106.16,21.05,2026-11-21,2026-12-04,,,,\n"
    "R5,106.17,21.05,2026-11-01,2026-11-20,2026-11-19,,,\n"
    "R6,106.18,21.06,2026-11-01,2026-11-28,,,Xóm Trại,KH-006\n";

// Leads (ftth): N1 covers [106.02, 106.15] x [21.02, 21.08] with spare ports.
//   L1 Z1 new 2026-11-29, covered        -> new prospect of Đội Trần Phú
//   L2 Z2 new 2026-11-28, not covered    -> failed check of Đội Dĩnh Trì
//   L3 Z1 new 2026-10-01                 -> too old to be new
//   L4 Z2 won 2026-11-29                 -> closed
const std::string kLeads =
    "id,lon,lat,service,status,created\n"
    "L1,106.05,21.06,ftth,new,2026-11-29\n"
    "L2,106.18,21.09,ftth,new,2026-11-28\n"
    "L3,106.06,21.06,ftth,new,2026-10-01\n"
    "L4,106.12,21.05,ftth,won,2026-11-29\n";

std::string write_project(const TempDir& dir) {
    dir.write("orders.csv", kOrders);
    dir.write("leads.csv", kLeads);
    const std::string project =
        coverplan::test::kCliProject +
        coverplan::test::csv_point_layer("orders", "created = \"created\"\ndue = \"due\"\ninstalled = \"installed\"\n"
                                                   "team = \"team\"\naddress = \"dia_chi\"\ncustomer = \"khach\"\n") +
        coverplan::test::csv_point_layer("leads", "technology = \"service\"\nstatus = \"status\"\ncreated = \"created\"\n");
    return coverplan::test::write_cli_project(dir, "id,lon,lat\nS1,106.05,21.05\n", project);
}

std::vector<std::string> ids(const json& items, const char* key) {
    std::vector<std::string> out;
    for (const auto& item : items) out.push_back(item[key]);
    return out;
}

using Strings = std::vector<std::string>;

/// The events of an iCalendar file as Python's icalendar reads them.
json calendar_events(const fs::path& file) {
    const std::string script =
        "import icalendar, json, sys\n"
        "cal = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())\n"
        "out = []\n"
        "for e in cal.walk('VEVENT'):\n"
        "    alarms = [a for a in e.walk('VALARM')]\n"
        "    out.append({'uid': str(e['UID']), 'start': e['DTSTART'].dt.isoformat(), 'summary': str(e['SUMMARY']),\n"
        "                'location': str(e['LOCATION']), 'description': str(e['DESCRIPTION']),\n"
        "                'categories': [str(c) for c in e['CATEGORIES'].cats],\n"
        "                'alarms': len(alarms), 'trigger': str(alarms[0]['TRIGGER'].dt) if alarms else ''})\n"
        "print(json.dumps(out))\n";
    const std::string out = command_output("/usr/bin/python3 -c " + shell_quote(script) + " " + shell_quote(file.string()));
    const json events = json::parse(out, nullptr, false);
    EXPECT_TRUE(events.is_array()) << file << ": " << out;
    return events;
}

}  // namespace

TEST(TeamWorkCli, EachTeamsListHoldsExactlyItsOrdersAndProspects) {
    TempDir dir;
    const std::string project = write_project(dir);
    const CommandRun run = run_coverplan("sla " + project + " --split-by team --json", dir);
    ASSERT_EQ(run.exit_code, 0) << run.out << run.err;
    const json out = json::parse(run.out);
    std::map<std::string, json> teams;
    for (const auto& team : out["teams"]) teams[team["team"]] = team;
    // Every team of the zones and the orders, and the orders no team owns ("" when any).
    EXPECT_EQ(teams.size(), 3u) << out.dump(1);
    const json& bac = teams.at("Kỹ thuật Bắc");
    EXPECT_EQ(ids(bac["overdue"], "order_id"), Strings{"R1"});
    EXPECT_EQ(ids(bac["due_soon"], "order_id"), Strings{"R3"});
    EXPECT_EQ(bac["overdue"][0]["days_overdue"], 5);
    EXPECT_EQ(bac["overdue"][0]["address"], "12 Ngô Quyền, P. Trần Phú");
    EXPECT_EQ(bac["overdue"][0]["customer"], "KH-001");
    EXPECT_TRUE(ids(bac["new_prospects"], "lead_id").empty());
    const json& tran_phu = teams.at("Đội Trần Phú");
    EXPECT_TRUE(tran_phu["overdue"].empty());
    EXPECT_EQ(ids(tran_phu["due_soon"], "order_id"), Strings{"R2"});
    EXPECT_EQ(ids(tran_phu["new_prospects"], "lead_id"), Strings{"L1"});
    EXPECT_EQ(tran_phu["new_prospects"][0]["node_id"], "N1");
    EXPECT_TRUE(tran_phu["failed_checks"].empty());
    const json& dinh_tri = teams.at("Đội Dĩnh Trì");
    EXPECT_EQ(ids(dinh_tri["overdue"], "order_id"), Strings{"R6"});
    EXPECT_TRUE(dinh_tri["due_soon"].empty());
    EXPECT_EQ(ids(dinh_tri["failed_checks"], "lead_id"), Strings{"L2"});
    EXPECT_EQ(dinh_tri["failed_checks"][0]["status"], "not_covered");

    // --team picks; --new-days widens what is new.
    const CommandRun one = run_coverplan("sla " + project + " --team 'Đội Trần Phú' --new-days 90 --json", dir);
    ASSERT_EQ(one.exit_code, 0) << one.out << one.err;
    const json only = json::parse(one.out)["teams"];
    ASSERT_EQ(only.size(), 1u);
    EXPECT_EQ(ids(only[0]["new_prospects"], "lead_id"), (Strings{"L1", "L3"}));

    const CommandRun unknown = run_coverplan("sla " + project + " --team 'Đội Bắc'", dir);
    EXPECT_EQ(unknown.exit_code, 2);
    EXPECT_NE(unknown.err.find("--team 'Đội Bắc' is not a team of the project (its zones' and orders' teams: "
                               "'Kỹ thuật Bắc', 'Đội Dĩnh Trì', 'Đội Trần Phú')"),
              std::string::npos)
        << unknown.err;
}

TEST(TeamWorkCli, SplitOutputsOneSheetOrFilePerTeam) {
    TempDir dir;
    const std::string project = write_project(dir);
    const CommandRun xlsx = run_coverplan("sla " + project + " --split-by team -o " + (dir / "lists.xlsx").string(), dir);
    ASSERT_EQ(xlsx.exit_code, 0) << xlsx.out << xlsx.err;
    const auto book = open_vector(dir / "lists.xlsx");
    ASSERT_TRUE(book);
    std::set<std::string> sheets;
    for (int i = 0; i < book->GetLayerCount(); ++i) sheets.insert(book->GetLayer(i)->GetName());
    EXPECT_EQ(sheets, (std::set<std::string>{"Kỹ thuật Bắc", "Đội Dĩnh Trì", "Đội Trần Phú"}));
    OGRLayer* bac = book->GetLayerByName("Kỹ thuật Bắc");
    ASSERT_TRUE(bac);
    EXPECT_EQ(bac->GetFeatureCount(), 2);  // R1 overdue, R3 due soon

    const CommandRun csv = run_coverplan("sla " + project + " --split-by team -o " + (dir / "out" / "lists.csv").string(), dir);
    ASSERT_EQ(csv.exit_code, 0) << csv.out << csv.err;
    for (const char* team : {"Kỹ thuật Bắc", "Đội Dĩnh Trì", "Đội Trần Phú"})
        EXPECT_TRUE(fs::exists(dir / "out" / (std::string("lists-") + team + ".csv"))) << team;
    const auto dinh_tri = open_vector(dir / "out" / "lists-Đội Dĩnh Trì.csv");
    ASSERT_TRUE(dinh_tri);
    EXPECT_EQ(dinh_tri->GetLayer(0)->GetFeatureCount(), 2);  // R6 overdue, L2 failed check
}

TEST(RemindCli, CalendarsHoldOneEventPerDueOrderWithStableUids) {
    TempDir dir;
    const std::string project = write_project(dir);
    const fs::path out = dir / "nhắc việc";
    const CommandRun run = run_coverplan("remind " + project + " --within 3d -o " + shell_quote(out.string()), dir);
    ASSERT_EQ(run.exit_code, 0) << run.out << run.err;
    for (const char* team : {"Kỹ thuật Bắc", "Đội Dĩnh Trì", "Đội Trần Phú"})
        for (const char* ext : {".ics", ".txt", ".xlsx"})
            EXPECT_TRUE(fs::exists(out / (std::string(team) + ext))) << team << ext;

    const json bac = calendar_events(out / "Kỹ thuật Bắc.ics");
    ASSERT_EQ(bac.size(), 2u) << bac.dump(1);
    // The overdue order is shown on the reminder's day, the due one on its own.
    EXPECT_EQ(bac[0]["start"], "2026-11-30");
    EXPECT_EQ(bac[0]["summary"], "LATE 5 days: install order R1 — Phường Trần Phú");
    EXPECT_EQ(bac[0]["location"], "12 Ngô Quyền, P. Trần Phú");
    EXPECT_NE(bac[0]["description"].get<std::string>().find("Customer: KH-001"), std::string::npos);
    EXPECT_EQ(bac[0]["uid"], "coverplan-order-R1@coverplan");
    EXPECT_EQ(bac[0]["categories"], json::array({"Coverplan", "overdue"}));
    EXPECT_EQ(bac[0]["alarms"], 1);
    EXPECT_EQ(bac[0]["trigger"], "-1 day, 18:00:00");  // 6 hours before the day starts
    EXPECT_EQ(bac[1]["start"], "2026-12-03");
    EXPECT_EQ(bac[1]["location"], "Thôn Đông");
    const json tran_phu = calendar_events(out / "Đội Trần Phú.ics");
    ASSERT_EQ(tran_phu.size(), 1u);
    EXPECT_EQ(tran_phu[0]["location"], "5 Lê Lợi; ngõ 3");
    const json dinh_tri = calendar_events(out / "Đội Dĩnh Trì.ics");
    ASSERT_EQ(dinh_tri.size(), 1u);  // R6; R4 is due after the window, R5 is installed

    // Written again: the same UIDs, so a calendar updates instead of duplicating.
    const CommandRun again = run_coverplan("remind " + project + " --within 3d -o " + shell_quote(out.string()), dir);
    ASSERT_EQ(again.exit_code, 0) << again.out << again.err;
    const json bac_again = calendar_events(out / "Kỹ thuật Bắc.ics");
    ASSERT_EQ(bac_again.size(), 2u);
    EXPECT_EQ(bac_again[0]["uid"], bac[0]["uid"]);
    EXPECT_EQ(bac_again[1]["uid"], bac[1]["uid"]);
    EXPECT_NE(bac[0]["uid"], bac[1]["uid"]);

    // The summary: counts and the first items, for a chat message.
    std::ifstream summary(out / "Đội Dĩnh Trì.txt");
    const std::string text((std::istreambuf_iterator<char>(summary)), {});
    EXPECT_NE(text.find("Overdue orders: 1\n- R6, 2 days late, Xóm Trại (Xã Dĩnh Trì), customer KH-006\n"), std::string::npos)
        << text;
    EXPECT_NE(text.find("Failed checks (prospects where the network is full or absent): 1\n- L2, 2026-11-28 (Xã Dĩnh Trì), "
                        "not covered\n"),
              std::string::npos)
        << text;
}

TEST(RemindCli, BadOptionsAreRefusedBeforeAnyWork) {
    TempDir dir;
    const std::string project = write_project(dir);
    const CommandRun within = run_coverplan("remind " + project + " --within 3 days -o " + (dir / "r").string(), dir);
    EXPECT_EQ(within.exit_code, 2);
    const CommandRun hours = run_coverplan("remind " + project + " --within 30h -o " + (dir / "r").string(), dir);
    EXPECT_EQ(hours.exit_code, 2);
    EXPECT_NE(hours.err.find("--within expects a number of days from 0 to 365, written 3d, 1w or 72h, got '30h'"),
              std::string::npos)
        << hours.err;
    const CommandRun no_dir = run_coverplan("remind " + project, dir);
    EXPECT_EQ(no_dir.exit_code, 2);
    EXPECT_NE(no_dir.err.find("remind needs -o DIR"), std::string::npos) << no_dir.err;
    dir.write("file.txt", "x");
    const CommandRun file = run_coverplan("remind " + project + " -o " + (dir / "file.txt").string(), dir);
    EXPECT_EQ(file.exit_code, 2);
    EXPECT_FALSE(fs::exists(dir / "r"));
}

TEST(RemindCli, InVietnameseTheCalendarsAndSummariesReadAsATechnicianWritesThem) {
    TempDir dir;
    const std::string project = write_project(dir);
    const fs::path en = dir / "en", vi = dir / "vi";
    ASSERT_EQ(run_coverplan("remind " + project + " --within 3d -o " + shell_quote(en.string()), dir).exit_code, 0);
    const CommandRun run = run_coverplan("remind " + project + " --within 3d --lang vi -o " + shell_quote(vi.string()), dir);
    ASSERT_EQ(run.exit_code, 0) << run.out << run.err;

    const json bac = calendar_events(vi / "Kỹ thuật Bắc.ics");
    ASSERT_EQ(bac.size(), 2u) << bac.dump(1);
    EXPECT_EQ(bac[0]["summary"], "TRỄ 5 ngày: yêu cầu lắp đặt R1 — Phường Trần Phú");
    const std::string description = bac[0]["description"];
    EXPECT_NE(description.find("Hạn hoàn thành 25/11/2026 (trễ 5 ngày)"), std::string::npos) << description;
    EXPECT_NE(description.find("Khách hàng: KH-001"), std::string::npos) << description;
    EXPECT_NE(description.find("số liệu ngày 30/11/2026"), std::string::npos) << description;
    EXPECT_EQ(bac[1]["summary"], "Yêu cầu lắp đặt R3 — Xã Dĩnh Trì");
    // The same events whatever the language: a calendar fed both updates instead of duplicating.
    const json bac_en = calendar_events(en / "Kỹ thuật Bắc.ics");
    ASSERT_EQ(bac_en.size(), 2u);
    EXPECT_EQ(bac[0]["uid"], bac_en[0]["uid"]);
    EXPECT_EQ(bac[0]["categories"], bac_en[0]["categories"]);

    std::ifstream summary(vi / "Đội Dĩnh Trì.txt");
    const std::string text((std::istreambuf_iterator<char>(summary)), {});
    EXPECT_NE(text.find("Yêu cầu quá hạn: 1\n- R6, trễ 2 ngày, Xóm Trại (Xã Dĩnh Trì), khách hàng KH-006\n"), std::string::npos)
        << text;
    EXPECT_NE(text.find("Kiểm tra không đạt (khách hàng tiềm năng nơi mạng hết cổng hoặc chưa có): 1\n"
                        "- L2, 28/11/2026 (Xã Dĩnh Trì), ngoài vùng phục vụ\n"),
              std::string::npos)
        << text;
    EXPECT_EQ(text.find("Overdue"), std::string::npos) << text;
}

TEST(LanguageCli, WorkListsAndRemindersSayOnTheTerminalWhatIsDueInVietnamese) {
    TempDir dir;
    const std::string project = write_project(dir);
    const CommandRun list = run_coverplan("sla " + project + " --team 'Đội Dĩnh Trì' --lang vi", dir);
    ASSERT_EQ(list.exit_code, 0) << list.out << list.err;
    EXPECT_EQ(list.out.rfind("Danh sách công việc: CLI test\nSố liệu ngày 30/11/2026; chỉ tiêu đúng hạn 100,0 %.\n\n"
                             "Danh sách công việc: Đội Dĩnh Trì — đúng hạn 50,0 % trên 2 yêu cầu đã đánh giá, chỉ tiêu 100,0 % "
                             "(chưa đạt)\nYêu cầu quá hạn (trễ lâu nhất trước): 1\n"
                             "yêu cầu  hạn hoàn thành  số ngày trễ  khu vực      địa chỉ   khách hàng\n",
                             0),
              0u)
        << list.out;
    for (const char* text : {"\nR6       28/11/2026                2  Xã Dĩnh Trì  Xóm Trại  KH-006\n", "\nĐến hạn trong 3 ngày tới: 0\n",
                             "\nKhách hàng tiềm năng mới mạng phục vụ được ngay (tạo trong 7 ngày gần nhất): 0\n",
                             "\nKiểm tra không đạt: khách hàng tiềm năng mới nơi mạng hết cổng hoặc chưa có (tạo trong 7 ngày gần "
                             "nhất): 1\nkhách hàng tiềm năng  ngày tạo    khu vực      công nghệ  trạng thái          node\n",
                             "\nL2                    28/11/2026  Xã Dĩnh Trì  ftth       ngoài vùng phục vụ\n"})
        EXPECT_NE(list.out.find(text), std::string::npos) << text << "\n" << list.out;

    const fs::path folder = dir / "nhắc việc";
    const CommandRun run = run_coverplan("remind " + project + " --lang vi -o " + shell_quote(folder.string()), dir);
    ASSERT_EQ(run.exit_code, 0) << run.out << run.err;
    EXPECT_EQ(run.out,
              "Nhắc việc cho CLI test, 30/11/2026: yêu cầu đến hạn trong 3 ngày tới, khách hàng tiềm năng của 7 ngày gần nhất\n"
              "  Kỹ thuật Bắc: 1 quá hạn, 1 sắp đến hạn, 0 khách hàng tiềm năng mới, 0 kiểm tra không đạt -> Kỹ thuật Bắc.ics, "
              "Kỹ thuật Bắc.txt, Kỹ thuật Bắc.xlsx\n"
              "  Đội Dĩnh Trì: 1 quá hạn, 0 sắp đến hạn, 0 khách hàng tiềm năng mới, 1 kiểm tra không đạt -> Đội Dĩnh Trì.ics, "
              "Đội Dĩnh Trì.txt, Đội Dĩnh Trì.xlsx\n"
              "  Đội Trần Phú: 0 quá hạn, 1 sắp đến hạn, 1 khách hàng tiềm năng mới, 0 kiểm tra không đạt -> Đội Trần Phú.ics, "
              "Đội Trần Phú.txt, Đội Trần Phú.xlsx\n"
              "Đã ghi 9 tệp vào " + folder.string() + "\n");
    const CommandRun english = run_coverplan("remind " + project + " -o " + shell_quote((dir / "en").string()), dir);
    EXPECT_EQ(english.out.rfind("Reminders for CLI test, 2026-11-30: orders due within 3 days, prospects of the last 7 days\n"
                                "  Kỹ thuật Bắc: 1 overdue, 1 due soon, 0 new prospects, 0 failed checks -> Kỹ thuật Bắc.ics, ",
                                0),
              0u)
        << english.out;
}
