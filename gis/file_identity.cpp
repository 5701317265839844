#include "gis/file_identity.h"

#include <array>
#include <cctype>
#include <cstdlib>
#include <map>

#include "gis/utf8.h"

namespace coverplan::gis {

namespace fs = std::filesystem;

namespace {

bool starts_with_nocase(std::string_view text, std::string_view prefix) {
    return text.size() >= prefix.size() && lowercase(text.substr(0, prefix.size())) == prefix;
}

// The files of a Shapefile's set; a layer is all of them.
constexpr std::array<std::string_view, 9> kShapefileSet{".shp", ".shx", ".dbf", ".prj", ".cpg",
                                                        ".qix", ".sbn", ".sbx", ".qpj"};

bool in_shapefile_set(const fs::path& path) {
    const std::string ext = lowercase(path.extension().string());
    for (const auto& member : kShapefileSet)
        if (ext == member) return true;
    return false;
}

std::vector<fs::path> shapefile_set(const fs::path& path) {
    std::vector<fs::path> files;
    for (const auto& member : kShapefileSet) files.push_back(fs::path(path).replace_extension(member));
    // A set written elsewhere may spell its extensions in capitals (ZONES.SHP).
    std::error_code error;
    const fs::path folder = path.has_parent_path() ? path.parent_path() : fs::path(".");
    for (fs::directory_iterator it(folder, error), end; !error && it != end; it.increment(error)) {
        const fs::path& entry = it->path();
        if (entry.stem() == path.stem() && in_shapefile_set(entry) && lowercase(entry.extension().string()) != entry.extension().string())
            files.push_back(entry);
    }
    return files;
}

// The archive a /vsizip/-style path reads from: the longest leading part of
// the path that is a file on disk (the path itself when nothing exists yet).
fs::path archive_of(std::string_view inside) {
    if (!inside.empty() && inside.front() == '{') {  // /vsizip/{/path/a.zip}/member
        const std::size_t close = inside.find('}');
        return fs::path(std::string(inside.substr(1, close == std::string_view::npos ? std::string_view::npos : close - 1)));
    }
    const fs::path whole{std::string(inside)};
    std::error_code error;
    for (fs::path part = whole; !part.empty() && part != part.root_path(); part = part.parent_path())
        if (fs::is_regular_file(part, error)) return part;
    return whole;
}

fs::path resolved(const fs::path& path) {
    std::error_code error;
    const fs::path absolute = fs::absolute(path, error);
    if (error) return path.lexically_normal();
    const fs::path canonical = fs::weakly_canonical(absolute, error);
    return error ? absolute.lexically_normal() : canonical;
}

}  // namespace

std::vector<fs::path> files_of(std::string_view source) {
    if (source.empty()) return {};
    std::error_code error;
    if (fs::exists(fs::path(std::string(source)), error)) {
        const fs::path path{std::string(source)};
        return in_shapefile_set(path) && !fs::is_directory(path, error) ? shapefile_set(path) : std::vector<fs::path>{path};
    }
    for (const std::string_view archive : {"/vsizip/", "/vsitar/", "/vsigzip/", "/vsi7z/", "/vsirar/"})
        if (starts_with_nocase(source, archive)) {
            const std::string_view inside = source.substr(archive.size());
            if (inside.rfind("/vsi", 0) == 0) return files_of(inside);  // nested: /vsizip//vsicurl/...
            return {archive_of(inside)};
        }
    if (source.rfind("/vsi", 0) == 0) return {};  // memory, network and cloud file systems
    if (source.find("://") != std::string_view::npos) return {};
    if (starts_with_nocase(source, "csv:")) return files_of(source.substr(4));
    if (starts_with_nocase(source, "gpkg:")) {
        // GPKG:path/file.gpkg:table
        const std::string_view rest = source.substr(5);
        const std::size_t colon = rest.rfind(':');
        return files_of(colon != std::string_view::npos && lowercase(rest.substr(0, colon)).ends_with(".gpkg")
                            ? rest.substr(0, colon)
                            : rest);
    }
    // Any other DRIVER: prefix names a database or a service (PG:, MYSQL:, ODBC:, WFS:, ...).
    const std::size_t colon = source.find(':');
    if (colon > 1 && colon != std::string_view::npos && source.find('/') > colon) {
        bool word = true;
        for (std::size_t i = 0; i < colon; ++i) word = word && (std::isalnum(static_cast<unsigned char>(source[i])) || source[i] == '_');
        if (word) return {};
    }
    const fs::path path{std::string(source)};
    return in_shapefile_set(path) ? shapefile_set(path) : std::vector<fs::path>{path};
}

bool same_file(const fs::path& a, const fs::path& b) {
    std::error_code error_a, error_b;
    const bool a_exists = fs::exists(a, error_a), b_exists = fs::exists(b, error_b);
    if (a_exists && b_exists) {
        std::error_code error;
        const bool same = fs::equivalent(a, b, error);
        if (!error) return same;
    }
    return resolved(a) == resolved(b);
}

bool is_inside(const fs::path& path, const fs::path& folder) {
    std::error_code error;
    if (!fs::is_directory(folder, error)) return false;
    const fs::path full = resolved(path);
    for (fs::path parent = full.parent_path(); !parent.empty(); parent = parent.parent_path()) {
        std::error_code ignored;
        if (fs::exists(parent, ignored) && fs::equivalent(parent, folder, ignored)) return true;
        if (parent == parent.root_path()) break;
    }
    return false;
}

namespace {

// libpq's key=value form: values bare or in single quotes with backslash escapes.
std::map<std::string, std::string> conninfo_items(std::string_view text) {
    std::map<std::string, std::string> items;
    std::size_t i = 0;
    auto skip_spaces = [&] {
        while (i < text.size() && std::isspace(static_cast<unsigned char>(text[i]))) ++i;
    };
    while (true) {
        skip_spaces();
        const std::size_t key_start = i;
        while (i < text.size() && text[i] != '=' && !std::isspace(static_cast<unsigned char>(text[i]))) ++i;
        const std::string key = lowercase(text.substr(key_start, i - key_start));
        skip_spaces();
        if (key.empty() || i >= text.size() || text[i] != '=') break;
        ++i;
        skip_spaces();
        std::string value;
        if (i < text.size() && text[i] == '\'') {
            for (++i; i < text.size() && text[i] != '\''; ++i) {
                if (text[i] == '\\' && i + 1 < text.size()) ++i;
                value += text[i];
            }
            ++i;
        } else {
            while (i < text.size() && !std::isspace(static_cast<unsigned char>(text[i]))) value += text[i++];
        }
        items[key] = value;
    }
    return items;
}

std::string percent_decoded(std::string_view text) {
    std::string out;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '%' && i + 2 < text.size() && std::isxdigit(static_cast<unsigned char>(text[i + 1])) &&
            std::isxdigit(static_cast<unsigned char>(text[i + 2]))) {
            out += static_cast<char>(std::stoi(std::string(text.substr(i + 1, 2)), nullptr, 16));
            i += 2;
        } else {
            out += text[i];
        }
    }
    return out;
}

