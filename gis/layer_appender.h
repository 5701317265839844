#pragma once
// Adding features one at a time to a layer that lives on: a GeoPackage file
// or a PostGIS table that others read (the field service's prospects). Each
// feature goes in its own transaction, so it is stored completely or not at
// all, and is on disk once append() returns.

#include <cstdint>
#include <memory>
#include <mutex>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "gis/layer_reader.h"
#include "gis/vector_writer.h"

class GDALDataset;
class OGRLayer;

namespace coverplan::gis {

class LayerAppender {
public:
    /// Opens `target` (a .gpkg path or a PG: connection, with target.layer
    /// naming the layer) for appending point features with `fields`,
    /// creating the file and the layer (points in `crs`) when missing. An
    /// existing layer gains the fields it lacks (empty in its features).
    /// Throws InputError naming the
    /// target, layer and field when it cannot be opened, created or used.
    LayerAppender(const LayerSource& target, std::vector<FieldDef> fields, const std::string& crs);
    ~LayerAppender();
    LayerAppender(const LayerAppender&) = delete;
    LayerAppender& operator=(const LayerAppender&) = delete;

    /// Appends a point with `values` (parallel to the fields). When
    /// `id_field` names one of the fields, it is set to `id_prefix` followed
    /// by the feature id the store assigns, in the same transaction. Returns
    /// that feature id. Thread-safe: appends are serialised. Throws
    /// InputError when the store refuses the feature (nothing is kept then).
    std::int64_t append(double x, double y, std::span<const FieldValue> values, const std::string& id_field = "",
                        const std::string& id_prefix = "");

    /// The values (parallel to the fields) of the first feature whose
    /// `field` equals `value`, if any: with an index on the field, a lookup.
    /// Throws InputError when the store cannot be searched.
    std::optional<std::vector<FieldValue>> find(const std::string& field, const std::string& value);

    /// Makes a unique index `<layer>_key` on `field` unless one of that name
    /// exists (TableStore's name for a table's unique index, so a store set up
    /// by it is left as it is); false when the store refuses (a PostgreSQL
    /// table of another owner, say): find() then reads the layer through.
    bool index_unique(const std::string& field);

    /// Features in the layer now.
    std::int64_t count();

    const LayerSource& target() const { return target_; }

private:
    LayerSource target_;
    std::vector<FieldDef> fields_;
    std::vector<int> indexes_;  // of fields_ in the layer
    std::mutex mutex_;
    GDALDataset* dataset_ = nullptr;
    OGRLayer* layer_ = nullptr;
};

/// Whether `source` can be opened and holds its layer (false rather than an
/// error when not: for optional stores that may not exist yet).
bool has_layer(const LayerSource& source);

}  // namespace coverplan::gis
