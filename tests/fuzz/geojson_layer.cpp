// Reading a GeoJSON layer: the fuzzer's bytes as a .geojson file, read as
// leads (points) and as zones (polygons, points buffered) with a fixed
// mapping, and as point rows (the batch check's input).

#include "fuzz/layer_fuzz.h"

using namespace coverplan;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const gis::MemoryFile file(std::string_view(reinterpret_cast<const char*>(data), size), "layer.geojson");
    gis::LayerSource source;
    source.source = file.path();
    // This harness fuzzes our reading through the GeoJSON driver; other drivers
    // probing the bytes would fuzz GDAL instead (its JML driver leaks).
    source.drivers = {"GeoJSON"};
    source.display_name = "layer.geojson";

    gis::ReadOptions leads;
    leads.role = "leads";
    leads.fields = {{"id", "id"}, {"status", "status"}, {"created", "created"}};
    leads.id_key = "id";
    leads.working_crs = fuzz::kWorkingCrs;
    fuzz::expect_read_or_input_error([&] { fuzz::check_points(gis::read_points(source, leads)); });

    gis::ReadOptions zones;
    zones.role = "zones";
    zones.fields = {{"id", "id"}, {"name", "name"}};
    zones.id_key = "id";
    zones.working_crs = fuzz::kWorkingCrs;
    zones.radius_value = 100;
    fuzz::expect_read_or_input_error([&] { fuzz::check_polygons(gis::read_polygons(source, zones)); });

    fuzz::expect_read_or_input_error([&] { fuzz::check_rows(gis::read_point_rows(source, fuzz::kWorkingCrs)); });
    return 0;
}
