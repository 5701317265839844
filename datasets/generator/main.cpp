// coverplan-generate: a deterministic synthetic province for Coverplan.
//
//   coverplan-generate --scale sample|S|M|L --out DIR [--seed N] [--quiet]
//
// Same arguments => identical data. See datasets/README.md.

#include <cpl_conv.h>
#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <string>

#include "addresses.h"
#include "geo.h"
#include "gis/vector_writer.h"
#include "model.h"
#include "points.h"

namespace fs = std::filesystem;
using namespace coverplan::datasets;
using coverplan::gis::FieldDef;
using coverplan::gis::FieldType;
using coverplan::gis::FieldValue;
using coverplan::gis::GeometryType;
using coverplan::gis::VectorWriter;

namespace {

constexpr std::uint64_t kDefaultSeed = 20261130;

struct Options {
    std::string scale = "sample";
    std::string out;
    std::uint64_t seed = kDefaultSeed;
    bool quiet = false;
    bool index_subscribers = false;
};

void usage(std::ostream& os) {
    os << "usage: coverplan-generate --scale sample|S|M|L --out DIR [--seed N] [--quiet]\n"
          "                          [--index-subscribers]\n"
          "\n"
          "Writes a synthetic province (zones, coverage, subscribers, leads, complaints,\n"
          "installation orders) and a project.toml into DIR. The same arguments always\n"
          "give the same data.\n"
          "  sample  ~50 zones, 30,000 subscribers; one file per layer in several formats,\n"
          "          with a handful of deliberately bad records (see datasets/README.md)\n"
          "  S, M, L 10^5, 10^6, 10^7 subscribers; every layer in one province.gpkg\n"
          "  --index-subscribers  also give the benchmark subscribers layer an R-tree\n"
          "          (off by default: it costs minutes at L and full scans do not use it)\n";
}

class Clock {
public:
    explicit Clock(bool quiet) : quiet_(quiet), start_(std::chrono::steady_clock::now()), last_(start_) {}
    void lap(const std::string& what) {
        const auto now = std::chrono::steady_clock::now();
        if (!quiet_)
            std::printf("  %-28s %7.1f s\n", what.c_str(),
                        std::chrono::duration<double>(now - last_).count()), std::fflush(stdout);
        last_ = now;
    }
    double total() const {
        return std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
    }

private:
    bool quiet_;
    std::chrono::steady_clock::time_point start_, last_;
};

std::string fixed7(double v) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.7f", v);
    return buffer;
}

std::vector<FieldDef> zone_fields() {
    return {{"ma_xa", FieldType::String},
            {"ten_xa", FieldType::String},
            {"loai", FieldType::String},
            {"so_ho", FieldType::Integer},
            {"don_vi", FieldType::String}};
}

std::vector<FieldDef> coverage_fields() {
    return {{"node_id", FieldType::String}, {"tech", FieldType::String},  {"ten", FieldType::String},
            {"ports", FieldType::Integer},  {"ports_used", FieldType::Integer}, {"status", FieldType::String},
            {"ready", FieldType::Date}};
}

std::int64_t households(const Zone& z) {
    return std::llround(static_cast<double>(z.subscribers) / z.penetration + 120.0 * z.area_m2 / 1e6);
}

void write_zones(VectorWriter::Layer& layer, const Province& p, const Utm48* to_lonlat) {
    for (const auto& z : p.zones) {
        const std::vector<FieldValue> values = {z.id, z.name, z.kind_label, households(z), z.team};
        if (to_lonlat) {
            auto g = rewrite(z.geometry.get(), [&](std::vector<double>& x, std::vector<double>& y) {
                to_lonlat->to_lonlat(x, y);
                for (auto& v : x) v = round_to(v, 1e-7);
                for (auto& v : y) v = round_to(v, 1e-7);
            });
            layer.add_geometry(g.get(), values);
        } else {
            layer.add_geometry(z.geometry.get(), values);
        }
    }
}

void write_coverage(VectorWriter::Layer& layer, const Province& p) {
    for (const auto& n : p.nodes) {
        const std::vector<FieldValue> values = {
            n.id,
            std::string(tech_name(n.tech)),
            n.name,
            n.capacity ? FieldValue(*n.capacity) : FieldValue(std::monostate{}),
            n.used,
            std::string(n.planned ? "planned" : "live"),
            n.ready.empty() ? FieldValue(std::monostate{}) : FieldValue(n.ready)};
        layer.add_geometry(n.geometry.get(), values);
    }
}

