#include "ui/carto/map_output.h"

#include <QImageWriter>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QSvgGenerator>
#include <algorithm>
#include <cctype>

#include "gis/error.h"
#include "gis/temporary_file.h"
#include "gis/utf8.h"
#include "ui/carto/detail/ink.h"
#include "ui/carto/gui_session.h"

namespace coverplan::carto {

namespace {

using detail::kPdfDpi;
/// SVG in CSS pixels (96 per inch), what browsers and editors assume.
constexpr double kSvgDpi = 96;

QRectF margin_box(const QSizeF& page_mm, double px_per_mm) {
    return QRectF(kPageMarginMm * px_per_mm, kPageMarginMm * px_per_mm, (page_mm.width() - 2 * kPageMarginMm) * px_per_mm,
                  (page_mm.height() - 2 * kPageMarginMm) * px_per_mm);
}

Location where(const std::filesystem::path& file) { return Location{file.string(), "", "", "", 0}; }

}  // namespace

MapFormat map_format_for(const std::filesystem::path& file) {
    const std::string ext = gis::lowercase(file.extension().string());
    if (ext == ".png") return MapFormat::Png;
    if (ext == ".pdf") return MapFormat::Pdf;
    if (ext == ".svg") return MapFormat::Svg;
    throw InputError(where(file), "unknown map format '" + ext + "' (expected .pdf, .png or .svg)");
}

QImage render_page_image(const MapDescription& map, RenderResult* result) {
    ensure_gui_session();
    const QSizeF page_mm = map.page.size_mm();
    const double px_per_mm = map.page.dpi / 25.4;
    QImage image(int(std::lround(page_mm.width() * px_per_mm)), int(std::lround(page_mm.height() * px_per_mm)),
                 QImage::Format_RGB32);
    const int dots_per_metre = int(std::lround(map.page.dpi / 0.0254));
    image.setDotsPerMeterX(dots_per_metre);
    image.setDotsPerMeterY(dots_per_metre);
    image.fill(Qt::white);
    QPainter painter(&image);
    RenderOptions options;
    options.simplify_mm = 0.5 / px_per_mm;  // half a pixel
    RenderResult rendered = render_map(map, painter, margin_box(page_mm, px_per_mm), px_per_mm, options);
    painter.end();
    if (result) *result = std::move(rendered);
    return image;
}

RenderResult write_map(const MapDescription& map, const std::filesystem::path& file) {
    const MapFormat format = map_format_for(file);
    ensure_gui_session();
    gis::TemporaryFile out(file);
    RenderResult result;
    const QSizeF page_mm = map.page.size_mm();
    switch (format) {
        case MapFormat::Png: {
            const QImage image = render_page_image(map, &result);
            QImageWriter writer(QString::fromStdString(out.path().string()), "png");
            if (!writer.write(image)) throw InputError(where(file), "cannot write PNG: " + writer.errorString().toStdString());
            break;
        }
        case MapFormat::Pdf: {
            QPdfWriter writer(QString::fromStdString(out.path().string()));
            writer.setResolution(int(kPdfDpi));
            writer.setPageLayout(QPageLayout(QPageSize(page_mm, QPageSize::Millimeter), QPageLayout::Portrait,
                                             QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter));
            writer.setTitle(map.title);
            writer.setCreator("Coverplan");
            QPainter painter;
            if (!painter.begin(&writer)) throw InputError(where(file), "cannot write PDF");
            const double px_per_mm = kPdfDpi / 25.4;
            result = render_map(map, painter, margin_box(page_mm, px_per_mm), px_per_mm);
            painter.end();
            break;
        }
        case MapFormat::Svg: {
            QSvgGenerator generator;
            generator.setFileName(QString::fromStdString(out.path().string()));
            const double px_per_mm = kSvgDpi / 25.4;
            const QSize size(int(std::lround(page_mm.width() * px_per_mm)), int(std::lround(page_mm.height() * px_per_mm)));
            generator.setSize(size);
            generator.setViewBox(QRectF(0, 0, size.width(), size.height()));
            generator.setResolution(int(kSvgDpi));
            generator.setTitle(map.title);
            generator.setDescription(map.subtitle);
            QPainter painter;
            if (!painter.begin(&generator)) throw InputError(where(file), "cannot write SVG");
            painter.fillRect(QRectF(0, 0, size.width(), size.height()), Qt::white);
            result = render_map(map, painter, margin_box(page_mm, px_per_mm), px_per_mm);
            painter.end();
            break;
        }
    }
    out.commit();
    return result;
}

}  // namespace coverplan::carto
