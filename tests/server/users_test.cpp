// The service's users (ui/server/users.h) and the recent-prospect memory
// that stores a double submission once (ui/server/lead_recorder.h): user
// files read and refused with exact messages, tokens in any Unicode form,
// and which repeats count as one prospect.

#include <gtest/gtest.h>

#include <chrono>

#include "gis/error.h"
#include "support/temp_dir.h"
#include "ui/server/lead_recorder.h"
#include "ui/server/users.h"
#include "ui/store/tables.h"
#include "ui/store/workspace.h"

namespace coverplan::server {
namespace {

using test::TempDir;

// "Nguyễn Văn Thành" with precomposed letters (NFC) and with combining marks (NFD).
const std::string kNfc = "Nguy\xE1\xBB\x85n V\xC4\x83n Th\xC3\xA0nh";
const std::string kNfd = "Nguye\xCC\x82\xCC\x83n Va\xCC\x86n Tha\xCC\x80nh";

std::string error_of(const std::filesystem::path& file) {
    try {
        read_users_file(file);
    } catch (const InputError& error) {
        return error.what();
    }
    return "(accepted)";
}

TEST(Users, NfcAndNfdAreOneToken) {
    ASSERT_NE(kNfc, kNfd);
    EXPECT_EQ(normalised_token(kNfd), kNfc);
    const Users users({{"thanh", Role::Sales, hash_token(kNfc)}}, "");
    const auto by_nfd = users.verify(kNfd);
    ASSERT_TRUE(by_nfd);
    EXPECT_EQ(by_nfd->name, "thanh");
    // Hashed from the decomposed form, the composed one signs in too.
    const Users other({{"thanh", Role::Sales, hash_token(kNfd)}}, "");
    ASSERT_TRUE(other.verify(kNfc));
}

TEST(Users, RightWrongAndRepeatedTokens) {
    const std::string vietnamese = "mật-khẩu Đà Nẵng 2027";
    const Users users({{"lan", Role::Sales, hash_token(vietnamese)},
                       {"minh", Role::Planner, hash_token("planner token")},
                       {"thu", Role::Reader, hash_token("đọc thôi")}},
                      "");
    EXPECT_EQ(users.size(), 3u);
    for (int round = 0; round < 2; ++round) {  // the second round is answered from memory
        ASSERT_TRUE(users.verify(vietnamese));
        EXPECT_EQ(users.verify(vietnamese)->name, "lan");
        EXPECT_EQ(users.verify("planner token")->role, Role::Planner);
        EXPECT_EQ(users.verify("đọc thôi")->role, Role::Reader);
        EXPECT_FALSE(users.verify("mật-khẩu Đà Nẵng 2026"));
        EXPECT_FALSE(users.verify(vietnamese + " "));
        EXPECT_FALSE(users.verify(""));
    }
    EXPECT_THROW(users.verify("bad \xC3\x28 byte"), TokenError);
    try {
        users.verify("ab\xFF");
    } catch (const TokenError& error) {
        EXPECT_STREQ(error.what(), "the token is not valid UTF-8 (bad byte at offset 2): tokens are Unicode text sent as UTF-8");
    }
}

TEST(Users, TheProjectTokenIsTheUserToken) {
    const Users users({{"lan", Role::Reader, hash_token("lan's")}}, "chung-cả-đội");
    EXPECT_EQ(users.size(), 2u);
    const auto user = users.verify("chung-cả-đội");
    ASSERT_TRUE(user);
    EXPECT_EQ(user->name, kTokenUserName);
    EXPECT_EQ(user->role, Role::Sales);
    EXPECT_FALSE(users.verify("chung-cả-đội-"));
    EXPECT_FALSE(Users({}, "").size());
}

TEST(Users, HashesAreSaltedArgon2AndNeverTheToken) {
    const std::string a = hash_token("same"), b = hash_token("same");
    EXPECT_NE(a, b);
    EXPECT_EQ(a.rfind("$argon2id$", 0), 0u) << a;
    EXPECT_EQ(a.find("same"), std::string::npos);
    EXPECT_THROW(hash_token(""), TokenError);
}

TEST(Users, FileWrittenAndReadBack) {
    TempDir dir;
    const auto file = dir / "users.toml";
    std::vector<User> users = {{"lan", Role::Sales, hash_token("1")}, {"Trần \"Minh\"", Role::Planner, hash_token("2")}};
    write_users_file(file, users);
    set_user(users, {"lan", Role::Reader, hash_token("3")});
    EXPECT_EQ(users.size(), 2u);
    write_users_file(file, users);
    const std::vector<User> read = read_users_file(file);
    ASSERT_EQ(read.size(), 2u);
    EXPECT_EQ(read[0].name, "lan");
    EXPECT_EQ(read[0].role, Role::Reader);
    EXPECT_EQ(read[0].token_hash, users[0].token_hash);
    EXPECT_EQ(read[1].name, "Trần \"Minh\"");
    EXPECT_EQ(read[1].role, Role::Planner);
    EXPECT_TRUE(Users(read, "").verify("3"));
}

TEST(Users, BadFilesNameFileLineAndKey) {
    TempDir dir;
    const std::string hash = hash_token("x");
    const std::string f = (dir / "users.toml").string();
    auto user = [&](const std::string& name, const std::string& role, const std::string& hash_text) {
        return "[[user]]\nname = \"" + name + "\"\nrole = \"" + role + "\"\ntoken_hash = \"" + hash_text + "\"\n";
    };
    dir.write("users.toml", user("lan", "sales", hash) + "\n" + user("minh", "admin", hash));
    EXPECT_EQ(error_of(f), f + ":8: key 'role': unknown role 'admin' (one of: sales, planner, reader)");
    dir.write("users.toml", user("lan", "sales", "secret"));
    EXPECT_EQ(error_of(f), f + ":4: key 'token_hash' is not an argon2 hash (write it with `coverplan users add`)");
    dir.write("users.toml", "[[user]]\nname = \"lan\"\nrole = \"sales\"\n");
    EXPECT_EQ(error_of(f), f + ":1: [[user]] needs key 'token_hash'");
    dir.write("users.toml", user("lan", "sales", hash) + user("lan", "planner", hash));
    EXPECT_EQ(error_of(f), f + ":6: key 'name': user 'lan' is given twice");
    dir.write("users.toml", "[[user]]\nname = \"lan\"\nrole = \"sales\"\ntoken = \"plain\"\n");
    EXPECT_EQ(error_of(f), f + ":4: unknown key 'token' in [[user]] (expected: name, role, token_hash)");
    dir.write("users.toml", "[[user]]\nname = \"\"\nrole = \"sales\"\ntoken_hash = \"" + hash + "\"\n");
    EXPECT_EQ(error_of(f), f + ":2: key 'name' is empty");
    dir.write("users.toml", "[[user]]\nname = 7\n");
    EXPECT_EQ(error_of(f), f + ":2: key 'name' must be text in quotes");
    dir.write("users.toml", "[user]\nname = \"lan\"\n");
    EXPECT_EQ(error_of(f), f + ":1: 'user' must be written [[user]], one table per user (name, role, token_hash)");
    dir.write("users.toml", "[[user]\nname = \"lan\"\n");
    EXPECT_EQ(error_of(f).rfind(f + ":1: ", 0), 0u) << error_of(f);
    EXPECT_EQ(error_of((dir / "missing.toml").string()), (dir / "missing.toml").string() + ": cannot read the user file");
}

TEST(ProjectUsers, AUserFileChangedWhileServingCountsAtTheNextSignIn) {
    TempDir dir;
    planner::Project project;
    project.serve.users_file = dir / "users.toml";
    write_users_file(project.serve.users_file, {{"lan", Role::Sales, hash_token("lan's")}});
    ProjectUsers users(project, "");
    ASSERT_TRUE(users.current()->verify("lan's"));
    EXPECT_FALSE(users.current()->verify("minh's"));

    // Added, as `coverplan users add` writes it (a new file renamed over the old).
    write_users_file(project.serve.users_file,
                     {{"lan", Role::Reader, hash_token("lan's")}, {"minh", Role::Planner, hash_token("minh's")}});
    ASSERT_TRUE(users.current()->verify("minh's"));
    EXPECT_EQ(users.current()->verify("minh's")->role, Role::Planner);
    EXPECT_EQ(users.current()->verify("lan's")->role, Role::Reader);

    // A file broken while the service runs: who could sign in still can.
    dir.write("users.toml", "[[user]\nname = \"lan\"\n");
    EXPECT_TRUE(users.current()->verify("minh's"));
    // Removed: signed out.
    write_users_file(project.serve.users_file, {{"minh", Role::Planner, hash_token("minh's")}});
    EXPECT_FALSE(users.current()->verify("lan's"));
    EXPECT_TRUE(users.current()->verify("minh's"));
}

TEST(ProjectUsers, TheWorkspaceTableIsReadAgainAfterTheInterval) {
    TempDir dir;
    planner::Project project;
    project.workspace.store = (dir / "workspace.gpkg").string();
    project.workspace.display_name = project.workspace.store;
    auto add = [&](const std::string& name, const std::string& token) {
        const auto store = store::open_workspace(project.workspace, store::Access::Write);
        const gis::Row row = {name, std::string("sales"), hash_token(token)};
        const gis::Condition same{"name", gis::Condition::Op::Equal, name};
        store->replace(store::users_table(), std::span(&same, 1), std::span(&row, 1));
    };
    add("lan", "lan's");
    ProjectUsers every_time(project, "", std::chrono::seconds(0));
    ProjectUsers hourly(project, "", std::chrono::hours(1));
    add("minh", "minh's");
    EXPECT_TRUE(every_time.current()->verify("minh's"));
    EXPECT_FALSE(hourly.current()->verify("minh's"));  // not yet read again
    EXPECT_TRUE(hourly.current()->verify("lan's"));
    // The workspace gone (a database down): those read before still sign in.
    std::filesystem::remove(dir / "workspace.gpkg");
    std::filesystem::create_directory(dir / "workspace.gpkg");
    EXPECT_TRUE(every_time.current()->verify("minh's"));
}

Prospect prospect(double lat, double lon, const std::string& user, const std::string& phone = "",
                  const std::string& name = "", const std::string& tech = "ftth") {
    Prospect p;
    p.lat = lat;
    p.lon = lon;
    p.recorded_by = user;
    p.phone = phone;
    p.customer_name = name;
    p.technology = tech;
    return p;
}

TEST(RecentProspects, RepeatsWithinTenMetresAndTenMinutesAreOne) {
    using std::chrono::minutes;
    using std::chrono::seconds;
    RecentProspects recent;
    const auto t0 = RecentProspects::Clock::time_point{} + std::chrono::hours(1);
    // 0.00005 degrees of latitude is 5.6 m; 0.0001 is 11.1 m.
    recent.add(prospect(21.4, 106.0, "lan"), "FL-1", t0);
    EXPECT_EQ(recent.find(prospect(21.40005, 106.0, "lan"), t0 + seconds(5)), "FL-1");
    EXPECT_FALSE(recent.find(prospect(21.4001, 106.0, "lan"), t0 + seconds(5))) << "11 m away";
    EXPECT_FALSE(recent.find(prospect(21.4, 106.0, "minh"), t0 + seconds(5))) << "another user, no phone or name";
    EXPECT_FALSE(recent.find(prospect(21.4, 106.0, "lan", "", "", "4g"), t0 + seconds(5))) << "another technology";
    EXPECT_FALSE(recent.find(prospect(21.4, 106.0, "lan", "0912345678"), t0 + seconds(5))) << "one gives a phone";
    EXPECT_EQ(recent.find(prospect(21.4, 106.0, "lan"), t0 + minutes(10)), "FL-1");
    EXPECT_FALSE(recent.find(prospect(21.4, 106.0, "lan"), t0 + minutes(10) + seconds(1))) << "forgotten after 10 minutes";
    EXPECT_EQ(recent.size(), 0u);

    // Same phone or same customer: a duplicate whoever records it.
    recent.add(prospect(21.4, 106.0, "lan", "+84 912-345-678", "Nguyễn Thị Hoa"), "FL-2", t0);
    EXPECT_EQ(recent.find(prospect(21.4, 106.00005, "minh", "0912 345 678"), t0 + seconds(1)), "FL-2");
    EXPECT_EQ(recent.find(prospect(21.4, 106.00005, "minh", "", "  nguyễn thị   HOA "), t0 + seconds(1)), "FL-2");
    EXPECT_FALSE(recent.find(prospect(21.4, 106.0, "lan", "0912345679", "Trần Văn Nam"), t0 + seconds(1)))
        << "another customer at the same door";
    EXPECT_FALSE(recent.find(prospect(21.4, 106.0, "lan"), t0 + seconds(1))) << "the first gave a phone, this none";
}

TEST(RecentProspects, KeysAndDistances) {
    EXPECT_EQ(phone_key("+84 912-345-678"), "0912345678");
    EXPECT_EQ(phone_key("0084912345678"), "0912345678");
    EXPECT_EQ(phone_key("(0912) 345 678"), "0912345678");
    EXPECT_EQ(phone_key("84912345678"), "84912345678");  // no + : not taken as the country code
    EXPECT_EQ(name_key("  Nguyễn   Văn Thành "), name_key(kNfd));
    EXPECT_EQ(name_key("ĐẶNG"), name_key("đặng"));
    EXPECT_NEAR(distance_m(21.4, 106.0, 21.4001, 106.0), 11.12, 0.01);
    EXPECT_NEAR(distance_m(21.4, 106.0, 21.4, 106.0001), 10.36, 0.01);
}

}  // namespace
}  // namespace coverplan::server
