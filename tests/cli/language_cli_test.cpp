// Every command in Vietnamese or English (--lang, else LC_ALL / LC_MESSAGES /
// LANG), and --version everywhere: the terminal ranking, its reasons and
// figures, and the ranking workbook's sheet, headers and page furniture
// read as a Vietnamese planner writes them; English stays exactly as before.

#include <gdal_priv.h>
#include <gtest/gtest.h>
#include <ogrsf_frmts.h>

#include <regex>
#include <set>

#include "support/cli_project.h"
#include "support/run_coverplan.h"

using namespace coverplan::test;

namespace {

const std::string kSample = std::string("'") + kSampleProject + "'";

/// The first row of each sheet of a workbook, as GDAL's XLSX driver reads it.
std::vector<std::pair<std::string, std::vector<std::string>>> workbook_headers(const std::filesystem::path& path) {
    GDALAllRegister();
    CPLSetConfigOption("OGR_XLSX_HEADERS", "FORCE");
    std::vector<std::pair<std::string, std::vector<std::string>>> sheets;
    GDALDatasetUniquePtr data(GDALDataset::Open(path.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY));
    if (!data) return sheets;
    for (OGRLayer* layer : data->GetLayers()) {
        std::vector<std::string> names;
        for (int f = 0; f < layer->GetLayerDefn()->GetFieldCount(); ++f)
            names.emplace_back(layer->GetLayerDefn()->GetFieldDefn(f)->GetNameRef());
        sheets.emplace_back(layer->GetName(), names);
    }
    return sheets;
}

}  // namespace

TEST(LanguageCli, EveryCommandPrintsTheVersion) {
    TempDir dir;
    const CommandRun version = run_coverplan("version", dir);
    EXPECT_EQ(version.exit_code, 0);
    EXPECT_TRUE(std::regex_match(version.out, std::regex("coverplan [0-9]+\\.[0-9]+\\.[0-9]+\n"))) << version.out;
    for (const char* command : {"rank", "check", "sla", "map --lang vi", "--version"}) {
        const CommandRun run = run_coverplan(std::string(command) + (std::string(command) == "--version" ? "" : " --version"), dir);
        EXPECT_EQ(run.exit_code, 0) << command << run.err;
        EXPECT_EQ(run.out, version.out) << command;
    }
}

TEST(LanguageCli, AnUnknownLanguageIsRefusedByName) {
    TempDir dir;
    const CommandRun run = run_coverplan("rank " + kSample + " --lang fr", dir);
    EXPECT_EQ(run.exit_code, 2);
    EXPECT_EQ(run.err, "coverplan: --lang takes vi (Vietnamese) or en (English), not 'fr'\n");
    const CommandRun missing = run_coverplan("rank " + kSample + " --lang", dir);
    EXPECT_EQ(missing.exit_code, 2);
    EXPECT_EQ(missing.err, "coverplan: --lang needs a value (vi or en)\n");
}

TEST(LanguageCli, TheRankingReadsInVietnameseWithVietnameseFigures) {
    TempDir dir;
    const CommandRun vi = run_coverplan("rank " + kSample + " --top 3 --lang vi", dir);
    EXPECT_EQ(vi.exit_code, 1) << vi.err;  // the sample's deliberate defects
    EXPECT_EQ(vi.out.rfind("Xếp hạng đầu tư dung lượng 50 khu vực, Bắc Giang — mẫu (sample), số liệu ngày 30/11/2026\n", 0), 0u)
        << vi.out;
    EXPECT_NE(vi.out.find("hạng  khu vực"), std::string::npos) << vi.out;
    EXPECT_NE(vi.out.find("(còn 47 khu vực; --top 0 để xem tất cả)"), std::string::npos) << vi.out;
    // Decimal comma in the score, the reasons in Vietnamese with "1,7 lần".
    EXPECT_TRUE(std::regex_search(vi.out, std::regex(" 0,[0-9]{3}  [0-9.]+ khách hàng tiềm năng chưa phục vụ được"))) << vi.out;
    EXPECT_NE(vi.out.find("khiếu nại gấp 1,7 lần trung bình"), std::string::npos) << vi.out;
    EXPECT_EQ(vi.out.find("leads"), std::string::npos) << vi.out;
    EXPECT_NE(vi.out.find("Một số đối tượng đầu vào đã được sửa, bị loại hoặc bị đánh dấu: xem `coverplan validate`."),
              std::string::npos)
        << vi.out;

    const CommandRun sales = run_coverplan("rank " + kSample + " --for sales --top 3 --lang vi", dir);
    // Thousands with a dot: "2.302 cổng trống".
    EXPECT_TRUE(std::regex_search(sales.out, std::regex("[0-9]\\.[0-9]{3} cổng trống"))) << sales.out;
}

