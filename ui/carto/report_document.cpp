#include "ui/carto/report_document.h"

#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <algorithm>
#include <numeric>

#include "gis/error.h"
#include "gis/temporary_file.h"
#include "ui/carto/detail/ink.h"
#include "ui/carto/gui_session.h"

namespace coverplan::carto {

namespace {

using detail::Ink;
using detail::kInk;
using detail::kMuted;
using detail::kPdfDpi;

const QColor kRule(0xbb, 0xbb, 0xbb);
const QColor kStripe(0xf2, 0xf2, 0xef);

constexpr double kMarginMm = 15;
constexpr double kHeaderMm = 8;   // running header band
constexpr double kFooterMm = 8;   // footer band
constexpr double kGapMm = 4;      // between blocks
constexpr double kTablePt = 7.5;
constexpr double kCellPadMm = 1.2;

/// Flows the blocks down the pages. Runs twice over the same device: once
/// to count the pages (nothing drawn), once to draw with "page n of N".
class Flow {
public:
    Flow(const ReportDocument& report, QPdfWriter& writer, Ink& ink, bool draw, int total_pages)
        : report_(report), writer_(writer), ink_(ink), draw_(draw), total_(total_pages) {
        const QSizeF page = PageSetup{report.paper, Orientation::Portrait, 0}.size_mm();
        body_ = QRectF(ink.mm(kMarginMm), ink.mm(kMarginMm + kHeaderMm), ink.mm(page.width() - 2 * kMarginMm),
                       ink.mm(page.height() - 2 * kMarginMm - kHeaderMm - kFooterMm));
        page_size_ = QSizeF(ink.mm(page.width()), ink.mm(page.height()));
    }

    ReportResult run() {
        start_page();
        title_block();
        bool first = true;
        for (const ReportSection& section : report_.sections) {
            if (section.new_page && !first) new_page();
            first = false;
            for (const ReportBlock& block : section.blocks) std::visit([this](const auto& b) { place(b); }, block);
        }
        finish_page();
        result_.pages = page_;
        result_.missing_glyphs = ink_.missing_glyphs();
        return result_;
    }

private:
    double remaining() const { return body_.bottom() - y_; }

    void start_page() {
        ++page_;
        y_ = body_.top();
    }

    void finish_page() {
        if (!draw_) return;
        const QFont small = ink_.font(7);
        const double line = ink_.metrics(small).height();
        const double top = ink_.mm(kMarginMm);
        if (page_ > 1)
            ink_.text(QRectF(body_.left(), top, body_.width(), line), report_.title, small, kMuted,
                      Qt::AlignLeft | Qt::AlignTop);
        QPainter& painter = ink_.painter();
        painter.setPen(QPen(kRule, ink_.mm(0.2)));
        const double foot = page_size_.height() - ink_.mm(kMarginMm) - line;
        painter.drawLine(QPointF(body_.left(), foot - ink_.mm(1.5)), QPointF(body_.right(), foot - ink_.mm(1.5)));
        ink_.text(QRectF(body_.left(), foot, body_.width() * 0.8, line), report_.footer, small, kMuted,
                  Qt::AlignLeft | Qt::AlignTop);
        ink_.text(QRectF(body_.left(), foot, body_.width(), line),
                  QString(report_.page_number).arg(page_).arg(std::max(total_, page_)), small, kMuted,
                  Qt::AlignRight | Qt::AlignTop);
    }

    void new_page() {
        finish_page();
        if (draw_) writer_.newPage();
        start_page();
    }

    void need(double height) {
        if (height > remaining() && y_ > body_.top()) new_page();
    }

    void title_block() {
        const QFont title = ink_.font(20, true), subtitle = ink_.font(10.5);
        const double th = ink_.text_height(report_.title, title, body_.width());
        const double sh = ink_.text_height(report_.subtitle, subtitle, body_.width());
        if (draw_) {
            ink_.text(QRectF(body_.left(), y_, body_.width(), th + 1), report_.title, title, kInk);
            ink_.text(QRectF(body_.left(), y_ + th + ink_.mm(1.5), body_.width(), sh + 1), report_.subtitle, subtitle,
                      kMuted);
            QPainter& painter = ink_.painter();
            painter.setPen(QPen(kInk, ink_.mm(0.5)));
            const double rule = y_ + th + sh + ink_.mm(4);
            painter.drawLine(QPointF(body_.left(), rule), QPointF(body_.right(), rule));
        }
        y_ += th + sh + ink_.mm(4 + kGapMm + 2);
    }

