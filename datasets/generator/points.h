#pragma once
// The point layers: subscribers, leads, complaints, orders (one file each,
// what they share in point_draws.h). Each generator streams rows to a sink,
// so ten million points never sit in memory.

#include <array>
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "gis/vector_writer.h"
#include "model.h"

namespace coverplan::datasets {

inline constexpr const char* kAsOf = "2026-11-30";

struct PointRow {
    Pt p;                          ///< EPSG:32648
    bool has_geometry = true;      ///< false: a feature without geometry (deliberate error)
    bool swap_lonlat = false;      ///< deliberate error: latitude and longitude exchanged
    const char* bad_x = nullptr;   ///< deliberate error: text written instead of the x coordinate
    std::vector<gis::FieldValue> values;
};
using Sink = std::function<void(PointRow&)>;

/// Field definitions; `dates_as_text` for CSV (GDAL's CSV writer prints
/// OFTDate as YYYY/MM/DD, we want ISO 8601).
std::vector<gis::FieldDef> subscriber_fields(bool dates_as_text);
std::vector<gis::FieldDef> lead_fields();
std::vector<gis::FieldDef> complaint_fields();
std::vector<gis::FieldDef> order_fields();

struct PointStats {
    std::int64_t rows = 0;
    std::int64_t outside = 0;          ///< points outside every zone
    std::int64_t depth_samples = 0;    ///< subscribers: points whose coverage depth was measured
    double depth_sum = 0;
    std::array<std::int64_t, 4> service{};  ///< leads: available, full, planned, not covered
    std::array<std::int64_t, 3> tech{};     ///< ftth, 4g, 5g
    std::int64_t open = 0, late = 0, overdue_open = 0;  ///< orders
};

/// What was written of each point layer.
struct LayerCounts {
    PointStats subscribers, leads, complaints, orders;
    std::int64_t addresses = 0;  ///< sample only
};

/// Also counts subscribers per zone (Zone::subscribers).
PointStats generate_subscribers(Province& province, const Sink& sink);
PointStats generate_leads(const Province& province, const Sink& sink);
PointStats generate_complaints(const Province& province, const Sink& sink);
PointStats generate_orders(const Province& province, const Sink& sink);

}  // namespace coverplan::datasets
