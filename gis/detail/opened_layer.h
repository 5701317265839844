#pragma once
// Opening one layer of a source, with the checks that come before any
// feature is read: the source exists and opens, the layer is named when
// there are several, mapped fields exist. Internal to gis/.

#include <gdal_priv.h>

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "gis/detail/text_decoder.h"
#include "gis/layer_reader.h"

class OGRFeature;
class OGRLayer;

namespace coverplan::gis::detail {

/// Keeps GDAL's own messages off the terminal while we read; we report them
/// ourselves, with context.
class QuietGdalErrors {
public:
    QuietGdalErrors();
    ~QuietGdalErrors();
    QuietGdalErrors(const QuietGdalErrors&) = delete;
    QuietGdalErrors& operator=(const QuietGdalErrors&) = delete;
};

struct OpenedLayer {
    GDALDatasetUniquePtr dataset;
    OGRLayer* layer = nullptr;
    std::string name;
    std::unique_ptr<TextDecoder> decoder;  ///< set when we decode text ourselves
};

/// Opens the source itself, read-only, with only its allowed drivers; null
/// when GDAL cannot.
GDALDatasetUniquePtr open_source(const LayerSource& source, const char* const* open_options);

/// Opens the source's layer (the only one, or the one named). Throws
/// InputError naming the source when it cannot be opened, holds no layer,
/// holds several and none is named, or the named one does not exist.
OpenedLayer open_layer(const LayerSource& source);

/// "a, b, c".
std::string comma_list(const std::vector<std::string>& items);

/// The layer's field names, decoded.
std::vector<std::string> field_names(const OpenedLayer& opened);

/// Resolves a requested field to its index: -1 for "$fid". Throws
/// InputError listing the layer's fields when it does not exist.
int field_index(const OpenedLayer& opened, const LayerSource& source, const std::string& key,
                const std::string& field);

/// A field's value as text: the FID for index -1, "" for NULL, dates as ISO 8601.
std::string field_text(OGRFeature& feature, int index, const TextDecoder* decoder);

bool is_geopackage(const OpenedLayer& opened);

/// Whether SQLite's structural check passes for the layer's table.
bool table_passes_quick_check(const OpenedLayer& opened);

/// Those of `fids` whose row of a GeoPackage table stores a geometry blob
/// (GDAL gives no geometry for a blob it cannot decode).
std::vector<std::int64_t> fids_with_stored_geometry(const OpenedLayer& opened, const std::vector<std::int64_t>& fids);

}  // namespace coverplan::gis::detail
