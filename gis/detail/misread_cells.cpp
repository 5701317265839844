#include "gis/detail/misread_cells.h"

#include <cpl_error.h>
#include <cpl_string.h>
#include <ogrsf_frmts.h>

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cstring>
#include <fstream>

#include "gis/layer_reader.h"
#include "gis/progress.h"
#include "gis/utf8.h"

namespace coverplan::gis::detail {

namespace {

bool is_integer_type(OGRFieldType type) { return type == OFTInteger || type == OFTInteger64; }
bool is_date_type(OGRFieldType type) { return type == OFTDate || type == OFTDateTime; }
bool is_checked_type(OGRFieldType type) { return is_integer_type(type) || type == OFTReal || is_date_type(type); }

std::string quoted_identifier(const std::string& name) {
    std::string quoted = "\"";
    for (char c : name) quoted += c == '"' ? std::string("\"\"") : std::string(1, c);
    return quoted + "\"";
}

/// SQL true when column `c` holds what GDAL reads faithfully as `type`.
std::string faithful_sql(const std::string& c, OGRFieldType type) {
    if (is_integer_type(type)) return "typeof(" + c + ") IN ('integer', 'null')";
    if (type == OFTReal)
        return "(" + c + " IS NULL OR (typeof(" + c + ") IN ('integer', 'real') AND abs(" + c +
               ") <= 1.7976931348623157e308))";
    // Through a Julian day number 31 February becomes 3 March (as it does
    // through Arrow): a date is faithful only when it comes back unchanged.
    return "(" + c + " IS NULL OR (typeof(" + c + ") = 'text' AND date(julianday(substr(" + c + ", 1, 10))) IS substr(" +
           c + ", 1, 10)))";
}

void find_in_geopackage(const OpenedLayer& opened, const std::vector<int>& indexes, MisreadCells& cells) {
    OGRFeatureDefn* defn = opened.layer->GetLayerDefn();
    std::string select, faithful;
    std::vector<std::size_t> positions;
    for (std::size_t p = 0; p < indexes.size(); ++p) {
        if (indexes[p] < 0) continue;
        const OGRFieldDefn* field = defn->GetFieldDefn(indexes[p]);
        if (!is_checked_type(field->GetType())) continue;
        const std::string c = quoted_identifier(field->GetNameRef());
        const std::string ok = faithful_sql(c, field->GetType());
        const std::string k = std::to_string(positions.size());
        select += ", " + ok + " AS ok_" + k + ", CAST(" + c + " AS TEXT) AS stored_" + k;
        faithful += (faithful.empty() ? "" : " AND ") + ok;
        positions.push_back(p);
    }
    if (positions.empty() || !*opened.layer->GetFIDColumn()) return;
    // GDAL may take the FID column of a result as the rows' FID rather than
    // a field, whatever it is called: both are looked for.
    const std::string sql = "SELECT " + quoted_identifier(opened.layer->GetFIDColumn()) + " AS row_fid" + select +
                            " FROM " + quoted_identifier(opened.name) + " WHERE NOT (" + faithful + ")";
    OGRLayer* result = opened.dataset->ExecuteSQL(sql.c_str(), nullptr, nullptr);
    if (!result) {
        // The table cannot be queried (damaged): the read itself will say so.
        CPLErrorReset();
        return;
    }
    OGRFeatureDefn* columns = result->GetLayerDefn();
    const int fid_field = columns->GetFieldIndex("row_fid");
    std::vector<int> ok_fields, stored_fields;
    for (std::size_t k = 0; k < positions.size(); ++k) {
        ok_fields.push_back(columns->GetFieldIndex(("ok_" + std::to_string(k)).c_str()));
        stored_fields.push_back(columns->GetFieldIndex(("stored_" + std::to_string(k)).c_str()));
    }
    std::size_t rows = 0;
    for (OGRFeatureUniquePtr row(result->GetNextFeature()); row; row.reset(result->GetNextFeature())) {
        if ((++rows & 4095) == 0) check_cancelled();
        const std::int64_t fid = fid_field >= 0 ? row->GetFieldAsInteger64(fid_field) : row->GetFID();
        for (std::size_t k = 0; k < positions.size(); ++k)
            if (row->GetFieldAsInteger(ok_fields[k]) == 0) cells.add(positions[k], fid, row->GetFieldAsString(stored_fields[k]));
    }
    opened.dataset->ReleaseResultSet(result);
    CPLErrorReset();
}

std::string_view trimmed(std::string_view text) {
    while (!text.empty() && (text.front() == ' ' || text.front() == '\0')) text.remove_prefix(1);
    while (!text.empty() && (text.back() == ' ' || text.back() == '\0')) text.remove_suffix(1);
    return text;
}

/// Whether GDAL's reading of a .dbf cell (atoi / atof / YYYYMMDD) shows
/// what the cell says.
bool faithful_dbf_cell(std::string_view cell, OGRFieldType type) {
    cell = trimmed(cell);
    // NULL as the .dbf writes it (and GDAL reads it): blank, asterisks for
    // numbers, "00000000" or "0" for dates.
    if (cell.empty()) return true;
    if (!is_date_type(type) && cell.front() == '*') return true;
    if (is_date_type(type) && (cell == "00000000" || cell == "0")) return true;
    if (is_integer_type(type)) {
        std::string_view digits = cell;
        if (digits.front() == '+') digits.remove_prefix(1);
        std::int64_t value = 0;
        const auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), value);
        if (ec != std::errc() || end != digits.data() + digits.size()) return false;
        return type == OFTInteger64 || (value >= INT32_MIN && value <= INT32_MAX);
    }
    if (type == OFTReal) return parse_number(cell).has_value();
    // Eight digits read as year, month and day, even 31 February, which the
    // date reader then refuses with its reason; anything else GDAL drops.
    return cell.size() == 8 && std::all_of(cell.begin(), cell.end(), [](char c) { return c >= '0' && c <= '9'; });
}

