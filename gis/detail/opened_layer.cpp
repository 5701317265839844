#include "gis/detail/opened_layer.h"

#include <cpl_error.h>
#include <cpl_string.h>
#include <ogrsf_frmts.h>

#include <cstdio>

#include "gis/detail/gdal_fields.h"
#include "gis/error.h"
#include "gis/gdal_setup.h"

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

}  // namespace

OpenedLayer open_layer(const LayerSource& source) {
    register_gdal_drivers();
    OpenedLayer opened;
    const Location where{source.display_name, source.layer, "", "", 0};
    // Strings stay strings: we parse numbers and dates ourselves so a bad
    // value is reported with its row instead of silently becoming 0.
    const std::string code_page = shapefile_code_page_to_decode(source.source);
    if (!code_page.empty()) opened.decoder = std::make_unique<TextDecoder>(code_page);
    const char* const open_options[] = {"AUTODETECT_TYPE=NO", "EMPTY_STRING_AS_NULL=NO",
                                        code_page.empty() ? nullptr : "ENCODING=", nullptr};
    opened.dataset.reset(GDALDataset::Open(source.source.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr,
                                           open_options, nullptr));
    if (!opened.dataset) throw InputError(where, "cannot open as a vector data source: " + gdal_message());
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

bool table_passes_quick_check(const OpenedLayer& opened) {
    std::string quoted;
    for (char c : opened.name) quoted += c == '"' ? std::string("\"\"") : std::string(1, c);
    const std::string sql = "PRAGMA quick_check(\"" + quoted + "\")";
    OGRLayer* result = opened.dataset->ExecuteSQL(sql.c_str(), nullptr, nullptr);
    if (!result) return false;
    bool ok = false;
    if (OGRFeatureUniquePtr row(result->GetNextFeature()); row && row->GetFieldCount() > 0)
        ok = std::string(row->GetFieldAsString(0)) == "ok";
    opened.dataset->ReleaseResultSet(result);
    CPLErrorReset();
    return ok;
}

}  // namespace coverplan::gis::detail
