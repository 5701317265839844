// coverplan-basemap: draws a project's own geometry (zones, and streets
// traced through its address points) into a small MBTiles basemap, so the
// sample shows streets with no internet access at all.
//
//   coverplan-basemap PROJECT -o FILE.mbtiles [--zoom MIN-MAX]
//
// The sample's generator lays each street as a straight line through a ward
// with houses numbered along both sides (datasets/generator/addresses.cpp);
// here a street is the line through its houses' principal axis, from the
// first house to the last. Hamlets (thôn) are scattered houses: drawn as
// houses, no street. PNG tiles drawn with QPainter in the XYZ scheme,
// written with SQLite as MBTiles (rows in TMS order), the same bytes for the
// same data. See datasets/README.md ("The basemap").

#include <sqlite3.h>

#include <QBuffer>
#include <QFont>
#include <QImage>
#include <QPainter>
#include <QPainterPath>

#include <cmath>
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <map>
#include <string>
#include <vector>

#include "gis/crs.h"
#include "gis/error.h"
#include "gis/inner_point.h"
#include "gis/number_format.h"
#include "gis/tile_source.h"
#include "planner/dataset.h"
#include "ui/carto/geometry_path.h"
#include "ui/carto/gui_session.h"

namespace {

using namespace coverplan;
constexpr double kWorld = 20037508.342789244;  // half the Web Mercator world, metres
constexpr int kTile = 256;

/// Web Mercator metres of a longitude / latitude.
std::pair<double, double> mercator(double lon, double lat) {
    return {kWorld * lon / 180.0, 6378137.0 * std::asinh(std::tan(lat * M_PI / 180.0))};
}

struct Street {
    std::string name;
    double x0, y0, x1, y1;  ///< Web Mercator
};

struct Label {
    std::string text;
    double x, y;  ///< Web Mercator
};

struct Drawing {
    std::vector<gis::GeosGeometry> zones;  ///< Web Mercator
    std::vector<Label> zone_labels;
    std::vector<Street> streets;
    std::vector<std::pair<double, double>> houses;  ///< Web Mercator
    double west = 0, south = 0, east = 0, north = 0;  ///< degrees
};

/// The street name of an address text "12A Ngô Quyền": what follows the number.
std::string street_of(std::string_view text) {
    const auto space = text.find(' ');
    return space == std::string_view::npos ? std::string() : std::string(text.substr(space + 1));
}

Drawing trace(const planner::Dataset& data) {
    Drawing out;
    const gis::LonLatConverter converter(data.working_crs);
    auto ctx = gis::geos_context();
    out.west = out.south = INFINITY;
    out.east = out.north = -INFINITY;
    for (std::size_t z = 0; z < data.zones.size(); ++z) {
        gis::GeosGeometry lonlat = converter.to_lonlat(data.zones.geometries[z].get());
        if (!lonlat) continue;
        const carto::WorldBox box = carto::envelope_of(lonlat.get());
        out.west = std::min(out.west, box.minx), out.east = std::max(out.east, box.maxx);
        out.south = std::min(out.south, box.miny), out.north = std::max(out.north, box.maxy);
        out.zones.emplace_back(GEOSGeom_transformXY_r(
            ctx, lonlat.get(),
            [](double* x, double* y, void*) {
                std::tie(*x, *y) = mercator(*x, *y);
                return 1;
            },
            nullptr));
        const gis::InnerPoint inner = gis::inner_point(data.zones.geometries[z].get());
        const auto [lon, lat] = converter.to_lonlat(inner.x, inner.y);
        const auto [mx, my] = mercator(lon, lat);
        out.zone_labels.push_back({data.zones.names[z], mx, my});
    }
    // Houses by street and ward, in the working CRS (metres, not distorted).
    const planner::Addresses& a = data.addresses;
    std::map<std::pair<std::string, std::uint32_t>, std::vector<std::size_t>> by_street;
    for (std::size_t i = 0; i < a.size(); ++i) {
        const auto [lon, lat] = converter.to_lonlat(a.x[i], a.y[i]);
        out.houses.push_back(mercator(lon, lat));
        const std::string street = street_of(a.texts[i]);
        if (!street.empty() && street.rfind("Thôn ", 0) != 0) by_street[{street, a.ward[i]}].push_back(i);
    }
    for (const auto& [key, houses] : by_street) {
        if (houses.size() < 4) continue;
        double mx = 0, my = 0;
        for (const auto i : houses) mx += a.x[i], my += a.y[i];
        mx /= houses.size(), my /= houses.size();
        double sxx = 0, syy = 0, sxy = 0;
        for (const auto i : houses) {
            const double dx = a.x[i] - mx, dy = a.y[i] - my;
            sxx += dx * dx, syy += dy * dy, sxy += dx * dy;
        }
        const double angle = 0.5 * std::atan2(2 * sxy, sxx - syy);  // the principal axis
        const double ux = std::cos(angle), uy = std::sin(angle);
        double low = INFINITY, high = -INFINITY;
        for (const auto i : houses) {
            const double along = (a.x[i] - mx) * ux + (a.y[i] - my) * uy;
            low = std::min(low, along), high = std::max(high, along);
        }
        const auto [lon0, lat0] = converter.to_lonlat(mx + low * ux, my + low * uy);
        const auto [lon1, lat1] = converter.to_lonlat(mx + high * ux, my + high * uy);
        const auto [x0, y0] = mercator(lon0, lat0);
        const auto [x1, y1] = mercator(lon1, lat1);
        // A leading "Đường" is how some data writes it; the map shows the name.
        std::string name = key.first.rfind("Đường ", 0) == 0 ? key.first.substr(std::string("Đường ").size()) : key.first;
        out.streets.push_back({name, x0, y0, x1, y1});
    }
    return out;
}

const QColor kLand(0xf2, 0xef, 0xe9), kBoundary(0x9e, 0x8f, 0xb8), kCasing(0xb8, 0xae, 0xa2), kHouse(0xd9, 0xd0, 0xc9),
    kHouseEdge(0xc4, 0xb6, 0xab), kStreetText(0x44, 0x44, 0x44), kZoneText(0x6b, 0x5b, 0x8c);

/// The colours drawn and, for antialiased edges, five steps between those
/// that meet: 78 colours (a palette of every pair would cost each tile
/// 700 bytes of palette alone).
const QVector<QRgb>& palette() {
    static const QVector<QRgb> colours = [] {
        const QColor white(Qt::white);
        const std::vector<std::pair<QColor, QColor>> meeting = {
            {kLand, kBoundary},  {kLand, kCasing},     {kCasing, white},      {kLand, white},
            {kLand, kHouse},     {kHouse, kHouseEdge}, {kLand, kHouseEdge},   {white, kStreetText},
            {white, kZoneText},  {kBoundary, kCasing}, {kBoundary, white},    {kHouseEdge, kCasing},
            {kLand, kStreetText}, {kLand, kZoneText}};
        QVector<QRgb> out;
        for (const QColor& c : {kLand, kBoundary, kCasing, white, kHouse, kHouseEdge, kStreetText, kZoneText})
            out.push_back(c.rgb());
        for (const auto& [a, b] : meeting)
            for (int step = 1; step <= 5; ++step) {
                const double t = step / 6.0;
                const auto mix = [t](int x, int y) { return static_cast<int>(std::lround(x * (1 - t) + y * t)); };
                out.push_back(qRgb(mix(a.red(), b.red()), mix(a.green(), b.green()), mix(a.blue(), b.blue())));
            }
        return out;
    }();
    return colours;
}

/// Line widths in pixels by zoom: streets grow with the scale.
double street_width(int z) { return z <= 12 ? 1.0 : z == 13 ? 2.0 : z == 14 ? 3.5 : z == 15 ? 6.0 : 10.0; }

QByteArray draw_tile(const Drawing& d, int z, int x, int y) {
    QImage image(kTile, kTile, QImage::Format_RGB32);
    image.fill(kLand);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    const double tile_m = 2 * kWorld / std::ldexp(1.0, z);
    carto::WorldToPage to_pixels;
    to_pixels.scale = kTile / tile_m;
    to_pixels.world_minx = -kWorld + x * tile_m;
    to_pixels.world_maxy = kWorld - y * tile_m;
    const double margin = tile_m * 0.6;  // labels reaching in from a neighbour are drawn here too
    const auto near = [&](double mx, double my) {
        return mx > to_pixels.world_minx - margin && mx < to_pixels.world_minx + tile_m + margin &&
               my < to_pixels.world_maxy + margin && my > to_pixels.world_maxy - tile_m - margin;
    };
    // Zones: built-up wards shaded, boundaries dashed like administrative lines.
    QPen boundary(kBoundary, z >= 14 ? 1.6 : 1.0, Qt::DashLine);
    for (const auto& zone : d.zones) {
        const QPainterPath path = carto::area_path(zone.get(), to_pixels, 0.3);
        if (!path.intersects(QRectF(-4, -4, kTile + 8, kTile + 8))) continue;
        painter.setPen(boundary);
        painter.setBrush(Qt::NoBrush);
        painter.drawPath(path);
    }
    if (z >= 15) {  // houses: 9 m squares
        painter.setPen(QPen(kHouseEdge, 0.8));
        painter.setBrush(kHouse);
        const double side = 9 * to_pixels.scale;
        for (const auto& [hx, hy] : d.houses)
            if (near(hx, hy)) painter.drawRect(QRectF(to_pixels(hx, hy) - QPointF(side / 2, side / 2), QSizeF(side, side)));
    }
    // Streets: a grey casing under a white carriageway.
    const double width = street_width(z);
    for (const bool casing : {true, false}) {
        painter.setPen(QPen(casing ? kCasing : QColor(Qt::white), casing ? width + 1.5 : width,
                            Qt::SolidLine, Qt::RoundCap));
        for (const auto& s : d.streets) painter.drawLine(to_pixels(s.x0, s.y0), to_pixels(s.x1, s.y1));
    }
    QFont font(carto::map_font_family());
    const auto halo_text = [&](const QString& text, QPointF at, double angle, double size, QColor colour) {
        font.setPixelSize(static_cast<int>(size));
        QPainterPath path;
        const double w = QFontMetricsF(font).horizontalAdvance(text);
        path.addText(-w / 2, size * 0.35, font, text);
        painter.save();
        painter.translate(at);
        painter.rotate(angle);
        painter.strokePath(path, QPen(QColor(Qt::white), 3, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter.fillPath(path, colour);
        painter.restore();
    };
    if (z >= 15)
        for (const auto& s : d.streets) {
            const double mx = (s.x0 + s.x1) / 2, my = (s.y0 + s.y1) / 2;
            if (!near(mx, my) && !near(s.x0, s.y0) && !near(s.x1, s.y1)) continue;
            const QPointF a = to_pixels(s.x0, s.y0), b = to_pixels(s.x1, s.y1);
            double angle = std::atan2(b.y() - a.y(), b.x() - a.x()) * 180 / M_PI;
            if (angle > 90) angle -= 180;  // never upside down
            if (angle < -90) angle += 180;
            halo_text(QString::fromStdString(s.name), (a + b) / 2, angle, z >= 16 ? 13 : 11, kStreetText);
        }
    if (z >= 12 && z <= 14)
        for (const auto& l : d.zone_labels)
            if (near(l.x, l.y))
                halo_text(QString::fromStdString(l.text), to_pixels(l.x, l.y), 0, z == 12 ? 11 : 13, kZoneText);
    painter.end();
    // 256 colours are plenty for flat fills and antialiased edges: a third of
    // the bytes. One palette for every tile: GDAL reads a paletted tileset
    // with the first tile's palette (QGIS would show the others wrong).
    const QImage indexed =
        image.convertToFormat(QImage::Format_Indexed8, palette(), Qt::ThresholdDither | Qt::AvoidDither);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    indexed.save(&buffer, "PNG", 9);
    return bytes;
}

/// Whether tile z/x/y meets a zone (a tile around the zones but outside them holds only land).
bool meets_zones(const Drawing& d, int z, int x, int y) {
    const double tile_m = 2 * kWorld / std::ldexp(1.0, z);
    const double x0 = -kWorld + x * tile_m, y1 = kWorld - y * tile_m;
    auto ctx = gis::geos_context();
    gis::GeosGeometry box(GEOSGeom_createRectangle_r(ctx, x0, y1 - tile_m, x0 + tile_m, y1));
    for (const auto& zone : d.zones)
        if (GEOSIntersects_r(ctx, zone.get(), box.get()) == 1) return true;
    return false;
}

void check(int code, sqlite3* db, const std::string& doing) {
    if (code != SQLITE_OK && code != SQLITE_DONE && code != SQLITE_ROW)
        throw std::runtime_error(doing + ": " + sqlite3_errmsg(db));
}

void write_mbtiles(const std::filesystem::path& target, const Drawing& d, int min_zoom, int max_zoom,
                   const std::string& name) {
    const std::filesystem::path temporary = target.string() + ".part";
    std::filesystem::remove(temporary);
    sqlite3* db = nullptr;
    check(sqlite3_open(temporary.c_str(), &db), db, "creating " + temporary.string());
    const auto sql = [&](const std::string& text) { check(sqlite3_exec(db, text.c_str(), nullptr, nullptr, nullptr), db, text); };
    sql("CREATE TABLE metadata (name TEXT, value TEXT)");
    sql("CREATE TABLE tiles (zoom_level INTEGER, tile_column INTEGER, tile_row INTEGER, tile_data BLOB)");
    sql("CREATE UNIQUE INDEX tile_index ON tiles (zoom_level, tile_column, tile_row)");
    sql("BEGIN");
    sqlite3_stmt* meta = nullptr;
    check(sqlite3_prepare_v2(db, "INSERT INTO metadata VALUES (?1, ?2)", -1, &meta, nullptr), db, "metadata");
    const std::vector<std::pair<std::string, std::string>> metadata = {
        {"name", name},
        {"type", "baselayer"},
        {"version", "1.1"},
        {"format", "png"},
        {"minzoom", std::to_string(min_zoom)},
        {"maxzoom", std::to_string(max_zoom)},
        {"bounds", gis::format_fixed(d.west, 6) + "," + gis::format_fixed(d.south, 6) + "," + gis::format_fixed(d.east, 6) +
                       "," + gis::format_fixed(d.north, 6)},
        {"description", "Zones and streets drawn by coverplan-basemap from the project's own data (streets traced "
                        "through its address points; not a survey)"},
        {"attribution", "Coverplan synthetic sample"}};
    for (const auto& [key, value] : metadata) {
        sqlite3_bind_text(meta, 1, key.c_str(), -1, SQLITE_TRANSIENT);
        sqlite3_bind_text(meta, 2, value.c_str(), -1, SQLITE_TRANSIENT);
        check(sqlite3_step(meta), db, "metadata");
        sqlite3_reset(meta);
    }
    sqlite3_finalize(meta);
    sqlite3_stmt* insert = nullptr;
    check(sqlite3_prepare_v2(db, "INSERT INTO tiles VALUES (?1, ?2, ?3, ?4)", -1, &insert, nullptr), db, "tiles");
    std::size_t count = 0, bytes = 0;
    for (int z = min_zoom; z <= max_zoom; ++z) {
        const auto [x0, y0] = gis::lonlat_to_tile(z, d.west, d.north);
        const auto [x1, y1] = gis::lonlat_to_tile(z, d.east, d.south);
        for (int x = static_cast<int>(x0); x <= static_cast<int>(x1); ++x)
            for (int y = static_cast<int>(y0); y <= static_cast<int>(y1); ++y) {
                if (!meets_zones(d, z, x, y)) continue;  // bare land: the page shows its own background there
                const QByteArray png = draw_tile(d, z, x, y);
                sqlite3_bind_int(insert, 1, z);
                sqlite3_bind_int(insert, 2, x);
                sqlite3_bind_int(insert, 3, (1 << z) - 1 - y);  // MBTiles rows count from the south (TMS)
                sqlite3_bind_blob(insert, 4, png.constData(), static_cast<int>(png.size()), SQLITE_TRANSIENT);
                check(sqlite3_step(insert), db, "tile");
                sqlite3_reset(insert);
                ++count;
                bytes += static_cast<std::size_t>(png.size());
            }
    }
    sqlite3_finalize(insert);
    sql("COMMIT");
    sql("VACUUM");
    sqlite3_close(db);
    std::filesystem::rename(temporary, target);
    std::printf("%s: %zu tiles, zoom %d-%d, %.1f MB of PNG\n", target.c_str(), count, min_zoom, max_zoom, bytes / 1e6);
}

int usage(std::ostream& os, int code) {
    os << "usage: coverplan-basemap PROJECT -o FILE.mbtiles [--zoom MIN-MAX]\n"
          "Draws the project's zones and the streets of its address layer into an MBTiles\n"
          "basemap (default zoom 11-16). Exit 0 written, 2 bad arguments or input, 3 failure.\n";
    return code;
}

}  // namespace

int main(int argc, char** argv) {
    std::string project_file, out;
    int min_zoom = 11, max_zoom = 16;
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        if (a == "--help" || a == "-h") return usage(std::cout, 0);
        if ((a == "-o" || a == "--out") && i + 1 < argc) {
            out = argv[++i];
        } else if (a == "--zoom" && i + 1 < argc) {
            if (std::sscanf(argv[++i], "%d-%d", &min_zoom, &max_zoom) != 2 || min_zoom < 0 || max_zoom > 20 ||
                min_zoom > max_zoom) {
                std::cerr << "coverplan-basemap: --zoom needs MIN-MAX within 0-20, got '" << argv[i] << "'\n";
                return 2;
            }
        } else if (project_file.empty() && a.rfind("-", 0) != 0) {
            project_file = a;
        } else {
            return usage(std::cerr, 2);
        }
    }
    if (project_file.empty() || out.empty()) return usage(std::cerr, 2);
    try {
        carto::ensure_gui_session();
        planner::Project project = planner::load_project(project_file, "2026-11-30");
        project.basemap = {};  // the one being made
        const planner::Dataset data = planner::load_network(project);  // zones and addresses, no demand
        write_mbtiles(out, trace(data), min_zoom, max_zoom, project.name);
        return 0;
    } catch (const InputError& error) {
        std::cerr << "coverplan-basemap: " << error.what() << "\n";
        return 2;
    } catch (const std::exception& error) {
        std::cerr << "coverplan-basemap: " << error.what() << "\n";
        return 3;
    }
}
