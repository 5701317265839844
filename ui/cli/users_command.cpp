// coverplan users add PROJECT NAME --role ROLE / coverplan users list PROJECT:
// the field service's users, in the project's user file ([serve] users) or
// else its workspace's users table. The token is read from standard input,
// never from the command line (where `ps` and the shell history would show
// it), and is printed nowhere: only its hash is stored.

#include <termios.h>
#include <unistd.h>

#include <nlohmann/json.hpp>

#include <cstdlib>
#include <iostream>
#include <iterator>

#include "ui/cli/commands.h"
#include "ui/cli/pipeline.h"
#include "ui/cli/text_table.h"
#include "ui/server/users.h"
#include "ui/store/tables.h"
#include "ui/store/workspace.h"

namespace coverplan::cli {

namespace {

using server::User;

/// The token from standard input: one line typed at a terminal (not echoed),
/// or everything piped in, without its final line break.
std::string read_token(const std::string& name) {
    const bool terminal = isatty(STDIN_FILENO);
    std::string token;
    if (terminal) {
        std::cerr << "Token for " << name << " (not shown): " << std::flush;
        termios saved{};
        const bool quiet = tcgetattr(STDIN_FILENO, &saved) == 0;
        if (quiet) {
            termios hidden = saved;
            hidden.c_lflag &= ~tcflag_t(ECHO);
            tcsetattr(STDIN_FILENO, TCSANOW, &hidden);
        }
        std::getline(std::cin, token);
        if (quiet) tcsetattr(STDIN_FILENO, TCSANOW, &saved);
        std::cerr << "\n";
    } else {
        token.assign(std::istreambuf_iterator<char>(std::cin), {});
    }
    if (!token.empty() && token.back() == '\n') token.pop_back();
    if (!token.empty() && token.back() == '\r') token.pop_back();
    if (token.empty()) throw UsageError("no token on standard input (give it there: never on the command line)");
    return token;
}

std::vector<User> table_users(gis::TableStore& store) {
    std::vector<User> users;
    for (const gis::Row& row : store.select(store::users_table())) {
        User user;
        if (const auto* name = std::get_if<std::string>(&row[0])) user.name = *name;
        const auto* role = std::get_if<std::string>(&row[1]);
        user.role = role ? server::parse_role(*role).value_or(server::Role::Reader) : server::Role::Reader;
        users.push_back(std::move(user));
    }
    return users;
}

int add(const planner::Project& project, const Arguments& args) {
    if (args.positional().size() != 3) throw UsageError("users add needs PROJECT and NAME");
    const std::string name = args.positional()[2];
    if (name.empty() || gis::invalid_utf8_at(name)) throw UsageError("NAME must be non-empty UTF-8 text");
    for (const char c : name)
        if (static_cast<unsigned char>(c) < 0x20) throw UsageError("NAME holds a control character");
    const auto role_text = args.value("--role");
    if (!role_text) throw UsageError("users add needs --role (" + server::role_list() + ")");
    const auto role = server::parse_role(*role_text);
    if (!role) throw UsageError("--role '" + *role_text + "' is not a role (one of: " + server::role_list() + ")");
    std::string hash;
    try {
        hash = server::hash_token(read_token(name));
    } catch (const server::TokenError& error) {
        throw UsageError(error.what());
    }
    const User user{name, *role, hash};
    std::string where;
    bool replaced = false;
    if (!project.serve.users_file.empty()) {
        const auto& file = project.serve.users_file;
        std::vector<User> users;
        if (std::filesystem::exists(file)) users = server::read_users_file(file);
        for (const User& u : users) replaced = replaced || u.name == name;
        server::set_user(users, user);
        server::write_users_file(file, users);
        where = file.string();
    } else {
        const auto store = store::open_workspace(project.workspace, store::Access::Write);
        const gis::Row row = {user.name, std::string(server::to_string(user.role)), user.token_hash};
        const gis::Condition same{"name", gis::Condition::Op::Equal, user.name};
        replaced = store->replace(store::users_table(), std::span(&same, 1), std::span(&row, 1)) > 0;
        where = store->display_name() + " (table users)";
    }
    std::cout << (replaced ? "Updated user " : "Added user ") << name << " (" << server::to_string(*role) << ") in "
              << where << "\n";
    return kSuccess;
}

int list(const planner::Project& project, const Arguments& args) {
    if (args.positional().size() != 2) throw UsageError("users list takes PROJECT only");
    std::vector<User> users;
    std::string where;
    if (!project.serve.users_file.empty()) {
        users = server::read_users_file(project.serve.users_file);
        where = project.serve.users_file.string();
    } else if (const auto store = store::open_workspace(project.workspace, store::Access::Read)) {
        users = table_users(*store);
        where = store->display_name() + " (table users)";
    } else {
        where = project.workspace.display_name + " (not made yet)";
    }
    const char* environment_token = std::getenv("COVERPLAN_TOKEN");
    const bool token_user = !project.serve.token.empty() || (environment_token && *environment_token);
    if (args.flag("--json")) {
        nlohmann::json out = nlohmann::json::array();
        for (const User& user : users) out.push_back({{"name", user.name}, {"role", server::to_string(user.role)}});
        print_json(std::cout, {{"source", where}, {"users", out}, {"token_user", token_user}});
        return kSuccess;
    }
    std::cout << "Users of " << project.name << " (" << where << ")\n";
    TextTable table({"name", "role"}, {false, false});
    for (const User& user : users) table.add({user.name, server::to_string(user.role)});
    if (!users.empty()) std::cout << table.render();
    if (users.empty()) std::cout << "  none\n";
    if (token_user)
        std::cout << "Also the project's single token ([serve] token or COVERPLAN_TOKEN) signs in as '"
                  << server::kTokenUserName << "' (sales).\n";
    return kSuccess;
}

int run(const Arguments& args) {
    const std::string& action = args.positional()[0];
    if (action != "add" && action != "list") throw UsageError("unknown action '" + action + "' (add or list)");
    if (args.positional().size() < 2) throw UsageError("users " + action + " needs PROJECT");
    const planner::Project project = read_project(args.positional()[1]);
    return action == "add" ? add(project, args) : list(project, args);
}

}  // namespace

Command users_command() {
    return {{"users",
             "add PROJECT NAME --role ROLE | list PROJECT [--json]",
             "the field service's users: add one (token read from standard input) or list them",
             "`users add` reads the user's token from standard input (typed unseen at a terminal,\n"
             "or piped: printf '%s' \"$TOKEN\" | coverplan users add ...), never from the command line,\n"
             "and stores only its argon2id hash. A user of that name is replaced. Roles:\n"
             "  sales    may record prospects\n"
             "  planner  may write everything the service writes\n"
             "  reader   reads only (a write is refused: 403)\n"
             "The users live in the file [serve] users names (written in one step), else in the\n"
             "workspace's users table. Tokens are Unicode text, compared in NFC form.",
             {{"--role", "", "ROLE", "sales, planner or reader (users add)"},
              {"--json", "", "", "print the users as JSON (users list)"}},
             2,
             3},
            run};
}

}  // namespace coverplan::cli
