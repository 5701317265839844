#include "gis/layer_reader.h"

#include <cpl_error.h>
#include <cpl_string.h>
#include <iconv.h>
#include <gdal_priv.h>
#include <ogr_geometry.h>
#include <ogrsf_frmts.h>

#include <algorithm>
#include <charconv>
#include <cerrno>
#include <cmath>
#include <cstring>
#include <fstream>
#include <cstdio>
#include <functional>
#include <limits>

#include "gis/detail/arrow_stream.h"
#include "gis/detail/gdal_fields.h"
#include "gis/error.h"
#include "gis/gdal_setup.h"
#include "gis/utf8.h"

namespace coverplan::gis {

namespace {

/// Keeps GDAL's own messages off the terminal while we read; we report them
/// ourselves, with context.
class QuietGdalErrors {
public:
    QuietGdalErrors() {
        CPLPushErrorHandler(CPLQuietErrorHandler);
        CPLErrorReset();
    }
    ~QuietGdalErrors() { CPLPopErrorHandler(); }
    QuietGdalErrors(const QuietGdalErrors&) = delete;
    QuietGdalErrors& operator=(const QuietGdalErrors&) = delete;
};

std::string join(const std::vector<std::string>& items) {
    std::string text;
    for (const auto& item : items) text += (text.empty() ? "" : ", ") + item;
    return text;
}

/// Decodes text GDAL hands over undecoded. GDAL 3.6 recodes Shapefile text
/// through iconv without flushing it, so stateful code pages such as CP1258
/// (Vietnamese: base letter + combining tone mark) lose the last letter of
/// every value; for those we ask GDAL for raw bytes and decode here.
class TextDecoder {
public:
    explicit TextDecoder(const std::string& from) : from_(from), cd_(iconv_open("UTF-8", from.c_str())) {
        if (cd_ == reinterpret_cast<iconv_t>(-1)) throw Error("iconv cannot decode " + from);
    }
    ~TextDecoder() { iconv_close(cd_); }
    TextDecoder(const TextDecoder&) = delete;
    TextDecoder& operator=(const TextDecoder&) = delete;

