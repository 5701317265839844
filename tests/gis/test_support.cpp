#include "test_support.h"

#include <gdal_priv.h>
#include <ogr_spatialref.h>
#include <ogrsf_frmts.h>
#include <unistd.h>

#include <sys/wait.h>

#include <algorithm>
#include <atomic>
#include <cstdlib>
#include <fstream>
#include <memory>
#include <mutex>
#include <random>
#include <sstream>
#include <stdexcept>

namespace coverplan::gis::test {

void register_gdal() {
    static std::once_flag once;
    std::call_once(once, [] { GDALAllRegister(); });
}

TempDir::TempDir() {
    register_gdal();
    static std::atomic<unsigned> counter{0};
    std::random_device random;
    const fs::path base = fs::temp_directory_path();
    for (int attempt = 0; attempt < 100; ++attempt) {
        const fs::path candidate = base / ("coverplan-gis-test-" + std::to_string(::getpid()) + "-" +
                                           std::to_string(counter++) + "-" + std::to_string(random()));
        if (fs::create_directory(candidate)) {
            path_ = candidate;
            return;
        }
    }
    throw std::runtime_error("cannot create a temporary folder under " + base.string());
}

TempDir::~TempDir() {
    std::error_code ignored;
    fs::remove_all(path_, ignored);
}

std::vector<std::string> TempDir::entries() const {
    std::vector<std::string> names;
    for (const auto& entry : fs::directory_iterator(path_)) names.push_back(entry.path().filename().string());
    std::sort(names.begin(), names.end());
    return names;
}

namespace {

std::vector<const char*> c_list(const std::vector<std::string>& items) {
    std::vector<const char*> list;
    for (const auto& item : items) list.push_back(item.c_str());
    list.push_back(nullptr);
    return list;
}

}  // namespace

FixtureWriter::FixtureWriter(const fs::path& path, const std::string& driver_name,
                             const std::vector<std::string>& dataset_options) {
    register_gdal();
    GDALDriver* driver = GetGDALDriverManager()->GetDriverByName(driver_name.c_str());
    if (!driver) throw std::runtime_error("no GDAL driver " + driver_name);
    auto options = c_list(dataset_options);
    dataset_ = driver->Create(path.string().c_str(), 0, 0, 0, GDT_Unknown, const_cast<char**>(options.data()));
    if (!dataset_) throw std::runtime_error("cannot create fixture " + path.string() + ": " + CPLGetLastErrorMsg());
}

FixtureWriter::~FixtureWriter() { close(); }

void FixtureWriter::close() {
    if (dataset_) GDALClose(dataset_);
    dataset_ = nullptr;
}

FixtureWriter& FixtureWriter::layer(const std::string& name, const std::string& srs_text, OGRwkbGeometryType type,
                                    const std::vector<FieldSpec>& fields, const std::vector<FixtureFeature>& features,
                                    const std::vector<std::string>& layer_options) {
    std::unique_ptr<OGRSpatialReference> srs;
    if (!srs_text.empty()) {
        srs = std::make_unique<OGRSpatialReference>();
        if (srs->SetFromUserInput(srs_text.c_str()) != OGRERR_NONE)
            throw std::runtime_error("fixture: bad SRS " + srs_text);
        srs->SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    }
    auto options = c_list(layer_options);
    OGRLayer* layer = dataset_->CreateLayer(name.c_str(), srs.get(), type, const_cast<char**>(options.data()));
    if (!layer) throw std::runtime_error("fixture: cannot create layer " + name + ": " + CPLGetLastErrorMsg());
    for (const auto& field : fields) {
        OGRFieldDefn defn(field.name.c_str(), field.type);
        if (layer->CreateField(&defn) != OGRERR_NONE)
            throw std::runtime_error("fixture: cannot create field " + field.name);
    }
    // Fields are set by name: some drivers add their own fields first (KML
    // puts Name and Description at indexes 0 and 1).
    std::vector<int> indexes;
    for (const auto& field : fields) {
        indexes.push_back(layer->GetLayerDefn()->GetFieldIndex(field.name.c_str()));
        if (indexes.back() < 0) throw std::runtime_error("fixture: field " + field.name + " not found after creation");
    }
    const bool transactions = dataset_->TestCapability(ODsCTransactions);
    if (transactions) dataset_->StartTransaction();
    for (const auto& input : features) {
        OGRFeature feature(layer->GetLayerDefn());
        if (input.values.size() != fields.size()) throw std::runtime_error("fixture: value count != field count");
        for (std::size_t i = 0; i < input.values.size(); ++i) {
            if (input.values[i])
                feature.SetField(indexes[i], input.values[i]->c_str());
            else
                feature.SetFieldNull(indexes[i]);
        }
        if (!input.wkt.empty()) {
            OGRGeometry* geometry = nullptr;
            if (OGRGeometryFactory::createFromWkt(input.wkt.c_str(), srs.get(), &geometry) != OGRERR_NONE)
                throw std::runtime_error("fixture: bad WKT " + input.wkt);
            feature.SetGeometryDirectly(geometry);
        }
        if (layer->CreateFeature(&feature) != OGRERR_NONE)
            throw std::runtime_error("fixture: cannot write a feature: " + std::string(CPLGetLastErrorMsg()));
    }
    if (transactions) dataset_->CommitTransaction();
    return *this;
}

void write_layer(const fs::path& path, const std::string& driver, const std::string& layer, const std::string& srs,
                 OGRwkbGeometryType type, const std::vector<FieldSpec>& fields,
                 const std::vector<FixtureFeature>& features, const std::vector<std::string>& layer_options) {
    FixtureWriter writer(path, driver);
    writer.layer(layer, srs, type, fields, features, layer_options);
    writer.close();
}

void write_text(const fs::path& path, const std::string& text) {
    std::ofstream out(path, std::ios::binary);
    out << text;
    if (!out) throw std::runtime_error("cannot write " + path.string());
}

std::string read_bytes(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

std::pair<double, double> transform_epsg(int from, int to, double x, double y) {
    OGRSpatialReference source, target;
    if (source.importFromEPSG(from) != OGRERR_NONE || target.importFromEPSG(to) != OGRERR_NONE)
        throw std::runtime_error("transform_epsg: unknown EPSG code");
    source.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    target.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    std::unique_ptr<OGRCoordinateTransformation> transform(OGRCreateCoordinateTransformation(&source, &target));
    if (!transform || !transform->Transform(1, &x, &y)) throw std::runtime_error("transform_epsg failed");
    return {x, y};
}

int run_command(const std::string& command) {
    const int status = std::system(command.c_str());
    if (status == -1) return -1;
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

bool have_ogr2ogr() {
    static const bool available = run_command("ogr2ogr --version > /dev/null 2>&1") == 0;
    return available;
}

std::string shell_quote(const std::string& text) {
    std::string quoted = "'";
    for (char c : text) quoted += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return quoted + "'";
}

bool run_known_bugs() { return std::getenv("COVERPLAN_RUN_KNOWN_BUGS") != nullptr; }

LayerSource file_source(const fs::path& path, const std::string& layer) {
    register_gdal();
    LayerSource source;
    source.source = path.string();
    source.display_name = path.filename().string();
    source.layer = layer;
    return source;
}

LayerSource csv_points(const fs::path& path, const std::string& text, const std::string& x, const std::string& y,
                       const std::string& crs) {
    write_text(path, text);
    LayerSource source = file_source(path);
    source.x_field = x;
    source.y_field = y;
    source.crs = crs;
    return source;
}

ReadOptions read_options(const std::string& role, std::vector<std::pair<std::string, std::string>> fields,
                         const std::string& id_key, const std::string& working_crs) {
    ReadOptions options;
    options.role = role;
    for (auto& [key, field] : fields) options.fields.push_back({key, field.empty() ? key : field});
    options.id_key = id_key;
    options.working_crs = working_crs;
    return options;
}

}  // namespace coverplan::gis::test