// postgresql://[user[:password]@][host][:port][/dbname][?key=value&...]
std::map<std::string, std::string> uri_items(std::string_view uri) {
    std::map<std::string, std::string> items;
    std::string_view rest = uri.substr(uri.find("://") + 3);
    const std::size_t query = rest.find('?');
    if (query != std::string_view::npos) {
        std::string_view params = rest.substr(query + 1);
        rest = rest.substr(0, query);
        while (!params.empty()) {
            const std::size_t amp = params.find('&');
            const std::string_view item = params.substr(0, amp);
            const std::size_t equals = item.find('=');
            if (equals != std::string_view::npos)
                items[lowercase(item.substr(0, equals))] = percent_decoded(item.substr(equals + 1));
            params = amp == std::string_view::npos ? std::string_view() : params.substr(amp + 1);
        }
    }
    const std::size_t slash = rest.find('/');
    if (slash != std::string_view::npos) {
        if (!items.count("dbname")) items["dbname"] = percent_decoded(rest.substr(slash + 1));
        rest = rest.substr(0, slash);
    }
    const std::size_t at = rest.rfind('@');
    if (at != std::string_view::npos) {
        const std::string_view user = rest.substr(0, at);
        if (!items.count("user")) items["user"] = percent_decoded(user.substr(0, user.find(':')));
        rest = rest.substr(at + 1);
    }
    const std::size_t colon = rest.rfind(':');
    const bool bracketed = rest.find(']') != std::string_view::npos;  // [::1]:5432
    if (colon != std::string_view::npos && (!bracketed || colon > rest.find(']'))) {
        if (!items.count("port")) items["port"] = std::string(rest.substr(colon + 1));
        rest = rest.substr(0, colon);
    }
    if (!rest.empty() && !items.count("host")) items["host"] = percent_decoded(rest);
    return items;
}

std::string environment(const char* name) {
    const char* value = std::getenv(name);
    return value ? value : "";
}

std::string local_or(const std::string& host) {
    if (host.empty() || host == "localhost" || host == "127.0.0.1" || host == "::1" || host == "[::1]" || host.front() == '/')
        return "localhost";
    return lowercase(host);
}

}  // namespace

std::optional<DatabaseTable> database_table(std::string_view source, std::string_view layer) {
    if (!starts_with_nocase(source, "pg:")) return std::nullopt;
    const std::string_view conninfo = source.substr(3);
    auto items = conninfo.find("://") != std::string_view::npos ? uri_items(conninfo) : conninfo_items(conninfo);
    auto item = [&](const char* key, const char* variable) {
        const auto it = items.find(key);
        return it != items.end() && !it->second.empty() ? it->second : environment(variable);
    };
    DatabaseTable result;
    std::string dbname = item("dbname", "PGDATABASE");
    if (dbname.empty()) dbname = item("user", "PGUSER");
    if (dbname.empty()) dbname = environment("USER");
    std::string port = item("port", "PGPORT");
    if (port.empty()) port = "5432";
    result.database = local_or(item("host", "PGHOST")) + " " + port + " " + dbname;
    if (const auto service = items.find("service"); service != items.end()) result.database += " service=" + service->second;

    std::string table(layer);
    if (table.empty()) {
        const std::string tables = item("tables", "");
        table = tables.substr(0, tables.find(','));
        table = table.substr(0, table.find('('));  // tables=name(geom_column)
    }
    if (!table.empty()) {
        if (table.find('.') == std::string::npos) {
            std::string schema = item("active_schema", "");
            if (schema.empty()) schema = item("schemas", "").substr(0, item("schemas", "").find(','));
            table = (schema.empty() ? "public" : schema) + "." + table;
        }
        result.table = lowercase(table);
    }
    return result;
}

}  // namespace coverplan::gis
