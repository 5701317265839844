#include "carto_test_support.h"

#include <sys/wait.h>

#include <cstdio>

namespace coverplan::carto::test {

std::string run_command(const std::string& command, int* exit_code) {
    std::string out;
    FILE* pipe = popen((command + " 2>/dev/null").c_str(), "r");
    if (!pipe) return out;
    char buffer[4096];
    std::size_t n;
    while ((n = fread(buffer, 1, sizeof buffer, pipe)) > 0) out.append(buffer, n);
    const int status = pclose(pipe);
    if (exit_code) *exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return out;
}

std::string pdf_text(const std::string& file) { return run_command("pdftotext -enc UTF-8 '" + file + "' -"); }

long count_differing(const QImage& image, const QRectF& box, const QColor& background, int tolerance) {
    const QRect area = box.toAlignedRect().intersected(image.rect());
    long count = 0;
    for (int y = area.top(); y <= area.bottom(); ++y)
        for (int x = area.left(); x <= area.right(); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (std::abs(c.red() - background.red()) > tolerance || std::abs(c.green() - background.green()) > tolerance ||
                std::abs(c.blue() - background.blue()) > tolerance)
                ++count;
        }
    return count;
}

FixtureZones fixture_zones() {
    FixtureZones zones;
    const char* names[] = {"Phường Trần Phú", "Xã Dĩnh Trì", "Thị trấn Vôi", "Xã Nghĩa Hòa", "Phường Ngô Quyền",
                           "Xã Quế Nham"};
    for (int i = 0; i < 6; ++i) {
        const double x0 = 600000 + (i % 3) * 2000, y0 = 2350000 + (i / 3) * 2000;
        const std::string wkt = "POLYGON((" + std::to_string(x0) + " " + std::to_string(y0) + "," +
                                std::to_string(x0 + 2000) + " " + std::to_string(y0) + "," + std::to_string(x0 + 2000) +
                                " " + std::to_string(y0 + 2000) + "," + std::to_string(x0) + " " +
                                std::to_string(y0 + 2000) + "," + std::to_string(x0) + " " + std::to_string(y0) + "))";
        zones.squares.push_back(gis::geos_from_wkt(wkt));
        zones.names.push_back(QString::fromUtf8(names[i]));
        zones.centres.emplace_back(x0 + 1000, y0 + 1000);
    }
    return zones;
}

std::vector<QColor> fixture_colours() { return {QColor(0xffeda0), QColor(0xfeb24c), QColor(0xf03b20)}; }

MapDescription fixture_map(const FixtureZones& zones) {
    MapDescription map;
    map.title = QString::fromUtf8("Bản đồ thử nghiệm: đầu tư theo xã");
    map.subtitle = QString::fromUtf8("Tỉnh Bắc Giang · as of 30 Nov 2026");
    map.notes = {"Coordinates: EPSG:32648 (WGS 84 / UTM zone 48N).", QString::fromUtf8("Data: fixture (Việt Nam).")};
    map.extent = {600000, 2350000, 606000, 2354000};
    AreaLayer layer;
    layer.name = "Zones";
    const auto colours = fixture_colours();
    for (const QColor& colour : colours) layer.styles.push_back({colour, Qt::white, 0.3, Qt::SolidLine});
    for (std::size_t i = 0; i < zones.squares.size(); ++i)
        layer.features.push_back({zones.squares[i].get(), std::uint16_t(i % 3)});
    map.layers.push_back(layer);
    LegendSection section;
    section.title = QString::fromUtf8("Điểm đầu tư");
    const char* texts[] = {"thấp", "trung bình", "cao"};
    for (std::size_t c = 0; c < colours.size(); ++c) {
        LegendEntry entry;
        entry.style = layer.styles[c];
        entry.text = QString::fromUtf8(texts[c]);
        section.entries.push_back(entry);
    }
    map.legend.push_back(section);
    for (std::size_t i = 0; i < zones.squares.size(); ++i) {
        Label label;
        label.x = zones.centres[i].x() - 500;
        label.y = zones.centres[i].y() + 600;
        label.text = zones.names[i];
        label.badge = i < 2 ? QString::number(i + 1) : QString();
        label.required = i < 2;
        label.priority = 10 - int(i);
        map.labels.push_back(label);
    }
    return map;
}

}  // namespace coverplan::carto::test
