#include "gis/vector_writer.h"

#include <cpl_conv.h>
#include <cpl_error.h>
#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <algorithm>
#include <atomic>
#include <ctime>
#include <filesystem>

#include "gis/crs.h"
#include "gis/detail/gdal_fields.h"
#include "gis/error.h"
#include "gis/gdal_setup.h"
#include "gis/spreadsheet_text.h"
#include "gis/utf8.h"

namespace coverplan::gis {

namespace {

std::atomic<bool> csv_byte_order_mark{false};

}  // namespace

void write_csv_byte_order_mark(bool write) { csv_byte_order_mark = write; }


namespace fs = std::filesystem;
using detail::gdal_message;

namespace {

OGRwkbGeometryType ogr_type(GeometryType type) {
    switch (type) {
        case GeometryType::None: return wkbNone;
        case GeometryType::Point: return wkbPoint;
        case GeometryType::Polygon: return wkbPolygon;
        case GeometryType::MultiPolygon: return wkbMultiPolygon;
    }
    return wkbUnknown;
}

/// Files a driver writes beside the main one (Shapefile sidecars).
std::vector<std::string> sidecar_extensions(const std::string& driver) {
    if (driver == "ESRI Shapefile") return {".shx", ".dbf", ".prj", ".cpg"};
    return {};
}

}  // namespace

bool indexes_point_layer(const std::string& target, std::size_t points) {
    return !(points > 1'000'000 && driver_for_target(target) == "GPKG");
}

namespace {

// The file formats we write, by extension; "PG:" targets go to PostgreSQL.
constexpr std::pair<std::string_view, std::string_view> kDrivers[] = {
    {".gpkg", "GPKG"}, {".shp", "ESRI Shapefile"}, {".geojson", "GeoJSON"}, {".json", "GeoJSON"},
    {".csv", "CSV"},   {".fgb", "FlatGeobuf"},     {".kml", "KML"}};

}  // namespace

std::vector<std::string> vector_extensions() {
    std::vector<std::string> extensions;
    for (const auto& [extension, driver] : kDrivers) extensions.emplace_back(extension);
    return extensions;
}

std::string driver_for_target(const std::string& target) {
    if (target.rfind("PG:", 0) == 0) return "PostgreSQL";
    const std::string ext = lowercase(fs::path(target).extension().string());
    for (const auto& [extension, driver] : kDrivers)
        if (ext == extension) return std::string(driver);
    throw InputError(Location{target, "", "", "", 0},
                     "cannot tell the output format from the extension '" + ext +
                         "' (expected .gpkg, .shp, .geojson, .csv, .fgb, .kml or a PG: connection string)");
}

VectorWriter::VectorWriter(std::string target, std::string crs)
    : target_(std::move(target)), driver_(driver_for_target(target_)), srs_(crs.empty() ? nullptr : make_srs(crs)) {
    register_gdal_drivers();
    GDALDriver* driver = GetGDALDriverManager()->GetDriverByName(driver_.c_str());
    if (!driver) throw Error("GDAL has no " + driver_ + " driver");
    CPLErrorReset();
    if (driver_ == "PostgreSQL") {
        is_database_ = true;
        dataset_ = static_cast<GDALDataset*>(GDALOpenEx(target_.c_str(), GDAL_OF_VECTOR | GDAL_OF_UPDATE, nullptr,
                                                        nullptr, nullptr));
        if (!dataset_) throw InputError(Location{target_, "", "", "", 0}, "cannot open for writing: " + gdal_message());
        in_transaction_ = dataset_->StartTransaction() == OGRERR_NONE;
        return;
    }
    temporary_ = std::make_unique<TemporaryFile>(target_, sidecar_extensions(driver_));
    if (driver_ == "GPKG") {
        // We write a temporary file that is synced once and renamed only when
        // complete, so SQLite need not sync each transaction; a larger page
        // cache keeps big layers off disk.
        CPLSetThreadLocalConfigOption("OGR_SQLITE_SYNCHRONOUS", "OFF");
        CPLSetThreadLocalConfigOption("OGR_SQLITE_CACHE", "256");
    }
    dataset_ = driver->Create(temporary_->path().c_str(), 0, 0, 0, GDT_Unknown, nullptr);
    if (!dataset_) throw InputError(Location{target_, "", "", "", 0}, "cannot create: " + gdal_message());
}

VectorWriter::~VectorWriter() {
    if (!committed_) abandon();
}

VectorWriter::FailureRecorder::FailureRecorder() {
    CPLPushErrorHandlerEx(
        [](CPLErr severity, CPLErrorNum, const char* message) {
            auto* recorder = static_cast<FailureRecorder*>(CPLGetErrorHandlerUserData());
            if (recorder && severity >= CE_Failure && recorder->first_failure.empty())
                recorder->first_failure = message ? message : "unknown GDAL failure";
        },
        this);
}

VectorWriter::FailureRecorder::~FailureRecorder() { CPLPopErrorHandler(); }

void VectorWriter::throw_if_gdal_failed(const std::string& stage) {
    if (failures_.first_failure.empty()) return;
    throw InputError(Location{target_, "", "", "", 0}, stage + ": " + failures_.first_failure);
}

void VectorWriter::abandon() noexcept {
    if (dataset_) {
        if (in_transaction_) dataset_->RollbackTransaction();
        GDALClose(dataset_);
        dataset_ = nullptr;
    }
    if (temporary_) temporary_->discard();
}

VectorWriter::Layer& VectorWriter::create_layer(const std::string& name, GeometryType geometry,
                                                const std::vector<FieldDef>& fields,
                                                const std::vector<std::string>& options) {
    if (!dataset_) throw Error("writer for " + target_ + " is closed");
    if (geometry != GeometryType::None && !srs_)
        throw Error("layer " + name + " of " + target_ + " has geometries, but its writer was given no CRS");
    // One transaction per file layer: GeoPackage inserts are then batched
    // instead of committed row by row.
    if (!is_database_ && in_transaction_) {
        dataset_->CommitTransaction();
        in_transaction_ = false;
    }
    // A layer's description (DESCRIPTION=...) is kept where the format has
    // a place for it: gpkg_contents.description, a PostgreSQL table comment.
    std::vector<std::string> all_options;
    for (const auto& option : options)
        if (option.rfind("DESCRIPTION=", 0) != 0 || driver_ == "GPKG" || driver_ == "PostgreSQL")
            all_options.push_back(option);
    auto given = [&](const std::string& key) {
        return std::any_of(options.begin(), options.end(), [&](const std::string& o) { return o.rfind(key + "=", 0) == 0; });
    };
    // Defaults that keep what we write readable and complete: Shapefile text
    // in UTF-8 (else Vietnamese letters become '?'), CSV geometry as columns.
    if (driver_ == "ESRI Shapefile" && !given("ENCODING")) all_options.push_back("ENCODING=UTF-8");
    if (driver_ == "CSV" && csv_byte_order_mark && !given("WRITE_BOM")) all_options.push_back("WRITE_BOM=YES");
    if (driver_ == "CSV" && !given("GEOMETRY") && geometry != GeometryType::None)
        all_options.push_back(geometry == GeometryType::Point ? "GEOMETRY=AS_XY" : "GEOMETRY=AS_WKT");
    if (is_database_) all_options.push_back("OVERWRITE=YES");
    std::vector<const char*> option_list;
    for (const auto& option : all_options) option_list.push_back(option.c_str());
    option_list.push_back(nullptr);
    // Shapefile: one layer per file, named by the target.
    const std::string layer_name = driver_ == "ESRI Shapefile" ? temporary_->path().stem().string() : name;
    CPLErrorReset();
    OGRLayer* layer = dataset_->CreateLayer(layer_name.c_str(), geometry == GeometryType::None ? nullptr : srs_.get(),
                                            ogr_type(geometry), const_cast<char**>(option_list.data()));
    if (!layer)
        throw InputError(Location{target_, name, "", "", 0}, "cannot create the layer: " + gdal_message());
    std::vector<int> indexes;
    for (const auto& field : fields) {
        // CSV and KML would write dates as 2026/11/30; keep them ISO 8601 text.
        const bool text_dates = driver_ == "CSV" || driver_ == "KML";
        const OGRFieldType type = text_dates && field.type == FieldType::Date ? OFTString : detail::ogr_field_type(field.type);
        // A CSV is read by spreadsheets: no cell, the header included, may run as a formula.
        const std::string field_name = driver_ == "CSV" ? spreadsheet_text(field.name) : field.name;
        OGRFieldDefn defn(field_name.c_str(), type);
        if (type == detail::ogr_field_type(field.type)) detail::make_field(defn, field.type);
        if (layer->CreateField(&defn) != OGRERR_NONE)
            throw InputError(Location{target_, name, "", field.name, 0}, "cannot create the field: " + gdal_message());
        indexes.push_back(layer->GetLayerDefn()->GetFieldIndex(field_name.c_str()));
    }
    if (!is_database_ && dataset_->TestCapability(ODsCTransactions))
        in_transaction_ = dataset_->StartTransaction() == OGRERR_NONE;
    layers_.push_back(std::unique_ptr<Layer>(new Layer(*this, layer, name, std::move(indexes))));
    return *layers_.back();
}

void VectorWriter::Layer::write(std::unique_ptr<OGRGeometry> geometry, std::span<const FieldValue> values) {
    if (values.size() != field_indexes_.size())
        throw Error("layer " + name_ + ": " + std::to_string(values.size()) + " values for " +
                    std::to_string(field_indexes_.size()) + " fields");
    OGRFeature feature(layer_->GetLayerDefn());
    for (std::size_t i = 0; i < values.size(); ++i) {
        const auto* text = std::get_if<std::string>(&values[i]);
        if (owner_.driver_ == "CSV" && text && reads_as_formula(*text))  // numbers stay numbers
            detail::set_field(feature, field_indexes_[i], spreadsheet_text(*text));
        else
            detail::set_field(feature, field_indexes_[i], values[i]);
    }
    if (geometry) feature.SetGeometryDirectly(geometry.release());
    CPLErrorReset();
    if (layer_->CreateFeature(&feature) != OGRERR_NONE)
        throw InputError(Location{owner_.target_, name_, std::to_string(written_ + 1), "", 0},
                         "cannot write the feature: " + gdal_message());
    ++written_;
}

void VectorWriter::Layer::add_point(double x, double y, std::span<const FieldValue> values) {
    write(std::make_unique<OGRPoint>(x, y), values);
}

void VectorWriter::Layer::add_geometry(const GEOSGeometry* geometry, std::span<const FieldValue> values) {
    std::unique_ptr<OGRGeometry> g;
    if (geometry) {
        g.reset(OGRGeometryFactory::createFromGEOS(geos_context(), const_cast<GEOSGeometry*>(geometry)));
        if (!g) throw Error("layer " + name_ + ": cannot convert a GEOS geometry: " + gdal_message());
        const auto wanted = layer_->GetGeomType();
        if (wanted == wkbMultiPolygon && wkbFlatten(g->getGeometryType()) == wkbPolygon)
            g.reset(OGRGeometryFactory::forceToMultiPolygon(g.release()));
    }
    write(std::move(g), values);
}

void VectorWriter::add_layer_styles(std::vector<LayerStyle> styles) {
    for (auto& style : styles) styles_.push_back(std::move(style));
}

namespace {

/// Whether QGIS reads a style of this driver's files from "<stem>.qml" beside them.
bool takes_style_file(const std::string& driver) {
    return driver == "ESRI Shapefile" || driver == "GeoJSON" || driver == "FlatGeobuf";
}

std::string utc_now() {
    const std::time_t now = std::time(nullptr);
    std::tm utc{};
    gmtime_r(&now, &utc);
    char text[32];
    std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%SZ", &utc);
    return text;
}

}  // namespace

void VectorWriter::write_styles_table() {
    // The columns QGIS creates when it saves a style in a GeoPackage (its
    // OGR provider reads them back by these names); catalog and schema stay
    // empty in a GeoPackage.
    const std::vector<FieldDef> fields = {
        {"f_table_catalog", FieldType::String}, {"f_table_schema", FieldType::String},
        {"f_table_name", FieldType::String},    {"f_geometry_column", FieldType::String},
        {"styleName", FieldType::String},       {"styleQML", FieldType::String},
        {"styleSLD", FieldType::String},        {"useAsDefault", FieldType::Boolean},
        {"description", FieldType::String},     {"owner", FieldType::String},
        {"ui", FieldType::String},              {"update_time", FieldType::DateTime},
    };
    std::vector<std::pair<const LayerStyle*, std::string>> rows;
    for (const LayerStyle& style : styles_) {
        const auto layer = std::find_if(layers_.begin(), layers_.end(), [&](const auto& l) { return l->name_ == style.layer; });
        if (layer == layers_.end()) throw Error("a style for layer " + style.layer + ", which " + target_ + " does not have");
        rows.emplace_back(&style, (*layer)->layer_->GetGeometryColumn());
    }
    auto& table = create_layer("layer_styles", GeometryType::None, fields,
                               {"DESCRIPTION=How QGIS draws the layers (QML and SLD), as on Coverplan's maps"});
    const std::string now = utc_now();
    for (const auto& [style, geometry_column] : rows) {
        const std::vector<FieldValue> row = {std::string(), std::string(), style->layer, geometry_column, style->name,
                                             style->qml, style->sld, std::int64_t(1), style->description,
                                             std::string("coverplan"), FieldValue(), now};
        table.add_row(row);
    }
}

void VectorWriter::commit() {
    if (!dataset_) throw Error("writer for " + target_ + " is closed");
    if (!styles_.empty() && driver_ == "GPKG") write_styles_table();
    // Deferred table creation (PostgreSQL) happens on flush: make it happen
    // inside the transaction, and stop before committing if it failed. (A
    // GeoPackage must not be flushed inside its transaction: GDAL 3.6 then
    // fails to detach its temporary R-tree database; closing flushes it.)
    if (is_database_) dataset_->FlushCache();
    throw_if_gdal_failed("cannot write");
    if (in_transaction_ && dataset_->CommitTransaction() != OGRERR_NONE) {
        in_transaction_ = false;
        throw InputError(Location{target_, "", "", "", 0}, "cannot commit: " + gdal_message());
    }
    in_transaction_ = false;
    throw_if_gdal_failed("cannot commit");
    GDALClose(dataset_);
    dataset_ = nullptr;
    throw_if_gdal_failed("cannot finish writing");
    if (temporary_) temporary_->commit();
    committed_ = true;
    // After the data: a style never stands beside a file that failed.
    if (!styles_.empty() && takes_style_file(driver_))
        write_file_atomically(fs::path(target_).replace_extension(".qml"), styles_.front().qml, "layer style");
}

}  // namespace coverplan::gis
