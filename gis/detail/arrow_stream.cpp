#include "gis/detail/arrow_stream.h"

#include <ogr_geometry.h>
#include <ogr_recordbatch.h>
#include <ogrsf_frmts.h>

#include <chrono>
#include <cmath>
#include <cstring>

#include "gis/error.h"

namespace coverplan::gis::detail {

namespace {

/// Owns an Arrow object and calls its release callback.
template <class T>
struct Released : T {
    Released() { std::memset(static_cast<T*>(this), 0, sizeof(T)); }
    ~Released() {
        if (this->release) this->release(this);
    }
    Released(const Released&) = delete;
    Released& operator=(const Released&) = delete;
};

bool is_valid(const ArrowArray* array, std::int64_t row) {
    if (array->null_count == 0 || !array->buffers[0]) return true;
    const std::int64_t i = row + array->offset;
    return (static_cast<const std::uint8_t*>(array->buffers[0])[i / 8] >> (i % 8)) & 1;
}

/// Text of row `row` of a child array, formatted as OGRFeature::GetFieldAsString
/// does for the same type (dates as ISO 8601, as the feature path does).
void append_text(const char* format, const ArrowArray* array, std::int64_t row, std::string& out) {
    out.clear();
    if (!is_valid(array, row)) return;
    const std::int64_t i = row + array->offset;
    if (std::strcmp(format, "u") == 0) {
        const auto* offsets = static_cast<const std::int32_t*>(array->buffers[1]);
        const auto* chars = static_cast<const char*>(array->buffers[2]);
        out.assign(chars + offsets[i], static_cast<std::size_t>(offsets[i + 1] - offsets[i]));
    } else if (std::strcmp(format, "l") == 0) {
        out = std::to_string(static_cast<const std::int64_t*>(array->buffers[1])[i]);
    } else if (std::strcmp(format, "i") == 0) {
        out = std::to_string(static_cast<const std::int32_t*>(array->buffers[1])[i]);
    } else if (std::strcmp(format, "tdD") == 0) {
        const std::chrono::sys_days day{std::chrono::days(static_cast<const std::int32_t*>(array->buffers[1])[i])};
        const std::chrono::year_month_day date{day};
        // Written digit by digit: snprintf was an eighth of reading 10^7
        // dated points.
        const int year = int(date.year());
        if (year < 0 || year > 9999) {
            out = std::to_string(year);
            return;
        }
        const unsigned month = unsigned(date.month()), day_of_month = unsigned(date.day());
        const char text[10] = {char('0' + year / 1000),       char('0' + year / 100 % 10), char('0' + year / 10 % 10),
                               char('0' + year % 10),         '-',
                               char('0' + month / 10),        char('0' + month % 10),      '-',
                               char('0' + day_of_month / 10), char('0' + day_of_month % 10)};
        out.assign(text, sizeof text);
    }
}

}  // namespace

bool arrow_stream_suits(OGRLayer* layer, const std::vector<int>& field_indexes) {
    OGRFeatureDefn* defn = layer->GetLayerDefn();
    if (defn->GetGeomFieldCount() != 1) return false;
    for (int index : field_indexes) {
        if (index < 0) continue;
        const OGRFieldDefn* field = defn->GetFieldDefn(index);
        const OGRFieldType type = field->GetType();
        if (field->GetSubType() != OFSTNone) return false;
        if (type != OFTString && type != OFTInteger && type != OFTInteger64 && type != OFTDate) return false;
    }
    return true;
}

bool stream_arrow_rows(OGRLayer* layer, const std::vector<int>& field_indexes,
                       const std::function<void(const ArrowRow&)>& visit) {
    Released<ArrowArrayStream> stream;
    // GDAL 3.6 returns empty geometries through Arrow when attribute fields
    // are ignored, so every field comes through here.
    layer->SetIgnoredFields(nullptr);
    const char* const options[] = {"INCLUDE_FID=YES", "MAX_FEATURES_IN_BATCH=65536", nullptr};
    if (!layer->GetArrowStream(&stream, const_cast<char**>(options))) return false;
    Released<ArrowSchema> schema;
    if (stream.get_schema(&stream, &schema) != 0) return false;

    OGRFeatureDefn* defn = layer->GetLayerDefn();
    const std::string fid_name = *layer->GetFIDColumn() ? layer->GetFIDColumn() : "OGC_FID";
    const std::string geometry_name =
        *layer->GetGeometryColumn() ? layer->GetGeometryColumn() : defn->GetGeomFieldDefn(0)->GetNameRef();
    auto child_named = [&](const std::string& name) -> int {
        for (std::int64_t c = 0; c < schema.n_children; ++c)
            if (name == schema.children[c]->name) return static_cast<int>(c);
        return -1;
    };
    const int fid_child = child_named(fid_name);
    const int geometry_child = child_named(geometry_name);
    if (fid_child < 0 || geometry_child < 0 || std::strcmp(schema.children[geometry_child]->format, "z") != 0)
        return false;
    std::vector<int> value_children;
    for (int index : field_indexes) {
        const int child = index < 0 ? fid_child : child_named(defn->GetFieldDefn(index)->GetNameRef());
        if (child < 0) return false;
        value_children.push_back(child);
    }

    std::vector<std::string> values(field_indexes.size());
    ArrowRow row;
    row.values = &values;
    for (;;) {
        Released<ArrowArray> batch;
        if (stream.get_next(&stream, &batch) != 0) {
            const char* message = stream.get_last_error(&stream);
            throw Error(std::string("reading through Arrow failed: ") + (message ? message : "no detail"));
        }
        if (!batch.release) break;  // end of stream
        const ArrowArray* fids = batch.children[fid_child];
        const ArrowArray* geometries = batch.children[geometry_child];
        const auto* wkb_offsets = static_cast<const std::int32_t*>(geometries->buffers[1]);
        const auto* wkb_bytes = static_cast<const std::uint8_t*>(geometries->buffers[2]);
        for (std::int64_t r = 0; r < batch.length; ++r) {
            row.fid = static_cast<const std::int64_t*>(fids->buffers[1])[r + fids->offset];
            const std::int64_t g = r + geometries->offset;
            if (is_valid(geometries, r) && wkb_offsets[g + 1] > wkb_offsets[g]) {
                row.wkb = wkb_bytes + wkb_offsets[g];
                row.wkb_size = static_cast<std::size_t>(wkb_offsets[g + 1] - wkb_offsets[g]);
            } else {
                row.wkb = nullptr;
                row.wkb_size = 0;
            }
            for (std::size_t v = 0; v < value_children.size(); ++v)
                append_text(schema.children[value_children[v]]->format, batch.children[value_children[v]], r, values[v]);
            visit(row);
        }
    }
    return true;
}

std::string decode_wkb_point(const std::uint8_t* wkb, std::size_t size, double& x, double& y) {
    if (size >= 21 && (wkb[0] == 0 || wkb[0] == 1)) {
        const bool little = wkb[0] == 1;
        std::uint32_t type;
        std::memcpy(&type, wkb + 1, 4);
        if (!little) type = __builtin_bswap32(type);
        if (type == 1 || type == 1001 || type == 2001 || type == 3001 || (type & 0xFFFF) == 1) {
            std::uint64_t bits[2];
            std::memcpy(bits, wkb + 5, 16);
            if (!little) {
                bits[0] = __builtin_bswap64(bits[0]);
                bits[1] = __builtin_bswap64(bits[1]);
            }
            std::memcpy(&x, &bits[0], 8);
            std::memcpy(&y, &bits[1], 8);
            return "";
        }
    }
    // Anything else is rare: let OGR name it.
    OGRGeometry* geometry = nullptr;
    if (OGRGeometryFactory::createFromWkb(wkb, nullptr, &geometry, static_cast<int>(size)) != OGRERR_NONE || !geometry)
        return "unreadable WKB";
    std::string name = geometry->getGeometryName();
    if (wkbFlatten(geometry->getGeometryType()) == wkbMultiPoint && geometry->toMultiPoint()->getNumGeometries() == 1) {
        x = geometry->toMultiPoint()->getGeometryRef(0)->getX();
        y = geometry->toMultiPoint()->getGeometryRef(0)->getY();
        name.clear();
    } else if (geometry->IsEmpty()) {  // reported as an empty geometry, like the feature path does
        x = y = std::nan("");
        name.clear();
    }
    OGRGeometryFactory::destroyGeometry(geometry);
    return name;
}

}  // namespace coverplan::gis::detail
