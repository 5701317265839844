#include "gis/layer_appender.h"

#include <cpl_conv.h>
#include <cpl_error.h>
#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <filesystem>

#include "gis/crs.h"
#include "gis/detail/gdal_fields.h"
#include "gis/detail/opened_layer.h"
#include "gis/error.h"
#include "gis/gdal_setup.h"
#include "gis/table_store.h"

namespace coverplan::gis {

namespace {

bool is_database(const std::string& source) { return source.rfind("PG:", 0) == 0; }

/// Sets a GDAL option for this thread while alive (GDAL reads it when the
/// dataset is opened), then puts back what was there.
class ThreadConfigOption {
public:
    ThreadConfigOption(const char* key, const char* value) : key_(key) {
        const char* old = CPLGetThreadLocalConfigOption(key, nullptr);
        if (old) old_ = old;
        had_ = old != nullptr;
        CPLSetThreadLocalConfigOption(key, value);
    }
    ~ThreadConfigOption() { CPLSetThreadLocalConfigOption(key_, had_ ? old_.c_str() : nullptr); }
    ThreadConfigOption(const ThreadConfigOption&) = delete;
    ThreadConfigOption& operator=(const ThreadConfigOption&) = delete;

private:
    const char* key_;
    std::string old_;
    bool had_ = false;
};

}  // namespace

LayerAppender::LayerAppender(const LayerSource& target, std::vector<FieldDef> fields, const std::string& crs)
    : target_(target), fields_(std::move(fields)) {
    register_gdal_drivers();
    const Location where{target_.display_name, target_.layer, "", "", 0};
    // A prospect acknowledged to the salesperson must be on disk: SQLite
    // syncs every commit (the batch writers switch that off for their
    // temporary files, on their own threads).
    ThreadConfigOption synchronous("OGR_SQLITE_SYNCHRONOUS", "FULL");
    CPLErrorReset();
    if (is_database(target_.source) || std::filesystem::exists(target_.source)) {
        dataset_ = static_cast<GDALDataset*>(
            GDALOpenEx(target_.source.c_str(), GDAL_OF_VECTOR | GDAL_OF_UPDATE, nullptr, nullptr, nullptr));
    } else {
        GDALDriver* driver = GetGDALDriverManager()->GetDriverByName("GPKG");
        if (!driver) throw Error("GDAL has no GPKG driver");
        dataset_ = driver->Create(target_.source.c_str(), 0, 0, 0, GDT_Unknown, nullptr);
    }
    if (!dataset_) throw InputError(where, "cannot open for recording: " + detail::gdal_message());
    layer_ = dataset_->GetLayerByName(target_.layer.c_str());
    if (!layer_) {
        const auto srs = make_srs(crs);
        layer_ = dataset_->CreateLayer(target_.layer.c_str(), srs.get(), wkbPoint, nullptr);
        if (!layer_) {
            GDALClose(dataset_);
            throw InputError(where, "cannot create the layer: " + detail::gdal_message());
        }
        for (const auto& field : fields_) {
            OGRFieldDefn defn(field.name.c_str(), OFTString);
            detail::make_field(defn, field.type);
            if (layer_->CreateField(&defn) != OGRERR_NONE) {
                GDALClose(dataset_);
                throw InputError(Location{target_.display_name, target_.layer, "", field.name, 0},
                                 "cannot create the field: " + detail::gdal_message());
            }
        }
        // Drivers create the table lazily; make it exist (and fail) now.
        dataset_->FlushCache();
    }
    for (const auto& field : fields_) {
        int index = layer_->FindFieldIndex(field.name.c_str(), TRUE);
        if (index < 0) {
            // A layer made before the field was added to the list gains it,
            // empty in the features it has.
            OGRFieldDefn defn(field.name.c_str(), OFTString);
            detail::make_field(defn, field.type);
            if (layer_->CreateField(&defn) == OGRERR_NONE) index = layer_->FindFieldIndex(field.name.c_str(), TRUE);
        }
        if (index < 0) {
            std::string expected;
            for (const auto& f : fields_) expected += (expected.empty() ? "" : ", ") + f.name;
            const std::string why = detail::gdal_message();
            GDALClose(dataset_);
            throw InputError(Location{target_.display_name, target_.layer, "", field.name, 0},
                             "the layer has no such field and it cannot be added (" + why + "); it must have: " + expected);
        }
        indexes_.push_back(index);
    }
}

LayerAppender::~LayerAppender() {
    if (dataset_) GDALClose(dataset_);
}

std::int64_t LayerAppender::append(double x, double y, std::span<const FieldValue> values, const std::string& id_field,
                                   const std::string& id_prefix) {
    if (values.size() != fields_.size())
        throw Error("appending " + std::to_string(values.size()) + " values to " + std::to_string(fields_.size()) +
                    " fields");
    int id_index = -1;
    for (std::size_t i = 0; i < fields_.size(); ++i)
        if (fields_[i].name == id_field) id_index = indexes_[i];
    const Location where{target_.display_name, target_.layer, "", "", 0};
    std::lock_guard lock(mutex_);
    CPLErrorReset();
    if (dataset_->StartTransaction() != OGRERR_NONE)
        throw InputError(where, "cannot start a transaction: " + detail::gdal_message());
    OGRFeature feature(layer_->GetLayerDefn());
    for (std::size_t i = 0; i < values.size(); ++i) detail::set_field(feature, indexes_[i], values[i]);
    feature.SetGeometryDirectly(new OGRPoint(x, y));
    bool stored = layer_->CreateFeature(&feature) == OGRERR_NONE;
    if (stored && id_index >= 0) {
        // The id comes from the store's own key, so two recordings never share one.
        feature.SetField(id_index, (id_prefix + std::to_string(feature.GetFID())).c_str());
        stored = layer_->SetFeature(&feature) == OGRERR_NONE;
    }
    if (!stored) {
        const std::string why = detail::gdal_message();
        dataset_->RollbackTransaction();
        throw InputError(where, "cannot store the feature: " + why);
    }
    if (dataset_->CommitTransaction() != OGRERR_NONE)
        throw InputError(where, "cannot commit the feature: " + detail::gdal_message());
    return feature.GetFID();
}

std::optional<std::vector<FieldValue>> LayerAppender::find(const std::string& field, const std::string& value) {
    std::size_t position = fields_.size();
    for (std::size_t i = 0; i < fields_.size(); ++i)
        if (fields_[i].name == field) position = i;
    if (position == fields_.size()) throw Error("finding by " + field + ", which is not one of the appended fields");
    const Location where{target_.display_name, target_.layer, "", field, 0};
    std::lock_guard lock(mutex_);
    CPLErrorReset();
    const std::string filter = sql_identifier(layer_->GetLayerDefn()->GetFieldDefn(indexes_[position])->GetNameRef()) +
                               " = " + sql_literal(value);
    if (layer_->SetAttributeFilter(filter.c_str()) != OGRERR_NONE)
        throw InputError(where, "cannot search the layer: " + detail::gdal_message());
    layer_->ResetReading();
    OGRFeatureUniquePtr feature(layer_->GetNextFeature());
    layer_->SetAttributeFilter(nullptr);
    if (CPLGetLastErrorType() >= CE_Failure) throw InputError(where, "cannot search the layer: " + detail::gdal_message());
    if (!feature) return std::nullopt;
    std::vector<FieldValue> values;
    for (std::size_t i = 0; i < fields_.size(); ++i) values.push_back(detail::read_field(*feature, indexes_[i], fields_[i].type));
    return values;
}

bool LayerAppender::index_unique(const std::string& field) {
    std::lock_guard lock(mutex_);
    const detail::QuietGdalErrors quiet;
    CPLErrorReset();
    const std::string sql = "CREATE UNIQUE INDEX IF NOT EXISTS " + sql_identifier(target_.layer + "_key") + " ON " +
                            sql_identifier(target_.layer) + " (" + sql_identifier(field) + ")";
    dataset_->ReleaseResultSet(dataset_->ExecuteSQL(sql.c_str(), nullptr, nullptr));
    return CPLGetLastErrorType() < CE_Failure;
}

std::int64_t LayerAppender::count() {
    std::lock_guard lock(mutex_);
    return layer_->GetFeatureCount(TRUE);
}

bool has_layer(const LayerSource& source) {
    register_gdal_drivers();
    if (!is_database(source.source) && !std::filesystem::exists(source.source)) return false;
    CPLPushErrorHandler(CPLQuietErrorHandler);
    GDALDatasetUniquePtr dataset(GDALDataset::Open(source.source.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY));
    const bool found = dataset && (source.layer.empty() ? dataset->GetLayerCount() == 1
                                                        : dataset->GetLayerByName(source.layer.c_str()) != nullptr);
    CPLPopErrorHandler();
    return found;
}

}  // namespace coverplan::gis
