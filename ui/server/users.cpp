#include "ui/server/users.h"

#include <sodium.h>
#include <utf8proc.h>

#include <toml++/toml.h>

#include <cstdlib>
#include <fstream>
#include <iostream>
#include <memory>
#include <sys/stat.h>
#include <sstream>

#include "gis/error.h"
#include "gis/redact.h"
#include "gis/temporary_file.h"
#include "gis/utf8.h"
#include "ui/store/tables.h"
#include "ui/store/workspace.h"

namespace coverplan::server {

namespace {

/// argon2id limits of a new hash: OWASP's minimum for argon2id (19 MiB,
/// two passes), about 30 ms here. Verifying uses the limits in the stored
/// hash, so raising these later leaves old hashes valid.
constexpr unsigned long long kHashPasses = 2;
constexpr std::size_t kHashMemory = 19u * 1024 * 1024;

/// Wrong tokens remembered at most; then forgotten all at once (a right one
/// is checked again at its next request, one argon2 run per user).
constexpr std::size_t kCacheLimit = 4096;

void sodium_ready() {
    if (sodium_init() < 0) throw Error("libsodium cannot start (no random source?)");
}

bool looks_like_hash(const std::string& text) {
    return (text.rfind("$argon2id$", 0) == 0 || text.rfind("$argon2i$", 0) == 0) && text.size() < crypto_pwhash_STRBYTES;
}

[[noreturn]] void fail_at(const std::string& file, int line, const std::string& reason) {
    throw InputError(Location{file, "", "", "", line}, reason);
}

int line_of(const toml::node& node) { return static_cast<int>(node.source().begin.line); }

std::string quoted(const std::string& text) {
    std::string out = "\"";
    for (const char c : text) {
        if (c == '"' || c == '\\') out += '\\';
        out += c;
    }
    return out + "\"";
}

/// TOML basic strings cannot hold control characters raw.
bool printable(const std::string& text) {
    for (const char c : text)
        if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F) return false;
    return true;
}

}  // namespace

const char* to_string(Role role) {
    switch (role) {
        case Role::Sales: return "sales";
        case Role::Planner: return "planner";
        case Role::Reader: return "reader";
    }
    return "reader";
}

std::optional<Role> parse_role(std::string_view text) {
    for (Role role : {Role::Sales, Role::Planner, Role::Reader})
        if (text == to_string(role)) return role;
    return std::nullopt;
}

std::string role_list() { return "sales, planner, reader"; }

bool may_record_prospects(Role role) { return role == Role::Sales || role == Role::Planner; }

std::string normalised_token(std::string_view token) {
    if (const auto at = gis::invalid_utf8_at(token))
        throw TokenError("the token is not valid UTF-8 (bad byte at offset " + std::to_string(*at) +
                         "): tokens are Unicode text sent as UTF-8");
    utf8proc_uint8_t* composed = nullptr;
    const utf8proc_ssize_t length =
        utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(token.data()), static_cast<utf8proc_ssize_t>(token.size()),
                     &composed, utf8proc_option_t(UTF8PROC_STABLE | UTF8PROC_COMPOSE));
    if (length < 0) throw TokenError(std::string("the token cannot be normalised: ") + utf8proc_errmsg(length));
    const std::unique_ptr<utf8proc_uint8_t, decltype(&std::free)> owned(composed, &std::free);
    return std::string(reinterpret_cast<const char*>(composed), static_cast<std::size_t>(length));
}

std::string hash_token(std::string_view token) {
    const std::string text = normalised_token(token);
    if (text.empty()) throw TokenError("the token is empty");
    sodium_ready();
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str_alg(out, text.data(), text.size(), kHashPasses, kHashMemory, crypto_pwhash_ALG_ARGON2ID13) != 0)
        throw Error("cannot hash the token (out of memory)");
    return out;
}

