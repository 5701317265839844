// Reading a CSV layer: the fuzzer's bytes as a .csv file, read as leads from
// x/y columns in WGS84, as zones from a WKT column, and as point rows (whose
// coordinate columns are found by name), each with a fixed mapping.

#include "fuzz/layer_fuzz.h"

using namespace coverplan;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const gis::MemoryFile file(std::string_view(reinterpret_cast<const char*>(data), size), "layer.csv");
    gis::LayerSource source;
    source.source = file.path();
    // This harness fuzzes our reading through the CSV driver; other drivers
    // probing the bytes would fuzz GDAL instead (its JML driver leaks).
    source.drivers = {"CSV"};
    source.display_name = "layer.csv";

    gis::LayerSource points = source;
    points.x_field = "lon";
    points.y_field = "lat";
    points.crs = "EPSG:4326";
    gis::ReadOptions leads;
    leads.role = "leads";
    leads.fields = {{"id", "id"}, {"status", "status"}, {"created", "created"}};
    leads.id_key = "id";
    leads.working_crs = fuzz::kWorkingCrs;
    fuzz::expect_read_or_input_error([&] { fuzz::check_points(gis::read_points(points, leads)); });

    gis::LayerSource polygons = source;
    polygons.crs = "EPSG:4326";
    gis::ReadOptions zones;
    zones.role = "zones";
    zones.fields = {{"id", "id"}, {"name", "name"}};
    zones.id_key = "id";
    zones.working_crs = fuzz::kWorkingCrs;
    fuzz::expect_read_or_input_error([&] { fuzz::check_polygons(gis::read_polygons(polygons, zones)); });

    fuzz::expect_read_or_input_error([&] { fuzz::check_rows(gis::read_point_rows(source, fuzz::kWorkingCrs)); });
    return 0;
}