TEST(LanguageCli, EnglishIsTheDefaultAndUnchangedAndTheEnvironmentChooses) {
    TempDir dir;
    const CommandRun plain = run_coverplan("rank " + kSample + " --top 3", dir);
    EXPECT_EQ(plain.out.rfind("Capacity investment ranking of 50 zones, Bắc Giang — mẫu (sample), as of 2026-11-30\n", 0), 0u)
        << plain.out;
    EXPECT_NE(plain.out.find("leads cannot be served"), std::string::npos);
    EXPECT_EQ(run_coverplan("rank " + kSample + " --top 3 --lang en", dir).out, plain.out);
    // The environment: LC_ALL before LC_MESSAGES before LANG; --lang before all.
    EXPECT_EQ(run_coverplan("rank " + kSample + " --top 3", dir).out, plain.out);
    const CommandRun by_lang = run_coverplan("rank " + kSample + " --top 3", dir, "LC_ALL= LC_MESSAGES= LANG=vi_VN.UTF-8");
    EXPECT_EQ(by_lang.out.rfind("Xếp hạng đầu tư", 0), 0u) << by_lang.out;
    const CommandRun overridden = run_coverplan("rank " + kSample + " --top 3 --lang=en", dir, "LC_ALL=vi_VN.UTF-8");
    EXPECT_EQ(overridden.out, plain.out);
    const CommandRun messages_first = run_coverplan("rank " + kSample + " --top 3", dir, "LC_ALL= LC_MESSAGES=en_GB.UTF-8 LANG=vi_VN");
    EXPECT_EQ(messages_first.out, plain.out);
}

TEST(LanguageCli, TheWorkbookHasVietnameseSheetAndHeadersAndTheDataFilesKeepTheirNames) {
    TempDir dir;
    ASSERT_EQ(run_coverplan("rank " + kSample + " --lang vi -o '" + (dir / "vi.xlsx").string() + "'", dir).exit_code, 1);
    ASSERT_EQ(run_coverplan("rank " + kSample + " -o '" + (dir / "en.xlsx").string() + "'", dir).exit_code, 1);
    ASSERT_EQ(run_coverplan("rank " + kSample + " --lang vi -o '" + (dir / "vi.csv").string() + "'", dir).exit_code, 1);
    const auto vi = workbook_headers(dir / "vi.xlsx"), en = workbook_headers(dir / "en.xlsx");
    ASSERT_EQ(vi.size(), 1u);
    ASSERT_EQ(en.size(), 1u);
    EXPECT_EQ(vi[0].first, "Xếp hạng đầu tư");
    EXPECT_EQ(en[0].first, "investment_ranking");
    ASSERT_EQ(vi[0].second.size(), en[0].second.size());
    // Every header is in Vietnamese (a title missing from the catalogue
    // would come out in English); technologies keep their data's names.
    const std::set<std::string> same_in_both = {"Node"};
    for (std::size_t c = 0; c < en[0].second.size(); ++c)
        if (!same_in_both.count(en[0].second[c])) {
            EXPECT_NE(vi[0].second[c], en[0].second[c]) << "column " << c << " has no Vietnamese title";
        }
    EXPECT_EQ(vi[0].second[0], "Hạng");
    EXPECT_NE(std::find(vi[0].second.begin(), vi[0].second.end(), "Cổng trống ftth"), vi[0].second.end());
    // The page header and footer, and the weights named in Vietnamese.
    const std::string sheet = command_output("unzip -p '" + (dir / "vi.xlsx").string() + "' xl/worksheets/sheet1.xml");
    EXPECT_NE(sheet.find("&amp;Rsố liệu ngày 30/11/2026"), std::string::npos);
    EXPECT_NE(sheet.find("Trọng số: nhu cầu chưa đáp ứng 40 %"), std::string::npos);
    EXPECT_NE(sheet.find("Trang &amp;P/&amp;N"), std::string::npos);
    // A CSV is data for programs: the contract's column names in any language.
    const std::string csv = command_output("head -1 '" + (dir / "vi.csv").string() + "'");
    EXPECT_EQ(csv.rfind("rank,zone_id,zone_name,", 0), 0u) << csv;
}

