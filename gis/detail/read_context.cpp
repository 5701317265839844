#include "gis/detail/read_context.h"

#include <cpl_error.h>
#include <cpl_json.h>
#include <cpl_string.h>
#include <ogrsf_frmts.h>

#include <algorithm>
#include <functional>

#include "gis/crs.h"
#include "gis/detail/gdal_fields.h"
#include "gis/error.h"
#include "gis/progress.h"
#include "gis/utf8.h"

namespace coverplan::gis::detail {

const std::vector<std::pair<std::string, std::string>> kCoordinateColumnNames = {
    {"lon", "lat"}, {"lng", "lat"}, {"long", "lat"}, {"longitude", "latitude"}, {"x", "y"},
    {"kinh_do", "vi_do"}, {"kinhdo", "vido"}, {"kinh độ", "vĩ độ"}};

bool names_geographic_columns(const std::string& x_field, const std::string& y_field) {
    for (const auto& [x_name, y_name] : kCoordinateColumnNames)
        if (x_name != "x" && lowercase(x_field) == x_name && lowercase(y_field) == y_name) return true;
    return false;
}

ReadContext::ReadContext(const LayerSource& source, const ReadOptions& options, bool uses_xy) : source_(source) {
    opened = open_layer(source);
    geojson_ = EQUAL(opened.dataset->GetDriver()->GetDescription(), "GeoJSON");
    report.role = options.role;
    report.file = source.display_name;
    report.layer = opened.name;
    for (std::size_t i = 0; i < options.fields.size(); ++i) {
        const auto& request = options.fields[i];
        indexes.push_back(field_index(opened, source, request.key, request.field));
        if (request.key == options.id_key) id_position = static_cast<int>(i);
    }
    if (!source.crs.empty()) {
        try {
            source_srs = make_srs(source.crs);
        } catch (const InputError& error) {
            throw InputError(Location{source.display_name, opened.name, "", "crs", 0}, error.what());
        }
    } else if (!uses_xy && opened.layer->GetSpatialRef()) {
        source_srs.reset(opened.layer->GetSpatialRef()->Clone());
        source_srs->SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    } else if (uses_xy && names_geographic_columns(source.x_field, source.y_field)) {
        source_srs = make_srs("EPSG:4326");
        report.assumed_crs = "EPSG:4326, from the column names " + source.x_field + ", " + source.y_field;
    } else {
        throw InputError(Location{source.display_name, opened.name, "", "", 0},
                         "the layer carries no CRS; set crs = \"EPSG:...\" for it in the project file");
    }
    target_srs = make_srs(options.working_crs);
    transform = make_transform(*source_srs, *target_srs);
    range = std::make_unique<RangeCheck>(*source_srs);
}

void ReadContext::ignore_unread_fields(const std::vector<int>& also_read) {
    OGRFeatureDefn* defn = opened.layer->GetLayerDefn();
    std::vector<std::string> names;
    for (int i = 0; i < defn->GetFieldCount(); ++i) {
        const bool read = std::find(indexes.begin(), indexes.end(), i) != indexes.end() ||
                          std::find(also_read.begin(), also_read.end(), i) != also_read.end();
        if (!read) names.push_back(defn->GetFieldDefn(i)->GetNameRef());
    }
    names.push_back("OGR_STYLE");
    std::vector<const char*> list;
    for (const auto& name : names) list.push_back(name.c_str());
    list.push_back(nullptr);
    opened.layer->SetIgnoredFields(list.data());
}

std::string ReadContext::text(OGRFeature& feature, std::size_t position) const {
    if (const std::string* stored = misread.find(position, feature.GetFID())) return *stored;
    return field_text(feature, indexes[position], opened.decoder.get());
}

std::string ReadContext::feature_name(OGRFeature& feature) const {
    std::string name = std::to_string(feature.GetFID());
    if (id_position >= 0 && indexes[id_position] >= 0) {
        const std::string id = text(feature, std::size_t(id_position));
        if (!id.empty()) name += " (id '" + id + "')";
    }
    return name;
}

void ReadContext::reject(OGRFeature& feature, const std::string& field, const std::string& reason) {
    report.add(Outcome::Rejected, feature_name(feature), field, reason);
}

void ReadContext::reject(std::int64_t fid, const std::string& id, const std::string& field, const std::string& reason) {
    report.add(Outcome::Rejected, std::to_string(fid) + (id.empty() ? "" : " (id '" + id + "')"), field, reason);
}

const OGRGeometry* ReadContext::geometry_or_reject(OGRFeature& feature) {
    const OGRGeometry* geometry = feature.GetGeometryRef();
    if (!geometry) {
        reject(feature, "", missing_geometry(feature));
        return nullptr;
    }
    if (geometry->IsEmpty()) {
        reject(feature, "", "empty geometry");
        return nullptr;
    }
    return geometry;
}

bool is_feature_error(const std::string& message) {
    // The GeoPackage driver's words for a blob it cannot decode, and the
    // GeoJSON reader's for a geometry member it cannot use ("Invalid 'x'
    // coordinate. Type is not double or integer for '"106.05"'.", "Invalid
    // Point object. Missing 'coordinates' member.").
    if (message.rfind("Unable to read geometry", 0) == 0) return true;
    return message.rfind("Invalid ", 0) == 0 &&
           (message.find("coordinate") != std::string::npos || message.find(" object") != std::string::npos);
}

std::string unreadable_geometry(const std::string& gdal_message) {
    return "geometry cannot be read (GDAL: " + gdal_message + ")";
}

std::string ReadContext::missing_geometry(OGRFeature& feature) {
    if (!geojson_) return "no geometry";
    if (!native_) {
        const char* const options[] = {"NATIVE_DATA=YES", nullptr};
        native_ = open_source(source_, options);
        native_layer_ = native_ ? native_->GetLayerByName(opened.name.c_str()) : nullptr;
        CPLErrorReset();
    }
    if (!native_layer_) return "no geometry";
    OGRFeatureUniquePtr same(native_layer_->GetFeature(feature.GetFID()));
    CPLErrorReset();
    CPLJSONDocument json;
    if (!same || !same->GetNativeData() || !json.LoadMemory(same->GetNativeData())) return "no geometry";
    const CPLJSONObject member = json.GetRoot().GetObj("geometry");
    if (!member.IsValid() || member.GetType() == CPLJSONObject::Type::Null) return "no geometry";
    const std::string text = member.Format(CPLJSONObject::PrettyFormat::Plain);
    const std::string_view shown = utf8_prefix(text, 120);
    return "geometry cannot be read: " + std::string(shown) + (shown.size() < text.size() ? "..." : "");
}

void ReadContext::restart() {
    opened.layer->ResetReading();
    CPLErrorReset();
}

OGRFeatureUniquePtr ReadContext::next_feature(std::string& unreadable) {
    unreadable.clear();
    if ((++features_fetched & 4095) == 0) check_cancelled();
    OGRFeatureUniquePtr feature(opened.layer->GetNextFeature());
    if (!feature || CPLGetLastErrorType() < CE_Failure) return feature;
    const std::string message = CPLGetLastErrorMsg();
    if (!is_feature_error(message))
        throw InputError(Location{report.file, opened.name, "", "", 0},
                         "reading stopped after " + std::to_string(report.read) +
                             " features; the source looks damaged: " + message);
    CPLErrorReset();
    // The GeoPackage driver says so for the feature whose blob it cannot
    // decode; the GeoJSON reader for a whole chunk of the file at once, so
    // there each feature's own JSON tells (missing_geometry).
    if (!geojson_ && !feature->GetGeometryRef()) unreadable = unreadable_geometry(message);
    return feature;
}

void ReadContext::check_read_error(const LayerSource& source) const {
    if (CPLGetLastErrorType() == CE_Failure || CPLGetLastErrorType() == CE_Fatal)
        throw InputError(Location{source.display_name, opened.name, "", "", 0},
                         "reading stopped after " + std::to_string(report.read) +
                             " features; the source looks damaged: " + gdal_message());
}

void init_columns(AttributeTable& table, const ReadOptions& options) {
    for (const auto& request : options.fields) table.columns[request.key];
}

void store_attributes(AttributeTable& table, const ReadOptions& options, const ReadContext& ctx, OGRFeature& feature) {
    table.fids.push_back(feature.GetFID());
    for (std::size_t i = 0; i < options.fields.size(); ++i) table.columns[options.fields[i].key].push_back(ctx.text(feature, i));
}

void filter_rows(AttributeTable& table, const std::vector<bool>& keep) {
    std::size_t out = 0;
    for (std::size_t i = 0; i < keep.size(); ++i)
        if (keep[i]) table.fids[out++] = table.fids[i];
    table.fids.resize(out);
    for (auto& [key, column] : table.columns) column.filter(keep);
}

void reject_duplicate_ids(AttributeTable& table, LayerReport& report, const std::string& id_key,
                          const std::string& id_field, std::vector<bool>& keep) {
    if (id_key.empty() || !table.has(id_key)) return;
    const StringColumn& ids = table.column(id_key);
    // Sorts (hash, row) pairs instead of building a hash set: ten million
    // ids stay cheap.
    std::vector<std::pair<std::size_t, std::size_t>> keyed(ids.size());
    const std::hash<std::string_view> hasher;
    for (std::size_t i = 0; i < ids.size(); ++i) keyed[i] = {hasher(ids[i]), i};
    std::sort(keyed.begin(), keyed.end());
    for (std::size_t a = 0; a < keyed.size();) {
        std::size_t b = a + 1;
        while (b < keyed.size() && keyed[b].first == keyed[a].first) ++b;
        // Within one hash bucket, the first row (in input order) of each
        // distinct id is kept; the others are duplicates.
        for (std::size_t i = a; i < b; ++i) {
            const std::size_t row = keyed[i].second;
            if (!keep[row] || ids[row].empty()) continue;
            for (std::size_t j = a; j < i; ++j) {
                const std::size_t earlier = keyed[j].second;
                if (keep[earlier] && ids[earlier] == ids[row]) {
                    keep[row] = false;
                    report.reject_after_use(table.feature_name(row, id_key), id_field,
                                            "duplicate id '" + std::string(ids[row]) + "' (first used by feature " +
                                                std::to_string(table.fids[earlier]) + ")");
                    break;
                }
            }
        }
        a = b;
    }
}

std::string field_of(const ReadOptions& options, const std::string& key) {
    for (const auto& request : options.fields)
        if (request.key == key) return request.field;
    return "";
}

}  // namespace coverplan::gis::detail