    void place(const ReportHeading& heading) {
        const QFont font = ink_.font(13, true);
        const double h = ink_.text_height(heading.text, font, body_.width());
        need(h + ink_.mm(25));  // keep a heading with what follows it
        if (y_ > body_.top()) y_ += ink_.mm(2);
        if (draw_) ink_.text(QRectF(body_.left(), y_, body_.width(), h + 1), heading.text, font, kInk);
        y_ += h + ink_.mm(2.5);
    }

    void place(const ReportParagraph& paragraph) {
        const QFont font = paragraph.small ? ink_.font(7.5, false, true) : ink_.font(9.5);
        const double h = ink_.text_height(paragraph.text, font, body_.width());
        need(h);
        if (draw_)
            ink_.text(QRectF(body_.left(), y_, body_.width(), h + 1), paragraph.text, font,
                      paragraph.small ? kMuted : kInk);
        y_ += h + ink_.mm(kGapMm * (paragraph.small ? 0.5 : 1));
    }

    void place(const ReportFigures& block) {
        const int per_row = 3;
        const double gap = ink_.mm(4);
        const double w = (body_.width() - gap * (per_row - 1)) / per_row;
        const QFont value = ink_.font(19, true), label = ink_.font(9), detail = ink_.font(7.5);
        double tile_h = 0;
        for (const KeyFigure& f : block.figures)
            tile_h = std::max(tile_h, ink_.mm(3) + ink_.metrics(value).height() + ink_.text_height(f.label, label, w - ink_.mm(4)) +
                                          ink_.text_height(f.detail, detail, w - ink_.mm(4)) + ink_.mm(4));
        for (std::size_t i = 0; i < block.figures.size(); i += per_row) {
            need(tile_h);
            for (std::size_t j = i; j < std::min(block.figures.size(), i + per_row); ++j) {
                const KeyFigure& f = block.figures[j];
                const QRectF tile(body_.left() + double(j - i) * (w + gap), y_, w, tile_h);
                if (!draw_) continue;
                QPainter& painter = ink_.painter();
                painter.setPen(Qt::NoPen);
                painter.setBrush(kStripe);
                painter.drawRect(tile);
                painter.setBrush(f.accent);
                painter.drawRect(QRectF(tile.left(), tile.top(), tile.width(), ink_.mm(1.2)));
                const QRectF inner = tile.adjusted(ink_.mm(2), ink_.mm(2.5), -ink_.mm(2), -ink_.mm(1));
                const double vh = ink_.metrics(value).height();
                ink_.text(QRectF(inner.left(), inner.top(), inner.width(), vh), f.value, value, kInk);
                const double lh = ink_.text_height(f.label, label, inner.width());
                ink_.text(QRectF(inner.left(), inner.top() + vh, inner.width(), lh + 1), f.label, label, kInk);
                ink_.text(QRectF(inner.left(), inner.top() + vh + lh + ink_.mm(0.5), inner.width(),
                                 inner.bottom() - inner.top() - vh - lh),
                          f.detail, detail, kMuted);
            }
            y_ += tile_h + gap;
        }
        y_ += ink_.mm(kGapMm - 4);
    }

    void place(const ReportMap& block) {
        const double h = std::min(ink_.mm(block.height_mm), body_.height());
        need(h);
        const QRectF area(body_.left(), y_, body_.width(), h);
        if (draw_) result_.maps.push_back(render_map(block.map, ink_.painter(), area, ink_.px_per_mm()));
        y_ += h + ink_.mm(kGapMm);
    }

    std::vector<double> column_widths(const ReportTable& table) const {
        std::vector<double> weights = table.widths;
        weights.resize(table.header.size(), 1.0);
        const double total = std::accumulate(weights.begin(), weights.end(), 0.0);
        for (double& w : weights) w = w / total * body_.width();
        return weights;
    }

    double row_height(const std::vector<QString>& cells, const std::vector<double>& widths, const QFont& font) const {
        double h = ink_.metrics(font).height();
        for (std::size_t c = 0; c < cells.size() && c < widths.size(); ++c)
            h = std::max(h, ink_.text_height(cells[c], font, widths[c] - 2 * ink_.mm(kCellPadMm)));
        return h + ink_.mm(2 * 0.9);
    }

