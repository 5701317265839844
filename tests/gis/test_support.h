#pragma once
// Shared helpers of the gis tests: a temporary folder per test, GDAL fixture
// writing, independent coordinate transformation (plain GDAL/OSR, not the
// library's crs.h), and shell commands for ogr2ogr.

#include <ogr_core.h>

#include <filesystem>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "gis/layer_reader.h"

class GDALDataset;

namespace coverplan::gis::test {

namespace fs = std::filesystem;

/// Registers the GDAL drivers once (the library leaves that to main()).
void register_gdal();

/// A fresh, unique, empty folder under the system temporary directory,
/// removed with everything in it when the object goes.
class TempDir {
public:
    TempDir();
    ~TempDir();
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;
    const fs::path& path() const { return path_; }
    fs::path operator/(const std::string& name) const { return path_ / name; }
    /// Names of the entries in the folder, sorted (hidden files included).
    std::vector<std::string> entries() const;

private:
    fs::path path_;
};

struct FieldSpec {
    std::string name;
    OGRFieldType type = OFTString;
};

/// One feature of a fixture: WKT ("" for no geometry) and field values
/// (nullopt for NULL), parallel to the layer's fields.
struct FixtureFeature {
    std::string wkt;
    std::vector<std::optional<std::string>> values;
};

/// Writes fixture files with plain GDAL calls.
class FixtureWriter {
public:
    FixtureWriter(const fs::path& path, const std::string& driver, const std::vector<std::string>& dataset_options = {});
    ~FixtureWriter();
    FixtureWriter(const FixtureWriter&) = delete;
    FixtureWriter& operator=(const FixtureWriter&) = delete;

    /// `srs`: "EPSG:4326" etc., or "" for a layer without CRS.
    FixtureWriter& layer(const std::string& name, const std::string& srs, OGRwkbGeometryType type,
                         const std::vector<FieldSpec>& fields, const std::vector<FixtureFeature>& features,
                         const std::vector<std::string>& layer_options = {});
    void close();

private:
    GDALDataset* dataset_ = nullptr;
};

/// Shorthand: one layer in one file.
void write_layer(const fs::path& path, const std::string& driver, const std::string& layer, const std::string& srs,
                 OGRwkbGeometryType type, const std::vector<FieldSpec>& fields,
                 const std::vector<FixtureFeature>& features, const std::vector<std::string>& layer_options = {});

/// Writes a text file byte for byte.
void write_text(const fs::path& path, const std::string& text);
std::string read_bytes(const fs::path& path);

/// Transforms with OGRCoordinateTransformation between two EPSG codes in
/// traditional GIS order (x = longitude / easting).
std::pair<double, double> transform_epsg(int from, int to, double x, double y);

/// Runs a shell command; returns its exit status (0 = success).
int run_command(const std::string& command);
bool have_ogr2ogr();
std::string shell_quote(const std::string& text);

/// True when COVERPLAN_RUN_KNOWN_BUGS is set: the tests of known library
/// bugs then run instead of being skipped (to see them fail, or pass once fixed).
bool run_known_bugs();

/// A LayerSource for a file, its display name being the file name.
LayerSource file_source(const fs::path& path, const std::string& layer = "");

/// Writes a CSV and returns it as a source of points from columns `x`, `y`
/// (in `crs`, when given).
LayerSource csv_points(const fs::path& path, const std::string& text, const std::string& x, const std::string& y,
                       const std::string& crs = "");

/// ReadOptions with fields given as key=field pairs (field == key when the
/// pair's second is empty).
ReadOptions read_options(const std::string& role, std::vector<std::pair<std::string, std::string>> fields,
                         const std::string& id_key = "", const std::string& working_crs = "EPSG:32648");

/// The message of the InputError `call` throws; fails the test (and
/// returns "") when it throws nothing or something else.
template <class Call>
std::string input_error_message(Call&& call);

}  // namespace coverplan::gis::test

#include <gtest/gtest.h>

#include "gis/error.h"

template <class Call>
std::string coverplan::gis::test::input_error_message(Call&& call) {
    try {
        call();
    } catch (const coverplan::InputError& error) {
        return error.what();
    } catch (const std::exception& error) {
        ADD_FAILURE() << "expected InputError, got another exception: " << error.what();
        return "";
    }
    ADD_FAILURE() << "expected InputError, nothing was thrown";
    return "";
}
