#include "gis/detail/gdal_fields.h"

#include <cpl_error.h>
#include <ogr_feature.h>

#include <cstdio>

#include "gis/redact.h"

namespace coverplan::gis::detail {

std::string gdal_message() {
    const char* message = CPLGetLastErrorMsg();
    return message && *message ? redact_secrets(message) : "no further detail from GDAL";
}

OGRFieldType ogr_field_type(FieldType type) {
    switch (type) {
        case FieldType::Integer: return OFTInteger64;
        case FieldType::Real: return OFTReal;
        case FieldType::String: return OFTString;
        case FieldType::Date: return OFTDate;
        case FieldType::Boolean: return OFTInteger;  // with the subtype OFSTBoolean
        case FieldType::DateTime: return OFTDateTime;
    }
    return OFTString;
}

void make_field(OGRFieldDefn& defn, FieldType type) {
    defn.SetType(ogr_field_type(type));
    if (type == FieldType::Boolean) defn.SetSubType(OFSTBoolean);
}

void set_field(OGRFeature& feature, int index, const FieldValue& value) {
    std::visit(
        [&](const auto& v) {
            using T = std::decay_t<decltype(v)>;
            if constexpr (std::is_same_v<T, std::monostate>)
                feature.SetFieldNull(index);
            else if constexpr (std::is_same_v<T, std::string>)
                feature.SetField(index, v.c_str());
            else if constexpr (std::is_same_v<T, std::int64_t>)
                feature.SetField(index, static_cast<GIntBig>(v));
            else
                feature.SetField(index, v);
        },
        value);
}

FieldValue read_field(OGRFeature& feature, int index, FieldType type) {
    if (index < 0 || !feature.IsFieldSetAndNotNull(index)) return {};
    switch (type) {
        case FieldType::Integer:
        case FieldType::Boolean: return std::int64_t(feature.GetFieldAsInteger64(index));
        case FieldType::Real: return feature.GetFieldAsDouble(index);
        case FieldType::String:
        case FieldType::DateTime: return std::string(feature.GetFieldAsString(index));
        case FieldType::Date: {
            int year = 0, month = 0, day = 0, hour = 0, minute = 0, tz = 0;
            float second = 0;
            if (!feature.GetFieldAsDateTime(index, &year, &month, &day, &hour, &minute, &second, &tz)) return {};
            char text[16];
            std::snprintf(text, sizeof text, "%04d-%02d-%02d", year, month, day);
            return std::string(text);
        }
    }
    return {};
}

}  // namespace coverplan::gis::detail
