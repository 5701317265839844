#pragma once
// A short printed report as a plain value: headings, paragraphs, headline
// figures, maps (MapDescriptions drawn by the same renderer as the map
// command) and tables, flowed onto A4 pages with a running header, page
// numbers, and tables continued with their header repeated. Nothing here
// knows about telecom: ui/maps builds the management report's content.

#include <QColor>
#include <QString>
#include <filesystem>
#include <variant>
#include <vector>

#include "ui/carto/map_description.h"
#include "ui/carto/map_renderer.h"

namespace coverplan::carto {

struct ReportHeading {
    QString text;
};

struct ReportParagraph {
    QString text;
    bool small = false;  ///< notes and definitions
};

/// A headline figure: "29,999" over "subscribers".
struct KeyFigure {
    QString value;
    QString label;
    QString detail;  ///< one short line under the label, may be empty
    QColor accent = QColor(0x0072B2);
};

struct ReportFigures {
    std::vector<KeyFigure> figures;  ///< three to a row
};

struct ReportMap {
    MapDescription map;  ///< drawn without its own title block when the title is empty
    double height_mm = 150;
};

struct ReportTable {
    QString title;
    std::vector<QString> header;
    std::vector<double> widths;       ///< relative column widths
    std::vector<bool> right_aligned;  ///< numbers
    std::vector<std::vector<QString>> rows;
    QString empty_text;  ///< shown instead of the table when there are no rows
    QString footnote;
};

using ReportBlock = std::variant<ReportHeading, ReportParagraph, ReportFigures, ReportMap, ReportTable>;

struct ReportSection {
    std::vector<ReportBlock> blocks;
    bool new_page = true;  ///< start on a fresh page
};

struct ReportDocument {
    QString title;     ///< on the first page and in the running header
    QString subtitle;  ///< under the title on the first page
    QString footer;    ///< left of the page number on every page
    QString page_number = "page %1 of %2";  ///< the page number, in the reader's language
    Paper paper = Paper::A4;
    std::vector<ReportSection> sections;
};

struct ReportResult {
    int pages = 0;
    std::vector<RenderResult> maps;       ///< one per ReportMap, in order
    std::vector<QString> missing_glyphs;  ///< texts the font cannot draw (should stay empty)
};

/// Writes the report as a vector PDF with the map font embedded (portrait
/// pages). Written under a temporary name and renamed when complete; throws
/// InputError naming the file when it cannot be written.
ReportResult write_report_pdf(const ReportDocument& report, const std::filesystem::path& file);

}  // namespace coverplan::carto