TEST(LanguageCli, ExcelCsvStartsEveryCsvWithAByteOrderMark) {
    TempDir dir;
    const std::string plain = (dir / "plain.csv").string(), excel = (dir / "excel.csv").string();
    ASSERT_EQ(run_coverplan("rank " + kSample + " -o '" + plain + "'", dir).exit_code, 1);
    ASSERT_EQ(run_coverplan("rank " + kSample + " --excel-csv -o '" + excel + "'", dir).exit_code, 1);
    dir.write("points.csv", "id,lat,lon\nA,21.27,106.20\n");
    const std::string checked = (dir / "checked.csv").string();
    ASSERT_EQ(run_coverplan("check " + kSample + " --points '" + (dir / "points.csv").string() + "' -o '" + checked +
                                "' --excel-csv",
                            dir)
                  .exit_code,
              0);
    const std::string bom = "\xEF\xBB\xBF";
    const std::string plain_text = command_output("cat '" + plain + "'"), excel_text = command_output("cat '" + excel + "'");
    EXPECT_NE(plain_text.rfind(bom, 0), 0u);
    EXPECT_EQ(excel_text, bom + plain_text);
    EXPECT_EQ(command_output("head -c 5 '" + checked + "'"), bom + "id");
}

TEST(LanguageCli, TheBatchCheckWritesAWorkbookHoldingWhatItsCsvHolds) {
    TempDir dir;
    dir.write("points.csv", "id,lat,lon\nA,21.27,106.20\nB,21.30,106.25\nC,22.9,104.1\nD,,\n");
    const std::string points = "'" + (dir / "points.csv").string() + "'";
    const std::string csv = (dir / "checked.csv").string(), en = (dir / "en.xlsx").string(), vi = (dir / "vi.xlsx").string();
    ASSERT_EQ(run_coverplan("check " + kSample + " --points " + points + " -o '" + csv + "'", dir).exit_code, 1);
    ASSERT_EQ(run_coverplan("check " + kSample + " --points " + points + " -o '" + en + "'", dir).exit_code, 1);
    ASSERT_EQ(run_coverplan("check " + kSample + " --points " + points + " -o '" + vi + "' --lang vi", dir).exit_code, 1);
    const auto en_headers = workbook_headers(en), vi_headers = workbook_headers(vi);
    ASSERT_EQ(en_headers.size(), 1u);
    EXPECT_EQ(en_headers[0].second, (std::vector<std::string>{"id", "lat", "lon", "status", "zone_id", "zone_name", "team",
                                                              "node_id", "spare", "distance_m", "planned_date", "reason"}));
    ASSERT_EQ(vi_headers.size(), 1u);
    EXPECT_EQ(vi_headers[0].second[5], "Tên khu vực");
    EXPECT_EQ(vi_headers[0].second[6], "Đơn vị phụ trách");
    // Row by row the same cells as the CSV.
    GDALDatasetUniquePtr from_csv(GDALDataset::Open(csv.c_str(), GDAL_OF_VECTOR));
    GDALDatasetUniquePtr from_xlsx(GDALDataset::Open(en.c_str(), GDAL_OF_VECTOR));
    ASSERT_TRUE(from_csv && from_xlsx);
    OGRLayer* a = from_csv->GetLayer(0);
    OGRLayer* b = from_xlsx->GetLayer(0);
    ASSERT_EQ(a->GetFeatureCount(), 4);
    ASSERT_EQ(b->GetFeatureCount(), 4);
    for (int row = 0; row < 4; ++row) {
        std::unique_ptr<OGRFeature> x(a->GetNextFeature()), y(b->GetNextFeature());
        for (const char* field : {"id", "status", "zone_id", "zone_name", "team", "node_id", "reason"})
            EXPECT_EQ(std::string(x->GetFieldAsString(field)), std::string(y->GetFieldAsString(field))) << row << " " << field;
        EXPECT_DOUBLE_EQ(x->GetFieldAsDouble("distance_m"), y->GetFieldAsDouble("distance_m")) << row;
    }
}

