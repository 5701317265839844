#pragma once
// Who may write through the field service: users with a name, a role and
// the hash of their token (never the token itself), kept in a user file
// ([serve] users = "users.toml") or in the workspace's users table, plus the
// project's single [serve] token (COVERPLAN_TOKEN) as the user "token".
//
// A token is any Unicode text. It is normalised to NFC before it is hashed
// or checked, so the same words typed on a phone that composes letters and
// on one that sends combining marks are one token. Hashes are libsodium's
// crypto_pwhash_str strings (argon2id, salted, slow on purpose); a token
// once verified is remembered by a keyed digest, so a user's later requests
// cost no argon2 run.

#include <chrono>
#include <cstddef>
#include <filesystem>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "planner/project.h"

namespace coverplan::server {

enum class Role {
    Sales,    ///< records prospects
    Planner,  ///< writes everything the service writes
    Reader,   ///< reads only: every write is refused (403)
};

const char* to_string(Role role);
std::optional<Role> parse_role(std::string_view text);
/// "sales, planner, reader": for messages.
std::string role_list();
/// Whether `role` may record prospects (POST /api/leads).
bool may_record_prospects(Role role);

struct User {
    std::string name;
    Role role = Role::Sales;
    std::string token_hash;  ///< crypto_pwhash_str text ("$argon2id$v=19$m=...")
};

/// The name the project's single token ([serve] token, COVERPLAN_TOKEN) is known by.
inline constexpr const char* kTokenUserName = "token";

/// A token that is not valid UTF-8: the service answers 401 with the message.
class TokenError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

/// `token` in Unicode normalisation form C. Throws TokenError naming the
/// byte offset when it is not valid UTF-8.
std::string normalised_token(std::string_view token);

/// The stored form of a token: NFC, then crypto_pwhash_str (argon2id with
/// moderate limits: a fraction of a second, 19 MiB). Throws TokenError for
/// invalid UTF-8 or an empty token.
std::string hash_token(std::string_view token);

/// Reads a user file. Throws InputError naming the file, the line and the
/// key for a TOML error, an unknown key or role, a missing or empty name,
/// role or token_hash, a hash that is not a crypto_pwhash_str string, or a
/// name given twice.
std::vector<User> read_users_file(const std::filesystem::path& file);

/// Writes `users` as a user file in one step (a temporary renamed over the
/// target): a reader sees the old file or the new one, never half of it.
void write_users_file(const std::filesystem::path& file, const std::vector<User>& users);

/// `user` in `users`: replaced when a user of that name exists, else added.
void set_user(std::vector<User>& users, User user);

/// Where the project's users come from (docs/user-guide.md, "Users"): the
/// file named by [serve] users when there is one (the workspace's users
/// table is then not read), else the workspace's users table when the
/// workspace exists. Throws InputError for a bad file or table.
std::vector<User> project_users(const planner::Project& project);

/// The users the service checks tokens against. Thread-safe.
class Users {
public:
    /// `legacy_token` (the project's [serve] token or COVERPLAN_TOKEN; "" for
    /// none) becomes the user "token" with the role sales, unless a user of
    /// that name is among `users`.
    Users(std::vector<User> users, const std::string& legacy_token);

    bool empty() const { return users_.empty(); }
    std::size_t size() const { return users_.size(); }

    /// The user whose token this is, or nothing. Throws TokenError when the
    /// token is not valid UTF-8. A token seen before (right or wrong) is
    /// answered from memory; a new one is checked against each user's hash,
    /// one new token at a time (argon2 takes memory: bounded, and guessing
    /// is slowed).
    std::optional<User> verify(std::string_view token) const;

private:
    std::string digest(const std::string& token) const;

    std::vector<User> users_;
    std::string legacy_token_;       ///< NFC; checked by comparison, not by hash
    std::string cache_key_;          ///< random, per process: digests say nothing outside it
    mutable std::mutex cache_mutex_;
    mutable std::map<std::string, std::optional<std::size_t>> cache_;  ///< digest -> user index, or a wrong token
    mutable std::mutex verify_mutex_;
};

/// The project's users as they are now: a user added with `coverplan users
/// add` (or a changed role, or a removed user) counts without restarting the
/// service. The user file is read again when its time, size or inode moves
/// (checked on each sign-in: one stat); the workspace's users table at most
/// every `table_interval`. A reading that fails keeps the users read before
/// (a database down for a moment must not lock everyone out) and warns once
/// per problem. Thread-safe.
class ProjectUsers {
public:
    ProjectUsers(const planner::Project& project, std::string legacy_token,
                 std::chrono::steady_clock::duration table_interval = std::chrono::seconds(30));

    std::shared_ptr<const Users> current();

private:
    struct FileStamp {
        std::filesystem::file_time_type time{};
        std::uintmax_t size = 0;
        std::uintmax_t inode = 0;
        bool operator==(const FileStamp&) const = default;
    };
    std::optional<FileStamp> stamp() const;
    void read_again();

    planner::Project project_;
    std::string legacy_token_;
    std::chrono::steady_clock::duration table_interval_;
    std::mutex mutex_;
    std::shared_ptr<const Users> users_;
    std::optional<FileStamp> read_stamp_;
    std::chrono::steady_clock::time_point read_at_;
    std::string problem_;  ///< the last reading's, already warned about
};

}  // namespace coverplan::server
