// read_points: point layers (and tables with x/y columns) into the working
// CRS, through GDAL's Arrow stream for large GeoPackages, else feature by
// feature.

#include <cpl_error.h>
#include <ogrsf_frmts.h>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <future>
#include <unordered_map>
#include <utility>

#include "gis/detail/arrow_stream.h"
#include "gis/detail/read_context.h"
#include "gis/error.h"
#include "gis/layer_reader.h"
#include "gis/progress.h"

namespace coverplan::gis {

using namespace detail;

namespace {

/// Puts the stored text of misread cells into the rows read through Arrow,
/// and into the names of the features rejected while streaming (`named`:
/// problem index and FID).
void apply_misread_cells(const ReadContext& ctx, const ReadOptions& options, PointTable& table, LayerReport& report,
                         const std::vector<std::pair<std::size_t, std::int64_t>>& named) {
    if (ctx.misread.empty()) return;
    std::unordered_map<std::int64_t, std::size_t> row_of;
    for (std::size_t row = 0; row < table.fids.size(); ++row) row_of[table.fids[row]] = row;
    for (std::size_t p = 0; p < options.fields.size(); ++p) {
        const auto& cells = ctx.misread.of(p);
        if (cells.empty()) continue;
        StringColumn& column = table.columns[options.fields[p].key];
        std::vector<const std::string*> stored(column.size(), nullptr);
        for (const auto& [fid, text] : cells)
            if (const auto it = row_of.find(fid); it != row_of.end()) stored[it->second] = &text;
        StringColumn rebuilt;
        for (std::size_t row = 0; row < column.size(); ++row) rebuilt.push_back(stored[row] ? *stored[row] : column[row]);
        column = std::move(rebuilt);
    }
    if (ctx.id_position < 0) return;
    for (const auto& [problem, fid] : named)
        if (const std::string* id = ctx.misread.find(std::size_t(ctx.id_position), fid))
            report.problems[problem].where.feature = std::to_string(fid) + " (id '" + *id + "')";
}

/// Among the features the stream gave without a geometry (problem index,
/// FID), those whose row stores a blob GDAL could not decode: their reason
/// becomes the one the feature-by-feature read gives.
void name_unreadable_geometries(ReadContext& ctx, const std::vector<std::pair<std::size_t, std::int64_t>>& rejected) {
    if (rejected.empty()) return;
    std::vector<std::int64_t> fids;
    for (const auto& [problem, fid] : rejected) fids.push_back(fid);
    std::vector<std::int64_t> stored = fids_with_stored_geometry(ctx.opened, fids);
    std::sort(stored.begin(), stored.end());
    for (const auto& [problem, fid] : rejected)
        if (std::binary_search(stored.begin(), stored.end(), fid))
            ctx.report.problems[problem].reason = unreadable_geometry("Unable to read geometry");
}

/// The fast path for GeoPackage point layers (10^7 points in seconds).
/// Sets ctx.misread whether it reads the layer or not.
bool read_points_through_arrow(ReadContext& ctx, const LayerSource& source, const ReadOptions& options,
                               PointTable& table) {
    // Looking for misread cells is a table scan of its own (0.7 s per 10^6
    // dated points): it runs on its own connection while the stream is
    // read, and what it finds is put in afterwards.
    // The scan answers the caller's cancel too: the future waits for it.
    std::future<MisreadCells> misread = std::async(std::launch::async, [&source, indexes = ctx.indexes,
                                                                        progress = current_progress()] {
        ProgressScope scope(progress);
        QuietGdalErrors quiet;
        return find_misread_cells(open_layer(source), indexes);
    });
    const int id_position = ctx.id_position;
    std::vector<std::pair<std::size_t, std::int64_t>> named, without_geometry;
    auto reject = [&](const ArrowRow& row, const std::string& reason) {
        if (!row.wkb) without_geometry.emplace_back(ctx.report.problems.size(), row.fid);
        named.emplace_back(ctx.report.problems.size(), row.fid);
        ctx.reject(row.fid, id_position >= 0 ? (*row.values)[id_position] : std::string(), "", reason);
    };
    table.x.reserve(static_cast<std::size_t>(std::max<GIntBig>(0, ctx.opened.layer->GetFeatureCount(FALSE))));
    table.y.reserve(table.x.capacity());
    // GDAL 3.6 fills Arrow batches in a worker thread with its own SQLite
    // connection; on a damaged file that worker can leave the file locked and
    // the next read waits for ever. So the fast path is only for a table that
    // passes SQLite's structural check (about 2 s per GB); a damaged one goes
    // the feature-by-feature way, which reports the damage.
    if (!table_passes_quick_check(ctx.opened)) {
        ctx.misread = misread.get();
        return false;
    }
    LayerReport report_before = ctx.report;
    bool streamed = false;
    try {
        streamed = stream_arrow_rows(ctx.opened.layer, ctx.indexes, [&](const ArrowRow& row) {
            if ((++ctx.report.read & 4095) == 0) check_cancelled();
            if (!row.wkb) {
                reject(row, "no geometry");
                return;
            }
            double x = 0, y = 0;
            const std::string other = decode_wkb_point(row.wkb, row.wkb_size, x, y);
            if (!other.empty()) {
                reject(row, "expected a point, got " + other);
                return;
            }
            if (std::isnan(x) && std::isnan(y)) {
                reject(row, "empty geometry");
                return;
            }
            if (std::string reason = ctx.range->check(x, y); !reason.empty()) {
                reject(row, reason);
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
    ctx.misread = misread.get();
    if (streamed && CPLGetLastErrorType() >= CE_Failure && !is_feature_error(CPLGetLastErrorMsg()))
        ctx.check_read_error(source);  // damage: throws
    if (streamed && CPLGetLastErrorType() >= CE_Failure) {
        // A feature GDAL could read only in part: a stream cannot say which
        // one, so the layer is read again feature by feature, which can.
        ctx.report = std::move(report_before);
        table = PointTable();
        init_columns(table, options);
        return false;
    }
    if (!streamed) return false;
    apply_misread_cells(ctx, options, table, ctx.report, named);
    name_unreadable_geometries(ctx, without_geometry);
    return true;
}

void read_points_feature_by_feature(ReadContext& ctx, const LayerSource& source, const ReadOptions& options,
                                    int x_index, int y_index, PointTable& table) {
    const bool uses_xy = x_index >= 0 || y_index >= 0;
    const std::size_t x_position = options.fields.size(), y_position = x_position + 1;  // in ctx.misread
    ctx.ignore_unread_fields({x_index, y_index});
    ctx.restart();
    std::string unreadable;
    for (OGRFeatureUniquePtr feature; (feature = ctx.next_feature(unreadable));) {
        ++ctx.report.read;
        if (!unreadable.empty()) {
            ctx.reject(*feature, "", unreadable);
            continue;
        }
        double x = 0, y = 0;
        if (uses_xy) {
            const std::string* x_stored = ctx.misread.find(x_position, feature->GetFID());
            const std::string* y_stored = ctx.misread.find(y_position, feature->GetFID());
            const std::string x_text = x_stored ? *x_stored : field_text(*feature, x_index, nullptr);
            const std::string y_text = y_stored ? *y_stored : field_text(*feature, y_index, nullptr);
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
        store_attributes(table, options, ctx, *feature);
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
    char* wkt = nullptr;
    if (ctx.source_srs->exportToWkt(&wkt) == OGRERR_NONE && wkt) table.source_crs = wkt;
    CPLFree(wkt);
}

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
    const bool arrow_suits = !std::getenv("COVERPLAN_NO_ARROW") && !uses_xy && !ctx.opened.decoder &&
                             is_geopackage(ctx.opened) && arrow_stream_suits(layer, ctx.indexes);
    const bool arrow = arrow_suits && read_points_through_arrow(ctx, source, options, table);
    if (!arrow) {
        // The coordinate columns are checked too, after the requested fields.
        std::vector<int> checked = ctx.indexes;
        if (uses_xy) checked.insert(checked.end(), {x_index, y_index});
        if (!arrow_suits) ctx.misread = find_misread_cells(ctx.opened, checked);
        read_points_feature_by_feature(ctx, source, options, x_index, y_index, table);
    }
    ctx.report.reader = arrow ? "arrow stream" : "feature by feature";
    ctx.check_read_error(source);
    finish_points(ctx, options, table);
    return table;
}

}  // namespace coverplan::gis
