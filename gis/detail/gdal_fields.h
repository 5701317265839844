#pragma once
// Small GDAL glue shared by the writers (VectorWriter, LayerAppender):
// field types, setting a typed value, GDAL's last message.

#include <ogr_core.h>

#include <string>

#include "gis/vector_writer.h"

class OGRFeature;
class OGRFieldDefn;

namespace coverplan::gis::detail {

/// GDAL's last error message (passwords redacted: GDAL may quote the
/// connection string), or a placeholder when it gave none.
std::string gdal_message();

OGRFieldType ogr_field_type(FieldType type);
/// A field of `type` named `name`, with GDAL's subtype where it has one
/// (a Boolean is an integer of subtype OFSTBoolean).
void make_field(OGRFieldDefn& defn, FieldType type);

/// Sets field `index` of `feature` (NULL for std::monostate).
void set_field(OGRFeature& feature, int index, const FieldValue& value);

/// Field `index` of `feature` read as `type` (std::monostate for NULL or a
/// missing field, index < 0); a date as "YYYY-MM-DD".
FieldValue read_field(OGRFeature& feature, int index, FieldType type);

}  // namespace coverplan::gis::detail