TEST(LanguageCli, TheManagementReportAndTheMapsReadInVietnamese) {
    TempDir dir;
    const std::string report = (dir / "bao-cao.pdf").string();
    const CommandRun run = run_coverplan("report " + kSample + " --lang vi -o '" + report + "'", dir);
    ASSERT_LE(run.exit_code, 1) << run.err;
    const std::string text = command_output("pdftotext -enc UTF-8 '" + report + "' -");
    for (const char* words : {"Mạng lưới và nhu cầu: báo cáo quản lý", "số liệu ngày 30/11/2026", "Cần xử lý trước",
                              "Ưu tiên đầu tư", "Về các số liệu này", "Lắp đặt đúng hạn theo đơn vị phụ trách",
                              "Khiếu nại và mạng lưới", "Điểm ưu tiên đầu tư", "Node hết cổng trong 6 tháng tới"})
        EXPECT_NE(text.find(words), std::string::npos) << words << "\n" << text;
    // What the complaints component counted, in Vietnamese figures (a line may break anywhere).
    std::string flat = std::regex_replace(text, std::regex("\\s+"), " ");
    EXPECT_TRUE(std::regex_search(flat, std::regex("Xếp hạng đầu tư đã tính: [0-9.]+ khiếu nại trong 90 ngày tính đến "
                                                   "30/11/2026 \\(trên tổng số 1\\.[0-9]{3}\\), bình quân [0-9]+,[0-9] "
                                                   "khiếu nại trên 1\\.000 thuê bao của các khu vực;")))
        << flat;
    EXPECT_EQ(flat.find("subscribers across the zones"), std::string::npos) << flat;
    for (const char* english : {"Where to act first", "About these figures", "spare ports", "Investment score", "Team"})
        EXPECT_EQ(text.find(english), std::string::npos) << english << "\n" << text;
    // Vietnamese figures: a decimal comma in percentages, a dot between thousands.
    EXPECT_TRUE(std::regex_search(text, std::regex("[0-9],[0-9] %"))) << text;
    EXPECT_TRUE(std::regex_search(text, std::regex("[0-9]\\.[0-9]{3} thuê bao|[0-9]\\.[0-9]{3}\\s"))) << text;

    const std::string map = (dir / "ban-do.svg").string();
    ASSERT_LE(run_coverplan("map " + kSample + " --theme utilization --lang vi -o '" + map + "'", dir).exit_code, 1);
    const std::string svg = command_output("cat '" + map + "'");
    EXPECT_NE(svg.find("Hiệu suất sử dụng node và node sắp hết cổng"), std::string::npos);
    EXPECT_NE(svg.find("hết cổng (từ 100 % trở lên)"), std::string::npos);
    EXPECT_EQ(svg.find("Runs out of ports"), std::string::npos);
}
