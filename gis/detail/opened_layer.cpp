#include "gis/detail/opened_layer.h"

#include <cpl_error.h>
#include <cpl_string.h>
#include <ogrsf_frmts.h>

#include <sys/stat.h>

#include <cctype>
#include <cerrno>
#include <algorithm>
#include <cstdio>
#include <cstring>
#include <filesystem>

#include "gis/detail/gdal_fields.h"
#include "gis/error.h"
#include "gis/gdal_setup.h"
#include "gis/utf8.h"

namespace coverplan::gis::detail {

QuietGdalErrors::QuietGdalErrors() {
    CPLPushErrorHandler(CPLQuietErrorHandler);
    CPLErrorReset();
}

QuietGdalErrors::~QuietGdalErrors() { CPLPopErrorHandler(); }

std::string comma_list(const std::vector<std::string>& items) {
    std::string text;
    for (const auto& item : items) text += (text.empty() ? "" : ", ") + item;
    return text;
}

namespace {

/// By default SQLite trusts a page's cell pointers, so a damaged page of a
/// GeoPackage can yield rows read from outside the page instead of an error
/// (what comes back then depends on memory, not on the file). Checking each
/// cell's bounds on load makes such damage an error every time.
void check_sqlite_cells(GDALDataset& dataset) {
    const char* driver = dataset.GetDriver() ? dataset.GetDriver()->GetDescription() : "";
    if (!EQUAL(driver, "GPKG") && !EQUAL(driver, "SQLite")) return;
    if (OGRLayer* result = dataset.ExecuteSQL("PRAGMA cell_size_check = ON", nullptr, nullptr))
        dataset.ReleaseResultSet(result);
    CPLErrorReset();
}

std::vector<std::string> layer_names(GDALDataset& dataset) {
    std::vector<std::string> names;
    for (int i = 0; i < dataset.GetLayerCount(); ++i) names.push_back(dataset.GetLayer(i)->GetName());
    return names;
}

std::string iso_date(const OGRFeature& feature, int index, OGRFieldType type) {
    int year, month, day, hour, minute, tz;
    float second;
    const_cast<OGRFeature&>(feature).GetFieldAsDateTime(index, &year, &month, &day, &hour, &minute, &second, &tz);
    char text[40];
    if (type == OFTDate || (hour == 0 && minute == 0 && second == 0))
        std::snprintf(text, sizeof text, "%04d-%02d-%02d", year, month, day);
    else
        std::snprintf(text, sizeof text, "%04d-%02d-%02dT%02d:%02d:%02d", year, month, day, hour, minute,
                      static_cast<int>(second));
    return text;
}

/// What kind of thing a path names, for messages; "" for a regular file.
std::string special_file_kind(mode_t mode) {
    if (S_ISREG(mode)) return "";
    if (S_ISDIR(mode)) return "a folder";
    if (S_ISFIFO(mode)) return "a FIFO (named pipe)";
    if (S_ISSOCK(mode)) return "a socket";
    if (S_ISCHR(mode)) return "a character device";
    if (S_ISBLK(mode)) return "a block device";
    return "not a regular file";
}

/// Refuses a path that is not a regular file before anything opens it: GDAL
/// (and the .cpg reader) would wait for ever on a FIFO and read /dev/zero
/// without end. Returns false when the path does not exist.
bool check_regular_file(const Location& where, const std::string& path, bool folder_allowed) {
    struct stat status {};
    if (::stat(path.c_str(), &status) != 0) {
        if (errno == ENOENT || errno == ENOTDIR) return false;
        throw InputError(where, "cannot read " + path + ": " + std::strerror(errno));
    }
    const std::string kind = special_file_kind(status.st_mode);
    if (kind.empty() || (folder_allowed && S_ISDIR(status.st_mode))) return true;
    throw InputError(where, path + " is " + kind + ", not a data file");
}

std::string uppercase_ascii(std::string text) {
    for (char& c : text) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    return text;
}

/// Whether GDAL takes the source as a connection string or a virtual file
/// ("PG:...", "GPKG:file:table", "/vsizip/...", URLs) rather than a path.
bool names_a_path(const std::string& source) {
    if (source.rfind("/vsi", 0) == 0 || source.find("://") != std::string::npos) return false;
    const std::size_t colon = source.find(':');
    if (colon == std::string::npos || colon < 2) return true;  // no prefix, or a drive letter
    for (std::size_t i = 0; i < colon; ++i)
        if (!std::isalnum(static_cast<unsigned char>(source[i])) && source[i] != '_') return true;
    return false;
}

/// The checks GDAL leaves to us: a missing file said plainly, devices and
/// FIFOs refused at once, and a Shapefile's missing sidecars named (GDAL
/// opens a .shp without its .dbf as a layer without fields).
void check_source_files(const LayerSource& source, const Location& where) {
    if (!names_a_path(source.source)) return;
    // A folder can be a source (a .gdb, a folder of Shapefiles).
    if (!check_regular_file(where, source.source, true)) throw InputError(where, "no such file: " + source.source);
    const std::string& path = source.source;
    if (path.size() < 4 || lowercase(path.substr(path.size() - 4)) != ".shp") return;
    const std::string stem = path.substr(0, path.size() - 4);
    // GDAL looks for each sidecar in lower and in upper case.
    auto sidecar_exists = [&](const std::string& extension) {
        const bool lower = check_regular_file(where, stem + "." + extension, false);
        const bool upper = check_regular_file(where, stem + "." + uppercase_ascii(extension), false);
        return lower || upper;
    };
    if (!sidecar_exists("shx"))
        throw InputError(where, "the Shapefile has no " + stem + ".shx beside it: its index of shapes lives there");
    if (!sidecar_exists("dbf"))
        throw InputError(where, "the Shapefile has no " + stem +
                                    ".dbf beside it: its attributes (ids and every other field) live there");
    sidecar_exists("prj");
    sidecar_exists("cpg");
}

}  // namespace

GDALDatasetUniquePtr open_source(const LayerSource& source, const char* const* open_options) {
    std::vector<const char*> drivers;
    for (const std::string& driver : source.drivers) drivers.push_back(driver.c_str());
    drivers.push_back(nullptr);
    return GDALDatasetUniquePtr(GDALDataset::Open(source.source.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY,
                                                  source.drivers.empty() ? nullptr : drivers.data(), open_options,
                                                  nullptr));
}

OpenedLayer open_layer(const LayerSource& source) {
    register_gdal_drivers();
    OpenedLayer opened;
    const Location where{source.display_name, source.layer, "", "", 0};
    check_source_files(source, where);
    // Strings stay strings: we parse numbers and dates ourselves so a bad
    // value is reported with its row instead of silently becoming 0.
    const std::string code_page = shapefile_code_page_to_decode(source.source);
    if (!code_page.empty()) opened.decoder = std::make_unique<TextDecoder>(code_page);
    const char* const open_options[] = {"AUTODETECT_TYPE=NO", "EMPTY_STRING_AS_NULL=NO",
                                        code_page.empty() ? nullptr : "ENCODING=", nullptr};
    opened.dataset = open_source(source, open_options);
    if (!opened.dataset) {
        if (std::filesystem::is_directory(source.source))
            throw InputError(where, source.source + " is a folder that GDAL cannot open as a source (a folder of "
                                                    "Shapefiles or a .gdb folder would be): name the file itself");
        throw InputError(where, "cannot open as a vector data source: " + gdal_message());
    }
    check_sqlite_cells(*opened.dataset);
    const int count = opened.dataset->GetLayerCount();
    if (source.layer.empty()) {
        if (count == 0) throw InputError(where, "the source holds no layers");
        if (count > 1)
            throw InputError(where, "the source holds " + std::to_string(count) +
                                        " layers; name one with layer = \"...\" (layers: " +
                                        comma_list(layer_names(*opened.dataset)) + ")");
        opened.layer = opened.dataset->GetLayer(0);
    } else {
        opened.layer = opened.dataset->GetLayerByName(source.layer.c_str());
        if (!opened.layer)
            throw InputError(where, "no such layer (layers: " + comma_list(layer_names(*opened.dataset)) + ")");
    }
    opened.name = opened.layer->GetName();
    return opened;
}

std::vector<std::string> field_names(const OpenedLayer& opened) {
    OGRFeatureDefn* defn = opened.layer->GetLayerDefn();
    std::vector<std::string> names;
    for (int i = 0; i < defn->GetFieldCount(); ++i) {
        const char* raw = defn->GetFieldDefn(i)->GetNameRef();
        names.push_back(opened.decoder ? (*opened.decoder)(raw) : std::string(raw));
    }
    return names;
}

int field_index(const OpenedLayer& opened, const LayerSource& source, const std::string& key,
                const std::string& field) {
    if (field == kFeatureIdField) return -1;
    const std::vector<std::string> names = field_names(opened);
    for (std::size_t i = 0; i < names.size(); ++i)
        if (EQUAL(names[i].c_str(), field.c_str())) return static_cast<int>(i);
    throw InputError(Location{source.display_name, opened.name, "", field, 0},
                     "field mapped as '" + key + "' does not exist in the layer (fields: " +
                         (names.empty() ? std::string("none") : comma_list(names)) + ")");
}

std::string field_text(OGRFeature& feature, int index, const TextDecoder* decoder) {
    if (index < 0) return std::to_string(feature.GetFID());
    if (!feature.IsFieldSetAndNotNull(index)) return "";
    const OGRFieldType type = feature.GetFieldDefnRef(index)->GetType();
    if (type == OFTDate || type == OFTDateTime) return iso_date(feature, index, type);
    if (decoder && type == OFTString) return (*decoder)(feature.GetFieldAsString(index));
    return feature.GetFieldAsString(index);
}

bool is_geopackage(const OpenedLayer& opened) {
    return EQUAL(opened.dataset->GetDriver()->GetDescription(), "GPKG");
}

std::string sql_identifier(const std::string& name) {
    std::string quoted = "\"";
    for (char c : name) quoted += c == '"' ? std::string("\"\"") : std::string(1, c);
    return quoted + "\"";
}

bool table_passes_quick_check(const OpenedLayer& opened) {
    const std::string sql = "PRAGMA quick_check(" + sql_identifier(opened.name) + ")";
    OGRLayer* result = opened.dataset->ExecuteSQL(sql.c_str(), nullptr, nullptr);
    if (!result) return false;
    bool ok = false;
    if (OGRFeatureUniquePtr row(result->GetNextFeature()); row && row->GetFieldCount() > 0)
        ok = std::string(row->GetFieldAsString(0)) == "ok";
    opened.dataset->ReleaseResultSet(result);
    CPLErrorReset();
    return ok;
}

std::vector<std::int64_t> fids_with_stored_geometry(const OpenedLayer& opened, const std::vector<std::int64_t>& fids) {
    std::vector<std::int64_t> stored;
    const std::string fid = sql_identifier(opened.layer->GetFIDColumn());
    const std::string geometry = sql_identifier(opened.layer->GetGeometryColumn());
    for (std::size_t start = 0; start < fids.size(); start += 500) {
        std::string list;
        for (std::size_t i = start; i < std::min(fids.size(), start + 500); ++i)
            list += (list.empty() ? "" : ",") + std::to_string(fids[i]);
        // "+ 0": GDAL takes a bare FID column of a result as the rows' FID.
        const std::string sql = "SELECT " + fid + " + 0 AS stored FROM " + sql_identifier(opened.name) + " WHERE " +
                                geometry + " IS NOT NULL AND " + fid + " IN (" + list + ")";
        OGRLayer* result = opened.dataset->ExecuteSQL(sql.c_str(), nullptr, nullptr);
        if (!result) continue;
        for (OGRFeatureUniquePtr row(result->GetNextFeature()); row; row.reset(result->GetNextFeature()))
            stored.push_back(row->GetFieldAsInteger64(0));
        opened.dataset->ReleaseResultSet(result);
    }
    CPLErrorReset();
    return stored;
}

}  // namespace coverplan::gis::detail