    std::string operator()(std::string_view raw) const {
        iconv(cd_, nullptr, nullptr, nullptr, nullptr);  // reset the shift state
        std::string out(raw.size() * 4 + 16, '\0');
        char* in_ptr = const_cast<char*>(raw.data());
        std::size_t in_left = raw.size();
        char* out_ptr = out.data();
        std::size_t out_left = out.size();
        while (in_left > 0) {
            if (iconv(cd_, &in_ptr, &in_left, &out_ptr, &out_left) != static_cast<std::size_t>(-1)) break;
            if (errno != EILSEQ && errno != EINVAL) break;
            // An undecodable byte: keep going with U+FFFD rather than drop the value.
            ++in_ptr;
            --in_left;
            if (out_left >= 3) {
                std::memcpy(out_ptr, "\xEF\xBF\xBD", 3);
                out_ptr += 3;
                out_left -= 3;
            }
        }
        iconv(cd_, nullptr, nullptr, &out_ptr, &out_left);  // flush the pending letter
        out.resize(out.size() - out_left);
        return out;
    }

private:
    std::string from_;
    iconv_t cd_;
};

/// The code page a Shapefile's .cpg names, when GDAL cannot be trusted to
/// decode it (see TextDecoder); empty otherwise.
std::string shapefile_code_page_to_decode(const std::string& path) {
    const std::string lower = lowercase(path);
    if (lower.size() < 4 || lower.substr(lower.size() - 4) != ".shp") return "";
    std::ifstream cpg(path.substr(0, path.size() - 4) + ".cpg");
    std::string text;
    std::getline(cpg, text);
    return text.find("1258") != std::string::npos ? "CP1258" : "";
}

/// By default SQLite trusts a page's cell pointers, so a damaged page of a
/// GeoPackage can yield rows read from outside the page instead of an error
/// (what comes back then depends on memory, not on the file). Checking each
/// cell's bounds on load makes such damage an error every time.
void check_sqlite_cells(GDALDataset& dataset) {
    const char* driver = dataset.GetDriver() ? dataset.GetDriver()->GetDescription() : "";
    if (!EQUAL(driver, "GPKG") && !EQUAL(driver, "SQLite")) return;
    if (OGRLayer* result = dataset.ExecuteSQL("PRAGMA cell_size_check = ON", nullptr, nullptr))
        dataset.ReleaseResultSet(result);
    CPLErrorReset();
}

struct OpenedLayer {
    GDALDatasetUniquePtr dataset;
    OGRLayer* layer = nullptr;
    std::string name;
    std::unique_ptr<TextDecoder> decoder;  // set when we decode text ourselves
};

OpenedLayer open_layer(const LayerSource& source) {
    register_gdal_drivers();
    OpenedLayer opened;
    const Location where{source.display_name, source.layer, "", "", 0};
    // Strings stay strings: we parse numbers and dates ourselves so a bad
    // value is reported with its row instead of silently becoming 0.
    const std::string code_page = shapefile_code_page_to_decode(source.source);
    if (!code_page.empty()) opened.decoder = std::make_unique<TextDecoder>(code_page);
    const char* const open_options[] = {"AUTODETECT_TYPE=NO", "EMPTY_STRING_AS_NULL=NO",
                                        code_page.empty() ? nullptr : "ENCODING=", nullptr};
    opened.dataset.reset(GDALDataset::Open(source.source.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr,
                                           open_options, nullptr));
    if (!opened.dataset) throw InputError(where, "cannot open as a vector data source: " + detail::gdal_message());
    check_sqlite_cells(*opened.dataset);
    const int count = opened.dataset->GetLayerCount();
    if (source.layer.empty()) {
        if (count == 0) throw InputError(where, "the source holds no layers");
        if (count > 1) {
            std::vector<std::string> names;
            for (int i = 0; i < count; ++i) names.push_back(opened.dataset->GetLayer(i)->GetName());
            throw InputError(where, "the source holds " + std::to_string(count) +
                                        " layers; name one with layer = \"...\" (layers: " + join(names) + ")");
        }
        opened.layer = opened.dataset->GetLayer(0);
    } else {
        opened.layer = opened.dataset->GetLayerByName(source.layer.c_str());
        if (!opened.layer) {
            std::vector<std::string> names;
            for (int i = 0; i < count; ++i) names.push_back(opened.dataset->GetLayer(i)->GetName());
            throw InputError(where, "no such layer (layers: " + join(names) + ")");
        }
    }
    opened.name = opened.layer->GetName();
    return opened;
}

/// Resolves a requested field to its index: -1 for "$fid"; throws when missing.
int field_index(const OpenedLayer& opened, const LayerSource& source, const std::string& key,
                const std::string& field) {
    if (field == kFeatureIdField) return -1;
    OGRFeatureDefn* defn = opened.layer->GetLayerDefn();
    const std::string& layer_name = opened.name;
    std::vector<std::string> names;
    for (int i = 0; i < defn->GetFieldCount(); ++i) {
        const char* raw = defn->GetFieldDefn(i)->GetNameRef();
        names.push_back(opened.decoder ? (*opened.decoder)(raw) : std::string(raw));
    }
    for (int i = 0; i < defn->GetFieldCount(); ++i)
        if (EQUAL(names[i].c_str(), field.c_str())) return i;
    throw InputError(Location{source.display_name, layer_name, "", field, 0},
                     "field mapped as '" + key + "' does not exist in the layer (fields: " +
                         (names.empty() ? std::string("none") : join(names)) + ")");
}

std::string iso_date(const OGRFeature& feature, int index, OGRFieldType type) {
    int year, month, day, hour, minute, tz;
    float second;
    const_cast<OGRFeature&>(feature).GetFieldAsDateTime(index, &year, &month, &day, &hour, &minute, &second, &tz);
    char text[40];
    if (type == OFTDate || (hour == 0 && minute == 0 && second == 0))
        std::snprintf(text, sizeof text, "%04d-%02d-%02d", year, month, day);
    else
        std::snprintf(text, sizeof text, "%04d-%02d-%02dT%02d:%02d:%02d", year, month, day, hour, minute,
                      static_cast<int>(second));
    return text;
}

std::string field_text(OGRFeature& feature, int index, const TextDecoder* decoder) {
    if (index < 0) return std::to_string(feature.GetFID());
    if (!feature.IsFieldSetAndNotNull(index)) return "";
    const OGRFieldType type = feature.GetFieldDefnRef(index)->GetType();
    if (type == OFTDate || type == OFTDateTime) return iso_date(feature, index, type);
    if (decoder && type == OFTString) return (*decoder)(feature.GetFieldAsString(index));
    return feature.GetFieldAsString(index);
}


/// Plausible coordinate bounds of a CRS: the globe for geographic CRSs, the
/// CRS's area of use (with a wide margin) for projected ones.
class RangeCheck {
public:
    explicit RangeCheck(const OGRSpatialReference& srs) {
        geographic_ = srs.IsGeographic();
        name_ = describe_srs(srs);
        if (geographic_) {
            active_ = true;
            return;
        }
        double west, south, east, north;
        const char* area_name = nullptr;
        if (!srs.GetAreaOfUse(&west, &south, &east, &north, &area_name)) return;
        if (west > east) return;  // crosses the antimeridian: skip the check
        OGRSpatialReference wgs84;
        wgs84.SetWellKnownGeogCS("WGS84");
        wgs84.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
        std::unique_ptr<OGRCoordinateTransformation> to_source(OGRCreateCoordinateTransformation(&wgs84, &srs));
        if (!to_source) return;
        std::vector<double> xs, ys;
        for (int i = 0; i <= 20; ++i)
            for (int j = 0; j <= 20; ++j) {
                xs.push_back(west + (east - west) * i / 20.0);
                ys.push_back(south + (north - south) * j / 20.0);
            }
        std::vector<int> ok(xs.size());
        to_source->Transform(xs.size(), xs.data(), ys.data(), nullptr, ok.data());
        minx_ = miny_ = INFINITY;
        maxx_ = maxy_ = -INFINITY;
        for (std::size_t k = 0; k < xs.size(); ++k) {
            if (!ok[k] || !std::isfinite(xs[k]) || !std::isfinite(ys[k])) continue;
            minx_ = std::min(minx_, xs[k]);
            maxx_ = std::max(maxx_, xs[k]);
            miny_ = std::min(miny_, ys[k]);
            maxy_ = std::max(maxy_, ys[k]);
        }
        if (!(maxx_ > minx_ && maxy_ > miny_)) return;
        const double margin_x = (maxx_ - minx_) * 0.5, margin_y = (maxy_ - miny_) * 0.5;
        minx_ -= margin_x;
        maxx_ += margin_x;
        miny_ -= margin_y;
        maxy_ += margin_y;
        active_ = true;
    }