/// Sink writing points in EPSG:4326 (sample) or as they are (EPSG:32648).
Sink point_sink(VectorWriter::Layer& layer, const Utm48* to_lonlat) {
    return [&layer, to_lonlat](PointRow& row) {
        if (!row.has_geometry) {
            layer.add_row(row.values);
            return;
        }
        if (to_lonlat) {
            Pt ll = to_lonlat->to_lonlat(row.p.x, row.p.y);
            ll = {round_to(ll.x, 1e-7), round_to(ll.y, 1e-7)};
            if (row.swap_lonlat) std::swap(ll.x, ll.y);
            layer.add_point(ll.x, ll.y, row.values);
        } else {
            layer.add_point(round_to(row.p.x, 0.01), round_to(row.p.y, 0.01), row.values);
        }
    };
}

/// CSV sink: geometry-less rows with lon/lat text columns.
Sink csv_sink(VectorWriter::Layer& layer, const Utm48& utm) {
    return [&layer, &utm](PointRow& row) {
        const Pt ll = utm.to_lonlat(row.p.x, row.p.y);
        row.values.emplace_back(row.bad_x ? std::string(row.bad_x) : fixed7(round_to(ll.x, 1e-7)));
        row.values.emplace_back(fixed7(round_to(ll.y, 1e-7)));
        layer.add_row(row.values);
    };
}

struct Summary {
    PointStats subscribers, leads, complaints, orders;
    std::int64_t addresses = 0;  ///< sample only
};

void write_project(const fs::path& dir, const Province& p, bool sample) {
    std::ofstream out(dir / "project.toml", std::ios::binary);
    const std::string name = sample ? "Bắc Giang — mẫu (sample)" : "Bắc Giang — benchmark " + p.config.name;
    out << "# Generated by coverplan-generate --scale " << p.config.name << " --seed " << p.seed
        << "; see datasets/README.md.\n"
        << "[project]\n"
        << "name = \"" << name << "\"\n"
        << "crs = \"EPSG:32648\"\n"
        << "as_of = \"" << kAsOf << "\"\n\n";
    const std::string gpkg = "province.gpkg";
    out << "[layers.zones]\nsource = \"" << gpkg << "\"\nlayer = \"wards\"\n"
        << "id = \"ma_xa\"\nname = \"ten_xa\"\nhouseholds = \"so_ho\"\nteam = \"don_vi\"\n\n";
    out << "[layers.coverage]\nsource = \"" << gpkg << "\"\nlayer = \"coverage\"\n"
        << "id = \"node_id\"\ntechnology = \"tech\"\ncapacity = \"ports\"\nused = \"ports_used\"\n"
        << "status = \"status\"\nplanned_date = \"ready\"\n\n";
    if (sample)
        out << "[layers.subscribers]\nsource = \"subscribers.csv\"\nx = \"lon\"\ny = \"lat\"\ncrs = \"EPSG:4326\"\n";
    else
        out << "[layers.subscribers]\nsource = \"" << gpkg << "\"\nlayer = \"subscribers\"\n";
    out << "id = \"id\"\ntechnology = \"service\"\nactivated = \"activated\"\n\n";
    if (sample)
        out << "[layers.leads]\nsource = \"leads.shp\"\n";
    else
        out << "[layers.leads]\nsource = \"" << gpkg << "\"\nlayer = \"leads\"\n";
    out << "id = \"id\"\ntechnology = \"product\"\nstatus = \"status\"\ncreated = \"created\"\n"
        << "customer = \"ten_kh\"\nnote = \"ghi_chu\"\n\n";
    if (sample)
        out << "[layers.complaints]\nsource = \"complaints.geojson\"\n";
    else
        out << "[layers.complaints]\nsource = \"" << gpkg << "\"\nlayer = \"complaints\"\n";
    out << "id = \"id\"\ntechnology = \"service\"\ncategory = \"category\"\ndate = \"date\"\n\n";
    out << "[layers.orders]\nsource = \"" << gpkg << "\"\nlayer = \"orders\"\n"
        << "id = \"id\"\ncreated = \"created\"\ndue = \"due\"\ninstalled = \"installed\"\nteam = \"team\"\n\n";
    if (sample)
        out << "[layers.addresses]\nsource = \"addresses.gpkg\"\nlayer = \"dia_chi\"\nid = \"ma_dc\"\n"
            << "number = \"so_nha\"\nstreet = \"ten_duong\"\nward = \"phuong_xa\"\ndistrict = \"quan_huyen\"\n\n";
    out << "[forecast]\nhorizon_months = 6\n";
    if (!out) throw std::runtime_error("cannot write " + (dir / "project.toml").string());
}

