#pragma once
// Edits that only a hand or another program makes to a data file, for tests
// of values GDAL would misread: SQL straight into a GeoPackage (text in an
// INTEGER column, 31 February in a DATE column) and a .dbf cell's bytes.

#include <gdal_priv.h>

#include <cstdint>
#include <filesystem>
#include <fstream>
#include <stdexcept>
#include <string>

namespace coverplan::test {

/// Runs SQL statements on a GeoPackage through GDAL's own SQLite connection
/// (its triggers need GDAL's functions), one statement per call.
inline void run_gpkg_sql(const std::filesystem::path& gpkg, const std::string& sql) {
    GDALAllRegister();
    GDALDatasetUniquePtr dataset(GDALDataset::Open(gpkg.string().c_str(), GDAL_OF_VECTOR | GDAL_OF_UPDATE));
    if (!dataset) throw std::runtime_error("cannot open " + gpkg.string() + " for update");
    CPLErrorReset();
    if (OGRLayer* result = dataset->ExecuteSQL(sql.c_str(), nullptr, nullptr)) dataset->ReleaseResultSet(result);
    if (CPLGetLastErrorType() >= CE_Failure) throw std::runtime_error("SQL failed: " + std::string(CPLGetLastErrorMsg()));
}

/// Overwrites the cell of `field` in record `record` (0-based) of a .dbf
/// with `text`, left-aligned and padded with spaces to the field's width.
inline void set_dbf_cell(const std::filesystem::path& dbf, std::size_t record, const std::string& field,
                         const std::string& text) {
    std::fstream file(dbf, std::ios::in | std::ios::out | std::ios::binary);
    unsigned char header[32];
    if (!file.read(reinterpret_cast<char*>(header), 32)) throw std::runtime_error("not a .dbf: " + dbf.string());
    const std::size_t header_size = header[8] | header[9] << 8, record_size = header[10] | header[11] << 8;
    std::size_t offset = 1;
    for (unsigned char descriptor[32]; file.read(reinterpret_cast<char*>(descriptor), 32) && descriptor[0] != 0x0D;) {
        const std::string name(reinterpret_cast<const char*>(descriptor), strnlen(reinterpret_cast<const char*>(descriptor), 11));
        const std::size_t width = descriptor[16];
        if (name == field) {
            if (text.size() > width) throw std::runtime_error("'" + text + "' is wider than field " + field);
            file.seekp(std::streamoff(header_size + record * record_size + offset));
            file << text << std::string(width - text.size(), ' ');
            return;
        }
        offset += width;
    }
    throw std::runtime_error("no field " + field + " in " + dbf.string());
}

}  // namespace coverplan::test