    /// Empty when fine, else the reason to reject.
    std::string check(double x, double y) const {
        if (!std::isfinite(x) || !std::isfinite(y)) return "coordinate is not a finite number";
        if (!active_) return "";
        char text[200];
        if (geographic_) {
            if (y < -90 || y > 90) {
                std::snprintf(text, sizeof text, "latitude %.6g outside -90..90%s", y,
                              (x >= -90 && x <= 90) ? " (are longitude and latitude swapped?)" : "");
                return text;
            }
            if (x < -180 || x > 180) {
                std::snprintf(text, sizeof text, "longitude %.6g outside -180..180", x);
                return text;
            }
            return "";
        }
        if (x < minx_ || x > maxx_ || y < miny_ || y > maxy_) {
            std::snprintf(text, sizeof text, "coordinate (%.3f, %.3f) far outside the area of use of %s", x, y,
                          name_.c_str());
            return text;
        }
        return "";
    }

private:
    bool geographic_ = false;
    bool active_ = false;
    std::string name_;
    double minx_ = 0, miny_ = 0, maxx_ = 0, maxy_ = 0;
};

const std::vector<std::pair<std::string, std::string>> kCoordinateColumnNames = {
    {"lon", "lat"}, {"lng", "lat"}, {"long", "lat"}, {"longitude", "latitude"}, {"x", "y"},
    {"kinh_do", "vi_do"}, {"kinhdo", "vido"}, {"kinh độ", "vĩ độ"}};

/// Coordinate columns whose names say longitude and latitude (not x and y),
/// so degrees on WGS84 can be assumed when no CRS is given.
bool names_geographic_columns(const std::string& x_field, const std::string& y_field) {
    for (const auto& [x_name, y_name] : kCoordinateColumnNames)
        if (x_name != "x" && lowercase(x_field) == x_name && lowercase(y_field) == y_name) return true;
    return false;
}

/// Everything the read loops share: the open layer, field indexes, CRS and
/// the report being filled.
struct ReadContext {
    OpenedLayer opened;
    std::vector<int> indexes;  // parallel to options.fields
    int id_position = -1;      // position of id_key in options.fields
    std::unique_ptr<OGRSpatialReference> source_srs;
    std::unique_ptr<OGRSpatialReference> target_srs;
    std::unique_ptr<OGRCoordinateTransformation> transform;
    std::unique_ptr<RangeCheck> range;
    LayerReport report;

    ReadContext(const LayerSource& source, const ReadOptions& options, bool uses_xy) {
        opened = open_layer(source);
        report.role = options.role;
        report.file = source.display_name;
        report.layer = opened.name;
        for (std::size_t i = 0; i < options.fields.size(); ++i) {
            const auto& request = options.fields[i];
            indexes.push_back(field_index(opened, source, request.key, request.field));
            if (request.key == options.id_key) id_position = static_cast<int>(i);
        }
        if (!source.crs.empty()) {
            try {
                source_srs = make_srs(source.crs);
            } catch (const InputError& error) {
                throw InputError(Location{source.display_name, opened.name, "", "crs", 0}, error.what());
            }
        } else if (!uses_xy && opened.layer->GetSpatialRef()) {
            source_srs.reset(opened.layer->GetSpatialRef()->Clone());
            source_srs->SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
        } else if (uses_xy && names_geographic_columns(source.x_field, source.y_field)) {
            source_srs = make_srs("EPSG:4326");
            report.assumed_crs = "EPSG:4326, from the column names " + source.x_field + ", " + source.y_field;
        } else {
            throw InputError(Location{source.display_name, opened.name, "", "", 0},
                             "the layer carries no CRS; set crs = \"EPSG:...\" for it in the project file");
        }
        target_srs = make_srs(options.working_crs);
        transform = make_transform(*source_srs, *target_srs);
        range = std::make_unique<RangeCheck>(*source_srs);
    }

    /// Tells GDAL not to decode fields nobody asked for: on wide layers that
    /// is most of the reading time.
    void ignore_unread_fields(const std::vector<int>& also_read) {
        OGRFeatureDefn* defn = opened.layer->GetLayerDefn();
        std::vector<std::string> names;
        for (int i = 0; i < defn->GetFieldCount(); ++i) {
            const bool read = std::find(indexes.begin(), indexes.end(), i) != indexes.end() ||
                              std::find(also_read.begin(), also_read.end(), i) != also_read.end();
            if (!read) names.push_back(defn->GetFieldDefn(i)->GetNameRef());
        }
        names.push_back("OGR_STYLE");
        std::vector<const char*> list;
        for (const auto& name : names) list.push_back(name.c_str());
        list.push_back(nullptr);
        opened.layer->SetIgnoredFields(list.data());
    }

    std::string feature_name(OGRFeature& feature) const {
        std::string name = std::to_string(feature.GetFID());
        if (id_position >= 0 && indexes[id_position] >= 0) {
            const std::string id = field_text(feature, indexes[id_position], opened.decoder.get());
            if (!id.empty()) name += " (id '" + id + "')";
        }
        return name;
    }

    void reject(OGRFeature& feature, const std::string& field, const std::string& reason) {
        report.add(Outcome::Rejected, feature_name(feature), field, reason);
    }

    /// The feature's geometry, or null after rejecting a missing or empty one.
    const OGRGeometry* geometry_or_reject(OGRFeature& feature) {
        const OGRGeometry* geometry = feature.GetGeometryRef();
        if (!geometry) {
            reject(feature, "", "no geometry");
            return nullptr;
        }
        if (geometry->IsEmpty()) {
            reject(feature, "", "empty geometry");
            return nullptr;
        }
        return geometry;
    }

    void reject(std::int64_t fid, const std::string& id, const std::string& field, const std::string& reason) {
        report.add(Outcome::Rejected, std::to_string(fid) + (id.empty() ? "" : " (id '" + id + "')"), field, reason);
    }