/// Copies one layer of a finished GeoPackage into another (same file format,
/// its own CRS). VectorWriter gives every layer of a file the writer's CRS,
/// so the sample's EPSG:32648 coverage layer is written to a side file first.
void copy_layer(const fs::path& from, const fs::path& to, const std::string& layer_name) {
    auto* src = static_cast<GDALDataset*>(
        GDALOpenEx(from.string().c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr, nullptr, nullptr));
    auto* dst = static_cast<GDALDataset*>(
        GDALOpenEx(to.string().c_str(), GDAL_OF_VECTOR | GDAL_OF_UPDATE, nullptr, nullptr, nullptr));
    if (!src || !dst) throw std::runtime_error("cannot open " + from.string() + " or " + to.string());
    OGRLayer* layer = src->GetLayerByName(layer_name.c_str());
    if (!layer) throw std::runtime_error("no layer " + layer_name + " in " + from.string());
    // CopyLayer batches its own transactions.
    if (!dst->CopyLayer(layer, layer_name.c_str(), nullptr))
        throw std::runtime_error("cannot copy layer " + layer_name + ": " + CPLGetLastErrorMsg());
    GDALClose(src);
    GDALClose(dst);
}

Summary write_sample(Province& p, const fs::path& dir, Clock& clock) {
    Utm48 utm;
    Summary s;
    {
        VectorWriter w((dir / "subscribers.csv").string(), "EPSG:4326");
        auto fields = subscriber_fields(true);
        fields.push_back({"lon", FieldType::String});
        fields.push_back({"lat", FieldType::String});
        auto& layer = w.create_layer("subscribers", GeometryType::None, fields,
                                     {"STRING_QUOTING=IF_NEEDED", "LINEFORMAT=LF"});
        s.subscribers = generate_subscribers(p, csv_sink(layer, utm));
        w.commit();
        clock.lap("subscribers.csv");
    }
    {
        // UTF-8, not CP1258: see datasets/README.md ("Encodings").
        VectorWriter w((dir / "leads.shp").string(), "EPSG:4326");
        auto& layer = w.create_layer("leads", GeometryType::Point, lead_fields(),
                                     {"ENCODING=UTF-8", "DBF_DATE_LAST_UPDATE=2026-11-30"});
        s.leads = generate_leads(p, point_sink(layer, &utm));
        w.commit();
        clock.lap("leads.shp");
    }
    {
        VectorWriter w((dir / "complaints.geojson").string(), "EPSG:4326");
        auto& layer = w.create_layer("complaints", GeometryType::Point, complaint_fields(),
                                     {"COORDINATE_PRECISION=7", "WRITE_NAME=YES"});
        s.complaints = generate_complaints(p, point_sink(layer, &utm));
        w.commit();
        clock.lap("complaints.geojson");
    }
    const fs::path side = dir / ".coverage-32648.gpkg";
    {
        VectorWriter w(side.string(), "EPSG:32648");
        auto& layer = w.create_layer("coverage", GeometryType::Polygon, coverage_fields());
        write_coverage(layer, p);
        w.commit();
    }
    {
        VectorWriter w((dir / "province.gpkg").string(), "EPSG:4326");
        auto& zones = w.create_layer("wards", GeometryType::MultiPolygon, zone_fields());
        write_zones(zones, p, &utm);
        auto& orders = w.create_layer("orders", GeometryType::Point, order_fields());
        s.orders = generate_orders(p, point_sink(orders, &utm));
        w.commit();
    }
    copy_layer(side, dir / "province.gpkg", "coverage");
    fs::remove(side);
    clock.lap("province.gpkg");
    {
        VectorWriter w((dir / "addresses.gpkg").string(), "EPSG:4326");
        auto& layer = w.create_layer("dia_chi", GeometryType::Point, address_fields());
        s.addresses = generate_addresses(p, [&](const AddressRow& row) {
            const Pt ll = utm.to_lonlat(row.p.x, row.p.y);
            const std::vector<FieldValue> values = {row.id, row.number, row.street, row.ward, row.district};
            layer.add_point(round_to(ll.x, 1e-7), round_to(ll.y, 1e-7), values);
        });
        w.commit();
        clock.lap("addresses.gpkg");
    }
    return s;
}

