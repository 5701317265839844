#include "ui/export/table_writer.h"

#include <xlsxwriter.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <variant>

#include "gis/error.h"
#include "gis/number_format.h"
#include "gis/temporary_file.h"
#include "gis/utf8.h"
#include "planner/calendar.h"
#include "ui/export/reader_words.h"

namespace coverplan::exporting {

namespace {

namespace fs = std::filesystem;

enum class Format { Csv, Xlsx, GeoPackage, GeoJson, Postgres };

constexpr std::pair<std::string_view, Format> kFormats[] = {
    {".csv", Format::Csv}, {".xlsx", Format::Xlsx}, {".gpkg", Format::GeoPackage}, {".geojson", Format::GeoJson}};

Format format_of(const std::string& target) {
    if (target.rfind("PG:", 0) == 0) return Format::Postgres;
    const std::string ext = gis::lowercase(fs::path(target).extension().string());
    for (const auto& [extension, format] : kFormats)
        if (ext == extension) return format;
    throw InputError(Location{target, "", "", "", 0},
                     "cannot tell the output format from the extension '" + ext +
                         "' (expected .csv, .xlsx, .gpkg, .geojson or a PG: connection string)");
}

const char* format_name(Format format) {
    switch (format) {
        case Format::Csv: return "a CSV file";
        case Format::GeoJson: return "a GeoJSON file";
        default: return "this format";
    }
}

// --- checking the tables -----------------------------------------------------

constexpr std::size_t kNoRow = SIZE_MAX;

/// "table 'zones', row 3, column 'zone_name': " (1-based row, as a user counts).
std::string where(const Table& table, std::size_t row, const TableColumn* column) {
    std::string text = "table '" + table.name + "'";
    if (row != kNoRow) text += ", row " + std::to_string(row + 1);
    if (column) text += ", column '" + column->name + "'";
    return text + ": ";
}

/// Days since 1970-01-01 of a canonical "YYYY-MM-DD"; nothing for any other text.
std::optional<planner::Day> iso_day(const std::string& text) {
    const auto day = planner::parse_date(text);
    if (!day || planner::format_date(*day) != text) return std::nullopt;
    return day;
}

void check_cell(const Table& table, std::size_t row, const TableColumn& column, const Cell& cell) {
    if (std::holds_alternative<std::monostate>(cell)) return;
    const bool is_text = std::holds_alternative<std::string>(cell);
    const bool is_integer = std::holds_alternative<std::int64_t>(cell);
    const char* expected = nullptr;
    switch (column.type) {
        case ColumnType::Text:
            if (!is_text) expected = "text";
            break;
        case ColumnType::Integer:
            if (!is_integer) expected = "an integer";
            break;
        case ColumnType::Real:
        case ColumnType::Percent:
            if (is_text) expected = "a number";
            break;
        case ColumnType::Date:
            if (!is_text || !iso_day(std::get<std::string>(cell))) expected = "an ISO 8601 date such as \"2026-11-30\"";
            break;
    }
    if (expected) {
        const std::string got = is_text ? "'" + std::get<std::string>(cell) + "'" : is_integer ? "an integer" : "a real";
        throw Error(where(table, row, &column) + "expected " + expected + ", got " + got);
    }
}

std::string geometry_name(const GEOSGeometry* geometry) {
    char* name = GEOSGeomType_r(gis::geos_context(), geometry);
    const std::string text = name ? name : "geometry of unknown type";
    GEOSFree_r(gis::geos_context(), name);
    return text;
}

/// The geometry type of a table's layer: points, or (multi)polygons; None
/// when the table carries no geometry.
gis::GeometryType geometry_type_of(const Table& table) {
    gis::GeometryType type = gis::GeometryType::None;
    for (std::size_t row = 0; row < table.geometries.size(); ++row) {
        const GEOSGeometry* geometry = table.geometries[row];
        if (!geometry) continue;
        const int id = GEOSGeomTypeId_r(gis::geos_context(), geometry);
        gis::GeometryType this_type;
        if (id == GEOS_POINT)
            this_type = gis::GeometryType::Point;
        else if (id == GEOS_POLYGON || id == GEOS_MULTIPOLYGON)
            this_type = gis::GeometryType::MultiPolygon;
        else
            throw Error(where(table, row, nullptr) + "a " + geometry_name(geometry) + "; tables hold points or polygons");
        if (type != gis::GeometryType::None && type != this_type)
            throw Error(where(table, row, nullptr) + "mixes points and polygons in one table");
        type = this_type;
    }
    return type;
}

void check_table(const Table& table) {
    if (table.name.empty()) throw Error("a table without a name (it names the layer or sheet)");
    std::set<std::string> names;
    for (const auto& column : table.columns) {
        if (column.name.empty()) throw Error(where(table, kNoRow, nullptr) + "a column without a name");
        if (!names.insert(column.name).second) throw Error(where(table, kNoRow, &column) + "named twice");
    }
    if (!table.geometries.empty() && table.geometries.size() != table.rows.size())
        throw Error(where(table, kNoRow, nullptr) + std::to_string(table.geometries.size()) + " geometries for " +
                    std::to_string(table.rows.size()) + " rows");
    for (std::size_t row = 0; row < table.rows.size(); ++row) {
        const auto& cells = table.rows[row];
        if (cells.size() != table.columns.size())
            throw Error(where(table, row, nullptr) + std::to_string(cells.size()) + " cells for " +
                        std::to_string(table.columns.size()) + " columns");
        for (std::size_t c = 0; c < cells.size(); ++c) check_cell(table, row, table.columns[c], cells[c]);
    }
    if (geometry_type_of(table) != gis::GeometryType::None && table.crs.empty())
        throw Error(where(table, kNoRow, nullptr) + "has geometries but no CRS");
}

/// The CRS every table with geometries shares ("" when none has any): one
/// file holds one CRS per writer.
std::string shared_crs(const std::vector<Table>& tables) {
    const Table* first = nullptr;
    for (const auto& table : tables) {
        if (geometry_type_of(table) == gis::GeometryType::None) continue;
        if (!first)
            first = &table;
        else if (table.crs != first->crs)
            throw Error("tables '" + first->name + "' (" + first->crs + ") and '" + table.name + "' (" + table.crs +
                        ") have geometries in different CRSs; write them to separate files");
    }
    return first ? first->crs : std::string();
}

/// A number that cannot be stored (NaN, infinity) is written empty.
Cell storable(const Cell& cell) {
    if (const auto* value = std::get_if<double>(&cell); value && !std::isfinite(*value)) return std::monostate{};
    return cell;
}

// --- GeoPackage, GeoJSON, CSV and PostGIS through gis::VectorWriter ----------

gis::FieldType field_type(ColumnType type) {
    switch (type) {
        case ColumnType::Text: return gis::FieldType::String;
        case ColumnType::Integer: return gis::FieldType::Integer;
        case ColumnType::Real:
        case ColumnType::Percent: return gis::FieldType::Real;
        case ColumnType::Date: return gis::FieldType::Date;
    }
    return gis::FieldType::String;
}

void write_layer(gis::VectorWriter& writer, const Table& table, bool with_geometry,
                 const std::vector<std::string>& options) {
    std::vector<gis::FieldDef> fields;
    for (const auto& column : table.columns) fields.push_back({column.name, field_type(column.type)});
    const gis::GeometryType geometry = with_geometry ? geometry_type_of(table) : gis::GeometryType::None;
    std::vector<std::string> all_options = options;
    if (!table.description.empty()) all_options.push_back("DESCRIPTION=" + table.description);
    auto& layer = writer.create_layer(table.name, geometry, fields, all_options);
    std::vector<gis::FieldValue> values;
    for (std::size_t row = 0; row < table.rows.size(); ++row) {
        values.clear();
        for (const auto& cell : table.rows[row]) values.push_back(storable(cell));
        layer.add_geometry(geometry == gis::GeometryType::None ? nullptr : table.geometries[row], values);
    }
}

void write_layers(const std::vector<Table>& tables, const std::string& target, Format format,
                  std::vector<gis::LayerStyle> styles) {
    // CSV stays plain for spreadsheets: no geometry columns (a zone polygon
    // as WKT would overflow a spreadsheet cell); GeoPackage and GeoJSON carry it.
    const bool with_geometry = format != Format::Csv;
    gis::VectorWriter writer(target, with_geometry ? shared_crs(tables) : std::string());
    // RFC 7946: GDAL reprojects to WGS 84 longitude/latitude and winds rings
    // counter-clockwise.
    const std::vector<std::string> options =
        format == Format::GeoJson ? std::vector<std::string>{"RFC7946=YES"} : std::vector<std::string>{};
    for (const auto& table : tables) write_layer(writer, table, with_geometry, options);
    writer.add_layer_styles(std::move(styles));
    writer.commit();
}

// --- XLSX through libxlsxwriter ----------------------------------------------

constexpr std::size_t kSheetNameMax = 31;  // characters, Excel's limit
constexpr double kMinColumnWidth = 6;
constexpr double kMaxColumnWidth = 80;
/// Text wider than this wraps in its cell (a reason, an address) instead of
/// running off the printed page.
constexpr double kWrappedColumnWidth = 45;
constexpr double kRowHeight = 15;  // points, one line of the default font
/// Column width (characters) printed on one landscape A4 page at a readable
/// scale; the columns beyond stay in the sheet, off the printout.
constexpr double kPrintedWidth = 200;
/// Excel's limit for a page header or footer, in characters.
constexpr std::size_t kHeaderMax = 250;
constexpr double kFilterButtonWidth = 3;  // the autofilter arrow sits on the header cell
constexpr lxw_color_t kHeaderFill = 0xD9E1F2;
/// Excel counts days from 1899-12-30 (serial 1 = 1900-01-01, with its
/// fictitious 1900-02-29); our days count from 1970-01-01.
constexpr double kExcelSerialOf1970 = 25569;
constexpr planner::Day kFirstExactExcelDay = -25508;  // 1900-03-01: earlier serials are off by the fake leap day

struct WorkbookFree {
    void operator()(lxw_workbook* workbook) const { lxw_workbook_free(workbook); }
};

/// "12,345" (the digits a thousands-separated number shows).
std::size_t grouped_width(const std::string& digits) {
    const std::size_t sign = !digits.empty() && digits[0] == '-' ? 1 : 0;
    const std::size_t point = digits.find('.');
    const std::size_t integer_digits = (point == std::string::npos ? digits.size() : point) - sign;
    return digits.size() + (integer_digits > 0 ? (integer_digits - 1) / 3 : 0);
}

std::string fixed(double value, int decimals) { return gis::format_fixed(value, decimals); }

/// The cell formats of one workbook (libxlsxwriter owns them).
class Styles {
public:
    explicit Styles(lxw_workbook* workbook) : workbook_(workbook) {
        header = workbook_add_format(workbook);
        format_set_bold(header);
        format_set_pattern(header, LXW_PATTERN_SOLID);
        format_set_bg_color(header, kHeaderFill);
        format_set_bottom(header, LXW_BORDER_THIN);
        format_set_align(header, LXW_ALIGN_VERTICAL_CENTER);
        wrapped = workbook_add_format(workbook);
        format_set_text_wrap(wrapped);
        format_set_align(wrapped, LXW_ALIGN_VERTICAL_TOP);
        integer = number_format("#,##0");
        percent = number_format("0.0 %");
        date = number_format("yyyy-mm-dd");
    }
    lxw_format* real(int decimals) {
        auto& format = reals_[decimals];
        if (!format) format = number_format(decimals > 0 ? "#,##0." + std::string(decimals, '0') : "#,##0");
        return format;
    }
    lxw_format* header;
    lxw_format* wrapped;
    lxw_format* integer;
    lxw_format* percent;
    lxw_format* date;

private:
    lxw_format* number_format(const std::string& code) {
        lxw_format* format = workbook_add_format(workbook_);
        format_set_num_format(format, code.c_str());
        return format;
    }
    lxw_workbook* workbook_;
    std::map<int, lxw_format*> reals_;
};

int shown_decimals(const TableColumn& column) { return std::clamp(column.decimals, 0, 15); }

/// Characters a cell shows with its number format.
std::size_t shown_width(const TableColumn& column, const Cell& cell) {
    if (const auto* text = std::get_if<std::string>(&cell))
        return column.type == ColumnType::Date ? 10 : gis::display_width(*text);
    const double value = std::holds_alternative<std::int64_t>(cell) ? double(std::get<std::int64_t>(cell))
                                                                     : std::get<double>(cell);
    switch (column.type) {
        case ColumnType::Integer: return grouped_width(fixed(value, 0));
        case ColumnType::Percent: return fixed(value * 100, 1).size() + 2;
        default: return grouped_width(fixed(value, shown_decimals(column)));
    }
}

/// Excel's sheet-name rules: at most 31 characters, none of []:*?/\, no
/// apostrophe first or last, unique regardless of case.
std::string sheet_name(const std::string& name, std::set<std::string>& taken) {
    std::string clean = name;
    for (char& c : clean)
        if (std::string_view("[]:*?/\\").find(c) != std::string_view::npos) c = '_';
    if (!clean.empty() && clean.front() == '\'') clean.front() = '_';
    if (!clean.empty() && clean.back() == '\'') clean.back() = '_';
    std::string candidate(gis::utf8_prefix(clean, kSheetNameMax));
    if (!candidate.empty() && candidate.back() == '\'') candidate.back() = '_';  // exposed by the cut
    for (int n = 2; !taken.insert(gis::lowercase(candidate)).second; ++n) {
        const std::string suffix = " (" + std::to_string(n) + ")";
        candidate = std::string(gis::utf8_prefix(clean, kSheetNameMax - suffix.size())) + suffix;
    }
    return candidate;
}

/// Text for a page header or footer: '&' doubled (it starts a code there),
/// cut to what Excel takes.
std::string header_text(const std::string& text, std::size_t max) {
    std::string out;
    for (char c : text) out += c == '&' ? std::string("&&") : std::string(1, c);
    return std::string(gis::utf8_prefix(out, max));
}

/// Landscape A4, one page wide (as many tall as it takes), the header row
/// on every page, and the workbook's header and footer. A table wider than
/// a page prints its first columns (a ranking's rank, zone, name, team,
/// score and reasons come first) and says so in the footer.
void set_up_printing(lxw_worksheet* sheet, const std::string& sheet_name, bool only_sheet, const WorkbookInfo& info,
                     const std::vector<double>& column_widths, std::size_t rows) {
    std::size_t printed = 0;
    double width = 0;
    while (printed < column_widths.size() && (printed == 0 || width + column_widths[printed] <= kPrintedWidth))
        width += column_widths[printed++];
    std::string note = info.note;
    if (printed < column_widths.size()) {
        worksheet_print_area(sheet, 0, 0, lxw_row_t(rows), lxw_col_t(printed - 1));
        note += (note.empty() ? "" : " · ") +
                reader_word("Workbook", "printed: the first %1 of %2 columns",
                              {std::to_string(printed), std::to_string(column_widths.size())});
    }
    worksheet_set_landscape(sheet);
    worksheet_set_paper(sheet, 9);  // A4
    worksheet_fit_to_pages(sheet, 1, 0);
    worksheet_repeat_rows(sheet, 0, 0);
    worksheet_set_margins(sheet, 0.4, 0.4, 0.6, 0.6);
    // The sheet's name tells one sheet from the others; alone, the title says it all.
    const std::string what = info.title.empty() ? sheet_name : only_sheet ? info.title : info.title + " — " + sheet_name;
    std::string header = "&L" + header_text(info.project, 80) + "&C" + header_text(what, 80);
    if (!info.as_of.empty())
        header += "&R" + header_text(reader_word("Workbook", "as of %1", {reader_word("Date", info.as_of)}), 40);
    worksheet_set_header(sheet, std::string(gis::utf8_prefix(header, kHeaderMax)).c_str());
    const std::string footer = "&L" + header_text(note, 180) + "&R" + reader_word("Workbook", "Page &P of &N");
    worksheet_set_footer(sheet, footer.c_str());
}

void write_sheet(lxw_workbook* workbook, Styles& styles, const Table& table, const std::string& name,
                 const std::string& target, const WorkbookInfo& info, bool only_sheet) {
    if (table.rows.size() >= LXW_ROW_MAX)
        throw InputError(Location{target, table.name, "", "", 0},
                         std::to_string(table.rows.size()) + " rows do not fit in a spreadsheet (at most " +
                             std::to_string(LXW_ROW_MAX - 1) + " below the header)");
    if (table.columns.size() > LXW_COL_MAX)
        throw InputError(Location{target, table.name, "", "", 0},
                         std::to_string(table.columns.size()) + " columns do not fit in a spreadsheet (at most " +
                             std::to_string(LXW_COL_MAX) + ")");
    lxw_worksheet* sheet = workbook_add_worksheet(workbook, name.c_str());
    if (!sheet) throw Error("libxlsxwriter refused the sheet name '" + name + "'");
    auto failed = [&](lxw_error error, std::size_t row, const TableColumn& column) {
        if (error == LXW_NO_ERROR) return;
        // Row 0 is the header; data rows count from 1 as in the table.
        throw InputError(Location{target, table.name, row == 0 ? "header" : std::to_string(row), column.name, 0},
                         std::string("cannot write the cell: ") + lxw_strerror(error));
    };
    std::vector<std::size_t> widths(table.columns.size());
    // Text columns that would be wider than kWrappedColumnWidth wrap: known
    // before writing, as a cell takes its format when written.
    std::vector<bool> wraps(table.columns.size(), false);
    for (std::size_t c = 0; c < table.columns.size(); ++c)
        if (table.columns[c].type == ColumnType::Text)
            for (const auto& row : table.rows)
                if (const auto* text = std::get_if<std::string>(&row[c]);
                    text && double(gis::display_width(*text)) > kWrappedColumnWidth) {
                    wraps[c] = true;
                    break;
                }
    for (std::size_t c = 0; c < table.columns.size(); ++c) {
        const auto& column = table.columns[c];
        const std::string title = reader_word("Column", column.title.empty() ? column.name : column.title);
        failed(worksheet_write_string(sheet, 0, lxw_col_t(c), title.c_str(), styles.header), 0, column);
        widths[c] = gis::display_width(title) + std::size_t(kFilterButtonWidth);
    }
    for (std::size_t r = 0; r < table.rows.size(); ++r) {
        const auto row = lxw_row_t(r + 1);
        for (std::size_t c = 0; c < table.columns.size(); ++c) {
            const auto& column = table.columns[c];
            const Cell cell = storable(table.rows[r][c]);
            if (std::holds_alternative<std::monostate>(cell)) continue;
            const auto col = lxw_col_t(c);
            widths[c] = std::max(widths[c], shown_width(column, cell));
            if (const auto* text = std::get_if<std::string>(&cell)) {
                if (column.type == ColumnType::Date) {
                    const planner::Day day = *iso_day(*text);
                    if (day >= kFirstExactExcelDay) {
                        failed(worksheet_write_number(sheet, row, col, day + kExcelSerialOf1970, styles.date), r + 1,
                               column);
                        continue;
                    }
                    // Before March 1900 Excel has no exact dates: keep the text.
                }
                failed(worksheet_write_string(sheet, row, col, text->c_str(), wraps[c] ? styles.wrapped : nullptr), r + 1,
                       column);
                continue;
            }
            const double value = std::holds_alternative<std::int64_t>(cell) ? double(std::get<std::int64_t>(cell))
                                                                             : std::get<double>(cell);
            lxw_format* format = column.type == ColumnType::Integer   ? styles.integer
                                 : column.type == ColumnType::Percent ? styles.percent
                                                                      : styles.real(shown_decimals(column));
            failed(worksheet_write_number(sheet, row, col, value, format), r + 1, column);
        }
    }
    std::vector<double> column_widths;
    for (std::size_t c = 0; c < widths.size(); ++c) {
        column_widths.push_back(
            std::clamp(double(widths[c]) + 1, kMinColumnWidth, wraps[c] ? kWrappedColumnWidth : kMaxColumnWidth));
        worksheet_set_column(sheet, lxw_col_t(c), lxw_col_t(c), column_widths.back(), nullptr);
    }
    // Rows as tall as their wrapped text: spreadsheet programs do not all
    // measure a row's height when they open a file.
    for (std::size_t r = 0; r < table.rows.size(); ++r) {
        std::size_t lines = 1;
        for (std::size_t c = 0; c < table.columns.size(); ++c)
            if (const auto* text = std::get_if<std::string>(&table.rows[r][c]); wraps[c] && text) {
                const auto per_line = std::size_t(std::max(1.0, column_widths[c] - 2));
                lines = std::max(lines, (gis::display_width(*text) + per_line - 1) / per_line);
            }
        if (lines > 1) worksheet_set_row(sheet, lxw_row_t(r + 1), kRowHeight * double(lines), nullptr);
    }
    set_up_printing(sheet, name, only_sheet, info, column_widths, table.rows.size());
    worksheet_freeze_panes(sheet, 1, 0);
    if (!table.columns.empty())
        worksheet_autofilter(sheet, 0, 0, lxw_row_t(table.rows.size()), lxw_col_t(table.columns.size() - 1));
}

void write_workbook(const std::vector<Table>& tables, const std::string& target, const WorkbookInfo& info) {
    gis::TemporaryFile temporary(target);
    std::unique_ptr<lxw_workbook, WorkbookFree> workbook(workbook_new(temporary.path().c_str()));
    if (!workbook) throw Error("libxlsxwriter could not start a workbook for " + target);
    Styles styles(workbook.get());
    lxw_doc_properties properties{};  // libxlsxwriter copies the texts
    std::string title = info.project.empty() ? info.title : info.title + " — " + info.project;
    std::string subject =
        info.as_of.empty() ? info.title
                           : info.title + ", " + reader_word("Workbook", "as of %1", {reader_word("Date", info.as_of)});
    std::string author = "Coverplan", comments = info.note;
    properties.title = title.data();
    properties.subject = subject.data();
    properties.author = author.data();
    properties.comments = comments.data();
    workbook_set_properties(workbook.get(), &properties);
    std::set<std::string> taken;
    for (const auto& table : tables)
        write_sheet(workbook.get(), styles, table, sheet_name(reader_word("Sheet", table.name), taken), target, info,
                    tables.size() == 1);
    // workbook_close frees the workbook whether or not it succeeds.
    if (const lxw_error error = workbook_close(workbook.release()); error != LXW_NO_ERROR)
        throw InputError(Location{target, "", "", "", 0}, std::string("cannot write the spreadsheet: ") + lxw_strerror(error));
    temporary.commit();
}

}  // namespace

OutputFormats table_formats(std::vector<std::string> tables) {
    OutputFormats formats;
    for (const auto& [extension, format] : kFormats) formats.extensions.emplace_back(extension);
    formats.database_tables = std::move(tables);
    return formats;
}

void write_tables(const std::vector<Table>& tables, const std::string& target, const WorkbookInfo& info,
                  std::vector<gis::LayerStyle> styles) {
    const Format format = format_of(target);
    if (tables.empty()) throw InputError(Location{target, "", "", "", 0}, "no tables to write");
    if ((format == Format::Csv || format == Format::GeoJson) && tables.size() != 1)
        throw InputError(Location{target, "", "", "", 0},
                         std::string(format_name(format)) + " holds one table; got " + std::to_string(tables.size()) +
                             " (write them to a .gpkg or .xlsx, or to one file each)");
    std::set<std::string> names;
    for (const auto& table : tables) {
        check_table(table);
        if (!names.insert(table.name).second) throw Error("two tables named '" + table.name + "'");
    }
    if (format == Format::Xlsx)
        write_workbook(tables, target, info);
    else
        write_layers(tables, target, format, std::move(styles));
}

void add_table_layer(gis::VectorWriter& writer, const Table& table) {
    check_table(table);
    write_layer(writer, table, true, {});
}

}  // namespace coverplan::exporting