    /// Stops a read that GDAL could not finish (damaged file, lost connection).
    void check_read_error(const LayerSource& source) const {
        if (CPLGetLastErrorType() == CE_Failure || CPLGetLastErrorType() == CE_Fatal)
            throw InputError(Location{source.display_name, opened.name, "", "", 0},
                             "reading stopped after " + std::to_string(report.read) +
                                 " features; the source looks damaged: " + detail::gdal_message());
    }
};

void store_attributes(AttributeTable& table, const ReadOptions& options, const std::vector<int>& indexes,
                      OGRFeature& feature, const TextDecoder* decoder) {
    table.fids.push_back(feature.GetFID());
    for (std::size_t i = 0; i < options.fields.size(); ++i)
        table.columns[options.fields[i].key].push_back(field_text(feature, indexes[i], decoder));
}

void init_columns(AttributeTable& table, const ReadOptions& options) {
    for (const auto& request : options.fields) table.columns[request.key];
}

void filter_rows(AttributeTable& table, const std::vector<bool>& keep) {
    std::size_t out = 0;
    for (std::size_t i = 0; i < keep.size(); ++i)
        if (keep[i]) table.fids[out++] = table.fids[i];
    table.fids.resize(out);
    for (auto& [key, column] : table.columns) column.filter(keep);
}

/// Rejects every row whose id repeats an earlier row's id. Sorts (hash, row)
/// pairs instead of building a hash set: ten million ids stay cheap.
void reject_duplicate_ids(AttributeTable& table, LayerReport& report, const std::string& id_key,
                          const std::string& id_field, std::vector<bool>& keep) {
    if (id_key.empty() || !table.has(id_key)) return;
    const StringColumn& ids = table.column(id_key);
    std::vector<std::pair<std::size_t, std::size_t>> keyed(ids.size());
    const std::hash<std::string_view> hasher;
    for (std::size_t i = 0; i < ids.size(); ++i) keyed[i] = {hasher(ids[i]), i};
    std::sort(keyed.begin(), keyed.end());
    for (std::size_t a = 0; a < keyed.size();) {
        std::size_t b = a + 1;
        while (b < keyed.size() && keyed[b].first == keyed[a].first) ++b;
        // Within one hash bucket, the first row (in input order) of each
        // distinct id is kept; the others are duplicates.
        for (std::size_t i = a; i < b; ++i) {
            const std::size_t row = keyed[i].second;
            if (!keep[row] || ids[row].empty()) continue;
            for (std::size_t j = a; j < i; ++j) {
                const std::size_t earlier = keyed[j].second;
                if (keep[earlier] && ids[earlier] == ids[row]) {
                    keep[row] = false;
                    report.reject_after_use(table.feature_name(row, id_key), id_field,
                                            "duplicate id '" + std::string(ids[row]) + "' (first used by feature " +
                                                std::to_string(table.fids[earlier]) + ")");
                    break;
                }
            }
        }
        a = b;
    }
}

std::string field_of(const ReadOptions& options, const std::string& key) {
    for (const auto& request : options.fields)
        if (request.key == key) return request.field;
    return "";
}

}  // namespace

std::optional<double> parse_number(std::string_view text) {
    while (!text.empty() && text.front() == ' ') text.remove_prefix(1);
    while (!text.empty() && text.back() == ' ') text.remove_suffix(1);
    if (text.empty()) return std::nullopt;
    if (text.front() == '+') text.remove_prefix(1);
    double value = 0;
    auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec != std::errc() || end != text.data() + text.size() || !std::isfinite(value)) return std::nullopt;
    return value;
}

const StringColumn& AttributeTable::column(const std::string& key) const {
    auto it = columns.find(key);
    if (it == columns.end()) throw Error("attribute '" + key + "' was not read");
    return it->second;
}

std::string AttributeTable::feature_name(std::size_t row, const std::string& id_key) const {
    std::string name = std::to_string(fids[row]);
    if (!id_key.empty() && has(id_key) && !column(id_key)[row].empty())
        name += " (id '" + std::string(column(id_key)[row]) + "')";
    return name;
}

namespace {
bool is_geopackage(const OpenedLayer& opened);
bool table_passes_quick_check(const OpenedLayer& opened);
bool read_points_through_arrow(ReadContext& ctx, const ReadOptions& options, PointTable& table);
void read_points_feature_by_feature(ReadContext& ctx, const LayerSource& source, const ReadOptions& options,
                                    int x_index, int y_index, PointTable& table);
void finish_points(ReadContext& ctx, const ReadOptions& options, PointTable& table);
}  // namespace

PointTable read_points(const LayerSource& source, const ReadOptions& options) {
    QuietGdalErrors quiet;
    const bool uses_xy = !source.x_field.empty() || !source.y_field.empty();
    ReadContext ctx(source, options, uses_xy);
    PointTable table;
    init_columns(table, options);
    int x_index = -1, y_index = -1;
    if (uses_xy) {
        if (source.x_field.empty() || source.y_field.empty())
            throw InputError(Location{source.display_name, ctx.opened.name, "", "", 0},
                             "coordinate columns need both x and y");
        x_index = field_index(ctx.opened, source, "x", source.x_field);
        y_index = field_index(ctx.opened, source, "y", source.y_field);
    }
    OGRLayer* layer = ctx.opened.layer;
    const bool arrow = !std::getenv("COVERPLAN_NO_ARROW") && !uses_xy && !ctx.opened.decoder && is_geopackage(ctx.opened) &&
                       detail::arrow_stream_suits(layer, ctx.indexes) &&
                       read_points_through_arrow(ctx, options, table);
    if (!arrow) read_points_feature_by_feature(ctx, source, options, x_index, y_index, table);
    ctx.report.reader = arrow ? "arrow stream" : "feature by feature";
    ctx.check_read_error(source);
    finish_points(ctx, options, table);
    return table;
}