Summary write_bench(Province& p, const fs::path& dir, Clock& clock, bool index_subscribers) {
    Summary s;
    VectorWriter w((dir / "province.gpkg").string(), "EPSG:32648");
    auto& coverage = w.create_layer("coverage", GeometryType::Polygon, coverage_fields());
    write_coverage(coverage, p);
    clock.lap("coverage");
    auto& subscribers = w.create_layer("subscribers", GeometryType::Point, subscriber_fields(false),
                                       {index_subscribers ? "SPATIAL_INDEX=YES" : "SPATIAL_INDEX=NO"});
    s.subscribers = generate_subscribers(p, point_sink(subscribers, nullptr));
    clock.lap("subscribers");
    auto& leads = w.create_layer("leads", GeometryType::Point, lead_fields());
    s.leads = generate_leads(p, point_sink(leads, nullptr));
    auto& complaints = w.create_layer("complaints", GeometryType::Point, complaint_fields());
    s.complaints = generate_complaints(p, point_sink(complaints, nullptr));
    auto& orders = w.create_layer("orders", GeometryType::Point, order_fields());
    s.orders = generate_orders(p, point_sink(orders, nullptr));
    clock.lap("leads, complaints, orders");
    auto& zones = w.create_layer("wards", GeometryType::MultiPolygon, zone_fields());
    write_zones(zones, p, nullptr);
    w.commit();
    clock.lap("wards, commit (indexes)");
    return s;
}

void print_summary(const Province& p, const Summary& s, double seconds) {
    int wards = 0, communes = 0, towns = 0, multi = 0, holes = 0;
    double min_area = 1e300, max_area = 0;
    auto ctx = coverplan::gis::geos_context();
    for (const auto& z : p.zones) {
        wards += z.kind_label == "Phường";
        towns += z.kind_label == "Thị trấn";
        communes += z.kind_label == "Xã";
        min_area = std::min(min_area, z.area_m2);
        max_area = std::max(max_area, z.area_m2);
        if (GEOSGeomTypeId_r(ctx, z.geometry.get()) == GEOS_MULTIPOLYGON) ++multi;
        const int n = GEOSGetNumGeometries_r(ctx, z.geometry.get());
        for (int i = 0; i < n; ++i)
            holes += GEOSGetNumInteriorRings_r(ctx, GEOSGetGeometryN_r(ctx, z.geometry.get(), i)) > 0;
    }
    int live[3] = {}, planned[3] = {}, full = 0, clipped = 0;
    for (const auto& n : p.nodes) {
        (n.planned ? planned : live)[static_cast<int>(n.tech)]++;
        full += !n.planned && n.capacity && n.used == *n.capacity;
        clipped += n.clipped;
    }
    std::printf("scale %s, seed %llu: province %.0f km², %zu districts (teams)\n", p.config.name.c_str(),
                static_cast<unsigned long long>(p.seed), p.area_km2(), p.districts.size());
    std::printf("zones       %zu (%d wards, %d communes, %d towns; %d multipolygons, %d with holes; %.2f–%.1f km²)\n",
                p.zones.size(), wards, communes, towns, multi, holes, min_area / 1e6, max_area / 1e6);
    std::printf("coverage    %zu polygons: ftth %d live + %d planned, 4g %d + %d, 5g %d + %d sectors; %d full; %d clipped\n",
                p.nodes.size(), live[0], planned[0], live[1], planned[1], live[2], planned[2], full, clipped);
    std::printf("subscribers %lld (ftth %lld, 4g %lld, 5g %lld; %lld outside zones); mean coverage depth %.2f\n",
                static_cast<long long>(s.subscribers.rows), static_cast<long long>(s.subscribers.tech[0]),
                static_cast<long long>(s.subscribers.tech[1]), static_cast<long long>(s.subscribers.tech[2]),
                static_cast<long long>(s.subscribers.outside),
                s.subscribers.depth_samples ? s.subscribers.depth_sum / s.subscribers.depth_samples : 0.0);
    const auto& sv = s.leads.service;
    const double n_sv = static_cast<double>(sv[0] + sv[1] + sv[2] + sv[3]);
    std::printf("leads       %lld; serviceability available %.0f%%, full %.0f%%, planned %.0f%%, not covered %.0f%%\n",
                static_cast<long long>(s.leads.rows), 100 * sv[0] / n_sv, 100 * sv[1] / n_sv, 100 * sv[2] / n_sv,
                100 * sv[3] / n_sv);
    std::printf("complaints  %lld\n", static_cast<long long>(s.complaints.rows));
    if (s.addresses > 0) std::printf("addresses   %lld\n", static_cast<long long>(s.addresses));
    std::printf("orders      %lld (%lld open, %lld of them overdue; %lld installed late)\n",
                static_cast<long long>(s.orders.rows), static_cast<long long>(s.orders.open),
                static_cast<long long>(s.orders.overdue_open), static_cast<long long>(s.orders.late));
    std::printf("pockets     %zu uncovered demand pockets (%zu with a planned cabinet)\n", p.pockets.size(),
                static_cast<std::size_t>(std::count(p.pocket_planned.begin(), p.pocket_planned.end(), true)));
    std::printf("time        %.1f s\n", seconds);
}

}  // namespace