std::vector<User> read_users_file(const std::filesystem::path& file) {
    const std::string origin = file.string();
    auto fail = [&origin](int line, const std::string& reason) { fail_at(origin, line, reason); };
    std::ifstream in(file, std::ios::binary);
    if (!in) fail(0, "cannot read the user file");
    std::ostringstream text;
    text << in.rdbuf();
    toml::table root;
    try {
        root = toml::parse(text.str(), origin);
    } catch (const toml::parse_error& error) {
        fail(static_cast<int>(error.source().begin.line), std::string(error.description()));
    }
    std::vector<User> users;
    for (const auto& [key, node] : root) {
        if (key.str() != "user") fail(line_of(node), "unknown key '" + std::string(key.str()) + "' (expected [[user]] tables)");
        const toml::array* array = node.as_array();
        if (!array || !array->is_array_of_tables())
            fail(line_of(node), "'user' must be written [[user]], one table per user (name, role, token_hash)");
        for (const toml::node& element : *array) {
            const toml::table& table = *element.as_table();
            User user;
            for (const auto& [field, value] : table) {
                const std::string name(field.str());
                if (name != "name" && name != "role" && name != "token_hash")
                    fail(line_of(value), "unknown key '" + name + "' in [[user]] (expected: name, role, token_hash)");
                const auto text_value = value.value<std::string>();
                if (!text_value) fail(line_of(value), "key '" + name + "' must be text in quotes");
                if (text_value->empty()) fail(line_of(value), "key '" + name + "' is empty");
                if (name == "name") user.name = *text_value;
                if (name == "token_hash") {
                    if (!looks_like_hash(*text_value))
                        fail(line_of(value), "key 'token_hash' is not an argon2 hash (write it with `coverplan users add`)");
                    user.token_hash = *text_value;
                }
                if (name == "role") {
                    const auto role = parse_role(*text_value);
                    if (!role) fail(line_of(value), "key 'role': unknown role '" + *text_value + "' (one of: " + role_list() + ")");
                    user.role = *role;
                }
            }
            for (const char* required : {"name", "role", "token_hash"})
                if (!table.get(required)) fail(line_of(table), "[[user]] needs key '" + std::string(required) + "'");
            if (gis::invalid_utf8_at(user.name)) fail(line_of(*table.get("name")), "key 'name' is not valid UTF-8");
            for (const User& other : users)
                if (other.name == user.name)
                    fail(line_of(*table.get("name")), "key 'name': user '" + user.name + "' is given twice");
            users.push_back(std::move(user));
        }
    }
    return users;
}

void write_users_file(const std::filesystem::path& file, const std::vector<User>& users) {
    std::string text =
        "# Coverplan users (docs/user-guide.md, \"Users\"): written by `coverplan users add`.\n"
        "# token_hash is an argon2id hash of the token; the token itself is kept nowhere.\n";
    for (const User& user : users) {
        if (!printable(user.name)) throw InputError(Location{file.string(), "", "", "", 0}, "a user name holds a control character");
        text += "\n[[user]]\nname = " + quoted(user.name) + "\nrole = " + quoted(to_string(user.role)) +
                "\ntoken_hash = " + quoted(user.token_hash) + "\n";
    }
    gis::write_file_atomically(file, text, "user file");
}

void set_user(std::vector<User>& users, User user) {
    for (User& existing : users)
        if (existing.name == user.name) {
            existing = std::move(user);
            return;
        }
    users.push_back(std::move(user));
}

namespace {

/// The workspace's users table (none when there is no workspace or table).
/// Throws InputError when it cannot be read or holds a bad row.
std::vector<User> read_users_table(const planner::Project& project) {
    const auto store = store::open_workspace(project.workspace, store::Access::Read);
    if (!store || !store->has_table(store::users_table().name)) return {};
    const std::vector<gis::Row> rows = store->select(store::users_table());
    std::vector<User> users;
    const Location where{project.workspace.display_name, store::users_table().name, "", "", 0};
    for (const gis::Row& row : rows) {
        const auto* name = std::get_if<std::string>(&row[0]);
        const auto* role_text = std::get_if<std::string>(&row[1]);
        const auto* hash = std::get_if<std::string>(&row[2]);
        if (!name || name->empty()) throw InputError(where, "a user without a name");
        const auto role = role_text ? parse_role(*role_text) : std::nullopt;
        if (!role)
            throw InputError(where, "user '" + *name + "': field 'role' must be one of " + role_list() + ", not '" +
                                        (role_text ? *role_text : std::string("NULL")) + "'");
        if (!hash || !looks_like_hash(*hash))
            throw InputError(where, "user '" + *name + "': field 'token_hash' is not an argon2 hash (write it with "
                                    "`coverplan users add`)");
        users.push_back({*name, *role, *hash});
    }
    return users;
}

}  // namespace

std::vector<User> project_users(const planner::Project& project) {
    if (!project.serve.users_file.empty()) return read_users_file(project.serve.users_file);
    try {
        return read_users_table(project);
    } catch (const InputError& error) {
        // A workspace this login may not read users from (a PostGIS reader),
        // or not set up: the service still starts, for reading and for the
        // project's token, and says why nobody else can sign in.
        std::cerr << "warning: no users read from the workspace: " << error.what() << "\n";
        return {};
    }
}