namespace {

bool is_geopackage(const OpenedLayer& opened) {
    return EQUAL(opened.dataset->GetDriver()->GetDescription(), "GPKG");
}

bool table_passes_quick_check(const OpenedLayer& opened) {
    std::string table = opened.name;
    std::string quoted;
    for (char c : table) quoted += c == '"' ? std::string("\"\"") : std::string(1, c);
    const std::string sql = "PRAGMA quick_check(\"" + quoted + "\")";
    OGRLayer* result = opened.dataset->ExecuteSQL(sql.c_str(), nullptr, nullptr);
    if (!result) return false;
    bool ok = false;
    if (OGRFeatureUniquePtr row(result->GetNextFeature()); row && row->GetFieldCount() > 0)
        ok = std::string(row->GetFieldAsString(0)) == "ok";
    opened.dataset->ReleaseResultSet(result);
    CPLErrorReset();
    return ok;
}

/// The fast path for GeoPackage point layers (10^7 points in seconds).
bool read_points_through_arrow(ReadContext& ctx, const ReadOptions& options, PointTable& table) {
    const int id_position = ctx.id_position;
    auto id_of = [&](const detail::ArrowRow& row) {
        return id_position >= 0 ? (*row.values)[id_position] : std::string();
    };
    table.x.reserve(static_cast<std::size_t>(std::max<GIntBig>(0, ctx.opened.layer->GetFeatureCount(FALSE))));
    table.y.reserve(table.x.capacity());
    // GDAL 3.6 fills Arrow batches in a worker thread with its own SQLite
    // connection; on a damaged file that worker can leave the file locked and
    // the next read waits for ever. So the fast path is only for a table that
    // passes SQLite's structural check (about 2 s per GB); a damaged one goes
    // the feature-by-feature way, which reports the damage.
    if (!table_passes_quick_check(ctx.opened)) return false;
    try {
        return detail::stream_arrow_rows(ctx.opened.layer, ctx.indexes, [&](const detail::ArrowRow& row) {
            ++ctx.report.read;
            if (!row.wkb) {
                ctx.reject(row.fid, id_of(row), "", "no geometry");
                return;
            }
            double x = 0, y = 0;
            const std::string other = detail::decode_wkb_point(row.wkb, row.wkb_size, x, y);
            if (!other.empty()) {
                ctx.reject(row.fid, id_of(row), "", "expected a point, got " + other);
                return;
            }
            if (std::isnan(x) && std::isnan(y)) {
                ctx.reject(row.fid, id_of(row), "", "empty geometry");
                return;
            }
            if (std::string reason = ctx.range->check(x, y); !reason.empty()) {
                ctx.reject(row.fid, id_of(row), "", reason);
                return;
            }
            table.x.push_back(x);
            table.y.push_back(y);
            table.fids.push_back(row.fid);
            for (std::size_t i = 0; i < options.fields.size(); ++i)
                table.columns[options.fields[i].key].push_back((*row.values)[i]);
            ++ctx.report.used;
        });
    } catch (const Error& error) {
        throw InputError(Location{ctx.report.file, ctx.report.layer, "", "", 0},
                         "reading stopped after " + std::to_string(ctx.report.read) +
                             " features; the source looks damaged: " + error.what());
    }
}

void read_points_feature_by_feature(ReadContext& ctx, const LayerSource& source, const ReadOptions& options,
                                    int x_index, int y_index, PointTable& table) {
    const bool uses_xy = x_index >= 0 || y_index >= 0;
    ctx.ignore_unread_fields({x_index, y_index});
    OGRLayer* layer = ctx.opened.layer;
    layer->ResetReading();
    CPLErrorReset();
    for (OGRFeatureUniquePtr feature(layer->GetNextFeature()); feature; feature.reset(layer->GetNextFeature())) {
        ++ctx.report.read;
        double x = 0, y = 0;
        if (uses_xy) {
            const std::string x_text = field_text(*feature, x_index, nullptr), y_text = field_text(*feature, y_index, nullptr);
            auto px = parse_number(x_text), py = parse_number(y_text);
            if (!px) {
                ctx.reject(*feature, source.x_field, "x coordinate '" + x_text + "' is not a number");
                continue;
            }
            if (!py) {
                ctx.reject(*feature, source.y_field, "y coordinate '" + y_text + "' is not a number");
                continue;
            }
            x = *px;
            y = *py;
        } else {
            const OGRGeometry* geometry = ctx.geometry_or_reject(*feature);
            if (!geometry) continue;
            const auto type = wkbFlatten(geometry->getGeometryType());
            if (type == wkbPoint) {
                x = geometry->toPoint()->getX();
                y = geometry->toPoint()->getY();
            } else if (type == wkbMultiPoint && geometry->toMultiPoint()->getNumGeometries() == 1) {
                x = geometry->toMultiPoint()->getGeometryRef(0)->getX();
                y = geometry->toMultiPoint()->getGeometryRef(0)->getY();
            } else {
                ctx.reject(*feature, "", std::string("expected a point, got ") + geometry->getGeometryName());
                continue;
            }
        }
        if (std::string reason = ctx.range->check(x, y); !reason.empty()) {
            ctx.reject(*feature, uses_xy ? source.x_field + "," + source.y_field : "", reason);
            continue;
        }
        table.x.push_back(x);
        table.y.push_back(y);
        store_attributes(table, options, ctx.indexes, *feature, ctx.opened.decoder.get());
        ++ctx.report.used;
    }
}

/// Reprojection, duplicate ids and the final accounting, whichever way the
/// points were read.
void finish_points(ReadContext& ctx, const ReadOptions& options, PointTable& table) {
    std::vector<bool> keep(table.x.size(), true);
    if (ctx.transform && !table.x.empty()) {
        std::vector<int> ok(table.x.size());
        ctx.transform->Transform(table.x.size(), table.x.data(), table.y.data(), nullptr, ok.data());
        for (std::size_t i = 0; i < ok.size(); ++i)
            if (!ok[i] || !std::isfinite(table.x[i]) || !std::isfinite(table.y[i])) {
                keep[i] = false;
                ctx.report.reject_after_use(table.feature_name(i, options.id_key), "",
                                            "cannot be reprojected to " + options.working_crs);
            }
    }
    reject_duplicate_ids(table, ctx.report, options.id_key, field_of(options, options.id_key), keep);
    if (std::find(keep.begin(), keep.end(), false) != keep.end()) {
        std::size_t out = 0;
        for (std::size_t i = 0; i < keep.size(); ++i)
            if (keep[i]) {
                table.x[out] = table.x[i];
                table.y[out] = table.y[i];
                ++out;
            }
        table.x.resize(out);
        table.y.resize(out);
        filter_rows(table, keep);
    }
    table.report = std::move(ctx.report);
}

/// Polygonal parts of a GEOS geometry as one Polygon or MultiPolygon (null if none).
GeosGeometry polygonal_parts(const GEOSGeometry* g) {
    auto ctx = geos_context();
    const int type = GEOSGeomTypeId_r(ctx, g);
    if (type == GEOS_POLYGON || type == GEOS_MULTIPOLYGON) return geos_clone(g);
    std::vector<GEOSGeometry*> parts;
    const int n = GEOSGetNumGeometries_r(ctx, g);
    for (int i = 0; i < n; ++i) {
        const GEOSGeometry* part = GEOSGetGeometryN_r(ctx, g, i);
        const int part_type = GEOSGeomTypeId_r(ctx, part);
        if (part_type == GEOS_POLYGON) {
            parts.push_back(GEOSGeom_clone_r(ctx, part));
        } else if (part_type == GEOS_MULTIPOLYGON) {
            for (int k = 0; k < GEOSGetNumGeometries_r(ctx, part); ++k)
                parts.push_back(GEOSGeom_clone_r(ctx, GEOSGetGeometryN_r(ctx, part, k)));
        }
    }
    if (parts.empty()) return nullptr;
    if (parts.size() == 1) return GeosGeometry(parts.front());
    return GeosGeometry(GEOSGeom_createCollection_r(ctx, GEOS_MULTIPOLYGON, parts.data(),
                                                    static_cast<unsigned>(parts.size())));
}

/// Brings an OGR geometry to a (multi)polygon, or says why it cannot be one.
/// `repair` receives a note when the geometry had to be changed.
std::unique_ptr<OGRGeometry> to_polygonal(const OGRGeometry& geometry, std::string& repair, std::string& reject) {
    std::unique_ptr<OGRGeometry> g(geometry.clone());
    if (g->getCoordinateDimension() != 2) g->flattenTo2D();
    if (g->hasCurveGeometry()) {
        g.reset(g->getLinearGeometry());
        repair = "curved geometry linearised";
    }
    const auto type = wkbFlatten(g->getGeometryType());
    if (type == wkbPolygon || type == wkbMultiPolygon) return g;
    if (type == wkbGeometryCollection) {
        auto polygons = std::make_unique<OGRMultiPolygon>();
        for (const OGRGeometry* part : *g->toGeometryCollection()) {
            const auto part_type = wkbFlatten(part->getGeometryType());
            if (part_type == wkbPolygon) polygons->addGeometry(part);
            if (part_type == wkbMultiPolygon)
                for (const OGRPolygon* p : *part->toMultiPolygon()) polygons->addGeometry(p);
        }
        if (polygons->IsEmpty()) {
            reject = "expected a polygon, got a geometry collection without polygons";
            return nullptr;
        }
        repair = "polygons kept from a geometry collection, other parts dropped";
        return polygons;
    }
    reject = std::string("expected a polygon, got ") + geometry.getGeometryName();
    return nullptr;
}

/// A node given as a point and a reach: the circle it serves, in the working
/// CRS. Null (and the feature rejected) when the radius or point is unusable.
GeosGeometry buffer_point(ReadContext& ctx, const ReadOptions& options, int radius_index, OGRFeature& feature,
                          const OGRPoint& point) {
    double radius = options.radius_value;
    std::string radius_field;
    if (radius_index != -2) {
        radius_field = field_of(options, options.radius_key);
        const std::string text = field_text(feature, radius_index, nullptr);
        if (auto value = parse_number(text)) {
            radius = *value;
        } else if (!text.empty() || radius <= 0) {
            ctx.reject(feature, radius_field, "reach radius '" + text + "' is not a number of metres");
            return nullptr;
        }
    }
    if (!(radius > 0)) {
        ctx.reject(feature, radius_field, "a point node needs a reach radius > 0 metres");
        return nullptr;
    }
    double x = point.getX(), y = point.getY();
    if (std::string reason = ctx.range->check(x, y); !reason.empty()) {
        ctx.reject(feature, "", reason);
        return nullptr;
    }
    if (ctx.transform && !ctx.transform->Transform(1, &x, &y)) {
        ctx.reject(feature, "", "cannot be reprojected to " + options.working_crs);
        return nullptr;
    }
    auto gctx = geos_context();
    GeosGeometry centre(GEOSGeom_createPointFromXY_r(gctx, x, y));
    return GeosGeometry(GEOSBuffer_r(gctx, centre.get(), radius, 16));
}

}  // namespace