/// The .dbf of a Shapefile layer, from the files GDAL opened.
std::string dbf_path(const OpenedLayer& opened) {
    std::string found;
    char** files = opened.dataset->GetFileList();
    for (char** file = files; file && *file; ++file) {
        const std::string path = *file;
        if (path.size() < 4 || lowercase(path.substr(path.size() - 4)) != ".dbf") continue;
        const std::size_t slash = path.find_last_of('/');
        const std::string stem = path.substr(slash == std::string::npos ? 0 : slash + 1);
        if (stem.substr(0, stem.size() - 4) == opened.name) found = path;
    }
    CSLDestroy(files);
    return found;
}

void find_in_dbf(const OpenedLayer& opened, const std::vector<int>& indexes, MisreadCells& cells) {
    OGRFeatureDefn* defn = opened.layer->GetLayerDefn();
    std::vector<std::size_t> positions;
    for (std::size_t p = 0; p < indexes.size(); ++p)
        if (indexes[p] >= 0 && is_checked_type(defn->GetFieldDefn(indexes[p])->GetType())) positions.push_back(p);
    if (positions.empty()) return;
    const std::string path = dbf_path(opened);
    std::ifstream dbf(path, std::ios::binary);
    unsigned char header[32];
    if (path.empty() || !dbf.read(reinterpret_cast<char*>(header), sizeof header)) return;
    const std::uint32_t records = header[4] | header[5] << 8 | header[6] << 16 | std::uint32_t(header[7]) << 24;
    const std::size_t header_size = header[8] | header[9] << 8, record_size = header[10] | header[11] << 8;
    // Field descriptors, 32 bytes each until 0x0D: offset of each field in a record.
    std::vector<std::size_t> offsets, widths;
    std::size_t offset = 1;  // after the deletion flag
    for (unsigned char descriptor[32]; offsets.size() < std::size_t(defn->GetFieldCount());) {
        if (!dbf.read(reinterpret_cast<char*>(descriptor), 1) || descriptor[0] == 0x0D) break;
        if (!dbf.read(reinterpret_cast<char*>(descriptor + 1), 31)) return;
        offsets.push_back(offset);
        widths.push_back(descriptor[16]);
        offset += descriptor[16];
    }
    if (offsets.size() != std::size_t(defn->GetFieldCount()) || offset > record_size) return;  // GDAL will say
    dbf.seekg(std::streamoff(header_size));
    std::string record(record_size, '\0');
    for (std::uint32_t fid = 0; fid < records && dbf.read(record.data(), std::streamsize(record_size)); ++fid) {
        if ((fid & 4095) == 4095) check_cancelled();
        if (record[0] == '*') continue;  // deleted: not a feature
        for (std::size_t p : positions) {
            const int index = indexes[p];
            const std::string_view cell(record.data() + offsets[std::size_t(index)], widths[std::size_t(index)]);
            const OGRFieldType type = defn->GetFieldDefn(index)->GetType();
            if (!faithful_dbf_cell(cell, type)) {
                const std::string text(trimmed(cell));
                cells.add(p, fid, opened.decoder ? (*opened.decoder)(text) : text);
            }
        }
    }
}

}  // namespace

MisreadCells find_misread_cells(const OpenedLayer& opened, const std::vector<int>& indexes) {
    MisreadCells cells(indexes.size());
    const char* driver = opened.dataset->GetDriver() ? opened.dataset->GetDriver()->GetDescription() : "";
    if (EQUAL(driver, "GPKG")) find_in_geopackage(opened, indexes, cells);
    if (EQUAL(driver, "ESRI Shapefile")) find_in_dbf(opened, indexes, cells);
    return cells;
}

}  // namespace coverplan::gis::detail
