#pragma once
// Reading a GDAL layer through its Arrow C stream: several times faster than
// feature by feature on large GeoPackage point layers. Internal to gis/.

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

class OGRLayer;

namespace coverplan::gis::detail {

/// One feature of a batch, valid only during the callback.
struct ArrowRow {
    std::int64_t fid = 0;
    const std::uint8_t* wkb = nullptr;  ///< null when the feature has no geometry
    std::size_t wkb_size = 0;
    std::vector<std::string>* values = nullptr;  ///< requested fields as text (as OGR would print them)
};

/// Whether the requested fields (OGR field indexes; -1 = the FID) have types
/// the Arrow path converts exactly like the feature path (strings, integers,
/// dates), and the layer has one geometry field.
bool arrow_stream_suits(OGRLayer* layer, const std::vector<int>& field_indexes);

/// Streams every feature to `visit`. Returns false, having visited nothing,
/// when GDAL offers no usable stream; throws Error when a batch fails midway
/// (damaged file), with GDAL's message.
bool stream_arrow_rows(OGRLayer* layer, const std::vector<int>& field_indexes,
                       const std::function<void(const ArrowRow&)>& visit);

/// Decodes a WKB point. Returns "" and sets x, y for a point (NaN for an
/// empty point); otherwise the OGR name of the geometry type it holds.
std::string decode_wkb_point(const std::uint8_t* wkb, std::size_t size, double& x, double& y);

}  // namespace coverplan::gis::detail