PolygonTable read_polygons(const LayerSource& source, const ReadOptions& options) {
    QuietGdalErrors quiet;
    ReadContext ctx(source, options, false);
    PolygonTable table;
    init_columns(table, options);
    auto gctx = geos_context();
    GEOSMakeValidParams* params = GEOSMakeValidParams_create_r(gctx);
    GEOSMakeValidParams_setMethod_r(gctx, params, GEOS_MAKE_VALID_STRUCTURE);
    GEOSMakeValidParams_setKeepCollapsed_r(gctx, params, 0);
    struct ParamsGuard {
        GEOSMakeValidParams* p;
        ~ParamsGuard() { GEOSMakeValidParams_destroy_r(geos_context(), p); }
    } guard{params};

    ctx.ignore_unread_fields({});
    int radius_index = -2;  // no radius field
    for (std::size_t i = 0; i < options.fields.size(); ++i)
        if (!options.radius_key.empty() && options.fields[i].key == options.radius_key) radius_index = ctx.indexes[i];

    OGRLayer* layer = ctx.opened.layer;
    layer->ResetReading();
    CPLErrorReset();
    for (OGRFeatureUniquePtr feature(layer->GetNextFeature()); feature; feature.reset(layer->GetNextFeature())) {
        ++ctx.report.read;
        const OGRGeometry* geometry = ctx.geometry_or_reject(*feature);
        if (!geometry) continue;
        const bool buffers_points = !options.radius_key.empty() || options.radius_value > 0;
        if (buffers_points && wkbFlatten(geometry->getGeometryType()) == wkbPoint) {
            if (GeosGeometry circle = buffer_point(ctx, options, radius_index, *feature, *geometry->toPoint())) {
                table.geometries.push_back(std::move(circle));
                store_attributes(table, options, ctx.indexes, *feature, ctx.opened.decoder.get());
                ++ctx.report.used;
            }
            continue;
        }
        std::string repair, reject;
        std::unique_ptr<OGRGeometry> polygon = to_polygonal(*geometry, repair, reject);
        if (!polygon) {
            ctx.reject(*feature, "", reject);
            continue;
        }
        OGREnvelope envelope;
        polygon->getEnvelope(&envelope);
        std::string range_problem = ctx.range->check(envelope.MinX, envelope.MinY);
        if (range_problem.empty()) range_problem = ctx.range->check(envelope.MaxX, envelope.MaxY);
        if (!range_problem.empty()) {
            ctx.reject(*feature, "", range_problem);
            continue;
        }
        if (ctx.transform && polygon->transform(ctx.transform.get()) != OGRERR_NONE) {
            ctx.reject(*feature, "", "cannot be reprojected to " + options.working_crs);
            continue;
        }
        GeosGeometry g(polygon->exportToGEOS(gctx));
        if (!g) {
            ctx.reject(*feature, "", "GEOS cannot take the geometry: " + detail::gdal_message());
            continue;
        }
        char* reason = nullptr;
        GEOSGeometry* location = nullptr;
        const char valid = GEOSisValidDetail_r(gctx, g.get(), 0, &reason, &location);
        if (valid == 0) {
            std::string why = reason ? reason : "invalid";
            if (location) {
                double lx = 0, ly = 0;
                GEOSGeomGetX_r(gctx, location, &lx);
                GEOSGeomGetY_r(gctx, location, &ly);
                char at[80];
                std::snprintf(at, sizeof at, " at (%.1f, %.1f)", lx, ly);
                why += at;
                GEOSGeom_destroy_r(gctx, location);
            }
            GEOSFree_r(gctx, reason);
            GeosGeometry fixed(GEOSMakeValidWithParams_r(gctx, g.get(), params));
            GeosGeometry parts = fixed ? polygonal_parts(fixed.get()) : nullptr;
            if (!parts || GEOSisEmpty_r(gctx, parts.get())) {
                ctx.reject(*feature, "", "invalid polygon (" + why + ") with nothing left after make-valid");
                continue;
            }
            g = std::move(parts);
            repair += std::string(repair.empty() ? "" : "; ") + "invalid polygon (" + why + ") repaired with make-valid";
        } else if (valid != 1) {
            ctx.reject(*feature, "", "GEOS cannot check validity: " + geos_last_message());
            continue;
        }
        if (geos_area(g.get()) <= 0) {
            ctx.reject(*feature, "", "polygon has zero area");
            continue;
        }
        if (!repair.empty()) ctx.report.add(Outcome::Repaired, ctx.feature_name(*feature), "", repair);
        table.geometries.push_back(std::move(g));
        store_attributes(table, options, ctx.indexes, *feature, ctx.opened.decoder.get());
        ++ctx.report.used;
    }
    ctx.check_read_error(source);

    std::vector<bool> keep(table.geometries.size(), true);
    reject_duplicate_ids(table, ctx.report, options.id_key, field_of(options, options.id_key), keep);
    if (std::find(keep.begin(), keep.end(), false) != keep.end()) {
        std::size_t out = 0;
        for (std::size_t i = 0; i < keep.size(); ++i)
            if (keep[i]) table.geometries[out++] = std::move(table.geometries[i]);
        table.geometries.resize(out);
        filter_rows(table, keep);
    }
    ctx.report.reader = "feature by feature";
    table.report = std::move(ctx.report);
    return table;
}