    void draw_row(const std::vector<QString>& cells, const std::vector<double>& widths,
                  const std::vector<bool>& right, const QFont& font, double h, bool stripe) {
        if (!draw_) return;
        QPainter& painter = ink_.painter();
        if (stripe) {
            painter.setPen(Qt::NoPen);
            painter.setBrush(kStripe);
            painter.drawRect(QRectF(body_.left(), y_, body_.width(), h));
        }
        double x = body_.left();
        for (std::size_t c = 0; c < cells.size() && c < widths.size(); ++c) {
            const QRectF cell(x + ink_.mm(kCellPadMm), y_ + ink_.mm(0.9), widths[c] - 2 * ink_.mm(kCellPadMm),
                              h - ink_.mm(1.8));
            const int align = (c < right.size() && right[c] ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignTop |
                              Qt::TextWordWrap;
            ink_.text(cell, cells[c], font, kInk, align);
            x += widths[c];
        }
    }

    void table_header(const ReportTable& table, const std::vector<double>& widths, const QFont& bold, double h) {
        draw_row(table.header, widths, table.right_aligned, bold, h, false);
        if (draw_) {
            ink_.painter().setPen(QPen(kInk, ink_.mm(0.3)));
            ink_.painter().drawLine(QPointF(body_.left(), y_ + h), QPointF(body_.right(), y_ + h));
        }
        y_ += h + ink_.mm(0.3);
    }

    void place(const ReportTable& table) {
        const QFont title = ink_.font(10, true), font = ink_.font(kTablePt), bold = ink_.font(kTablePt, true);
        const QFont note = ink_.font(7.5, false, true);
        const std::vector<double> widths = column_widths(table);
        const double title_h = table.title.isEmpty() ? 0 : ink_.text_height(table.title, title, body_.width()) + ink_.mm(1.5);
        const double header_h = row_height(table.header, widths, bold);
        const double first_row = table.rows.empty() ? ink_.metrics(font).height() * 2 : row_height(table.rows[0], widths, font);
        need(title_h + header_h + first_row);
        if (draw_ && title_h > 0) ink_.text(QRectF(body_.left(), y_, body_.width(), title_h), table.title, title, kInk);
        y_ += title_h;
        if (table.rows.empty()) {
            const double h = ink_.text_height(table.empty_text, ink_.font(9, false, true), body_.width());
            if (draw_) ink_.text(QRectF(body_.left(), y_, body_.width(), h + 1), table.empty_text, ink_.font(9, false, true), kMuted);
            y_ += h + ink_.mm(kGapMm);
            return;
        }
        table_header(table, widths, bold, header_h);
        for (std::size_t r = 0; r < table.rows.size(); ++r) {
            const double h = row_height(table.rows[r], widths, font);
            if (h > remaining()) {
                new_page();
                if (draw_ && !table.title.isEmpty())
                    ink_.text(QRectF(body_.left(), y_, body_.width(), title_h), table.title + " (continued)", title, kInk);
                y_ += title_h;
                table_header(table, widths, bold, header_h);
            }
            draw_row(table.rows[r], widths, table.right_aligned, font, h, r % 2 == 1);
            y_ += h;
        }
        if (draw_) {
            ink_.painter().setPen(QPen(kRule, ink_.mm(0.2)));
            ink_.painter().drawLine(QPointF(body_.left(), y_), QPointF(body_.right(), y_));
        }
        y_ += ink_.mm(1.5);
        if (!table.footnote.isEmpty()) {
            const double h = ink_.text_height(table.footnote, note, body_.width());
            need(h);
            if (draw_) ink_.text(QRectF(body_.left(), y_, body_.width(), h + 1), table.footnote, note, kMuted);
            y_ += h;
        }
        y_ += ink_.mm(kGapMm);
    }

    const ReportDocument& report_;
    QPdfWriter& writer_;
    Ink& ink_;
    bool draw_;
    int total_;
    QRectF body_;
    QSizeF page_size_;
    int page_ = 0;
    double y_ = 0;
    ReportResult result_;
};

}  // namespace

ReportResult write_report_pdf(const ReportDocument& report, const std::filesystem::path& file) {
    ensure_gui_session();
    gis::TemporaryFile out(file);
    ReportResult result;
    {  // the writer closes its file when it goes, before the file is synced and moved
        QPdfWriter writer(QString::fromStdString(out.path().string()));
        writer.setResolution(int(kPdfDpi));
        const QSizeF page = PageSetup{report.paper, Orientation::Portrait, 0}.size_mm();
        writer.setPageLayout(QPageLayout(QPageSize(page, QPageSize::Millimeter), QPageLayout::Portrait,
                                         QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter));
        writer.setTitle(report.title);
        writer.setCreator("Coverplan");
        QPainter painter;
        if (!painter.begin(&writer)) throw InputError(Location{file.string(), "", "", "", 0}, "cannot write PDF");
        painter.setRenderHint(QPainter::Antialiasing, true);
        Ink ink(painter, kPdfDpi / 25.4);
        const int pages = Flow(report, writer, ink, false, 0).run().pages;
        ink.missing_glyphs().clear();
        result = Flow(report, writer, ink, true, pages).run();
        painter.end();
    }
    out.commit();
    return result;
}

}  // namespace coverplan::carto
