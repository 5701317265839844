#include "gis/detail/gdal_fields.h"

#include <cpl_error.h>
#include <ogr_feature.h>

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
    }
    return OFTString;
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

}  // namespace coverplan::gis::detail