std::optional<LonLatBox> layer_extent_lonlat(const LayerSource& source) {
    QuietGdalErrors quiet;
    if (!source.x_field.empty()) return std::nullopt;
    OpenedLayer opened = open_layer(source);
    std::unique_ptr<OGRSpatialReference> srs;
    if (!source.crs.empty()) {
        srs = make_srs(source.crs);
    } else if (opened.layer->GetSpatialRef()) {
        srs.reset(opened.layer->GetSpatialRef()->Clone());
        srs->SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    } else {
        return std::nullopt;
    }
    OGREnvelope envelope;
    if (opened.layer->GetExtent(&envelope, TRUE) != OGRERR_NONE) return std::nullopt;
    auto wgs84 = make_srs("EPSG:4326");
    auto transform = make_transform(*srs, *wgs84);
    double xs[2] = {envelope.MinX, envelope.MaxX}, ys[2] = {envelope.MinY, envelope.MaxY};
    if (transform && !transform->Transform(2, xs, ys)) return std::nullopt;
    return LonLatBox{std::min(xs[0], xs[1]), std::min(ys[0], ys[1]), std::max(xs[0], xs[1]), std::max(ys[0], ys[1])};
}

std::vector<std::string> layer_field_names(const LayerSource& source) {
    QuietGdalErrors quiet;
    OpenedLayer opened = open_layer(source);
    std::vector<std::string> names;
    OGRFeatureDefn* defn = opened.layer->GetLayerDefn();
    for (int i = 0; i < defn->GetFieldCount(); ++i) names.push_back(defn->GetFieldDefn(i)->GetNameRef());
    return names;
}

