#pragma once
// Whether writing one GDAL dataset would change another: the files a source
// consists of, whether two paths are one file (through symlinks, hard links
// and `..`), and which database table a PG: source names. Used to refuse an
// output that would replace an input before any work is done.

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace coverplan::gis {

/// The files on disk a GDAL source or output is made of, as paths (not
/// resolved): the file itself; for a Shapefile every file of its set (.shp,
/// .shx, .dbf, .prj, .cpg and the index files, any case of the extension);
/// for a path inside an archive (/vsizip/, /vsitar/, /vsigzip/, /vsi7z/)
/// the archive; for GPKG:file:table or CSV:file the file; a folder stays a
/// folder. Empty for a database connection and remote sources (URLs,
/// /vsicurl/ and the other network file systems).
std::vector<std::filesystem::path> files_of(std::string_view source);

/// Whether `a` and `b` name one file: the same device and inode when both
/// exist, else the same absolute path once symlinks and `..` are resolved as
/// far as the path exists.
bool same_file(const std::filesystem::path& a, const std::filesystem::path& b);

/// Whether `path` lies inside the existing folder `folder`, at any depth,
/// however either is spelled.
bool is_inside(const std::filesystem::path& path, const std::filesystem::path& folder);

/// A table of a PostgreSQL database as a PG: connection names it.
struct DatabaseTable {
    /// What tells the database apart: "host port dbname" (a local socket and
    /// localhost both read as localhost; PGHOST, PGPORT and PGDATABASE fill
    /// what the string leaves out). Never holds the user or the password.
    std::string database;
    std::string table;  ///< "schema.table" in lower case; empty when not named
};

/// The database and table of a PG: source (libpq key=value or URI form);
/// `layer` names the table (with or without its schema; empty: the string's
/// own `tables=` item, if any). Nothing for a source that is not PG:.
std::optional<DatabaseTable> database_table(std::string_view source, std::string_view layer);

}  // namespace coverplan::gis