Users::Users(std::vector<User> users, const std::string& legacy_token) : users_(std::move(users)) {
    sodium_ready();
    if (!legacy_token.empty()) {
        legacy_token_ = normalised_token(legacy_token);
        bool named = false;
        for (const User& user : users_) named = named || user.name == kTokenUserName;
        // The legacy user has no hash: its token is compared (constant time) as before.
        if (!named) users_.push_back({kTokenUserName, Role::Sales, ""});
    }
    cache_key_.resize(crypto_generichash_KEYBYTES);
    crypto_generichash_keygen(reinterpret_cast<unsigned char*>(cache_key_.data()));
}

std::string Users::digest(const std::string& token) const {
    std::string out(crypto_generichash_BYTES, '\0');
    crypto_generichash(reinterpret_cast<unsigned char*>(out.data()), out.size(),
                       reinterpret_cast<const unsigned char*>(token.data()), token.size(),
                       reinterpret_cast<const unsigned char*>(cache_key_.data()), cache_key_.size());
    return out;
}

std::optional<User> Users::verify(std::string_view presented) const {
    const std::string token = normalised_token(presented);
    if (token.empty()) return std::nullopt;
    const std::string key = digest(token);
    auto cached = [&]() -> std::optional<std::optional<std::size_t>> {
        std::lock_guard lock(cache_mutex_);
        auto it = cache_.find(key);
        if (it == cache_.end()) return std::nullopt;
        return it->second;
    };
    auto answer = [&](const std::optional<std::size_t>& index) {
        return index ? std::optional<User>(users_[*index]) : std::nullopt;
    };
    if (const auto hit = cached()) return answer(*hit);
    // One new token at a time: the same token sent twice at once is hashed once.
    std::lock_guard verifying(verify_mutex_);
    if (const auto hit = cached()) return answer(*hit);
    std::optional<std::size_t> found;
    // The project's token first (a comparison), then each hash (an argon2 run each).
    for (std::size_t i = 0; i < users_.size() && !found; ++i)
        if (users_[i].token_hash.empty() && token.size() == legacy_token_.size() &&
            sodium_memcmp(token.data(), legacy_token_.data(), token.size()) == 0)
            found = i;
    for (std::size_t i = 0; i < users_.size() && !found; ++i)
        if (!users_[i].token_hash.empty() &&
            crypto_pwhash_str_verify(users_[i].token_hash.c_str(), token.data(), token.size()) == 0)
            found = i;
    std::lock_guard lock(cache_mutex_);
    if (!found && cache_.size() >= kCacheLimit) cache_.clear();
    cache_[key] = found;
    return answer(found);
}

ProjectUsers::ProjectUsers(const planner::Project& project, std::string legacy_token,
                           std::chrono::steady_clock::duration table_interval)
    : project_(project), legacy_token_(std::move(legacy_token)), table_interval_(table_interval) {
    read_stamp_ = stamp();
    users_ = std::make_shared<const Users>(project_users(project_), legacy_token_);
    read_at_ = std::chrono::steady_clock::now();
}

std::optional<ProjectUsers::FileStamp> ProjectUsers::stamp() const {
    struct stat status {};
    if (project_.serve.users_file.empty() || ::stat(project_.serve.users_file.c_str(), &status) != 0) return std::nullopt;
    std::error_code error;
    return FileStamp{std::filesystem::last_write_time(project_.serve.users_file, error), std::uintmax_t(status.st_size),
                     std::uintmax_t(status.st_ino)};
}

std::shared_ptr<const Users> ProjectUsers::current() {
    std::lock_guard lock(mutex_);
    const bool from_file = !project_.serve.users_file.empty();
    const bool changed = from_file ? stamp() != read_stamp_
                                   : std::chrono::steady_clock::now() - read_at_ >= table_interval_;
    if (changed) read_again();
    return users_;
}

void ProjectUsers::read_again() {
    read_stamp_ = stamp();
    read_at_ = std::chrono::steady_clock::now();
    try {
        // Not project_users(): it reads a workspace it cannot read as no
        // users, which here would sign everyone out.
        std::vector<User> users = project_.serve.users_file.empty() ? read_users_table(project_)
                                                                     : read_users_file(project_.serve.users_file);
        users_ = std::make_shared<const Users>(std::move(users), legacy_token_);
        problem_.clear();
    } catch (const Error& error) {  // InputError and the rest of ours: keep the users read before
        const std::string problem = gis::redact_secrets(error.what());
        if (problem != problem_)
            std::cerr << "warning: the users could not be read again; those read before still sign in: " << problem << "\n";
        problem_ = problem;
    }
}

}  // namespace coverplan::server