int main(int argc, char** argv) {
    Options opt;
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        auto value = [&]() -> std::string {
            if (i + 1 >= argc) {
                std::cerr << "coverplan-generate: " << a << " needs a value\n";
                std::exit(2);
            }
            return argv[++i];
        };
        if (a == "--help" || a == "-h") {
            usage(std::cout);
            return 0;
        } else if (a == "--scale") {
            opt.scale = value();
        } else if (a == "--out") {
            opt.out = value();
        } else if (a == "--seed") {
            const std::string v = value();
            char* end = nullptr;
            opt.seed = std::strtoull(v.c_str(), &end, 10);
            if (v.empty() || *end) {
                std::cerr << "coverplan-generate: --seed needs a non-negative integer, got '" << v << "'\n";
                return 2;
            }
        } else if (a == "--quiet") {
            opt.quiet = true;
        } else if (a == "--index-subscribers") {
            opt.index_subscribers = true;
        } else {
            std::cerr << "coverplan-generate: unknown argument '" << a << "'\n";
            usage(std::cerr);
            return 2;
        }
    }
    if (opt.out.empty()) {
        std::cerr << "coverplan-generate: --out DIR is required\n";
        usage(std::cerr);
        return 2;
    }
    try {
        const ScaleConfig config = scale_config(opt.scale);
        GDALAllRegister();
        // Fixed timestamps inside the GeoPackage, so files are reproducible.
        CPLSetConfigOption("OGR_CURRENT_DATE", "2026-11-30T00:00:00.000Z");
        // A large SQLite page cache for the big point layers.
        CPLSetConfigOption("OGR_SQLITE_CACHE", "512");
        // Work-around: VectorWriter::commit() flushes a GeoPackage inside its
        // open transaction; GDAL 3.6 then fails to DETACH the temporary
        // database of its background R-tree builder ("database ... is
        // locked"). Building the R-tree the classic way avoids that.
        if (!CPLGetConfigOption("OGR_GPKG_ALLOW_THREADED_RTREE", nullptr))
            CPLSetConfigOption("OGR_GPKG_ALLOW_THREADED_RTREE", "NO");
        const fs::path dir(opt.out);
        fs::create_directories(dir);
        Clock clock(opt.quiet);
        Province province(config, opt.seed);
        clock.lap("province model");
        const Summary summary =
            config.is_sample() ? write_sample(province, dir, clock)
                               : write_bench(province, dir, clock, opt.index_subscribers);
        write_project(dir, province, config.is_sample());
        if (!opt.quiet) print_summary(province, summary, clock.total());
        return 0;
    } catch (const std::invalid_argument& e) {
        std::cerr << "coverplan-generate: " << e.what() << "\n";
        return 2;
    } catch (const std::exception& e) {
        std::cerr << "coverplan-generate: " << e.what() << "\n";
        return 3;
    }
}