namespace {

/// Names of coordinate columns we recognise, x first, compared lower-case.

FieldType field_type_of(OGRFieldType type) {
    switch (type) {
        case OFTInteger:
        case OFTInteger64: return FieldType::Integer;
        case OFTReal: return FieldType::Real;
        case OFTDate: return FieldType::Date;
        default: return FieldType::String;
    }
}

FieldValue typed_value(OGRFeature& feature, int index, FieldType type, const TextDecoder* decoder) {
    if (!feature.IsFieldSetAndNotNull(index)) return {};
    switch (type) {
        case FieldType::Integer: return static_cast<std::int64_t>(feature.GetFieldAsInteger64(index));
        case FieldType::Real: return feature.GetFieldAsDouble(index);
        default: return field_text(feature, index, decoder);
    }
}

/// The point of a feature (or why there is none usable).
std::string feature_point(OGRFeature& feature, const LayerSource& source, int x_index, int y_index, double& x,
                          double& y) {
    if (x_index >= 0) {
        const std::string x_text = field_text(feature, x_index, nullptr), y_text = field_text(feature, y_index, nullptr);
        const auto px = parse_number(x_text), py = parse_number(y_text);
        if (!px)
            return x_text.empty() ? "no " + source.x_field + " coordinate"
                                  : source.x_field + " coordinate '" + x_text + "' is not a number";
        if (!py)
            return y_text.empty() ? "no " + source.y_field + " coordinate"
                                  : source.y_field + " coordinate '" + y_text + "' is not a number";
        x = *px;
        y = *py;
        return "";
    }
    const OGRGeometry* geometry = feature.GetGeometryRef();
    if (!geometry) return "no geometry";
    if (geometry->IsEmpty()) return "empty geometry";
    const auto type = wkbFlatten(geometry->getGeometryType());
    if (type == wkbPoint) {
        x = geometry->toPoint()->getX();
        y = geometry->toPoint()->getY();
        return "";
    }
    if (type == wkbMultiPoint && geometry->toMultiPoint()->getNumGeometries() == 1) {
        x = geometry->toMultiPoint()->getGeometryRef(0)->getX();
        y = geometry->toMultiPoint()->getGeometryRef(0)->getY();
        return "";
    }
    return std::string("expected a point, got ") + geometry->getGeometryName();
}

}  // namespace

PointRows read_point_rows(const LayerSource& given_source, const std::string& working_crs) {
    QuietGdalErrors quiet;
    LayerSource source = given_source;
    PointRows rows;
    ReadOptions options;  // every field is read: the caller gives each row back whole
    options.working_crs = working_crs;
    {
        const OpenedLayer probe = open_layer(source);
        OGRFeatureDefn* defn = probe.layer->GetLayerDefn();
        std::vector<std::string> names;
        for (int i = 0; i < defn->GetFieldCount(); ++i) {
            OGRFieldDefn* field = defn->GetFieldDefn(i);
            const std::string raw = field->GetNameRef();
            names.push_back(probe.decoder ? (*probe.decoder)(raw) : raw);
            options.fields.push_back({names.back(), names.back()});
            rows.fields.push_back({names.back(), field_type_of(field->GetType())});
        }
        // A table without geometry: find its coordinate columns by name.
        if (source.x_field.empty() && source.y_field.empty() && probe.layer->GetGeomType() == wkbNone) {
            auto find = [&](const std::string& wanted) -> std::string {
                for (const auto& name : names)
                    if (lowercase(name) == wanted) return name;
                return "";
            };
            for (const auto& [x_name, y_name] : kCoordinateColumnNames) {
                const std::string x = find(x_name), y = find(y_name);
                if (!x.empty() && !y.empty()) {
                    source.x_field = x;
                    source.y_field = y;
                    break;
                }
            }
            if (source.x_field.empty())
                throw InputError(Location{source.display_name, probe.name, "", "", 0},
                                 "no geometry and no coordinate columns such as lon/lat (fields: " + join(names) +
                                     "); name them with --x and --y");
        }
    }
    const bool uses_xy = !source.x_field.empty() || !source.y_field.empty();
    if (uses_xy && (source.x_field.empty() || source.y_field.empty()))
        throw InputError(Location{source.display_name, source.layer, "", "", 0}, "coordinate columns need both x and y");
    if (uses_xy && source.crs.empty()) source.crs = "EPSG:4326";

    ReadContext ctx(source, options, uses_xy);
    rows.layer = ctx.opened.name;
    rows.coordinates = uses_xy ? "columns " + source.x_field + ", " + source.y_field : "geometry";
    rows.columns.resize(rows.fields.size());
    int x_index = -1, y_index = -1;
    if (uses_xy) {
        x_index = field_index(ctx.opened, source, "x", source.x_field);
        y_index = field_index(ctx.opened, source, "y", source.y_field);
    }
    const double nan = std::numeric_limits<double>::quiet_NaN();
    OGRLayer* layer = ctx.opened.layer;
    layer->ResetReading();
    CPLErrorReset();
    for (OGRFeatureUniquePtr feature(layer->GetNextFeature()); feature; feature.reset(layer->GetNextFeature())) {
        for (std::size_t f = 0; f < rows.fields.size(); ++f)
            rows.columns[f].push_back(typed_value(*feature, ctx.indexes[f], rows.fields[f].type, ctx.opened.decoder.get()));
        double x = nan, y = nan;
        std::string problem = feature_point(*feature, source, x_index, y_index, x, y);
        if (problem.empty()) problem = ctx.range->check(x, y);
        if (!problem.empty()) x = y = nan;
        rows.x.push_back(x);
        rows.y.push_back(y);
        rows.problems.push_back(std::move(problem));
    }
    ctx.check_read_error(source);
    if (ctx.transform) {
        // The usable points in one call: PROJ is much faster on arrays.
        std::vector<std::size_t> usable;
        for (std::size_t i = 0; i < rows.size(); ++i)
            if (rows.problems[i].empty()) usable.push_back(i);
        std::vector<double> xs(usable.size()), ys(usable.size());
        for (std::size_t k = 0; k < usable.size(); ++k) {
            xs[k] = rows.x[usable[k]];
            ys[k] = rows.y[usable[k]];
        }
        std::vector<int> ok(usable.size());
        if (!usable.empty()) ctx.transform->Transform(xs.size(), xs.data(), ys.data(), nullptr, ok.data());
        for (std::size_t k = 0; k < usable.size(); ++k) {
            const std::size_t i = usable[k];
            if (ok[k] && std::isfinite(xs[k]) && std::isfinite(ys[k])) {
                rows.x[i] = xs[k];
                rows.y[i] = ys[k];
            } else {
                rows.x[i] = rows.y[i] = nan;
                rows.problems[i] = "cannot be reprojected to " + working_crs;
            }
        }
    }
    return rows;
}

}  // namespace coverplan::gis
